// What is wrong with a cron expression, in a person's words: which of the five fields, the value as
// written, what that field allows, and where in the expression it is. cron-parser decides what is valid
// (the planner reads cadences with it, so validate must accept exactly what it accepts); this file only
// finds the field and the list entry it trips on, because its own message for `0 8 * * MONN` is
// "Invalid characters, got value: 1N" (it has already replaced MON by 1).
import { CronExpressionParser } from "cron-parser";
import { closest } from "../core/closest.ts";
import type { YamlSource } from "./yaml-source.ts";

export interface CronProblem {
  /** What is wrong, naming the field and the value as written. */
  message: string;
  /** What the field allows and how to write it. */
  hint: string;
  /** Where the bad part starts in the expression (0-based; 0 when the whole expression is at fault). */
  offset: number;
}

interface Field {
  name: string;
  allowed: string;
  examples: string;
  names?: readonly string[];
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** The five fields of POSIX cron, in order, as GitHub's schedule and workflow cadences write them. */
export const CRON_FIELDS: readonly Field[] = [
  { name: "minute", allowed: "0-59", examples: "0, 30 or */15" },
  { name: "hour", allowed: "0-23", examples: "9, 8-17 or */2" },
  { name: "day of month", allowed: "1-31, or L for the last day", examples: "1, 15 or 1-7" },
  { name: "month", allowed: "1-12 or JAN-DEC", examples: "*, 3 or JAN,JUL", names: MONTHS },
  {
    name: "day of week",
    allowed: "0-7 or SUN-SAT (0 and 7 are Sunday)",
    examples: "MON-FRI, 1,3,5 or SAT",
    names: DAYS,
  },
];

const SHAPE = "minute hour day-of-month month day-of-week";

/** Undefined when `expr` is a valid five-field cron expression; else what is wrong with it, and where. */
export function cronProblem(expr: string, tz = "UTC"): CronProblem | undefined {
  const fields = [...expr.matchAll(/\S+/g)].map((m) => ({ text: m[0], offset: m.index }));
  if (fields.length !== 5) {
    return {
      message: `it has ${fields.length} field(s); a cron expression has 5: ${SHAPE}`,
      hint:
        fields.length === 6
          ? "remove the seconds field: five fields, starting with the minute, e.g. '0 9 * * 2' (Tuesdays 09:00)"
          : "write five fields separated by spaces, e.g. '0 9 * * 2' (Tuesdays 09:00)",
      offset: 0,
    };
  }
  const whole = parseError(expr, tz);
  if (whole === undefined) return undefined;

  // The first field that is wrong on its own, and in it the first list entry that is.
  for (const [i, field] of CRON_FIELDS.entries()) {
    const { text, offset } = fields[i] as { text: string; offset: number };
    const alone = (value: string) => parseError(withField(i, value), tz);
    const error = alone(text);
    if (error === undefined) continue;
    let bad = text;
    let at = offset;
    let reason = reasonOf(error);
    const entries = listEntries(text);
    if (entries.some((e) => e.text === ""))
      reason = "has an empty entry in its list (two commas, or one at an end)";
    else {
      for (const entry of entries) {
        const entryError = alone(entry.text);
        if (entryError === undefined) continue;
        bad = entry.text;
        at = offset + entry.offset;
        reason = reasonOf(entryError);
        break;
      }
    }
    const suggestion = field.names ? spellingOf(bad, field.names) : undefined;
    return {
      message: `${field.name} "${bad}" ${reason}; allowed: ${field.allowed}`,
      hint: `${suggestion ? `did you mean ${suggestion}? ` : ""}write e.g. ${field.examples}; * is every value, a-b a range, a,b a list, */n every n-th`,
      offset: at,
    };
  }
  // Every field is fine alone, but not together: a day that never comes (30 February).
  const day = fields[2] as { text: string; offset: number };
  if (/day of month/i.test(whole))
    return {
      message: `day of month "${day.text}" never comes in month "${fields[3]?.text}"`,
      hint: "choose a day that every chosen month has, or L for the last day of the month",
      offset: day.offset,
    };
  return { message: whole, hint: `the fields are ${SHAPE}`, offset: 0 };
}

/**
 * Where the part of a YAML string value that starts `offset` characters into it sits in the file: the
 * value's own position, moved past an opening quote and along the line. A value that spans lines (which a
 * cron expression never needs) keeps its start.
 */
export function positionInValue(
  source: YamlSource,
  path: ReadonlyArray<string | number>,
  offset: number,
): { line: number; column: number } {
  const key = JSON.stringify(path);
  const scalar = source.strings().find((s) => JSON.stringify(s.path) === key);
  if (!scalar || scalar.value.includes("\n")) return source.position(path);
  const quoted = scalar.range[1] - scalar.range[0] > scalar.value.length ? 1 : 0;
  return { line: scalar.line, column: scalar.column + quoted + offset };
}

/** `MON,WEDD` → its entries with their offsets in the field. */
function listEntries(field: string): Array<{ text: string; offset: number }> {
  let offset = 0;
  return field.split(",").map((text) => {
    const entry = { text, offset };
    offset += text.length + 1;
    return entry;
  });
}

function withField(index: number, value: string): string {
  return CRON_FIELDS.map((_, i) => (i === index ? value : "*")).join(" ");
}

function parseError(expr: string, tz: string): string | undefined {
  try {
    CronExpressionParser.parse(expr, { tz, strict: false });
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

function reasonOf(parserMessage: string): string {
  if (/^Constraint error, cannot repeat/.test(parserMessage))
    return "repeats every 0: a step must be 1 or more";
  if (/^Constraint error/.test(parserMessage)) return "is out of range";
  if (/^Invalid range/.test(parserMessage))
    return "is a range that runs backwards (write the lower end first)";
  return "is not valid";
}

/** `MONN-FRI` → `MON-FRI`: each name in the value that is not one the field knows, replaced by the nearest. */
function spellingOf(value: string, names: readonly string[]): string | undefined {
  let changed = false;
  const fixed = value.replace(/[A-Za-z]+/g, (word) => {
    if (names.includes(word.toUpperCase()) || word.toUpperCase() === "L") return word;
    const near = closest(word, names);
    if (!near) return word;
    changed = true;
    return near;
  });
  return changed ? fixed : undefined;
}
