// Merging one item's incoming values into its stored lines: same value → duplicate, other value →
// correction (the old value kept in `replaced`), new key → added. Linear in the values merged: a
// correction appends the value it replaces instead of copying the history, a replay is recognised through
// a set built once per key, and each line is written out once at the end — 20,000 corrections of one key
// took 50 s when every correction copied and re-serialised the whole history.
//
// Bounded: `replaced` keeps the newest `maxReplaced` values of a key (how many more there were is kept in
// `replacedOmitted`), and an item's file never grows past `maxFileChars`: beyond it the history of every
// key is dropped first (counted, never the current values), then values for new keys are refused and
// handed back, so the caller can quarantine their rows. GitHub refuses files over 100 MB.
import type { Batch } from "./batch.ts";
import type { StoredMetric } from "./types.ts";

export type RowOutcome = "accepted" | "duplicate" | "correction" | "refused";

export interface MergeCounts {
  /** per source index: row outcomes */
  rows: Map<number, Record<RowOutcome, number>>;
  values: { added: number; duplicates: number; corrections: number; refused: number };
  changedCycles: string[];
  written: string[];
}

/** A row whose values (all or some) could not be stored because the item's file is full. */
export interface RefusedRow {
  src: number;
  line: number;
  cycle: string;
  reason: string;
  /** The row's values that were not stored. */
  values: Array<{ date?: string; metric: string; value: number; currency?: string }>;
}

export interface MergeLimits {
  /** Earlier values kept per key in `replaced` (newest first); older ones are only counted. */
  maxReplaced: number;
  /** The largest item file, in characters (one per byte for the ASCII Loopcast writes). */
  maxFileChars: number;
}

export const DEFAULT_MAX_REPLACED = 100;
/** 10 MB: about 50,000 values of one item, a tenth of the 100 MB GitHub accepts in one file. */
export const DEFAULT_MAX_ITEM_FILE_CHARS = 10_000_000;

type Replaced = NonNullable<StoredMetric["replaced"]>[number];

/** One key's current value; `text` is its line as it will be written (undefined: write it anew). */
interface Entry {
  date: string | undefined;
  metric: string;
  value: number;
  currency: string | undefined;
  source: string;
  /** The source index when this merge set the value; -1 when it comes from the file. */
  src: number;
  line: number;
  receivedAt: string;
  /** Earlier values as the file lists them, newest first (shared, never changed). */
  stored: readonly Replaced[];
  omitted: number;
  /** Values this merge replaced, oldest first: appended, so a run of corrections stays linear. */
  added: Replaced[] | undefined;
  /** Every earlier value of the key as `fingerprint`s, built the first time a replay is checked. */
  seen: Set<string> | undefined;
  text: string | undefined;
  /** The key was not in the file before this merge. */
  isNew: boolean;
}

const NONE: readonly Replaced[] = [];

const keyOf = (date: string | undefined, metric: string): string =>
  date ? `${date}\u0000${metric}` : `\u0000${metric}`;

const fingerprint = (value: number, currency: string | undefined, source: string, line: number): string =>
  `${value}\u0000${currency ?? ""}\u0000${source}\u0000${line}`;

/** Each stored line parsed, with its text kept so unchanged lines are written back byte for byte. */
/** A stored line that is not a value (a hand edit, a torn write): kept as written, left out of every reading. */
export interface UnreadableLine {
  /** `path:line`. */
  where: string;
  text: string;
  reason: string;
}

/**
 * The values of an item's file. A line that is not valid JSON is collected in `unreadable` when it is given
 * (readers leave it out and say so; a merge keeps it as written), and throws otherwise.
 */
export function storedLines(
  content: string,
  path: string,
  unreadable?: UnreadableLine[],
): Array<{ record: StoredMetric; text: string }> {
  const out: Array<{ record: StoredMetric; text: string }> = [];
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.trim();
    if (!text) continue;
    try {
      out.push({ record: JSON.parse(text) as StoredMetric, text });
    } catch (err) {
      const reason = `not valid JSON (${(err as Error).message})`;
      if (!unreadable) throw new Error(`${path}:${i + 1}: ${reason}; fix or remove the line`);
      unreadable.push({ where: `${path}:${i + 1}`, text, reason });
    }
  }
  return out;
}

export interface MergeInput {
  cycle: string;
  /** The item's file, for messages. */
  path: string;
  /** Its content now ("" when it does not exist). */
  content: string;
  batches: readonly Batch[];
  /** Source names by index, and the same as JSON. */
  sources: readonly string[];
  sourceJson: readonly string[];
  receivedAt: string;
  limits: MergeLimits;
  counts: MergeCounts;
  onRefused?: (row: RefusedRow) => void;
}

