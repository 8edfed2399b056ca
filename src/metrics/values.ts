// Turning the cells of real exports into numbers and dates. Tools write "42.1%", "1,234", "0:01:23" or
// "20261201"; each is accepted only where it is unambiguous, and anything else is refused with a reason
// rather than guessed.
import { metricKind } from "./catalogue.ts";

export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

/** Cells that mean "no value" in exports: left out of the row, never read as 0. */
const EMPTY = new Set(["", "-", "—", "–", "n/a", "na", "null", "none", "(not set)"]);

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+(?:\.\d{3})*,\d+$/;
const DOT_THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;
const PERCENT = /^(.*?)\s*%$/;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?$/;
const SECONDS = /^(?:(\d+)\s*h\s*)?(?:(\d+)\s*m\s*)?(?:(\d+(?:\.\d+)?)\s*s)?$/;

export interface NumberOptions {
  /** The file uses ";" between fields, so "0,42" is a decimal comma (European spreadsheets). */
  decimalComma?: boolean;
}

function plainNumber(text: string, opts: NumberOptions): number | undefined {
  if (opts.decimalComma) {
    // Where the comma is the decimal mark, "1.238" is one thousand two hundred and thirty-eight.
    if (DOT_THOUSANDS.test(text)) return Number(text.replace(/\./g, ""));
    if (DECIMAL_COMMA.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
    return PLAIN.test(text) ? Number(text) : undefined;
  }
  if (PLAIN.test(text)) return Number(text);
  if (THOUSANDS.test(text)) return Number(text.replace(/,/g, ""));
  return undefined;
}

/** Seconds from "83", "1:23", "0:01:23" or "1m 23s" (analytics tools disagree on how to show durations). */
function durationSeconds(text: string): number | undefined {
  const clock = CLOCK.exec(text);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const units = SECONDS.exec(text);
  if (units && (units[1] || units[2] || units[3])) {
    return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
  }
  return undefined;
}

/**
 * A metric cell as a number. Rates come back as fractions: "42%" and "42.0 %" become 0.42, while a rate
 * written as 42 is kept as 42 so that schema validation refuses it (it could be 42 % or a typo).
 */
export function parseMetricValue(cell: unknown, metric: string, opts: NumberOptions = {}): Parsed<number> {
  if (cell === null || cell === undefined) return { ok: true, value: undefined };
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { ok: true, value: cell }
      : { ok: false, reason: `${metric} is not finite` };
  }
  if (typeof cell !== "string") {
    return { ok: false, reason: `${metric} must be a number, got ${typeof cell} ${JSON.stringify(cell)}` };
  }
  const text = cell.trim();
  if (EMPTY.has(text.toLowerCase())) return { ok: true, value: undefined };
  const kind = metricKind(metric);
  const pct = PERCENT.exec(text);
  if (pct) {
    if (kind !== "rate")
      return { ok: false, reason: `${metric} "${text}" is a percentage but ${metric} is not a rate` };
    const n = plainNumber(pct[1]?.trim() ?? "", opts);
    if (n === undefined)
      return { ok: false, reason: `${metric} "${text}" is not a percentage like 42% or 42.0 %` };
    return { ok: true, value: Math.round(n * 1e6) / 1e8 };
  }
  const n = plainNumber(text, opts);
  if (n !== undefined && Number.isFinite(n)) return { ok: true, value: n };
  if (kind === "average" && metric.endsWith("_s")) {
    const s = durationSeconds(text);
    if (s !== undefined) return { ok: true, value: s };
  }
  return { ok: false, reason: `${metric} "${clip(text)}" is not a number` };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/;

/**
 * The measured day as YYYY-MM-DD. Accepts 2026-12-01, 20261201 (GA4) and an ISO date-time (its date as
 * written); "Lifetime" (Meta's per-post exports) is no day, so the row holds lifetime totals. Refuses
 * 12/01/2026 and the like: day-first and month-first cannot be told apart.
 */
export function parseDay(cell: unknown): Parsed<string> {
  if (cell === null || cell === undefined) return { ok: true, value: undefined };
  const key = String(cell);
  // Exports repeat the same few days on every row; checking a calendar date is not free.
  let parsed = dayCache.get(key);
  if (!parsed) {
    if (dayCache.size >= 10_000) dayCache.clear();
    parsed = parseDayUncached(key);
    dayCache.set(key, parsed);
  }
  return parsed;
}

const dayCache = new Map<string, Parsed<string>>();

/** What per-post exports put in their day column for totals since publishing (Meta: "Lifetime"). */
const LIFETIME = new Set(["lifetime", "all time", "all-time", "total", "totals"]);

function parseDayUncached(cell: string): Parsed<string> {
  const text = cell.trim();
  if (EMPTY.has(text.toLowerCase()) || LIFETIME.has(text.toLowerCase()))
    return { ok: true, value: undefined };
  const m = ISO_DATE.exec(text) ?? COMPACT_DATE.exec(text) ?? ISO_DATETIME.exec(text);
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const d = new Date(`${day}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day) return { ok: true, value: day };
  }
  return { ok: false, reason: `date "${clip(text)}" is not a day like 2026-12-01 (ISO 8601)` };
}

/** A text cell, trimmed; empty cells are absent. */
export function parseText(cell: unknown): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  const text = String(cell).trim();
  return EMPTY.has(text.toLowerCase()) ? undefined : text;
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
