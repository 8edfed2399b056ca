// The journey's world: a new git repository holding a copy of the example configuration (every workflow
// at L3), and the local stand-ins its channels publish to — a Mastodon server, an SMTP server, a webhook
// receiver for any webhook channel — so nothing reaches the network. Secrets go to the runs' environment
// only, never into files.
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";
import { parseDocument } from "yaml";
import { startMastodonServer } from "../../test/stand-ins/mastodon-server.ts";
import { startWebhookReceiver } from "../../test/stand-ins/webhook-receiver.ts";

export const ROOT = new URL("../..", import.meta.url).pathname;
export const EXAMPLE = join(ROOT, "marketing");

/** The person who owns the repository: reviews, merges, edits and commits the metric exports. */
export const OWNER = { name: "Sam Owner", email: "sam@example.com" };

/**
 * Reviewed cycles a level takes in the journey instead of the example's 30: at a weekly cadence 30 cycles
 * take 30 weeks, so within 90 days only the daily workflow could earn anything. The other thresholds
 * (approval rate, edit ratio, benchmarks met, cooldown) stay the example's.
 */
export const JOURNEY_MIN_CYCLES = 10;

/**
 * Candidate slots for workflows that list none, added only when the workflow schema knows `slots`: they
 * give the planner something to choose among. The market does not know these labels; it rates any time.
 */
export const JOURNEY_SLOTS: Readonly<Record<string, readonly string[]>> = {
  "daily-social": ["08:00", "12:30", "18:00"],
  "weekly-blog": ["Tue 09:00", "Wed 09:00", "Thu 09:00"],
  "weekly-newsletter": ["Tue 08:00", "Thu 08:00", "Sat 10:00"],
};

export interface Journey {
  dir: string;
  /** The environment every run gets: the secrets the configuration names. */
  env: Record<string, string>;
  /** What the journey changed in the example's copy, for the opening lines. */
  changes: string[];
  /** Messages the SMTP stand-in accepted, statuses the Mastodon stand-in holds, webhook deliveries. */
  sent: () => { emails: number; statuses: number; webhooks: number };
  /**
   * What the market measured for a published item, told to the channel's stand-in, so the numbers a run
   * pulls from Mastodon are the ones the export brings (until then a status shows none).
   */
  audience: (m: { receiptId: string; counts: Record<string, number> }) => void;
  close(): Promise<void>;
}

const MASTODON_TOKEN = "journey-mastodon-token-0123456789";
const SMTP_USER = "journey";
const SMTP_PASSWORD = "journey-smtp-password";
const WEBHOOK_SECRET = "journey-webhook-secret";

function git(dir: string, args: string[]): string {
  return execFileSync("git", args, { cwd: dir, encoding: "utf8", env: gitEnv() });
}

/** A small environment for the journey's own git commands, with the owner as author and committer. */
export function gitEnv(at?: Date): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmpdir(),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: OWNER.name,
    GIT_AUTHOR_EMAIL: OWNER.email,
    GIT_COMMITTER_NAME: OWNER.name,
    GIT_COMMITTER_EMAIL: OWNER.email,
    ...(at ? { GIT_AUTHOR_DATE: at.toISOString(), GIT_COMMITTER_DATE: at.toISOString() } : {}),
  };
}

function edited(text: string, change: (d: ReturnType<typeof parseDocument>) => void): string {
  const doc = parseDocument(text);
  change(doc);
  return doc.toString();
}

async function schemaKnowsSlots(): Promise<boolean> {
  const schema = JSON.parse(await readFile(join(ROOT, "schemas/workflow.schema.json"), "utf8")) as {
    properties?: Record<string, unknown>;
  };
  return schema.properties?.slots !== undefined;
}

