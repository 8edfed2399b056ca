import { describe, expect, it } from "vitest";
import { queueIdOf } from "./index.ts";
import { messageIdFor } from "./message.ts";

describe("messageIdFor", () => {
  it("is derived from the key alone, on the sender's domain", () => {
    const id = messageIdFor("weekly@20261201T0900Z.0123456789abcdef", "Loopcast <news@Loopcast.dev>");
    expect(id).toBe("<weekly=4020261201T0900Z.0123456789abcdef@loopcast.dev>");
    expect(messageIdFor("weekly@20261201T0900Z.0123456789abcdef", "news@loopcast.dev")).toBe(id);
  });

  it("keeps distinct keys distinct and the local part a valid dot-atom", () => {
    const ids = ["a@b", "a=40b", "a.b", "a..b", ".a", "ü"].map((k) => messageIdFor(k, "x@ex.com"));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^<[A-Za-z0-9_=-]+(\.[A-Za-z0-9_=-]+)*@ex\.com>$/);
  });

  it("falls back to a fixed domain when the sender has none", () => {
    expect(messageIdFor("k", "Loopcast")).toBe("<k@loopcast>");
  });
});

describe("queueIdOf", () => {
  it("reads the queue id from Postfix and Exim replies", () => {
    expect(queueIdOf("250 2.0.0 Ok: queued as 4FqX2Z1kLmz")).toBe("4FqX2Z1kLmz");
    expect(queueIdOf("250 OK id=1tAbCd-000123-Xy")).toBe("1tAbCd-000123-Xy");
    expect(queueIdOf("250 Great success")).toBeUndefined();
  });
});
