// A committed webhook URL that carries its token is refused, at the line of `url`, with the fix (urlEnv); plain
// addresses pass. The hook URLs are put together when the test runs, so no file of this repository holds one
// that a scanner would flag.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { suggestedEnv, urlSecret } from "./check-webhook-url.ts";
import { loadConfig } from "./load.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;

/** `n` letters and digits, the same for the same seed. */
function token(n: number, seed: number): string {
  const abc = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  let x = seed;
  let s = "";
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += abc[(x >>> 8) % abc.length];
  }
  return s;
}
const https = (rest: string) => `${"https"}://${rest}`;

/** Hook URLs as the services hand them out. */
const SECRET_URLS: Array<{ name: string; url: string; found: string }> = [
  {
    name: "Zapier catch hook",
    url: https(`hooks.zapier.com/hooks/catch/1234567/${token(7, 1).toLowerCase()}/`),
    found: "a Zapier hook's path",
  },
  {
    name: "Zapier catch hook without the last slash",
    url: https(`hooks.zapier.com/hooks/catch/98765/${token(6, 2).toLowerCase()}`),
    found: "a Zapier hook's path",
  },
  {
    name: "Make hook (EU zone)",
    url: https(`hook.eu1.make.com/${token(32, 3).toLowerCase()}`),
    found: "a Make hook's path",
  },
  {
    name: "Make hook (US zone)",
    url: https(`hook.us2.make.com/${token(32, 4).toLowerCase()}`),
    found: "a Make hook's path",
  },
  {
    name: "Slack incoming webhook",
    url: https(
      `hooks.slack.com/${"services"}/T${token(8, 5).toUpperCase()}/B${token(8, 6).toUpperCase()}/${token(24, 7)}`,
    ),
    found: "a Slack incoming webhook's path",
  },
  {
    name: "Discord webhook",
    url: https(`discord.com/api/webhooks/112233445566778899/${token(68, 8)}`),
    found: "a Discord webhook's path",
  },
  {
    name: "Discord webhook, old host",
    url: https(`discordapp.com/api/webhooks/112233445566778899/${token(68, 9)}`),
    found: "a Discord webhook's path",
  },
  {
    name: "IFTTT webhooks key",
    url: https(`maker.ifttt.com/trigger/new_post/with/key/${token(22, 10)}`),
    found: "an IFTTT Webhooks key's path",
  },
  {
    name: "token parameter",
    url: https(`cms.example.com/hook?token=${token(20, 11)}`),
    found: "a token= parameter",
  },
  {
    name: "key parameter",
    url: https(`n8n.example.com/webhook/post?key=${token(20, 12)}`),
    found: "a key= parameter",
  },
  {
    name: "api_key among others",
    url: https(`api.example.com/v1/items?lang=en&api_key=${token(20, 13)}`),
    found: "a api_key= parameter",
  },
  {
    name: "sig parameter",
    url: https(`example.com/in?sig=${token(30, 14)}&sv=2024`),
    found: "a sig= parameter",
  },
  {
    name: "secret parameter, upper case",
    url: https(`example.com/in?Secret=${token(12, 15)}`),
    found: "a Secret= parameter",
  },
  {
    name: "hook_token parameter",
    url: https(`example.com/in?hook_token=${token(12, 16)}`),
    found: "a hook_token= parameter",
  },
  {
    name: "Azure Functions code",
    url: https(`shop.azurewebsites.net/api/loopcast?code=${token(40, 17)}`),
    found: "a code= parameter",
  },
  {
    name: "a login",
    url: https(`bot:${token(12, 18)}@hooks.example.com/in`),
    found: "a login (user:password@)",
  },
];

/** Addresses without a credential: they must pass. */
const PLAIN_URLS = [
  https("hooks.example.com/loopcast"),
  https("cms.example.com/api/posts?lang=en&draft=true"),
  https("api.example.com/v1/items?page=2&keyword=bread&monkey=1"),
  https("example.com/hooks/catch/1234567/abcdef/"),
  https("discord.com/channels/112233445566778899"),
  https("hooks.zapier.com/"),
  https("example.com/in?token="),
  "http://127.0.0.1:8080/hook",
];

