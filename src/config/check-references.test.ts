// Cross-file checks, through loadConfig (what `loopcast validate` runs) on a copy of the example
// configuration with one edit each: a few files in a temporary folder, a few milliseconds.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./load.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;

/** The example's configuration files (no state from runs), with `edits` applied, loaded. */
async function load(edits: Record<string, (text: string) => string>) {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-refs-"));
  await cp(EXAMPLE, dir, {
    recursive: true,
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
        src.slice(EXAMPLE.length),
      ),
  });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = await readFile(path, "utf8");
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing; the example changed?`);
    await writeFile(path, after);
  }
  const result = await loadConfig(dir);
  const lineOf = async (file: string, needle: string) =>
    (await readFile(join(dir, file), "utf8")).split("\n").findIndex((l) => l.includes(needle)) + 1;
  return { ...result, lineOf };
}

const ceiling = (channel: string, level: string) => (t: string) =>
  t.replace(/( {2}ceiling:\n)/, `$1    ${channel}: ${level}\n`);

describe("a workflow's level against its channel's ceiling", () => {
  it("refuses a level above the ceiling, at the workflow's level: line, saying how to fix it", async () => {
    // daily-social runs at L4 on mastodon; cap mastodon at L3.
    const { config, problems, lineOf } = await load({ "guardrails.yaml": ceiling("mastodon", "L3") });
    expect(config).toBeUndefined();
    const found = problems.filter((p) => p.message.includes("ceiling"));
    expect(found).toEqual([
      {
        file: expect.stringMatching(/workflows\/daily-social\.yaml$/),
        line: await lineOf("workflows/daily-social.yaml", "level: L4"),
        column: expect.any(Number),
        message:
          'workflow "daily-social" is set to L4, above the L3 ceiling of channel "mastodon" (guardrails.yaml channels.ceiling)',
        hint: "lower level: to L3 or below, or raise channels.ceiling.mastodon in guardrails.yaml to L4",
      },
    ]);
  });

  it("accepts a level at the ceiling, and a ceiling on another channel", async () => {
    // The example caps the newsletter at L4; run it at exactly L4, and cap the blog below everything.
    const { config, problems } = await load({
      "workflows/weekly-newsletter.yaml": (t) => t.replace("level: L3", "level: L4"),
      "guardrails.yaml": ceiling("blog", "L3"),
    });
    expect(problems).toEqual([]);
    expect(config?.guardrails.channels?.ceiling).toEqual({ blog: "L3", newsletter: "L4" });
  });

  it("reports the ceiling alongside the other problems of the same line", async () => {
    const { problems } = await load({
      "workflows/weekly-newsletter.yaml": (t) => t.replace("level: L3", "level: L5"),
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'workflow "weekly-newsletter" is set to L5, above the L4 ceiling of channel "newsletter" (guardrails.yaml channels.ceiling)',
        'L5 on channel "newsletter", whose items cannot be taken back',
      ]),
    );
  });

  it("the example configuration in marketing/ is valid", async () => {
    expect((await loadConfig(EXAMPLE)).problems).toEqual([]);
  });
});
