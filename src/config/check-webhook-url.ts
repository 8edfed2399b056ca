// A webhook's address can be its secret: whoever has a Zapier, Make, Slack or Discord hook URL can post to it,
// and a committed strategy.yaml is read by everyone with the repository. `validate` refuses a committed `url`
// that carries a token and says to move it into an environment variable named by `urlEnv`. The URL is never
// repeated in the message: it is the secret.
import type { Problem } from "../errors.ts";
import type { YamlSource } from "./yaml-source.ts";

/** Query parameters that carry a credential, by name (compared in lower case). */
const SECRET_PARAMS = new Set([
  "token",
  "access_token",
  "auth",
  "auth_token",
  "key",
  "apikey",
  "api_key",
  "api-key",
  "secret",
  "client_secret",
  "sig",
  "signature",
  "password",
  "pwd",
  // Azure Functions' function key.
  "code",
]);
/** Any other parameter whose name ends in one of these words after a separator: hook_token, x-api-key. */
const SECRET_SUFFIX = /[_-](?:token|key|secret|sig|signature|password)$/i;

/** Hook services whose URL path is the credential itself. */
const HOOK_PATHS: Array<{ what: string; host: RegExp; path: RegExp }> = [
  { what: "a Zapier hook", host: /^hooks\.zapier\.com$/, path: /^\/hooks\/[a-z]+\/\d+\/[^/]+/i },
  // hook.eu1.make.com, hook.us2.make.com; Integromat was Make's former name.
  {
    what: "a Make hook",
    host: /^hook\.(?:[a-z0-9-]+\.)?(?:make|integromat)\.com$/,
    path: /^\/[a-z0-9]{16,}/i,
  },
  {
    what: "a Slack incoming webhook",
    host: /^hooks\.slack\.com$/,
    path: /^\/(?:services|workflows|triggers)\//,
  },
  {
    what: "a Discord webhook",
    host: /^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/,
    path: /^\/api(?:\/v\d+)?\/webhooks\/\d+\/[^/]+/,
  },
  { what: "an IFTTT Webhooks key", host: /^maker\.ifttt\.com$/, path: /\/key\/[^/]+/ },
];

/** What in `value` is a credential ("a Zapier hook's path", "a token= parameter"), or undefined for a plain address. */
export function urlSecret(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return "a login (user:password@)";
  const host = url.hostname.toLowerCase();
  for (const hook of HOOK_PATHS) {
    if (hook.host.test(host) && hook.path.test(url.pathname)) return `${hook.what}'s path`;
  }
  for (const [name, v] of url.searchParams) {
    const lower = name.toLowerCase();
    if (v && (SECRET_PARAMS.has(lower) || SECRET_SUFFIX.test(lower))) return `a ${name}= parameter`;
  }
  return undefined;
}

/** The variable name a hint suggests for a channel's hook URL: "zapier" → ZAPIER_HOOK_URL. */
export function suggestedEnv(channelId: string): string {
  const base = channelId
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .replace(/_?HOOK$/, "");
  // A variable's name may not start with a digit (schemas/strategy.schema.json, envName).
  return /^[A-Z]/.test(base) ? `${base}_HOOK_URL` : `HOOK_URL${base ? `_${base}` : ""}`;
}

/**
 * One problem per webhook channel of strategy.yaml whose `url` carries a credential. Reads the parsed file
 * as it is (it may not have passed its schema yet), so it can run beside the secret scan.
 */
export function checkWebhookUrls(source: YamlSource | undefined): Problem[] {
  const channels = (source?.data as { channels?: unknown } | undefined)?.channels;
  if (!source || !Array.isArray(channels)) return [];
  const problems: Problem[] = [];
  channels.forEach((c: unknown, i) => {
    const channel = c as { id?: unknown; type?: unknown; url?: unknown } | null;
    if (channel?.type !== "webhook" || typeof channel.url !== "string") return;
    const found = urlSecret(channel.url);
    if (!found) return;
    const name = suggestedEnv(typeof channel.id === "string" ? channel.id : "webhook");
    problems.push({
      file: source.file,
      ...source.position(["channels", i, "url"]),
      message: `channels.${i}.url holds a secret (${found}): whoever reads the repository could post to this hook`,
      hint: `move it into an environment variable and write urlEnv: ${name} instead of url (the URL as an Actions secret named ${name}, passed to the Loopcast step); if this URL was ever pushed, regenerate the hook`,
    });
  });
  return problems;
}
