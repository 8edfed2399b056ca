// The binomial draw: exact inversion against a direct sum of the probabilities, monotone in p for one u
// (what common random numbers rely on), and the right mean and spread at the sizes the scenarios use.
import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.ts";
import { binomialAt, logGamma, normalQuantile } from "./binomial.ts";

/** The smallest k with P(X ≤ k) ≥ u, from the probabilities summed directly. */
function direct(n: number, p: number, u: number): number {
  let cdf = 0;
  let choose = 1;
  for (let k = 0; k <= n; k++) {
    if (k > 0) choose = (choose * (n - k + 1)) / k;
    cdf += choose * p ** k * (1 - p) ** (n - k);
    if (cdf >= u) return k;
  }
  return n;
}

describe("binomialAt", () => {
  it("inverts the exact distribution function for small n", () => {
    for (const [n, p] of [
      [1, 0.5],
      [20, 0.3],
      [50, 0.03],
      [30, 0.9],
    ] as const) {
      for (let i = 0; i < 200; i++) {
        const u = (i + 0.5) / 200;
        expect(binomialAt(n, p, u), `n=${n} p=${p} u=${u}`).toBe(direct(n, p, u));
      }
    }
  });

  it("never gives fewer successes for a higher rate at the same u", () => {
    const random = seededRandom("monotone");
    for (let i = 0; i < 500; i++) {
      const u = random.next();
      const n = 1 + random.int(5000);
      const p = random.next() * 0.2;
      expect(binomialAt(n, p * 1.2, u)).toBeGreaterThanOrEqual(binomialAt(n, p, u));
    }
  });

  it("has mean n·p and variance n·p·(1−p), exact and by the normal approximation alike", () => {
    for (const [n, p] of [
      [2000, 0.03],
      [300, 0.05],
      [100_000_000, 0.03],
    ] as const) {
      const random = seededRandom(`moments ${n}`);
      const draws = Array.from({ length: 20_000 }, () => binomialAt(n, p, random.next()));
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
      const variance = draws.reduce((a, x) => a + (x - mean) ** 2, 0) / (draws.length - 1);
      const sd = Math.sqrt(n * p * (1 - p));
      // Five standard errors: a failure here is a bug, not bad luck.
      expect(Math.abs(mean - n * p)).toBeLessThan((5 * sd) / Math.sqrt(draws.length));
      expect(variance / (sd * sd)).toBeGreaterThan(0.95);
      expect(variance / (sd * sd)).toBeLessThan(1.05);
    }
  });

  it("gives 0 at p = 0 and n at p = 1", () => {
    expect(binomialAt(100, 0, 0.99)).toBe(0);
    expect(binomialAt(100, 1, 0.01)).toBe(100);
    expect(binomialAt(0, 0.5, 0.5)).toBe(0);
  });

  it("rests on a log-gamma and a normal quantile that are right", () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3_628_800), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
});
