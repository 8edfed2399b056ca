import { describe, expect, it } from "vitest";
import { mapPool } from "./fs-util.ts";

describe("mapPool", () => {
  it("keeps the order and never runs more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const out = await mapPool([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setImmediate(r));
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it("starts nothing after a failure and settles the running tasks before throwing", async () => {
    const started: number[] = [];
    let settled = 0;
    const run = mapPool([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await new Promise((r) => setImmediate(r));
      settled++;
      if (n === 2) throw new Error("disk full");
      return n;
    });
    await expect(run).rejects.toThrow("disk full");
    expect(started).toEqual([1, 2, 3]);
    expect(settled).toBe(started.length);
  });
});
