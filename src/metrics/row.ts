// From cells (a CSV record, a JSON object, a dispatch row) to a validated MetricRow. Every source goes
// through here, so a row means the same whatever the way it came in.
import type { ErrorObject } from "ajv";
import { validator } from "../config/schemas.ts";
import { columnTarget, type Target } from "./aliases.ts";
import type { MetricRow } from "./types.ts";
import { clip, type NumberOptions, parseDay, parseMetricValue, parseText } from "./values.ts";

// Compiled ahead of time (scripts/gen-validators.ts); validating a row is about a microsecond.
const validate = validator("metricsRow");

export type RowResult = { ok: true; row: MetricRow } | { ok: false; reason: string };

/** Validates a row against schemas/metrics-row.schema.json and explains a failure in plain words. */
export function validateRow(row: unknown): RowResult {
  if (validate(row)) return { ok: true, row: row as MetricRow };
  return { ok: false, reason: explain(validate.errors ?? [], row) };
}

function explain(errors: ErrorObject[], row: unknown): string {
  // The root anyOf asks for an identifier; the root if/then asks for a metric or a spend.
  if (errors.some((e) => e.schemaPath === "#/anyOf")) {
    return "row has no cycle, url, receipt id, Message-ID, subject or title, so it cannot be matched to a published item";
  }
  if (errors.some((e) => e.schemaPath.startsWith("#/then") || e.keyword === "if")) {
    return "row has no metric values and no spend (all cells empty)";
  }
  const e = errors[0];
  if (!e) return "row is invalid";
  // A bad metric name fails "pattern" on the name itself; Ajv says which name in propertyName.
  const badName = errors.find((x) => x.propertyName !== undefined)?.propertyName;
  if (badName !== undefined) return `metric name "${badName}" is not snake_case (like open_rate)`;
  const path = e.instancePath.split("/").slice(1);
  const name = path[path.length - 1] ?? "row";
  const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], row);
  switch (e.keyword) {
    case "maximum":
      if (name.endsWith("_rate"))
        return `${name} ${value} is above 1: rates are fractions (0.42) or percentages with a % sign ("42%")`;
      // Bounded so that sums stay finite numbers (a spend of 1e303 once became "Infinity", then null in
      // the ledger): a figure this large is a unit error or corrupt data, never a measurement.
      return `${name} ${value} is above ${bound(e.params.limit as number)}, the largest ${name === "spend" ? "amount" : "value"} a row may carry (a unit error or corrupt data?)`;
    case "minimum":
      return `${name} is ${value}: metrics and spend are never negative`;
    case "pattern":
      if (name === "cycle")
        return `cycle "${clip(String(value))}" is not a cycle id like weekly-newsletter@20261201T0900Z`;
      if (name === "currency") return `currency "${value}" is not a 3-letter ISO 4217 code like EUR`;
      return `${name} "${clip(String(value))}" ${e.message}`;
    case "additionalProperties":
      return `unknown property "${e.params.additionalProperty}" in the row`;
    case "format":
      return `${name} "${clip(String(value))}" is not a day like 2026-12-01`;
    default:
      return `${path.join(".") || "row"} ${e.message}`;
  }
}

/** 1e12 rather than 1000000000000. */
function bound(limit: number): string {
  return limit >= 1e6 ? limit.toExponential().replace("e+", "e") : String(limit);
}

type Cells = Record<string, unknown>;

/** Collects cells into a row; remembers every refused cell so the reason names them all. */
class RowBuilder {
  readonly row: MetricRow = { metrics: {} };
  readonly problems: string[] = [];
  readonly #numbers: NumberOptions;

  constructor(numbers: NumberOptions) {
    this.#numbers = numbers;
  }

  put(target: Target, cell: unknown, header: string): void {
    if ("metric" in target) {
      const v = parseMetricValue(cell, target.metric, this.#numbers);
      if (!v.ok) this.problems.push(where(header, target.metric, v.reason));
      else if (v.value !== undefined) this.row.metrics[target.metric] = v.value;
      return;
    }
    switch (target.field) {
      case "date": {
        const d = parseDay(cell);
        if (!d.ok) this.problems.push(where(header, "date", d.reason));
        else if (d.value !== undefined) this.row.date = d.value;
        return;
      }
      case "spend": {
        const v = parseMetricValue(cell, "spend", this.#numbers);
        if (!v.ok) this.problems.push(where(header, "spend", v.reason));
        else if (v.value !== undefined) this.row.spend = v.value;
        return;
      }
      case "currency": {
        const t = parseText(cell);
        if (t !== undefined) this.row.currency = t.toUpperCase();
        return;
      }
      default: {
        const t = parseText(cell);
        if (t !== undefined) this.row[target.field] = t;
      }
    }
  }

  finish(): RowResult {
    if (this.problems.length) return { ok: false, reason: this.problems.join("; ") };
    return validateRow(this.row);
  }
}

function where(header: string, name: string, reason: string): string {
  return header === name ? reason : `column "${header}": ${reason}`;
}

/** A CSV record whose columns were planned once from the header. */
export function cellsToRow(
  headers: readonly string[],
  targets: ReadonlyArray<Target | undefined>,
  cells: readonly string[],
  numbers: NumberOptions = {},
): RowResult {
  const b = new RowBuilder(numbers);
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i];
    if (t) b.put(t, cells[i], headers[i] as string);
  }
  return b.finish();
}

/**
 * A JSON object, either canonical (`{ cycle, date, metrics: {…} }`) or flat as tools export it
 * (`{ "Post URL": …, "Impressions": … }`). Keys that map to nothing go to `ignored`.
 */
export function objectToRow(record: unknown, ignored?: Set<string>): RowResult {
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    return {
      ok: false,
      reason: `row is ${Array.isArray(record) ? "an array" : JSON.stringify(record)}, not an object`,
    };
  }
  const b = new RowBuilder({});
  for (const [key, cell] of Object.entries(record as Cells)) {
    if (key === "metrics" && cell !== null && typeof cell === "object" && !Array.isArray(cell)) {
      for (const [name, value] of Object.entries(cell as Cells)) {
        // In a metrics object every name is meant as a metric: known aliases are mapped, others kept as
        // written (webhook channels measure anything) and checked by the schema.
        const t = columnTarget(name);
        b.put(t && ("metric" in t || t.field === "spend") ? t : { metric: name }, value, name);
      }
      continue;
    }
    const t = columnTarget(key);
    if (t) b.put(t, cell, key);
    else ignored?.add(key);
  }
  return b.finish();
}