/** The input with the JSON of what every new line of the item repeats. */
interface Ctx extends MergeInput {
  cycleJson: string;
  receivedJson: string;
}

/** The item's new file content, or undefined when nothing changed. Adds the outcomes to `counts`. */
export function mergeItem(merge: MergeInput): string | undefined {
  const input: Ctx = {
    ...merge,
    cycleJson: JSON.stringify(merge.cycle),
    receivedJson: JSON.stringify(merge.receivedAt),
  };
  const { batches, sources, receivedAt } = input;
  const entries = new Map<string, Entry>();
  // Lines that are not values stay in the file as written, after the values: never lost, never blocking.
  const unreadable: UnreadableLine[] = [];
  for (const { record: r, text } of storedLines(input.content, input.path, unreadable)) {
    entries.set(keyOf(r.date, r.metric), {
      date: r.date,
      metric: r.metric,
      value: r.value,
      currency: r.currency,
      source: r.source,
      src: -1,
      line: r.line,
      receivedAt: r.receivedAt,
      stored: r.replaced ?? NONE,
      omitted: r.replacedOmitted ?? 0,
      added: undefined,
      seen: undefined,
      text,
      isNew: false,
    });
  }

  // Pass 1: each value's outcome (0 duplicate, 1 added, 2 correction) and the current value of each key.
  const outcomes = batches.map((b) => new Uint8Array(b.length));
  let changed = false;
  for (let bi = 0; bi < batches.length; bi++) {
    const b = batches[bi] as Batch;
    const out = outcomes[bi] as Uint8Array;
    for (let i = 0; i < b.length; i++) {
      const date = b.date[i];
      const metric = b.metric[i] as string;
      const value = b.value[i] as number;
      const currency = b.currency[i];
      const line = b.line[i] as number;
      const src = b.src[i] as number;
      const source = sources[src] ?? "unknown";
      const key = keyOf(date, metric);
      const prev = entries.get(key);
      if (prev && prev.value === value && prev.currency === currency) continue; // duplicate
      // A replay of a row that was already superseded (the same file ingested again) changes nothing. The
      // rows of one source apply in order, though: once this merge took a row of a source for the key, that
      // source's later rows are never replays, so a file replayed past its capped history still ends on its
      // last row, as it did the first time.
      const inOrder = prev !== undefined && prev.src === src && prev.line < line;
      if (prev && !inOrder && history(prev).has(fingerprint(value, currency, source, line))) continue;
      const next: Entry = {
        date,
        metric,
        value,
        currency,
        source,
        src,
        line,
        receivedAt,
        stored: NONE,
        omitted: 0,
        added: undefined,
        seen: undefined,
        text: undefined,
        isNew: prev?.isNew ?? true,
      };
      if (prev) {
        const old: Replaced = prev.currency
          ? {
              value: prev.value,
              currency: prev.currency,
              source: prev.source,
              line: prev.line,
              receivedAt: prev.receivedAt,
            }
          : { value: prev.value, source: prev.source, line: prev.line, receivedAt: prev.receivedAt };
        next.stored = prev.stored;
        next.omitted = prev.omitted;
        next.added = prev.added ?? [];
        next.added.push(old);
        next.seen = prev.seen;
        next.seen?.add(fingerprint(old.value, old.currency, old.source, old.line));
        out[i] = 2;
      } else out[i] = 1;
      entries.set(key, next);
      changed = true;
    }
  }

  let content: string | undefined;
  let refused: Set<string> | undefined;
  if (changed) {
    ({ content, refused } = writeLines(entries, input));
    for (const u of unreadable) content += `${u.text}\n`;
    if (content === input.content) content = undefined;
  }
  countRows(input, outcomes, refused);
  return content;
}

/** The earlier values of a key as fingerprints (built once, then kept up to date by the merge). */
function history(e: Entry): Set<string> {
  if (!e.seen) {
    e.seen = new Set();
    for (const r of e.stored) e.seen.add(fingerprint(r.value, r.currency, r.source, r.line));
    for (const r of e.added ?? []) e.seen.add(fingerprint(r.value, r.currency, r.source, r.line));
  }
  return e.seen;
}

