// Pushes and fetches against `origin` with the run's token. The token travels as an `http.extraheader`
// given to git through GIT_CONFIG_COUNT/KEY/VALUE for that one command: the same as `git -c`, but it stays
// out of the command line (which `ps` and execFile's error messages show), out of the remote URL and out
// of .git/config. The header is keyed on the exact remote URL, the most specific match, so a header that
// actions/checkout persisted for the host is ignored rather than sent twice.
import { ForgeError } from "../../errors.ts";
import type { Git, GitResult } from "../git.ts";

export interface PushRef {
  /** `*` new, ` ` fast-forward, `+` forced, `-` deleted, `=` up to date, `!` rejected. */
  flag: string;
  from: string;
  to: string;
  summary: string;
}

export interface PushResult {
  refs: PushRef[];
  /** True when the remote refused an update because the branch is protected (GitHub's GH006). */
  protectedBranch: boolean;
  /** git's stderr, token removed. */
  message: string;
}

export class GitRemote {
  readonly url: string;
  private readonly git: Git;
  private readonly secrets: string[];

  private constructor(git: Git, url: string, token: string) {
    this.url = url;
    const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
    this.secrets = [token, basic].filter((s) => s.length >= 4);
    const key = `http.${url}.extraheader`;
    this.git = git.with({
      GIT_CONFIG_COUNT: "2",
      // An empty value first clears any header configured for this URL before ours is added.
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: "",
      GIT_CONFIG_KEY_1: key,
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    });
  }

  /** The workspace's `origin`; refuses a URL that carries credentials of its own. */
  static async open(git: Git, token: string): Promise<GitRemote> {
    const r = await git.run(["remote", "get-url", "origin"]);
    const url = r.stdout.trim();
    if (r.code !== 0 || !url) {
      throw new ForgeError(
        `${git.dir} has no \`origin\` remote; check the repository out with actions/checkout before this step`,
      );
    }
    if (/^[a-z]+:\/\/[^/]*@/i.test(url)) {
      throw new ForgeError(
        "the `origin` URL carries credentials; Loopcast passes its token to git itself — check the repository out without a token in the URL",
      );
    }
    return new GitRemote(git, url, token);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join("***");
    return out;
  }

  /** Pushes refspecs in one `git push --porcelain`; per-ref results, never throws for a rejected ref. */
  async push(refspecs: string[], opts: { leases?: string[] } = {}): Promise<PushResult> {
    const leases = (opts.leases ?? []).map((l) => `--force-with-lease=${l}`);
    const r = await this.run(["push", "--porcelain", "--no-verify", ...leases, "origin", ...refspecs]);
    const refs = parsePorcelain(r.stdout);
    const message = this.redact(r.stderr.trim());
    if (r.code !== 0 && !refs.length) {
      throw new ForgeError(`git push to origin failed: ${firstLines(message)}`);
    }
    return {
      refs,
      protectedBranch: /GH006|protected branch/i.test(`${message}\n${r.stdout}`),
      message,
    };
  }

  /** Branch heads on origin under a prefix (`loopcast/`), in one `git ls-remote`: branch → sha. */
  async heads(prefix: string): Promise<Map<string, string>> {
    const r = await this.run(["ls-remote", "--heads", "origin", `refs/heads/${prefix}*`]);
    if (r.code !== 0)
      throw new ForgeError(`git ls-remote on origin failed: ${firstLines(this.redact(r.stderr.trim()))}`);
    const heads = new Map<string, string>();
    for (const line of r.stdout.split("\n")) {
      const [sha, ref] = line.split("\t");
      if (sha && ref?.startsWith("refs/heads/")) heads.set(ref.slice("refs/heads/".length), sha);
    }
    return heads;
  }

  /** Fetches refspecs or commit shas (GitHub serves any commit of the repository by sha). */
  async fetch(refspecs: string[], opts: { depth?: number } = {}): Promise<void> {
    if (!refspecs.length) return;
    const depth = opts.depth ? [`--depth=${opts.depth}`] : [];
    const r = await this.run([
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-write-fetch-head",
      ...depth,
      "origin",
      ...refspecs,
    ]);
    if (r.code !== 0) {
      throw new ForgeError(`git fetch from origin failed: ${firstLines(this.redact(r.stderr.trim()))}`);
    }
  }

  private async run(args: string[]): Promise<GitResult> {
    try {
      return await this.git.run(args);
    } catch (err) {
      throw new ForgeError(this.redact((err as Error).message));
    }
  }
}

export function parsePorcelain(stdout: string): PushRef[] {
  const refs: PushRef[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^(.)\t([^:\t]*):([^\t]+)\t(.*)$/.exec(line);
    if (m)
      refs.push({ flag: m[1] as string, from: m[2] as string, to: m[3] as string, summary: m[4] as string });
  }
  return refs;
}

function firstLines(text: string): string {
  return text.split("\n").filter(Boolean).slice(0, 4).join(" / ") || "no message from git";
}
