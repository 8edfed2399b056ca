// Bounds that keep one run finite whatever the configuration says: a cadence at most every
// MIN_CADENCE_MINUTES, a lead time and a review window of at most MAX_LEAD_DAYS. Without them a
// `* * * * *` cadence on fifty workflows plans tens of thousands of items, and a lead time of
// 99999999d overflows the calendar. The planner enforces the same bounds (src/core/limits.ts), so a
// configuration that skipped validation cannot run away either.
import { MAX_LEAD_MS, MIN_CADENCE_MINUTES } from "../core/limits.ts";
import { slotsBetween } from "../core/time.ts";
import type { Problem } from "../errors.ts";
import { checkCron, isTimeZone } from "./check-references.ts";
import type { Config } from "./types.ts";

const DURATION = /^([1-9][0-9]*)(m|h|d)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

function durationMs(text: string): number | undefined {
  const m = DURATION.exec(text);
  return m ? Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS] : undefined;
}

export function checkLimits(config: Config): Problem[] {
  const problems: Problem[] = [];
  const files = [...config.sources.keys()].filter((k) => k.startsWith("workflows/"));
  const tz = config.strategy.timezone;
  config.workflows.forEach((w, i) => {
    const source = config.sources.get(files[i] ?? "");
    const at = (path: string[], message: string, hint: string) => {
      const pos = source ? source.position(path) : { line: 1, column: 1 };
      problems.push({ file: source?.file ?? `workflows/${w.id}.yaml`, ...pos, message, hint });
    };
    for (const key of ["leadTime", "reviewWindow", "publishWithin"] as const) {
      const ms = w[key] === undefined ? undefined : durationMs(w[key] as string);
      if (ms !== undefined && ms > MAX_LEAD_MS)
        at(
          [key],
          `${key} ${w[key]} is longer than ${MAX_LEAD_MS / 86_400_000} days`,
          `Loopcast plans and reviews at most ${MAX_LEAD_MS / 86_400_000} days ahead; use e.g. 7d`,
        );
    }
    if (!isTimeZone(tz) || checkCron(w.cadence, tz)) return;
    // Two firings closer than the minimum, within a day of firings, mean the cadence is too fast.
    const firings = slotsBetween(
      w.cadence,
      tz,
      new Date(Date.UTC(2026, 0, 5)),
      new Date(Date.UTC(2026, 0, 12)),
      2000,
    );
    const tooClose = firings.findIndex(
      (d, j) => j > 0 && d.getTime() - (firings[j - 1] as Date).getTime() < MIN_CADENCE_MINUTES * 60_000,
    );
    if (tooClose > 0)
      at(
        ["cadence"],
        `cadence "${w.cadence}" fires more often than every ${MIN_CADENCE_MINUTES} minutes`,
        `one workflow publishes at most one item every ${MIN_CADENCE_MINUTES} minutes; use e.g. "0 9 * * *" (daily at 09:00) or "0 */2 * * *" (every two hours)`,
      );
  });
  return problems;
}
