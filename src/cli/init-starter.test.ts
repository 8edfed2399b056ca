// The starter configuration validates as written for every choice of channels and starting level, names
// secrets only as environment variables, and says why each setting is there.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/load.ts";
import { type Business, STARTER_CHANNELS, type StarterChannel } from "./init-business.ts";
import { PLACEHOLDER_URL, starterFiles, starterSecrets, starterWorkflowId } from "./init-starter.ts";

const ALL = Object.keys(STARTER_CHANNELS) as StarterChannel[];

async function write(b: Business, schemas?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-starter-"));
  for (const f of starterFiles(b, schemas === undefined ? {} : { schemas })) {
    await mkdir(dirname(join(dir, f.path)), { recursive: true });
    await writeFile(join(dir, f.path), f.text);
  }
  return dir;
}

/** Every non-empty subset of the starter's channels. */
const subsets = Array.from({ length: 2 ** ALL.length - 1 }, (_, mask) =>
  ALL.filter((_, i) => ((mask + 1) >> i) & 1),
);

describe("starterFiles", () => {
  it("validates for every choice of channels, with one workflow per channel at the level asked", async () => {
    for (const [i, channels] of subsets.entries()) {
      const level = (["L0", "L1", "L2", "L3"] as const)[i % 4] ?? "L3";
      const dir = await write({ name: "Rosa's Bakery", timezone: "Europe/Lisbon", channels, level });
      const { config, problems } = await loadConfig(dir);
      expect(problems, channels.join(",")).toEqual([]);
      expect(config?.strategy.channels.map((c) => c.id)).toEqual(channels);
      expect(config?.workflows.map((w) => w.channel)).toEqual(
        [...channels].sort((a, b) => starterWorkflowId(a).localeCompare(starterWorkflowId(b))),
      );
      expect(new Set(config?.workflows.map((w) => w.level))).toEqual(new Set([level]));
      expect(config?.strategy.business.url).toBe(PLACEHOLDER_URL);
    }
  });

  it("writes what it was told, quoting any text a person typed", async () => {
    const name = 'Zé\'s "Best" Café: #1 # not a comment';
    const dir = await write({
      name,
      timezone: "America/New_York",
      channels: ["newsletter"],
      url: "https://zes.example",
      audience: "people: who { read } yaml",
      description: "Coffee - and more",
      level: "L3",
    });
    const { config, problems } = await loadConfig(dir);
    expect(problems).toEqual([]);
    expect(config?.strategy.business).toEqual({
      name,
      url: "https://zes.example",
      description: "Coffee - and more",
      audience: "people: who { read } yaml",
    });
    expect(config?.strategy.timezone).toBe("America/New_York");
    const newsletter = config?.strategy.channels[0];
    expect(newsletter).toMatchObject({ type: "email", to: "subscribers@zes.example" });
    expect(config?.guardrails.voice?.brandNames).toEqual([name]);
  });

  it("names secrets only as environment variables, and comments every file", () => {
    const files = starterFiles({ name: "B", timezone: "UTC", channels: ALL, level: "L3" });
    const text = files.map((f) => f.text).join("\n");
    expect(starterSecrets(ALL)).toEqual([
      "LOOPCAST_SMTP_HOST",
      "LOOPCAST_SMTP_PORT",
      "LOOPCAST_SMTP_USER",
      "LOOPCAST_SMTP_PASSWORD",
      "MAILCHIMP_API_KEY",
      "MASTODON_TOKEN",
      "BSKY_HANDLE",
      "BSKY_APP_PASSWORD",
      "LOOPCAST_WEBHOOK_URL",
      "LOOPCAST_WEBHOOK_SECRET",
    ]);
    for (const name of starterSecrets(ALL)) expect(text).toMatch(new RegExp(`(Env|env): ${name}$`, "m"));
    expect(text).not.toMatch(/^\s*(password|token|secret|apiKey):/im);
    for (const f of files) {
      const comments = f.text.split("\n").filter((l) => /^\s*(#|<!--)/.test(l) || / # /.test(l));
      expect(comments.length, f.path).toBeGreaterThanOrEqual(f.path.endsWith(".md") ? 1 : 3);
    }
  });

  it("points editors at the schemas when told where they are", () => {
    const files = starterFiles(
      { name: "B", timezone: "UTC", channels: ["blog"], level: "L3" },
      { schemas: "../schemas" },
    );
    const first = (path: string) => files.find((f) => f.path === path)?.text.split("\n")[0];
    expect(first("strategy.yaml")).toBe("# yaml-language-server: $schema=../schemas/strategy.schema.json");
    expect(first("workflows/weekly-blog.yaml")).toBe(
      "# yaml-language-server: $schema=../../schemas/workflow.schema.json",
    );
    expect(first("voice.md")).not.toContain("$schema");
  });
});
