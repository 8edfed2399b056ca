// Bluesky has no idempotency key, so the publish's key chooses the post's record key instead: a retry
// asks for the same record and finds the one a lost answer already created, never writing a second post.
// app.bsky.feed.post requires a TID (a timestamp identifier, atproto's record-key format): 64 bits, the
// top one 0, then 53 bits of microseconds since 1970 and 10 bits of "clock id", written in base32-sortable.
// The timestamp is the item's slot (so posts sort where they belong in the repository), the microseconds
// within that millisecond and the clock id come from the key, and each post of a thread adds its index.
import { createHash } from "node:crypto";

const ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";

/** The 13-character TID of a timestamp (µs since 1970) and a clock id (0–1023). */
export function tid(micros: bigint, clockId: number): string {
  let n = ((micros & ((1n << 53n) - 1n)) << 10n) | BigInt(clockId & 1023);
  let out = "";
  for (let i = 0; i < 13; i++) {
    out = ALPHABET[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

/**
 * The record key of post `index` (0 for the first) of the item published with `idempotencyKey` at
 * `slot`: the same arguments always give the same key, different keys almost surely different ones.
 */
export function recordKey(idempotencyKey: string, slot: Date, index: number): string {
  const hash = createHash("sha256").update(idempotencyKey).digest();
  const withinMs = BigInt(hash.readUInt16BE(0) % 1000);
  const clockId = hash.readUInt16BE(2) % 1024;
  // Thread posts a millisecond apart: 1000 µs per index keeps every post's key distinct and in order.
  const micros = BigInt(slot.getTime()) * 1000n + withinMs + BigInt(index) * 1000n;
  return tid(micros, clockId);
}
