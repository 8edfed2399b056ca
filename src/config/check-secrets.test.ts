// The credential scan, through loadConfig (what `loopcast validate` runs) on a copy of the example
// configuration with one edit each. The fake credentials are built when the test runs, from a seeded
// generator, so no file of this repository holds one that a scanner would flag.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Problem } from "../errors.ts";
import { loadConfig } from "./load.ts";
import { looksRandom } from "./secret-rules.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;

const ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
/** `n` characters of `alphabet`, the same for the same seed (mulberry32). */
function fake(n: number, seed: number, alphabet = ALNUM): string {
  let x = seed;
  let s = "";
  for (let i = 0; i < n; i++) {
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    s += alphabet[((t ^ (t >>> 14)) >>> 0) % alphabet.length];
  }
  return s;
}
const B64 = `${ALNUM}+/`;
const B64URL = `${ALNUM}-_`;
const upper = (s: string) => s.toUpperCase();

/** Every format issue 14 found passing `validate`, as a user would paste it. */
const FORMATS: Array<{ name: string; value: string; found: RegExp }> = [
  { name: "a Stripe live secret key", value: `sk_${"live"}_${fake(24, 1)}`, found: /Stripe Live Secret Key/ },
  {
    name: "an AWS secret key, labelled",
    // secretlint's rule wants a word character last (`\b`); a key ending in + or / is the random rule's.
    value: `aws_secret_access_key=${fake(39, 2, B64)}Q`,
    found: /AWS Secret Access Key/,
  },
  { name: "an AWS secret key, bare", value: fake(40, 3, B64), found: /a long random string/ },
  { name: "a Mastodon access token", value: fake(43, 4, B64URL), found: /a long random string/ },
  {
    name: "a Bearer JWT",
    value: `Authorization: Bearer eyJ${fake(30, 5, B64URL)}.eyJ${fake(40, 6, B64URL)}.${fake(43, 7, B64URL)}`,
    found: /a JSON Web Token|a Bearer token/,
  },
  {
    name: "a Slack webhook URL",
    value: `https://hooks.${"slack"}.com/services/T${upper(fake(8, 8))}/B${upper(fake(8, 9))}/${fake(24, 10)}`,
    found: /Slack Incoming Webhook/,
  },
  {
    name: "a token in a URL's query",
    value: `https://api.example.com/v1/feed?format=json&token=${fake(20, 11)}`,
    found: /a URL with a credential in its query/,
  },
  { name: "an npm token", value: `npm_${fake(36, 12)}`, found: /npm access token/ },
  { name: "a Google API key", value: `AI${"za"}${fake(35, 13, B64URL)}`, found: /a Google API key/ },
  { name: "a GitLab token", value: `glpat-${fake(20, 14, B64URL)}`, found: /GitLab Personal Access Token/ },
  // Kept from the first version of the scan.
  { name: "a GitHub token", value: `gh${"p"}_${fake(36, 15)}`, found: /a GitHub token/ },
  {
    name: "a private key",
    value: `-----BEGIN RSA ${"PRIVATE"} KEY-----`,
    found: /a private key|Private Key/i,
  },
];

/** The example's configuration files (no state from runs), with `edits` applied, loaded. */
async function load(edits: Record<string, (text: string) => string>) {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-secrets-"));
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
  const result = await loadConfig(dir, { displayFrom: dir });
  const where = async (file: string, needle: string) => {
    const lines = (await readFile(join(dir, file), "utf8")).split("\n");
    const i = lines.findIndex((l) => l.includes(needle));
    return { line: i + 1, column: (lines[i] ?? "").indexOf(needle) + 1 };
  };
  return { ...result, where };
}

const secretProblems = (problems: Problem[]) => problems.filter((p) => p.message.includes("holds"));

function expectNotShown(problems: Problem[], value: string) {
  // Neither the value nor any long piece of it: a message may quote around a secret, never the secret.
  const shown = JSON.stringify(problems);
  for (let i = 0; i + 12 <= value.length; i += 6) expect(shown).not.toContain(value.slice(i, i + 12));
}

