// Which token a run uses and who the bot is. Three setups (docs/github-setup.md):
// - a GitHub App installation token (recommended: its PRs and merges trigger other workflows), either made
//   by Loopcast from the App's id and private key, or passed in from actions/create-github-app-token;
// - a personal access token;
// - the workflow's GITHUB_TOKEN (simplest; what it opens or merges starts no other workflow).
import { createSign } from "node:crypto";
import { ForgeError, UsageError } from "../../errors.ts";
import type { Identity } from "../git.ts";
import { createClient, type GitHubClient, type Pacing, toForgeError } from "./client.ts";

export type TokenSource =
  | { kind: "token"; token: string }
  | { kind: "app"; appId: string; privateKey: string; installationId?: number };

export interface ResolvedAuth {
  token: string;
  kind: "token" | "app";
  /** Requests spent getting the token (0 for a plain token). */
  requests: number;
}

/** github-actions[bot], the author GitHub shows for commits made with GITHUB_TOKEN. */
export const ACTIONS_BOT: Identity = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
};

/** An App's bot: `<slug>[bot]`, with GitHub's `<user id>+<slug>[bot]@users.noreply.github.com` when the id is known. */
export function appBot(slug: string, botUserId?: number): Identity {
  const name = `${slug}[bot]`;
  return { name, email: `${botUserId ? `${botUserId}+` : ""}${name}@users.noreply.github.com` };
}

/** Parses `Name <email>`, the form of the `committer` input. */
export function parseIdentity(text: string, input = "committer"): Identity {
  const m = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!m) throw new UsageError(`input \`${input}\` must look like "Name <email>", got "${text}"`);
  return { name: m[1] as string, email: m[2] as string };
}

/** A JWT signed with the App's private key (RS256), valid for 9 minutes, as GitHub asks for App auth. */
export function appJwt(appId: string, privateKey: string, now = Date.now()): string {
  const enc = (v: object) => Buffer.from(JSON.stringify(v)).toString("base64url");
  const iat = Math.floor(now / 1000) - 60; // GitHub allows for clock drift this way
  const unsigned = `${enc({ alg: "RS256", typ: "JWT" })}.${enc({ iat, exp: iat + 600, iss: appId })}`;
  let signature: string;
  try {
    signature = createSign("RSA-SHA256").update(unsigned).sign(privateKey, "base64url");
  } catch {
    // The key itself must never reach a message.
    throw new UsageError(
      "input `app-private-key` is not a valid PEM private key; paste the whole .pem file the App settings page generated",
    );
  }
  return `${unsigned}.${signature}`;
}

export async function resolveToken(
  source: TokenSource,
  opts: { apiUrl: string; owner: string; repo: string; pacing?: Partial<Pacing>; log?: (l: string) => void },
): Promise<ResolvedAuth> {
  if (source.kind === "token") {
    if (!source.token) {
      throw new UsageError(
        "no token: set the `github-token` input (its default is the workflow's GITHUB_TOKEN) or `app-id` and `app-private-key`",
      );
    }
    return { token: source.token, kind: "token", requests: 0 };
  }
  const jwtClient: GitHubClient = createClient({
    token: appJwt(source.appId, source.privateKey),
    apiUrl: opts.apiUrl,
    ...(opts.pacing ? { pacing: opts.pacing } : {}),
    ...(opts.log ? { log: opts.log } : {}),
  });
  try {
    let installationId = source.installationId;
    if (!installationId) {
      const { data } = await jwtClient.octokit.rest.apps.getRepoInstallation({
        owner: opts.owner,
        repo: opts.repo,
      });
      installationId = data.id;
    }
    const { data } = await jwtClient.octokit.rest.apps.createInstallationAccessToken({
      installation_id: installationId,
      repositories: [opts.repo],
    });
    return { token: data.token, kind: "app", requests: jwtClient.requests };
  } catch (err) {
    const e = toForgeError(err, `getting an installation token for App ${source.appId}`);
    throw new ForgeError(
      `${e.message}; check \`app-id\`, \`app-private-key\` and that the App is installed on ${opts.owner}/${opts.repo}`,
      e.status,
    );
  }
}
