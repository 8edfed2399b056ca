import { describe, expect, it } from "vitest";
import { seededRandom } from "./random.ts";

describe("seededRandom", () => {
  it("replays the same sequence for the same seed and differs for another", () => {
    const a = seededRandom("weekly-blog@20261201T0800Z");
    const b = seededRandom("weekly-blog@20261201T0800Z");
    const c = seededRandom("weekly-blog@20261208T0800Z");
    const seq = (r: ReturnType<typeof seededRandom>) => Array.from({ length: 8 }, () => r.next());
    const sa = seq(a);
    expect(seq(b)).toEqual(sa);
    expect(seq(c)).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
  });

  it("spreads picks over all options", () => {
    const r = seededRandom("spread");
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const k = r.int(4);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const n of counts) expect(n).toBeGreaterThan(800);
    expect(() => r.pick([])).toThrow(/empty/);
  });
});
