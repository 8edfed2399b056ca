// The year's world: a new git repository holding the example configuration as a small business would
// tune it, and the local stand-ins its channels publish to — a Mastodon server behind a connection the test
// can cut (the instance "down" for a week), and an SMTP server that keeps every message it accepted. The
// blog writes into the repository's site/ folder. Secrets go to the runs' environment only, never into
// files. Nothing reaches the network.
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { EXAMPLE_CONFIG } from "../../helpers/repo.ts";
import { type MastodonStandIn, startMastodonServer } from "../../stand-ins/mastodon-server.ts";
import { type SmtpStandIn, startSmtpServer } from "../../stand-ins/smtp-server.ts";

/** The owner: reviews, edits, rejects, retries and resolves, under their own git identity. */
export const OWNER = { name: "Rosa Owner", email: "rosa@example.com" };

const MASTODON_TOKEN = "year-mastodon-token-0123456789";
const SMTP = { user: "year", password: "year-smtp-password" };

/**
 * What the owner changes in the example before the first run. A bakery-sized rhythm: a social post on
 * Monday and Thursday, the blog on Thursday, and the newsletter on Monday or Thursday — candidate days, so
 * the learner places it in its week (a period rhythm) while the other two keep a plain cadence. Lead times
 * reach from one scheduled run to the slots before the next (Thursday's run proposes Monday's items).
 */
export const OWNER_SETTINGS: Record<string, Record<string, unknown>> = {
  "daily-social": { level: "L3", cadence: "30 12 * * 1,4", leadTime: "96h" },
  "weekly-blog": { level: "L3", cadence: "0 9 * * 4", leadTime: "72h" },
  "weekly-newsletter": {
    level: "L3",
    cadence: "0 8 * * 1",
    slots: ["Mon 08:00", "Thu 08:00"],
    leadTime: "96h",
  },
};

/** The days the scheduled run acts on (0 is Monday): every slot above falls on one of them. */
export const RUN_DAYS = [0, 3];

export interface YearWorld {
  dir: string;
  /** The environment every run and command gets: the secrets the configuration names. */
  env: Record<string, string>;
  mastodon: MastodonStandIn;
  smtp: SmtpStandIn;
  /** Cuts (true) or restores (false) every connection to the Mastodon instance. */
  mastodonDown(down: boolean): void;
  close(): Promise<void>;
}

export async function createYearWorld(opts: { now: () => Date; start: Date }): Promise<YearWorld> {
  const mastodon = await startMastodonServer({ token: MASTODON_TOKEN, now: opts.now });
  const smtp = await startSmtpServer(SMTP);
  const gate = await startGate(Number(new URL(mastodon.url).port));
  const dir = await mkdtemp(join(tmpdir(), "loopcast-year-"));
  await cp(EXAMPLE_CONFIG, join(dir, "marketing"), {
    recursive: true,
    // Only the configuration: state from runs in the example folder is not part of a new repository.
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
        src.slice(EXAMPLE_CONFIG.length),
      ),
  });
  const file = (rel: string) => join(dir, "marketing", rel);
  await edit(file("strategy.yaml"), (d) => {
    const channels = d.get("channels") as { items: Array<{ get(k: string): unknown }> };
    channels.items.forEach((c, i) => {
      if (c.get("type") === "mastodon") d.setIn(["channels", i, "instanceUrl"], gate.url);
    });
  });
  for (const name of (await readdir(file("workflows"))).filter((n) => n.endsWith(".yaml"))) {
    await edit(file(`workflows/${name}`), (d) => {
      for (const [key, value] of Object.entries(OWNER_SETTINGS[String(d.get("id"))] ?? {}))
        d.set(key, Array.isArray(value) ? d.createNode(value, { flow: true }) : value);
    });
  }

  // The owner's identity for their merges, edits and commands (the local forge and the CLI read it from git).
  const before = new Date(opts.start.getTime() - 86_400_000).toISOString();
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? tmpdir(),
        GIT_CONFIG_NOSYSTEM: "1",
        GIT_AUTHOR_DATE: before,
        GIT_COMMITTER_DATE: before,
      },
    });
  git("init", "-q", "-b", "main");
  git("config", "user.name", OWNER.name);
  git("config", "user.email", OWNER.email);
  git("config", "commit.gpgsign", "false");
  git("add", ".");
  git("commit", "-q", "-m", "Marketing strategy, guardrails and benchmarks as code");

  return {
    dir,
    env: {
      MASTODON_TOKEN,
      LOOPCAST_SMTP_HOST: "127.0.0.1",
      LOOPCAST_SMTP_PORT: String(smtp.port),
      LOOPCAST_SMTP_USER: SMTP.user,
      LOOPCAST_SMTP_PASSWORD: SMTP.password,
    },
    mastodon,
    smtp,
    mastodonDown: (down) => gate.setDown(down),
    close: async () => {
      await Promise.all([gate.close(), mastodon.close(), smtp.close()]);
    },
  };
}

async function edit(path: string, change: (d: ReturnType<typeof parseDocument>) => void): Promise<void> {
  const doc = parseDocument(await readFile(path, "utf8"));
  change(doc);
  await writeFile(path, doc.toString());
}

/**
 * A TCP pass-through to the stand-in that can be cut: while down, every connection is reset as it
 * arrives, as when the instance (or the road to it) is down. The stand-in keeps its statuses throughout.
 */
async function startGate(
  targetPort: number,
): Promise<{ url: string; setDown(down: boolean): void; close(): Promise<void> }> {
  let down = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    setDown(value) {
      down = value;
      // Connections kept alive from before the outage are cut too.
      if (value) for (const s of sockets) s.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
