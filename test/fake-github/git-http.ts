// Git smart HTTP at `<base>/<owner>/<repo>.git`, served by git's own `git http-backend` CGI (one
// process per request), behind GitHub-style Basic auth: user `x-access-token`, password = token.
import { spawn } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { basicTokenOf } from "./auth.ts";
import { GIT_BASE_ENV } from "./git-store.ts";
import type { FakeState } from "./state.ts";
import type { Repo } from "./types.ts";

const GIT_PATH = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;

export interface GitRoute {
  owner: string;
  repo: string;
  /** The rest of the path after the repository (`info/refs`, `git-upload-pack`, `git-receive-pack`). */
  rest: string;
  service: "upload-pack" | "receive-pack";
}

/** Recognises smart HTTP paths; REST paths never end in these git service names. */
export function matchGitRoute(pathname: string, search: URLSearchParams): GitRoute | null {
  const match = GIT_PATH.exec(pathname);
  if (!match) return null;
  const [, owner, repo, rest] = match as unknown as [string, string, string, string];
  const name = rest === "info/refs" ? (search.get("service") ?? "") : rest;
  return { owner, repo, rest, service: name === "git-receive-pack" ? "receive-pack" : "upload-pack" };
}

function deny(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(`${message}\n`);
}

/**
 * Serves one smart HTTP request. Returns the status sent and who made it. `afterPush` runs (e.g. to
 * sync pulls with the moved branches) before the response ends, so a finished `git push` is seen by
 * the very next API call.
 */
export function serveGit(
  state: FakeState,
  route: GitRoute,
  req: IncomingMessage,
  res: ServerResponse,
  afterPush: (repo: Repo) => Promise<void>,
): Promise<{ status: number; login: string | null }> {
  const token = basicTokenOf(req.headers.authorization);
  if (!token) {
    // Git only sends credentials after this challenge.
    deny(res, 401, "Authentication required", { "www-authenticate": 'Basic realm="GitHub"' });
    return Promise.resolve({ status: 401, login: null });
  }
  const login = state.loginForToken(token);
  if (!login) {
    deny(
      res,
      401,
      "Invalid username or token. Password authentication is not supported for Git operations.",
      {
        "www-authenticate": 'Basic realm="GitHub"',
      },
    );
    return Promise.resolve({ status: 401, login: null });
  }
  const repo = state.repo(route.owner, route.repo);
  if (!repo) {
    deny(res, 404, "Repository not found.");
    return Promise.resolve({ status: 404, login });
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    ...GIT_BASE_ENV,
    GIT_PROJECT_ROOT: state.root,
    GIT_HTTP_EXPORT_ALL: "1",
    PATH_INFO: `/${repo.owner}/${repo.name}.git/${route.rest}`,
    REQUEST_METHOD: req.method ?? "GET",
    QUERY_STRING: url.search.replace(/^\?/, ""),
    CONTENT_TYPE: req.headers["content-type"] ?? "",
    REMOTE_USER: login,
    REMOTE_ADDR: req.socket.remoteAddress ?? "127.0.0.1",
    // Pushes record this identity in reflogs only; commits keep their own authors.
    GIT_COMMITTER_NAME: login,
    GIT_COMMITTER_EMAIL: state.user(login).email,
  };
  if (req.headers["content-length"]) env.CONTENT_LENGTH = String(req.headers["content-length"]);
  if (req.headers["content-encoding"]) env.HTTP_CONTENT_ENCODING = String(req.headers["content-encoding"]);
  if (req.headers["git-protocol"]) env.GIT_PROTOCOL = String(req.headers["git-protocol"]);

  return new Promise((resolve, reject) => {
    const child = spawn("git", ["http-backend"], { env, stdio: ["pipe", "pipe", "pipe"] });
    // http-backend may exit before reading everything (e.g. a refused push); that is not our error.
    child.stdin.on("error", () => undefined);
    req.pipe(child.stdin);
    let head = Buffer.alloc(0);
    let status = 200;
    let headersSent = false;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      if (headersSent) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const text = head.toString("latin1");
      const end = text.search(/\r?\n\r?\n/);
      if (end === -1) return;
      const separator = /\r?\n\r?\n/.exec(text.slice(end))?.[0].length ?? 2;
      const headers: Record<string, string> = {};
      for (const line of text.slice(0, end).split(/\r?\n/)) {
        const colon = line.indexOf(":");
        if (colon === -1) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === "status") status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      res.writeHead(status, headers);
      headersSent = true;
      res.write(head.subarray(end + separator));
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const finish = async () => {
        if (!headersSent) {
          status = 500;
          deny(res, 500, `git http-backend failed (exit ${code}): ${stderr.trim()}`);
          return;
        }
        if (route.service === "receive-pack" && req.method === "POST") await afterPush(repo);
        res.end();
      };
      finish().then(() => resolve({ status, login }), reject);
    });
  });
}
