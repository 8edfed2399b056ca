// A real Bluesky PDS on this machine (@atproto/dev-env, in a child process: bluesky-pds-main.ts) with one
// account and an app password, behind a small proxy in this process. The proxy forwards every request
// unchanged; it calls `onRequest` when a post is being created (before the PDS has it: a client killed then
// leaves the post written and the answer lost), and keeps each post the PDS created, so a test counts what
// arrived without asking the PDS. `reset()` deletes those posts on the PDS.
import { spawn } from "node:child_process";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { AtpAgent } from "@atproto/api";

export interface BlueskyPost {
  uri: string;
  text: string;
  /** A reply (a later post of a thread), not the first post of an item. */
  reply: boolean;
}

export interface BlueskyPds {
  /** The proxy's address: what a channel's serviceUrl names. */
  url: string;
  /** The PDS's own address, for a test's own requests (accounts, reading records). */
  pdsUrl: string;
  handle: string;
  did: string;
  appPassword: string;
  /** Posts created through the proxy since the last reset, by at:// URI. */
  posts: ReadonlyMap<string, BlueskyPost>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

const CREATE = "/xrpc/com.atproto.repo.createRecord";
const MAIN = fileURLToPath(new URL("./bluesky-pds-main.ts", import.meta.url));

export async function startBlueskyPds(
  opts: { handle?: string; onRequest?: () => void } = {},
): Promise<BlueskyPds> {
  const child = spawn(process.execPath, [MAIN, opts.handle ?? "bakery.test"], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`the local PDS exited (${code}) before it was ready`)));
  });
  const started = JSON.parse(first) as { url: string; handle: string; did: string; appPassword: string };
  const posts = new Map<string, BlueskyPost>();

  const server = createServer((req, res) => {
    void (async () => {
      const body = await read(req);
      const creating = req.url?.startsWith(CREATE) ?? false;
      if (creating) opts.onRequest?.();
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          (e): e is [string, string] =>
            typeof e[1] === "string" && !["host", "content-length", "connection"].includes(e[0]),
        ),
      );
      const answer = await fetch(new URL(req.url ?? "/", started.url), {
        method: req.method ?? "GET",
        headers,
        ...(body.length ? { body: new Uint8Array(body) } : {}),
      });
      const text = await answer.text();
      if (creating && answer.ok) {
        const sent = JSON.parse(body.toString()) as { record?: { text?: string; reply?: unknown } };
        const uri = (JSON.parse(text) as { uri: string }).uri;
        posts.set(uri, { uri, text: sent.record?.text ?? "", reply: sent.record?.reply !== undefined });
      }
      res.writeHead(answer.status, {
        "content-type": answer.headers.get("content-type") ?? "application/json",
      });
      res.end(text);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const agent = new AtpAgent({ service: started.url });
  await agent.login({ identifier: started.did, password: started.appPassword });

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pdsUrl: started.url,
    handle: started.handle,
    did: started.did,
    appPassword: started.appPassword,
    posts,
    async reset() {
      for (const uri of posts.keys()) {
        const rkey = uri.split("/").pop() ?? "";
        await agent.com.atproto.repo.deleteRecord({
          repo: started.did,
          collection: "app.bsky.feed.post",
          rkey,
        });
      }
      posts.clear();
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      child.stdin?.end();
      await exited;
    },
  };
}

async function read(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
