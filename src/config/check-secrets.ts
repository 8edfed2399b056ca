// Config names environment variables; it never holds secret values. This scans the text of every file of
// marketing/ (voice.md included: it is sent to the LLM with every draft) with secretlint's recommended
// preset, a maintained rule set, and our own patterns beside it (secret-rules.ts), and refuses
// secret-named keys that carry a literal value. Comments are scanned too: a committed comment leaks as
// well as a value.
import type { Problem } from "../errors.ts";
import { ownSecretHits, type SecretHit } from "./secret-rules.ts";
import type { YamlSource } from "./yaml-source.ts";

export interface ScannedFile {
  /** The name problems are reported under. */
  file: string;
  text: string;
  /** The parsed YAML, when it parsed: hits inside a value are reported at the value, with its path. */
  source?: YamlSource;
}

const SECRET_KEY =
  /(?:password|passwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|client[-_]?secret)$/i;

const HINT =
  "remove it (and rotate it if it was ever committed), store it as an Actions secret or environment variable, and name that variable here with a *Env key, e.g. tokenEnv: MASTODON_TOKEN";
const VOICE_HINT =
  "remove it (and rotate it if it was ever committed): voice.md is sent to the LLM with every draft and is published in the repository";

/**
 * A line that holds a value which only looks like a secret (an example key in a how-to, a public id) is
 * marked by the person with this comment on the same line — secretlint's own directive — and its findings
 * are dropped. Nothing else is: the marker is visible in review, and it covers one line only.
 */
export const ALLOW_LINE = "secretlint-disable-line";

/** Runs on every file read, even one that does not parse: a leaked credential is always worth saying. */
export async function checkSecrets(files: readonly ScannedFile[]): Promise<Problem[]> {
  const texts = files.filter((f) => f.text.trim() !== "");
  if (texts.length === 0) return [];
  const found = await Promise.all(
    texts.map(async (f) => [...ownSecretHits(f.text), ...(await presetHits(f))]),
  );
  return texts.flatMap((f, i) =>
    problemsOf(f, keepBest(found[i] ?? [])).filter((p) => !allowed(f.text, p.line)),
  );
}

function allowed(text: string, line: number): boolean {
  return (text.split("\n")[line - 1] ?? "").includes(ALLOW_LINE);
}

/** One hit per stretch of text: where hits overlap, the best-ranked one (ties: the first). */
function keepBest(hits: SecretHit[]): SecretHit[] {
  const kept: SecretHit[] = [];
  for (const h of [...hits].sort((a, b) => a.rank - b.rank || a.start - b.start)) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function problemsOf(f: ScannedFile, hits: SecretHit[]): Problem[] {
  const voice = /(^|\/)voice\.md$/.test(f.file);
  const tail = voice ? "voice.md must not contain secrets" : "configuration must not contain secrets";
  const hint = voice ? VOICE_HINT : HINT;
  const strings = f.source?.strings() ?? [];
  const lines = lineStarts(f.text);
  // One problem per value, naming everything found in it; text outside any value (a comment, voice.md) is
  // reported where the secret starts.
  const places = new Map<number, { line: number; column: number; subject: string; what: string[] }>();
  for (const hit of hits) {
    const s = strings.find((v) => v.range[0] <= hit.start && hit.start < v.range[1]);
    const offset = s ? s.range[0] : hit.start;
    const place = places.get(offset) ?? {
      ...(s ? { line: s.line, column: s.column } : position(lines, hit.start)),
      subject: s ? label(s.path) : "this text",
      what: [],
    };
    if (!place.what.includes(hit.what)) place.what.push(hit.what);
    places.set(offset, place);
  }
  for (const s of strings) {
    if (s.key === undefined || !SECRET_KEY.test(s.key) || places.has(s.range[0])) continue;
    places.set(s.range[0], {
      line: s.line,
      column: s.column,
      subject: label(s.path),
      what: ["a secret value"],
    });
  }
  return [...places.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, p]) => ({
      file: f.file,
      line: p.line,
      column: p.column,
      message: `${p.subject} holds ${p.what.join(" and ")}; ${tail}`,
      hint,
    }));
}

function label(path: ReadonlyArray<string | number>): string {
  return path.length ? path.join(".") : "the document";
}

type Lint = typeof import("@secretlint/core").lintSource;
type Preset = typeof import("@secretlint/secretlint-rule-preset-recommend").creator;
let secretlint: Promise<{ lintSource: Lint; preset: Preset }> | undefined;

/**
 * The preset's findings. secretlint is imported on first use only (some 50 ms of CPU in the bundle, about
 * 13 MB), so commands that read no configuration never load it. Its messages are not used as they are: they carry the value (masked
 * with maskSecrets, but we name the finding from the text before the value, and check it is not there).
 */
async function presetHits(f: ScannedFile): Promise<SecretHit[]> {
  secretlint ??= Promise.all([
    import("@secretlint/core"),
    import("@secretlint/secretlint-rule-preset-recommend"),
  ]).then(([core, preset]) => ({ lintSource: core.lintSource, preset: preset.creator }));
  const { lintSource, preset } = await secretlint;
  const ext = /\.[^./]+$/.exec(f.file)?.[0] ?? "";
  const result = await lintSource({
    source: { content: f.text, filePath: f.file, ext, contentType: "text" },
    options: {
      config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: preset }] },
      maskSecrets: true,
      noPhysicFilePath: true,
    },
  });
  return result.messages.map((m) => {
    const [start, end] = m.range;
    const value = f.text.slice(start, end);
    const rule = m.ruleId.replace(/^@secretlint\/secretlint-rule-/, "");
    const named = /^found (.+?):/.exec(m.message)?.[1] ?? m.messageId;
    const kind = value.length >= 4 && named.includes(value) ? m.messageId : named;
    return { start, end, what: `a secret (${kind}, found by secretlint's ${rule} rule)`, rank: 50 };
  });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}
