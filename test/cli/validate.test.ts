// `loopcast validate` as a user runs it: every problem at once, each with file:line:col and a hint.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";

async function withEdits(edits: Record<string, (text: string) => string>) {
  const repo = await tempRepo();
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(repo.dir, "marketing", file);
    await writeFile(path, edit(await readFile(path, "utf8")));
  }
  return repo;
}

/** The 1-based line of the first occurrence of `needle` in a file of the repo. */
async function lineOf(dir: string, file: string, needle: string): Promise<number> {
  const lines = (await readFile(join(dir, "marketing", file), "utf8")).split("\n");
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

describe("loopcast validate", () => {
  it("accepts the shipped example configuration", async () => {
    const repo = await tempRepo();
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/configuration is valid: 3 workflow\(s\), 3 channel\(s\)/);
  });

  it("reports malformed YAML with its position", async () => {
    const repo = await withEdits({
      "strategy.yaml": (t) => t.replace("timezone: Europe/Berlin", "timezone: [Europe/Berlin"),
    });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/marketing\/strategy\.yaml:\d+:\d+ {2}YAML: /);
  });

  it("lists every problem across files at once, each at its line", async () => {
    const repo = await withEdits({
      "workflows/weekly-blog.yaml": (t) =>
        t.replace("level: L3", "level: L7").replace("format: article", "formt: article"),
      "guardrails.yaml": (t) => t.replace("currency: EUR", "currency: euro"),
    });
    const r = await loopcast(["validate", "--json"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const { ok, problems } = JSON.parse(r.stdout) as {
      ok: boolean;
      problems: Array<Record<string, unknown>>;
    };
    expect(ok).toBe(false);
    const levelLine = await lineOf(repo.dir, "workflows/weekly-blog.yaml", "level: L7");
    const formtLine = await lineOf(repo.dir, "workflows/weekly-blog.yaml", "formt:");
    const currencyLine = await lineOf(repo.dir, "guardrails.yaml", "currency: euro");
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: "marketing/workflows/weekly-blog.yaml",
          line: levelLine,
          message: expect.stringMatching(/level must be one of: L0, L1/),
        }),
        expect.objectContaining({
          file: "marketing/workflows/weekly-blog.yaml",
          line: formtLine,
          column: 1,
          message: 'unknown property "formt" in the file',
          hint: 'did you mean "format"?',
        }),
        expect.objectContaining({
          file: "marketing/workflows/weekly-blog.yaml",
          message: 'missing required property "format" in the file',
        }),
        expect.objectContaining({
          file: "marketing/guardrails.yaml",
          line: currencyLine,
          message: expect.stringContaining("budget.currency must match pattern"),
        }),
      ]),
    );
  });

  it("checks references between files, cron and time zone", async () => {
    const repo = await withEdits({
      "strategy.yaml": (t) => t.replace("timezone: Europe/Berlin", "timezone: Europe/Berlim"),
      "workflows/daily-social.yaml": (t) =>
        t
          .replace("channel: mastodon", "channel: mastadon")
          .replace('cadence: "30 12 * * 1-5"', 'cadence: "30 25 * * 1-5"'),
      "workflows/weekly-blog.yaml": (t) =>
        t.replace("pillars: [review-is-approval,", "pillars: [review-is-aproval,"),
      "benchmarks.yaml": (t) => t.replace("metric: open_rate", "metric: retweets"),
    });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toContain(
      `marketing/strategy.yaml:${await lineOf(repo.dir, "strategy.yaml", "timezone:")}:11  unknown time zone "Europe/Berlim"`,
    );
    expect(out).toContain(
      `marketing/workflows/daily-social.yaml:${await lineOf(repo.dir, "workflows/daily-social.yaml", "channel:")}:10  unknown channel "mastadon"`,
    );
    expect(out).toContain('hint: did you mean "mastodon"?');
    // At the hour in the value: the column after the quote and "30 ".
    expect(out).toMatch(
      /daily-social\.yaml:\d+:14 {2}invalid cadence "30 25 \* \* 1-5": hour "25" is out of range; allowed: 0-23/,
    );
    expect(out).toContain('unknown pillar "review-is-aproval"');
    expect(out).toMatch(
      /benchmarks\.yaml:\d+:13 {2}metric "retweets" is not reported by channel "newsletter" \(email\)/,
    );
  });

  it("refuses duplicate ids and a workflow file whose id does not match its name", async () => {
    const repo = await tempRepo();
    const text = await repo.read("marketing/workflows/weekly-blog.yaml");
    await repo.write("marketing/workflows/weekly-blog-copy.yaml", text);
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /weekly-blog-copy\.yaml:\d+:5 {2}workflow id "weekly-blog" does not match its file name "weekly-blog-copy"/,
    );
    // Files are read in name order, so the second one seen ("weekly-blog.yaml") is the duplicate.
    expect(r.stdout).toMatch(/workflows\/weekly-blog\.yaml:3:5 {2}duplicate workflow id "weekly-blog"/);
  });

  it("refuses literal secrets without ever printing them", async () => {
    const token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    const repo = await withEdits({
      "strategy.yaml": (t) =>
        t.replace("tokenEnv: MASTODON_TOKEN", `tokenEnv: MASTODON_TOKEN\n    token: "${token}"`),
      "workflows/weekly-blog.yaml": (t) =>
        t.replace("name: Weekly blog post", `name: "Weekly blog post ${token}"`),
    });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toContain(token);
    expect(r.stdout).toMatch(
      /weekly-blog\.yaml:\d+:7 {2}name holds a GitHub token; configuration must not contain secrets/,
    );
    expect(r.stdout).toMatch(/strategy\.yaml:\d+:12 {2}channels\.2\.token holds a GitHub token/);
    expect(r.stdout).toContain("tokenEnv: MASTODON_TOKEN");
  });

  it("scans voice.md and comments with secretlint's preset and our rules, printing where, never what", async () => {
    // Built here, so no file of the repository holds a credential-shaped string.
    const stripe = `sk_${"live"}_${"4eC39HqLyjWDarjtT1zdp7dc"}`;
    const mastodon = `${"Zq3vN8xK2pLw7YtR"}${"b5Hj9cMf4Ds1GeUa"}${"6nQk0VrXo-_iTzB"}`;
    const repo = await withEdits({
      "voice.md": (t) => `${t}\nAPI key for the examples: ${stripe}\n`,
      "strategy.yaml": (t) => t.replace("tokenEnv: MASTODON_TOKEN", `tokenEnv: MASTODON_TOKEN # ${mastodon}`),
    });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    for (const value of [stripe, mastodon]) expect(r.stdout + r.stderr).not.toContain(value);
    const voiceLine = await lineOf(repo.dir, "voice.md", "API key for the examples");
    expect(r.stdout).toContain(
      `marketing/voice.md:${voiceLine}:27  this text holds a secret (Stripe Live Secret Key, found by secretlint's stripe rule); voice.md must not contain secrets`,
    );
    expect(r.stdout).toContain(
      "hint: remove it (and rotate it if it was ever committed): voice.md is sent to the LLM",
    );
    const strategyLine = await lineOf(repo.dir, "strategy.yaml", "tokenEnv: MASTODON_TOKEN #");
    expect(r.stdout).toMatch(
      new RegExp(`marketing/strategy\\.yaml:${strategyLine}:\\d+ {2}this text holds a long random string`),
    );
  });

  it("refuses guardrails that contradict themselves", async () => {
    const repo = await withEdits({
      "guardrails.yaml": (t) =>
        t
          .replace("allow: [blog, mastodon]", "allow: [blog, mastodon]\n  block: [mastodon]")
          .replace("weekly: 40", "weekly: -5")
          .replace('pattern: "\\\\b(discount|coupon|\\\\d+ ?% off)\\\\b"', 'pattern: "(unclosed"'),
    });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/guardrails\.yaml:\d+:\d+ {2}budget\.weekly must be >= 0/);
    // Cross-file checks run once the shapes are right; fix the cap and the rest is reported.
    const fixed = (await repo.read("marketing/guardrails.yaml")).replace("weekly: -5", "weekly: 40");
    await repo.write("marketing/guardrails.yaml", fixed);
    const r2 = await loopcast(["validate"], { cwd: repo.dir });
    expect(r2.stdout).toMatch(/guardrails\.yaml:\d+:\d+ {2}channel "mastodon" is both allowed and blocked/);
    expect(r2.stdout).toMatch(/guardrails\.yaml:\d+:\d+ {2}invalid pattern: /);
  });

  it("refuses autonomy above L3 without benchmarks, and L5 on email without allowIrreversible", async () => {
    const repo = await withEdits({
      "benchmarks.yaml": (t) => t.replace(/ {2}- id: social-engagement[\s\S]*$/, ""),
      "workflows/weekly-newsletter.yaml": (t) => t.replace("level: L3", "level: L5"),
    });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('workflow "daily-social" runs at L4 without benchmarks');
    expect(r.stdout).toContain('L5 on channel "newsletter", whose items cannot be taken back');
  });

  it("refuses slots inside blackouts and a frequency the cadence cannot carry", async () => {
    const repo = await withEdits({
      // The example blacks out Sundays for every channel.
      "workflows/weekly-blog.yaml": (t) =>
        t.replace("leadTime: 48h", 'slots: ["Sun 10:00", "sun 18:00"]\nleadTime: 48h'),
      // Weekdays at 12:30: five firings a week, one short of six.
      "workflows/daily-social.yaml": (t) =>
        t.replace("leadTime: 24h", "frequency: { min: 3, max: 6 }\nleadTime: 24h"),
    });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const slots = await lineOf(repo.dir, "workflows/weekly-blog.yaml", "slots:");
    expect(r.stdout).toContain(
      `marketing/workflows/weekly-blog.yaml:${slots}:8  every slot of "weekly-blog" is inside a blackout; nothing could be published\n` +
        "    hint: Sun 10:00 falls on a blackout day (no marketing on Sundays), Sun 18:00 falls on a blackout day (no marketing on Sundays) in guardrails.yaml channels.blackouts",
    );
    const frequency = await lineOf(repo.dir, "workflows/daily-social.yaml", "frequency:");
    expect(r.stdout).toContain(
      `marketing/workflows/daily-social.yaml:${frequency}:27  frequency.max is 6 but cadence "30 12 * * 1-5" fires 5 time(s) in a week`,
    );
    expect(r.stdout).toContain("\n2 problem(s) found.");
  });

  it("names missing files and folders", async () => {
    const repo = await tempRepo();
    await rm(join(repo.dir, "marketing/benchmarks.yaml"));
    await rm(join(repo.dir, "marketing/workflows"), { recursive: true });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("marketing/benchmarks.yaml:1:1  file not found");
    expect(r.stdout).toContain("marketing/workflows:1:1  file not found");
  });

  it("answers a usage error with exit code 2 and the usage", async () => {
    const repo = await tempRepo();
    const r = await loopcast(["validate", "--bogus"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage: loopcast validate");
    const unknown = await loopcast(["frobnicate"], { cwd: repo.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
  });
});
