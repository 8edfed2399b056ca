// Warnings about timing that is valid but will not work as the owner expects: at L4 a proposal is merged
// when its review window has passed, and it is proposed `leadTime` before its slot — so a review window as
// long as the lead time ends at or after the slot, and every auto-merged item goes out late (or, past
// `publishWithin`, not at all). Levels are earned, so this is checked whatever level is configured.
// Warnings do not make a configuration invalid: `validate` prints them and still exits 0.
import { DEFAULT_LEAD_TIME, DEFAULT_PUBLISH_WITHIN, DEFAULT_REVIEW_WINDOW } from "../core/limits.ts";
import { parseDuration } from "../core/time.ts";
import type { Problem } from "../errors.ts";
import type { Config } from "./types.ts";

export function checkTiming(config: Config): Problem[] {
  const problems: Problem[] = [];
  const files = [...config.sources.keys()].filter((k) => k.startsWith("workflows/"));
  config.workflows.forEach((w, i) => {
    const source = config.sources.get(files[i] ?? "");
    const at = (path: string[], message: string, hint: string) => {
      const pos = source?.position(path) ?? { line: 1, column: 1 };
      problems.push({ file: source?.file ?? `workflows/${w.id}.yaml`, ...pos, message, hint });
    };
    const lead = w.leadTime ?? DEFAULT_LEAD_TIME;
    const window = w.reviewWindow ?? DEFAULT_REVIEW_WINDOW;
    const within = w.publishWithin ?? DEFAULT_PUBLISH_WITHIN;
    let leadMs: number;
    let windowMs: number;
    let withinMs: number;
    try {
      [leadMs, windowMs, withinMs] = [lead, window, within].map(parseDuration) as [number, number, number];
    } catch {
      return; // the schema has said what is wrong with the duration
    }
    const key = w.reviewWindow !== undefined ? "reviewWindow" : w.leadTime !== undefined ? "leadTime" : "id";
    if (windowMs >= leadMs) {
      const late = windowMs - leadMs;
      at(
        [key],
        `at L4 the review window (${window}) ends ${late ? `${late / 3_600_000}h after` : "at"} the slot: items are proposed ${lead} before their slot, so every auto-merged item goes out late${windowMs - leadMs >= withinMs ? `, and past publishWithin (${within}) not at all` : ""}`,
        `make leadTime longer than reviewWindow, e.g. leadTime: ${Math.ceil((windowMs * 2) / 3_600_000)}h with reviewWindow: ${window}`,
      );
    }
  });
  return problems;
}