/** The file's lines in key order, within the size limit; `refused` names the keys left out. */
function writeLines(
  entries: Map<string, Entry>,
  input: Ctx,
): { content: string; refused: Set<string> | undefined } {
  const { limits } = input;
  // Lifetime values first, then by day and metric: a stable order keeps git diffs small.
  const keys = [...entries.keys()].sort();
  const text = (e: Entry): string => {
    e.text ??= serialise(e, input, limits.maxReplaced);
    return e.text;
  };
  let size = 0;
  for (const k of keys) size += text(entries.get(k) as Entry).length + 1;
  let refused: Set<string> | undefined;
  if (size > limits.maxFileChars) {
    // Too large: the history of corrections goes first (its length is kept in replacedOmitted)…
    size = 0;
    for (const k of keys) {
      const e = entries.get(k) as Entry;
      if (e.stored.length || e.added?.length) {
        e.text = serialise(e, input, 0);
      }
      size += (e.text as string).length + 1;
    }
    // …then new keys are refused, the latest in key order first: the file holds what it held.
    for (let i = keys.length - 1; i >= 0 && size > limits.maxFileChars; i--) {
      const e = entries.get(keys[i] as string) as Entry;
      if (!e.isNew) continue;
      refused ??= new Set();
      refused.add(keys[i] as string);
      size -= (e.text as string).length + 1;
    }
  }
  const lines: string[] = [];
  for (const k of keys) if (!refused?.has(k)) lines.push((entries.get(k) as Entry).text as string, "\n");
  return { content: lines.join(""), refused };
}

/** A value's line; its history capped at `maxReplaced`, newest first. */
function serialise(e: Entry, input: Ctx, maxReplaced: number): string {
  const total = e.stored.length + (e.added?.length ?? 0);
  let replaced: Replaced[] = [];
  if (maxReplaced > 0 && total) {
    const added = e.added ?? [];
    for (let i = added.length - 1; i >= 0 && replaced.length < maxReplaced; i--)
      replaced.push(added[i] as Replaced);
    if (replaced.length < maxReplaced)
      replaced = replaced.concat(e.stored.slice(0, maxReplaced - replaced.length));
  }
  const omitted = e.omitted + total - replaced.length;
  if (!replaced.length && !omitted && e.src >= 0) {
    // The common line, written without building an object (a large ingest writes hundreds of thousands).
    const { date, metric, value, currency, line } = e;
    return `{"cycle":${input.cycleJson},${date ? `"date":"${date}",` : ""}"metric":"${metric}","value":${value},${currency ? `"currency":"${currency}",` : ""}"source":${input.sourceJson[e.src] ?? '"unknown"'},"line":${line},"receivedAt":${input.receivedJson}}`;
  }
  const s: StoredMetric = { cycle: input.cycle } as StoredMetric;
  if (e.date) s.date = e.date;
  s.metric = e.metric;
  s.value = e.value;
  if (e.currency) s.currency = e.currency;
  s.source = e.source;
  s.line = e.line;
  s.receivedAt = e.receivedAt;
  if (replaced.length) s.replaced = replaced;
  if (omitted) s.replacedOmitted = omitted;
  return JSON.stringify(s);
}

/** Row outcomes from value outcomes: refused if any value was, else correction, accepted or duplicate. */
function countRows(input: MergeInput, outcomes: Uint8Array[], refused: Set<string> | undefined): void {
  const { counts, batches } = input;
  let seq = -1;
  let src = 0;
  let line = 0;
  let outcome: RowOutcome = "duplicate";
  let left: RefusedRow["values"] | undefined;
  const endRow = (): void => {
    if (seq < 0) return;
    let perSource = counts.rows.get(src);
    if (!perSource) {
      perSource = { accepted: 0, duplicate: 0, correction: 0, refused: 0 };
      counts.rows.set(src, perSource);
    }
    if (left) {
      perSource.refused++;
      input.onRefused?.({ src, line, cycle: input.cycle, reason: fullReason(input), values: left });
    } else perSource[outcome]++;
  };
  for (let bi = 0; bi < batches.length; bi++) {
    const b = batches[bi] as Batch;
    const out = outcomes[bi] as Uint8Array;
    for (let i = 0; i < b.length; i++) {
      if (b.seq[i] !== seq) {
        endRow();
        seq = b.seq[i] as number;
        src = b.src[i] as number;
        line = b.line[i] as number;
        outcome = "duplicate";
        left = undefined;
      }
      const date = b.date[i];
      const metric = b.metric[i] as string;
      if (refused?.has(keyOf(date, metric))) {
        counts.values.refused++;
        const currency = b.currency[i];
        left ??= [];
        left.push({
          ...(date ? { date } : {}),
          metric,
          value: b.value[i] as number,
          ...(currency ? { currency } : {}),
        });
        continue;
      }
      const o = out[i];
      if (o === 0) counts.values.duplicates++;
      else if (o === 1) {
        counts.values.added++;
        if (outcome === "duplicate") outcome = "accepted";
      } else {
        counts.values.corrections++;
        outcome = "correction";
      }
    }
  }
  endRow();
}

function fullReason(input: MergeInput): string {
  const mb = (input.limits.maxFileChars / 1e6).toLocaleString("en");
  return `${input.cycle}'s metric file is at its ${mb} MB limit, so values for new days or metrics are not stored (the values listed here; the row's other values were); summarise older days or send lifetime totals instead`;
}