describe("urlSecret", () => {
  it.each(SECRET_URLS)("finds the secret in a $name", ({ url, found }) => {
    expect(urlSecret(url)).toBe(found);
  });

  it.each(PLAIN_URLS)("lets %s pass", (url) => {
    expect(urlSecret(url)).toBeUndefined();
  });

  it("suggests a variable name from the channel's id", () => {
    expect(suggestedEnv("zapier")).toBe("ZAPIER_HOOK_URL");
    expect(suggestedEnv("make-hook")).toBe("MAKE_HOOK_URL");
    expect(suggestedEnv("2nd")).toBe("HOOK_URL_2ND");
    expect(suggestedEnv("2nd")).toMatch(/^[A-Z_][A-Z0-9_]*$/);
  });
});

describe("validate on a webhook url", () => {
  async function configWith(channelYaml: string): Promise<{ dir: string; line: number }> {
    const dir = await mkdtemp(join(tmpdir(), "loopcast-hook-"));
    await cp(EXAMPLE, dir, { recursive: true });
    const path = join(dir, "strategy.yaml");
    const text = await readFile(path, "utf8");
    const edited = text.replace(/^generator:/m, `${channelYaml}generator:`);
    await writeFile(path, edited);
    const lines = edited.split("\n");
    const line = lines.findIndex((l, i) => /^\s+url:/.test(l) && lines[i - 1]?.includes("type: webhook")) + 1;
    return { dir, line };
  }

  it("refuses a Zapier hook URL at its line, says to use urlEnv, and never repeats the URL", async () => {
    const url = SECRET_URLS[0]?.url ?? "";
    const { dir, line } = await configWith(`  - id: zapier\n    type: webhook\n    url: ${url}\n`);
    const { config, problems } = await loadConfig(dir, { displayFrom: dir });
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      {
        file: "strategy.yaml",
        line,
        column: 10,
        message: expect.stringContaining("holds a secret (a Zapier hook's path)"),
        hint: expect.stringContaining(
          "move it into an environment variable and write urlEnv: ZAPIER_HOOK_URL",
        ),
      },
    ]);
    expect(JSON.stringify(problems)).not.toContain(url.split("/").slice(-2).join("/"));
  });

  it("says a token in the query once: the hook check, not the secret scan as well", async () => {
    const url = SECRET_URLS.find((s) => s.name === "token parameter")?.url ?? "";
    const { dir } = await configWith(`  - id: cms\n    type: webhook\n    url: ${url}\n`);
    const { problems } = await loadConfig(dir, { displayFrom: dir });
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining("channels.3.url holds a secret (a token= parameter)"),
    ]);
  });

  it("accepts urlEnv, and a plain url", async () => {
    const env = await configWith("  - id: zapier\n    type: webhook\n    urlEnv: ZAPIER_HOOK_URL\n");
    expect((await loadConfig(env.dir)).problems).toEqual([]);
    const plain = await configWith("  - id: cms\n    type: webhook\n    url: https://cms.example.com/in\n");
    expect((await loadConfig(plain.dir)).problems).toEqual([]);
  });

  it("asks for exactly one of url and urlEnv", async () => {
    const both = await configWith(
      "  - id: cms\n    type: webhook\n    url: https://cms.example.com/in\n    urlEnv: CMS_HOOK_URL\n",
    );
    const twice = await loadConfig(both.dir, { displayFrom: both.dir });
    expect(twice.problems.map((p) => p.message)).toEqual([
      "channels.3: has both url and urlEnv; keep one: urlEnv when the address holds a token (a Zapier or Make hook), url for a plain address",
    ]);
    const neither = await configWith("  - id: cms\n    type: webhook\n    secretEnv: CMS_SECRET\n");
    const none = await loadConfig(neither.dir, { displayFrom: neither.dir });
    expect(none.problems.map((p) => p.message)).toEqual([
      'missing required property "url" in channels.3',
      'missing required property "urlEnv" in channels.3',
    ]);
  });
});
