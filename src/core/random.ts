// A seeded random source. Everything random in Loopcast is seeded from the cycle id, so every choice can
// be replayed and explained.
import { createHash } from "node:crypto";

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: string): Random {
  const h = createHash("sha256").update(seed).digest();
  // sfc32: small, fast, good statistical quality, seeded from 128 bits of the hash.
  let a = h.readUInt32LE(0);
  let b = h.readUInt32LE(4);
  let c = h.readUInt32LE(8);
  let d = h.readUInt32LE(12);
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (!items.length) throw new Error("cannot pick from an empty list");
      return items[int(items.length)] as T;
    },
  };
}
