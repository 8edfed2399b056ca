// The Beta sampler behind every posterior draw: its moments match the Beta's (Gamma method, the shape < 1
// boost, and the normal approximation for large shapes), and it never takes the log of zero.
import { describe, expect, it } from "vitest";
import { type Random, seededRandom } from "../core/random.ts";
import { beta, gamma, normal } from "./beta.ts";

const N = 20_000;

function moments(draw: () => number): { mean: number; variance: number; min: number; max: number } {
  let sum = 0;
  let squares = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < N; i++) {
    const x = draw();
    sum += x;
    squares += x * x;
    min = Math.min(min, x);
    max = Math.max(max, x);
  }
  const mean = sum / N;
  return { mean, variance: squares / N - mean * mean, min, max };
}

/** A random source that answers `first` in order, then defers to a seeded one; counts its calls. */
function scripted(first: number[], seed = "rest"): Random & { calls: number } {
  const rest = seededRandom(seed);
  const queue = [...first];
  const source = {
    calls: 0,
    next() {
      source.calls++;
      return queue.length ? (queue.shift() as number) : rest.next();
    },
    int: (n: number) => Math.floor(source.next() * n),
    pick: <T>(items: readonly T[]) => items[Math.floor(source.next() * items.length)] as T,
  };
  return source;
}

describe("beta", () => {
  it.each([
    [2, 3],
    [0.5, 0.5],
    [0.3, 4],
    [250, 5],
    [300, 700],
    [1200, 40_000],
  ])("draws Beta(%d, %d) with its mean and variance", (a, b) => {
    const random = seededRandom(`beta-${a}-${b}`);
    const m = moments(() => beta(random, a, b));
    const mean = a / (a + b);
    const variance = (a * b) / ((a + b) ** 2 * (a + b + 1));
    // Four standard errors of the sample mean; 6 % on the variance.
    expect(Math.abs(m.mean - mean)).toBeLessThan(4 * Math.sqrt(variance / N));
    expect(m.variance / variance).toBeGreaterThan(0.94);
    expect(m.variance / variance).toBeLessThan(1.06);
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.max).toBeLessThanOrEqual(1);
  });

  it("uses the normal approximation, one Box–Muller pair, only when both shapes are large", () => {
    const big = scripted([]);
    beta(big, 300, 700);
    expect(big.calls).toBe(2);
    const small = scripted([]);
    beta(small, 150, 700);
    expect(small.calls).toBeGreaterThan(2);
  });
});

describe("gamma", () => {
  it.each([0.2, 0.7, 1, 3.5, 40])("draws Gamma(%d) with mean and variance equal to its shape", (shape) => {
    const random = seededRandom(`gamma-${shape}`);
    const m = moments(() => gamma(random, shape));
    expect(Math.abs(m.mean - shape)).toBeLessThan(4 * Math.sqrt(shape / N));
    expect(m.variance / shape).toBeGreaterThan(0.9);
    expect(m.variance / shape).toBeLessThan(1.1);
    expect(m.min).toBeGreaterThanOrEqual(0);
  });
});

describe("never log(0)", () => {
  it("keeps Box–Muller finite when the source returns 0", () => {
    expect(Math.abs(normal(scripted([0, 0])))).toBe(0);
    expect(Number.isFinite(normal(scripted([0, 0.3])))).toBe(true);
  });

  it("keeps the shape < 1 boost and the acceptance step finite when the source returns 0", () => {
    // The boost's uniform first, then the normal pair and the acceptance uniform.
    for (const first of [[0], [0.5, 0.5, 0], [0, 0, 0.5, 0]]) {
      const x = gamma(scripted(first), 0.4);
      expect(Number.isFinite(x)).toBe(true);
      expect(x).toBeGreaterThan(0);
    }
    const b = beta(scripted([0]), 0.4, 0.4);
    expect(Number.isFinite(b)).toBe(true);
  });
});
