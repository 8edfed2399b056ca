// Which items a run pulls, and how the request budget is shared: pure rules, in milliseconds.
import { describe, expect, it } from "vitest";
import type { Benchmark } from "../config/types.ts";
import type { PublishedItem } from "../metrics/types.ts";
import {
  dueItems,
  FINAL_GRACE_MS,
  MIN_INTERVAL_MS,
  prunePulled,
  shareBudget,
  windowEnd,
} from "./pull-due.ts";

const H = 3_600_000;
const T0 = Date.parse("2026-12-01T09:00:00Z");
const at = (ms: number) => new Date(ms);
const iso = (ms: number) => new Date(ms).toISOString();

const item = (cycle: string, publishedMs: number, channel = "mastodon"): PublishedItem => ({
  cycle,
  workflow: "daily-social",
  channel,
  publishedAt: iso(publishedMs),
  receiptId: cycle,
});
const benchmarks = [
  { id: "social", channel: "mastodon", metric: "likes", min: 1, window: "48h" },
  { id: "longer", workflow: "daily-social", metric: "replies", min: 1, window: "72h" },
] as Benchmark[];

describe("windowEnd", () => {
  it("is the end of the longest window of the benchmarks that judge the item", () => {
    expect(windowEnd(item("a", T0), benchmarks)).toBe(T0 + 72 * H);
    expect(windowEnd({ ...item("a", T0), workflow: "other" }, benchmarks)).toBe(T0 + 48 * H);
  });
  it("is undefined for an item no benchmark judges: nothing to pull it for", () => {
    expect(windowEnd({ ...item("a", T0, "blog"), workflow: "other" }, benchmarks)).toBeUndefined();
  });
});

describe("dueItems", () => {
  const due = (pulled: Record<string, string>, now: number, items = [item("a", T0)]) =>
    dueItems({ items, benchmarks, pulled, now: at(now) });

  it("pulls an item first one interval after it went out, then at most once per interval", () => {
    expect(due({}, T0 + MIN_INTERVAL_MS - 1)).toEqual([]);
    expect(due({}, T0 + MIN_INTERVAL_MS).map((d) => d.item.cycle)).toEqual(["a"]);
    const last = T0 + 10 * H;
    expect(due({ a: iso(last) }, last + MIN_INTERVAL_MS - 1)).toEqual([]);
    expect(due({ a: iso(last) }, last + MIN_INTERVAL_MS)).toHaveLength(1);
  });

  it("pulls once more just after the last window closes, whatever the interval, then never again", () => {
    const end = T0 + 72 * H;
    const [final] = due({ a: iso(end - H) }, end);
    expect(final).toMatchObject({ final: true, dueAt: end });
    expect(due({ a: iso(end + H) }, end + 2 * H)).toEqual([]);
  });

  it("leaves out items whose window closed more than the grace ago (closed before pulling began)", () => {
    const end = T0 + 72 * H;
    expect(due({}, end + FINAL_GRACE_MS)).toHaveLength(1);
    expect(due({}, end + FINAL_GRACE_MS + 1)).toEqual([]);
  });

  it("orders the oldest-due first: final pulls before items still in their window", () => {
    const now = T0 + 80 * H;
    const items = [item("fresh", T0 + 70 * H), item("closed", T0), item("mid", T0 + 40 * H)];
    expect(due({}, now, items).map((d) => d.item.cycle)).toEqual(["mid", "closed", "fresh"]);
    // mid: published +40 h, due +46 h; closed: window ended +72 h; fresh: due +76 h.
  });
});

describe("shareBudget", () => {
  it("gives each channel an equal share of what is left, rounding up", () => {
    expect(shareBudget(3, 40, 0)).toBe(14);
    expect(shareBudget(3, 40 - 2, 1)).toBe(19); // the first spent 2: the rest is shared by two
    expect(shareBudget(3, 19, 2)).toBe(19);
    expect(shareBudget(1, 0, 0)).toBe(0);
  });
});

describe("prunePulled", () => {
  it("forgets items whose final pull is past the grace, and items no benchmark judges", () => {
    const ends = new Map([
      ["open", T0 + 72 * H],
      ["old", T0 - FINAL_GRACE_MS - 1],
    ]);
    const pulled = { open: iso(T0), old: iso(T0 - 2 * FINAL_GRACE_MS), gone: iso(T0) };
    expect(prunePulled(pulled, ends, at(T0))).toEqual({ open: iso(T0) });
  });
});
