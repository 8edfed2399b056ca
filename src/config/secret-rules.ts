// Our own credential patterns, beside secretlint's recommended preset (check-secrets.ts). They keep the
// checks Loopcast always had and add the formats the preset does not know, or knows only next to a label
// (an AWS secret key without `aws_secret_access_key` before it): Google API keys, JSON Web Tokens, Bearer
// tokens, credentials in a URL's query, and long random strings such as a Mastodon access token, which has
// no prefix at all.

export interface SecretHit {
  /** Offsets in the scanned text: [start, end). */
  start: number;
  end: number;
  /** What was found, as a noun phrase: "a GitHub token". Never the value. */
  what: string;
  /**
   * Lower wins when two hits overlap: our named formats (0–49) keep the wording they always had,
   * secretlint's (50) come next, and "a long random string" (100) says least.
   */
  rank: number;
}

const PATTERNS: Array<{ re: RegExp; what: string }> = [
  // Kept from the first version of the scan.
  { re: /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, what: "a GitHub token" },
  { re: /\bgithub_pat_[A-Za-z0-9_]{30,}\b/g, what: "a GitHub fine-grained token" },
  { re: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/g, what: "an API secret key" },
  { re: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, what: "a Slack token" },
  { re: /\bAKIA[0-9A-Z]{16}\b/g, what: "an AWS access key" },
  { re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/g, what: "a private key" },
  { re: /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/g, what: "a SendGrid key" },
  { re: /:\/\/[^/\s:@]+:[^/\s@]+@/g, what: "a URL with a password in it" },
  // Formats the preset misses.
  { re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g, what: "a Google API key" },
  {
    re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
    what: "a JSON Web Token",
  },
  { re: /\bBearer[ \t]+[A-Za-z0-9._~+/-]{16,}=*/g, what: "a Bearer token" },
  {
    // The parameter names that carry a credential; a value of a few characters, or a placeholder such as
    // `${TOKEN}` or `<token>`, is an example, not a secret.
    re: /[?&;#](?:(?:access|auth|id|refresh|private|api)[_-]?token|token|api[_-]?key|apikey|key|secret|client[_-]?secret|password|passwd|pwd|sig|signature)=(?![$<{%])[^&#\s"'<>]{6,}/gi,
    what: "a URL with a credential in its query (token=, key=, secret=, …)",
  },
];

/** A run of base64 or base64url characters that long is worth looking at; shorter ones are everywhere. */
const RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{32,}={0,2}(?![A-Za-z0-9+/_=-])/g;
const RANDOM =
  "a long random string, like an access token or a secret key (an AWS secret key, a Mastodon token)";

/** Every hit of our own patterns in a text, overlapping ones included (the caller keeps the best). */
export function ownSecretHits(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  PATTERNS.forEach(({ re, what }, rank) => {
    for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, what, rank });
  });
  for (const m of text.matchAll(RUN)) {
    if (looksRandom(m[0])) {
      hits.push({ start: m.index, end: m.index + m[0].length, what: RANDOM, rank: 100 });
    }
  }
  return hits;
}

/**
 * Whether a run of letters and digits reads as random rather than as words. Entropy alone does not tell
 * them apart (a slug such as `2024-01-05-How-We-Ship-It` scores as high as a token); how often the kind of
 * character changes does: about 65 % of neighbours in a random base64 string, under 40 % in words and
 * camelCase names. At 0.4 about 0.3 % of random 43-character tokens (Mastodon's) and 0.5 % of random
 * 40-character keys (AWS's) are missed; tokens must also mix upper case, lower case and digits.
 */
export function looksRandom(run: string): boolean {
  const s = run.replace(/[^A-Za-z0-9]/g, "");
  if (s.length < 30 || !/[A-Z]/.test(s) || !/[a-z]/.test(s) || !/[0-9]/.test(s)) return false;
  let changes = 0;
  for (let i = 1; i < s.length; i++) if (kind(s.charCodeAt(i)) !== kind(s.charCodeAt(i - 1))) changes++;
  return changes / (s.length - 1) >= 0.4;
}

function kind(code: number): number {
  if (code >= 65 && code <= 90) return 0; // A-Z
  if (code >= 97 && code <= 122) return 1; // a-z
  return 2; // 0-9
}
