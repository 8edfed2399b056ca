// Binomial draws by inversion of one uniform number: the smallest k with P(X ≤ k) ≥ u. One uniform per
// draw is what makes common random numbers work: two policies sending the same slot on the same day read
// the same u, so the one with the higher rate never gets fewer successes.

/** Binomial(n, p) at the uniform `u` in [0, 1). Exact below n·p·(1−p) = 10⁶, a normal approximation above. */
export function binomialAt(n: number, p: number, u: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const q = 1 - p;
  const mean = n * p;
  const variance = mean * q;
  const sd = Math.sqrt(variance);
  if (variance > 1e6) {
    // At this size the normal approximation's error is far below one success in a thousand.
    const x = Math.floor(mean + sd * normalQuantile(u) + 0.5);
    return Math.min(n, Math.max(0, x));
  }
  // Start 8 standard deviations below the mean: the mass left out is below 10⁻¹⁴, and the walk up takes
  // O(sd) steps instead of O(mean), with no underflow of (1 − p)ⁿ for large n.
  let k = Math.max(0, Math.floor(mean - 8 * sd - 1));
  let pmf = Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  let cdf = pmf;
  const ratio = p / q;
  while (cdf < u && k < n) {
    pmf *= ((n - k) / (k + 1)) * ratio;
    k++;
    cdf += pmf;
  }
  return k;
}

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

// Lanczos approximation (g = 7, 9 terms): relative error below 10⁻¹⁵ for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The standard normal quantile (Acklam's rational approximation, relative error below 1.2·10⁻⁹). */
export function normalQuantile(u: number): number {
  const p = Math.min(Math.max(u, 1e-300), 1 - 1e-16);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  if (p < low) {
    const r = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c0 * r + c1) * r + c2) * r + c3) * r + c4) * r + c5) /
      ((((d0 * r + d1) * r + d2) * r + d3) * r + 1)
    );
  }
  if (p > 1 - low) {
    const r = Math.sqrt(-2 * Math.log(1 - p));
    return (
      -(((((c0 * r + c1) * r + c2) * r + c3) * r + c4) * r + c5) /
      ((((d0 * r + d1) * r + d2) * r + d3) * r + 1)
    );
  }
  const r = p - 0.5;
  const s = r * r;
  return (
    ((((((a0 * s + a1) * s + a2) * s + a3) * s + a4) * s + a5) * r) /
    (((((b0 * s + b1) * s + b2) * s + b3) * s + b4) * s + 1)
  );
}
