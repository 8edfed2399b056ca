// Drawing from Beta posteriors with Loopcast's seeded random source, so every draw can be recomputed.
// Marsaglia and Tsang's method for the Gamma variates a Beta is made of; a normal draw when both shape
// parameters are large, where the Beta is indistinguishable from its normal approximation and the
// Gamma method would only cost time.
import type { Random } from "../core/random.ts";

/** A standard normal variate (Box–Muller; one of the pair is used). */
export function normal(random: Random): number {
  const u = 1 - random.next(); // (0, 1]: log(0) is never taken
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Gamma(shape, 1) variate, shape > 0. */
export function gamma(random: Random, shape: number): number {
  if (shape < 1) {
    // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a).
    const u = 1 - random.next();
    return gamma(random, shape + 1) * u ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

const NORMAL_ABOVE = 200;

/** A Beta(alpha, beta) variate, both > 0. */
export function beta(random: Random, alpha: number, b: number): number {
  if (alpha > NORMAL_ABOVE && b > NORMAL_ABOVE) {
    const n = alpha + b;
    const mean = alpha / n;
    const sd = Math.sqrt((mean * (1 - mean)) / (n + 1));
    return Math.min(1, Math.max(0, mean + sd * normal(random)));
  }
  const x = gamma(random, alpha);
  const y = gamma(random, b);
  return x + y > 0 ? x / (x + y) : alpha / (alpha + b);
}
