// The Mailchimp channel's and the SMTP channel's new strategy keys as `loopcast validate` reads them: through
// loadConfig on a copy of the example configuration with one edit, so a mistake is named at file:line.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../config/load.ts";

const EXAMPLE = new URL("../../../marketing", import.meta.url).pathname;
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function loadWith(edit: (strategy: string) => string) {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-mailchimp-config-"));
  dirs.push(dir);
  await cp(EXAMPLE, dir, {
    recursive: true,
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
        src.slice(EXAMPLE.length),
      ),
  });
  const path = join(dir, "strategy.yaml");
  const before = await readFile(path, "utf8");
  const after = edit(before);
  expect(after).not.toBe(before);
  await writeFile(path, after);
  const lineOf = (needle: string) => after.split("\n").findIndex((l) => l.includes(needle)) + 1;
  return { ...(await loadConfig(dir)), lineOf };
}

const MAILCHIMP = `  - id: mailchimp-news
    type: mailchimp
    apiKeyEnv: MAILCHIMP_API_KEY
    listId: a1b2c3d4e5
    fromName: Loopcast
    replyTo: news@loopcast.dev
`;
const addChannel = (yaml: string) => (t: string) =>
  t.replace("  - id: mastodon\n", `${yaml}  - id: mastodon\n`);
const unsubscribe = (lines: string) => (t: string) =>
  t.replace(
    "      passwordEnv: LOOPCAST_SMTP_PASSWORD\n",
    `      passwordEnv: LOOPCAST_SMTP_PASSWORD\n${lines}`,
  );

describe("strategy keys of the Mailchimp and SMTP channels", () => {
  it("accepts a Mailchimp channel and an e-mail channel with both unsubscribe addresses", async () => {
    const { config, problems } = await loadWith((t) =>
      unsubscribe(
        "    listUnsubscribe:\n      mailto: leave@lists.loopcast.dev\n      url: https://loopcast.dev/u\n",
      )(addChannel(`${MAILCHIMP}    schedule:\n      holdMinutes: 30\n`)(t)),
    );
    expect(problems).toEqual([]);
    expect(config?.strategy.channels.find((c) => c.id === "mailchimp-news")).toMatchObject({
      type: "mailchimp",
      schedule: { holdMinutes: 30 },
    });
  });

  it("names the line of an http unsubscribe URL, with the key's description as the hint", async () => {
    const { config, problems, lineOf } = await loadWith(
      unsubscribe("    listUnsubscribe:\n      url: http://loopcast.dev/u\n"),
    );
    expect(config).toBeUndefined();
    const found = problems.find((p) => p.message.includes("listUnsubscribe"));
    expect(found?.line).toBe(lineOf("url: http://loopcast.dev/u"));
    expect(found?.message).toContain('must match pattern "^https://"');
    expect(found?.hint).toContain("RFC 8058 allows https only");
  });

  it("names the line of a hold shorter than Mailchimp's quarter hour", async () => {
    const { config, problems, lineOf } = await loadWith(
      addChannel(`${MAILCHIMP}    schedule:\n      holdMinutes: 5\n`),
    );
    expect(config).toBeUndefined();
    const found = problems.find((p) => p.message.includes("holdMinutes"));
    expect(found?.line).toBe(lineOf("holdMinutes: 5"));
    expect(found?.message).toContain("must be >= 15");
  });
});
