// atproto's own TID and its validator (dependencies of @atproto/api) are the reference.
import { TID } from "@atproto/common-web";
import { isValidTid } from "@atproto/syntax";
import { describe, expect, it } from "vitest";
import { recordKey, tid } from "./record-key.ts";

const SLOT = new Date("2026-12-01T09:00:00Z");

describe("recordKey", () => {
  it("is a valid TID that encodes the slot, the same for the same key and distinct per key and post", () => {
    const key = recordKey("social@20261201T0900Z.abc", SLOT, 0);
    expect(isValidTid(key), key).toBe(true);
    expect(recordKey("social@20261201T0900Z.abc", SLOT, 0)).toBe(key);
    const others = [
      recordKey("social@20261201T0900Z.abd", SLOT, 0),
      recordKey("social@20261201T0900Z.abc", SLOT, 1),
      recordKey("social@20261201T0900Z.abc", new Date("2026-12-02T09:00:00Z"), 0),
    ];
    for (const other of others) {
      expect(isValidTid(other), other).toBe(true);
      expect(other).not.toBe(key);
    }
    // Posts of a thread sort in order, after the first.
    expect([recordKey("k", SLOT, 2), recordKey("k", SLOT, 0), recordKey("k", SLOT, 1)].sort()).toEqual([
      recordKey("k", SLOT, 0),
      recordKey("k", SLOT, 1),
      recordKey("k", SLOT, 2),
    ]);
  });

  it("writes atproto's base32-sortable layout: timestamp in µs above a 10-bit clock id", () => {
    expect(tid(0n, 0)).toBe("2222222222222");
    expect(tid(0n, 1)).toBe("2222222222223");
    expect(tid(1n, 0)).toBe("2222222222322"); // 1 << 10 = 1024 = 32 × 32: the third digit from the end
    expect(tid((1n << 53n) - 1n, 1023)).toBe("bzzzzzzzzzzzz"); // 63 bits set: the top digit holds three of them
    const micros = 1_796_115_600_000_123;
    expect(tid(BigInt(micros), 517)).toBe(TID.fromTime(micros, 517).toString());
  });
});