export async function createJourney(opts: { now: () => Date; start: Date }): Promise<Journey> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-journey-"));
  const mastodon = await startMastodonServer({ token: MASTODON_TOKEN, now: opts.now });
  const webhooks = await startWebhookReceiver({ secret: WEBHOOK_SECRET });
  const smtp = await startSmtp();
  const env: Record<string, string> = {
    MASTODON_TOKEN,
    LOOPCAST_SMTP_HOST: "127.0.0.1",
    LOOPCAST_SMTP_PORT: String(smtp.port),
    LOOPCAST_SMTP_USER: SMTP_USER,
    LOOPCAST_SMTP_PASSWORD: SMTP_PASSWORD,
  };
  const changes: string[] = [];

  // Only the configuration: state from runs in the example folder is not part of a new repository.
  await cp(EXAMPLE, join(dir, "marketing"), {
    recursive: true,
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
        src.slice(EXAMPLE.length),
      ),
  });
  const file = (rel: string) => join(dir, "marketing", rel);

  const strategyPath = file("strategy.yaml");
  const strategy = parseDocument(await readFile(strategyPath, "utf8"));
  const channels = (strategy.toJS() as { channels: Array<{ type: string; id: string; secretEnv?: string }> })
    .channels;
  channels.forEach((channel, i) => {
    if (channel.type === "mastodon") strategy.setIn(["channels", i, "instanceUrl"], mastodon.url);
    if (channel.type === "webhook") {
      strategy.setIn(["channels", i, "url"], webhooks.url);
      if (channel.secretEnv) env[channel.secretEnv] = WEBHOOK_SECRET;
    }
  });
  await writeFile(strategyPath, strategy.toString());
  changes.push("channels point at local stand-ins (Mastodon, SMTP, webhook receiver)");

  const slots = await schemaKnowsSlots();
  const withSlots: string[] = [];
  for (const name of (await readdir(file("workflows"))).filter((n) => n.endsWith(".yaml")).sort()) {
    const path = file(`workflows/${name}`);
    await writeFile(
      path,
      edited(await readFile(path, "utf8"), (d) => {
        d.set("level", "L3");
        const id = String(d.get("id"));
        const candidates = JOURNEY_SLOTS[id];
        if (slots && candidates && !d.has("slots")) {
          d.set("slots", d.createNode([...candidates], { flow: true }));
          withSlots.push(id);
        }
      }),
    );
  }
  changes.push("every workflow starts at L3 (approval mode)");
  if (withSlots.length) changes.push(`candidate slots for ${withSlots.join(", ")}`);

  const guardrailsPath = file("guardrails.yaml");
  await writeFile(
    guardrailsPath,
    edited(await readFile(guardrailsPath, "utf8"), (d) => {
      const was = d.getIn(["autonomy", "minCycles"]) ?? 30;
      d.setIn(["autonomy", "minCycles"], JOURNEY_MIN_CYCLES);
      changes.push(`a level takes ${JOURNEY_MIN_CYCLES} reviewed cycles instead of ${was}`);
    }),
  );

  git(dir, ["init", "-q", "-b", "main"]);
  // The owner's identity for the merges `review approve` makes (the local forge reads it from git).
  git(dir, ["config", "user.name", OWNER.name]);
  git(dir, ["config", "user.email", OWNER.email]);
  git(dir, ["config", "commit.gpgsign", "false"]);
  git(dir, ["add", "."]);
  execFileSync("git", ["commit", "-q", "-m", "Marketing strategy, guardrails and benchmarks as code"], {
    cwd: dir,
    env: gitEnv(new Date(opts.start.getTime() - 86_400_000)),
  });

  return {
    dir,
    env,
    changes,
    sent: () => ({
      emails: smtp.messages(),
      statuses: mastodon.statuses.size,
      webhooks: webhooks.deliveries.length,
    }),
    audience: ({ receiptId, counts }) => {
      mastodon.setCounts(receiptId, {
        ...(counts.likes !== undefined ? { favourites: counts.likes } : {}),
        ...(counts.reposts !== undefined ? { reblogs: counts.reposts } : {}),
        ...(counts.replies !== undefined ? { replies: counts.replies } : {}),
      });
    },
    close: async () => {
      await Promise.all([mastodon.close(), webhooks.close(), smtp.close()]);
    },
  };
}

/** An SMTP server on loopback that accepts the newsletter after AUTH, as the email tests use. */
async function startSmtp(): Promise<{ port: number; messages: () => number; close(): Promise<void> }> {
  let messages = 0;
  const server = new SMTPServer({
    authMethods: ["PLAIN", "LOGIN"],
    // Clear-text AUTH only because the server listens on loopback for this process alone.
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        return callback(null, { user: SMTP_USER });
      callback(Object.assign(new Error("Authentication credentials invalid"), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        messages++;
        callback(null, "Ok: queued");
      });
    },
  });
  const listener = server.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => listener.once("listening", () => resolve()));
  return {
    port: (listener.address() as AddressInfo).port,
    messages: () => messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