describe("the credential scan", () => {
  it("finds nothing in the example configuration", async () => {
    const { config, problems } = await loadConfig(EXAMPLE);
    expect(problems).toEqual([]);
    expect(config).toBeDefined();
  });

  it.each(FORMATS)(
    "refuses $name in a value, at the value, without printing it",
    async ({ value, found }) => {
      const { problems, where } = await load({
        "workflows/weekly-blog.yaml": (t) =>
          t.replace("name: Weekly blog post", `name: "Weekly blog post ${value}"`),
      });
      const at = await where("workflows/weekly-blog.yaml", '"Weekly blog post');
      expect(secretProblems(problems)).toEqual([
        {
          file: "workflows/weekly-blog.yaml",
          ...at,
          message: expect.stringMatching(/^name holds .*; configuration must not contain secrets$/),
          hint: expect.stringContaining("name that variable here with a *Env key"),
        },
      ]);
      expect(secretProblems(problems)[0]?.message).toMatch(found);
      expectNotShown(problems, value);
    },
  );

  it("lets a person mark one line whose value only looks like a secret; the line beside it is still refused", async () => {
    const id = fake(43, 31, B64URL);
    const token = fake(43, 32, B64URL);
    const { problems, where } = await load({
      "voice.md": (t) =>
        `${t}\nOur public campaign id is ${id} <!-- secretlint-disable-line -->\nMastodon: ${token}\n`,
    });
    expect(secretProblems(problems)).toEqual([
      expect.objectContaining({ file: "voice.md", ...(await where("voice.md", token)) }),
    ]);
  });

  it("refuses a Mastodon token pasted where the variable's name belongs", async () => {
    const token = fake(43, 21, B64URL);
    const { problems, where } = await load({
      "strategy.yaml": (t) => t.replace("tokenEnv: MASTODON_TOKEN", `tokenEnv: ${token}`),
    });
    expect(secretProblems(problems)).toEqual([
      expect.objectContaining({
        file: "strategy.yaml",
        ...(await where("strategy.yaml", token)),
        message: expect.stringMatching(/^channels\.2\.tokenEnv holds a long random string/),
      }),
    ]);
    expectNotShown(problems, token);
  });

  it("scans voice.md, which is sent to the LLM, and points at the secret itself", async () => {
    const key = `sk_${"live"}_${fake(24, 22)}`;
    const token = fake(43, 23, B64URL);
    const { problems, config, where } = await load({
      "voice.md": (t) => `${t}\nOur Stripe key is ${key} for now.\n\nMastodon: ${token}\n`,
    });
    expect(config).toBeUndefined();
    expect(secretProblems(problems)).toEqual([
      {
        file: "voice.md",
        ...(await where("voice.md", key)),
        message: expect.stringMatching(
          /^this text holds a secret \(Stripe Live Secret Key, found by secretlint's stripe rule\); voice\.md must not contain secrets$/,
        ),
        hint: expect.stringContaining("voice.md is sent to the LLM"),
      },
      expect.objectContaining({
        file: "voice.md",
        ...(await where("voice.md", token)),
        message: expect.stringMatching(/^this text holds a long random string/),
      }),
    ]);
    expectNotShown(problems, key);
    expectNotShown(problems, token);
  });

  it("scans comments, files that do not parse, and keys named like secrets", async () => {
    const npm = `npm_${fake(36, 24)}`;
    const google = `AI${"za"}${fake(35, 25, B64URL)}`;
    const { problems, where } = await load({
      "guardrails.yaml": (t) => `# npm publish: ${npm}\n${t}`,
      "benchmarks.yaml": (t) => `${t}\n  oops: [${google}\n`,
      "strategy.yaml": (t) =>
        t.replace("tokenEnv: MASTODON_TOKEN", "tokenEnv: MASTODON_TOKEN\n    accessToken: hunter2hunter2"),
    });
    const found = secretProblems(problems).map((p) => [
      p.file,
      p.line,
      p.column,
      p.message.replace(/;.*/, ""),
    ]);
    expect(found).toEqual([
      [
        "strategy.yaml",
        (await where("strategy.yaml", "hunter2")).line,
        (await where("strategy.yaml", "hunter2")).column,
        "channels.2.accessToken holds a secret value",
      ],
      [
        "guardrails.yaml",
        1,
        16,
        "this text holds a secret (npm access token, found by secretlint's npm rule)",
      ],
      [
        "benchmarks.yaml",
        ...Object.values(await where("benchmarks.yaml", google)),
        "this text holds a Google API key",
      ],
    ]);
    expect(problems.some((p) => p.file === "benchmarks.yaml" && p.message.startsWith("YAML:"))).toBe(true);
  });

  it("names everything one value holds, once", async () => {
    const github = `gh${"p"}_${fake(36, 26)}`;
    const { problems } = await load({
      "workflows/weekly-blog.yaml": (t) =>
        t.replace("name: Weekly blog post", `name: "${github} and ${github} and npm_${fake(36, 27)}"`),
    });
    expect(secretProblems(problems).map((p) => p.message)).toEqual([
      "name holds a GitHub token and a secret (npm access token, found by secretlint's npm rule); configuration must not contain secrets",
    ]);
  });
});

describe("looksRandom", () => {
  it("takes random tokens for secrets and words for words", () => {
    for (let seed = 100; seed < 140; seed++) {
      expect(looksRandom(fake(43, seed, B64URL))).toBe(true);
      expect(looksRandom(fake(40, seed, B64))).toBe(true);
    }
    for (const words of [
      "2024-01-05-How-We-Ship-Marketing-As-Code",
      "ThisIsAVeryLongIdentifierName2024Edition",
      "com/loopcast-dev/loopcast/blob/main/docs/Setup-Guide-2024",
      "UA-123456789-1_G-ABCDEF1234_utm_source_newsletter",
      "photo-1517245386807-bb43f82c33c4",
      "0123456789abcdef0123456789abcdef01234567",
      "LOOPCAST_SMTP_PASSWORD_FOR_THE_PRODUCTION_2",
    ]) {
      expect(looksRandom(words), words).toBe(false);
    }
  });
});
