// Config names environment variables; it never holds secret values. This refuses values that look
// like credentials, wherever they stand, and secret-named keys that carry a literal value.
import type { Problem } from "../errors.ts";
import type { YamlSource } from "./yaml-source.ts";

const SECRET_VALUE_PATTERNS: Array<[RegExp, string]> = [
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b/, "a GitHub token"],
  [/\bgithub_pat_[A-Za-z0-9_]{30,}\b/, "a GitHub fine-grained token"],
  [/\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b/, "an API secret key"],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/, "a Slack token"],
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/, "a SendGrid key"],
  [/:\/\/[^/\s:@]+:[^/\s@]+@/, "a URL with a password in it"],
];

const SECRET_KEY =
  /^(password|passwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|client[-_]?secret)$/i;

/** Runs on every parsed file, even one with schema errors: a leaked credential is always worth saying. */
export function checkSecrets(sources: Iterable<YamlSource>): Problem[] {
  const problems: Problem[] = [];
  for (const source of sources) {
    for (const s of source.strings()) {
      const hit = SECRET_VALUE_PATTERNS.find(([re]) => re.test(s.value));
      const namedSecret = s.key !== undefined && SECRET_KEY.test(s.key);
      if (!hit && !namedSecret) continue;
      // The value itself is never repeated in the message: it may be a live credential.
      problems.push({
        file: source.file,
        line: s.line,
        column: s.column,
        message: `${s.path.join(".")} holds ${hit ? hit[1] : "a secret value"}; configuration must not contain secrets`,
        hint: "remove it (and rotate it if it was ever committed), store it as an Actions secret or environment variable, and name that variable here with a *Env key, e.g. tokenEnv: MASTODON_TOKEN",
      });
    }
  }
  return problems;
}
