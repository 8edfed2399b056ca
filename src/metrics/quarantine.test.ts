// The quarantine of one source: every refused row verbatim up to a limit, then counted by reason, so a
// million bad rows make a small file that still says what was wrong and where the rows are.
import { readFile } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_RAW_CHARS, QuarantineWriter, reasonKind } from "./quarantine.ts";
import { tempDir } from "./test-helpers.ts";
import type { QuarantineRecord, QuarantineSummary } from "./types.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

async function lines(path: string): Promise<Array<QuarantineRecord | QuarantineSummary>> {
  return (await readFile(path, "utf8"))
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
}

describe("quarantine", () => {
  it("lists the first rows verbatim and counts every row by reason past the limit", async () => {
    const q = new QuarantineWriter(dir, "inbox/big.csv", { maxRows: 3, kept: "inbox/big.csv as committed" });
    for (let i = 0; i < 10_000; i++) {
      q.add({
        source: "inbox/big.csv",
        line: i + 2,
        reason:
          i % 4 === 0
            ? `views "x${i}" is not a number`
            : `no published item matches cycle=weekly-blog@2026${String(1 + (i % 12)).padStart(2, "0")}01T0800Z`,
        raw: `row ${i}`,
      });
    }
    const done = await q.finish();
    expect(done?.summarised).toBe(true);
    const all = await lines(done?.path as string);
    expect(all).toHaveLength(4);
    expect(all.slice(0, 3).map((r) => (r as QuarantineRecord).line)).toEqual([2, 3, 4]);
    expect(all[3]).toEqual({
      source: "inbox/big.csv",
      summary: {
        rows: 10_000,
        listed: 3,
        omittedLines: [5, 10_001],
        byReason: {
          "no published item matches cycle=…": 7500,
          'views "…" is not a number': 2500,
        },
      },
      sourceKept: expect.stringContaining("The rows themselves are in inbox/big.csv as committed"),
    });
    // Small, whatever the number of rows: 10,000 rows here, a million alike.
    expect((await readFile(done?.path as string, "utf8")).length).toBeLessThan(1000);
  });

  it("clips a huge raw row and records its length; the same rows give the same file", async () => {
    const write = async () => {
      const q = new QuarantineWriter(dir, "dispatch:zapier");
      q.add({ source: "dispatch:zapier", line: 1, reason: "row is invalid", raw: "x".repeat(1_000_000) });
      return q.finish();
    };
    const first = await write();
    const [record] = (await lines(first?.path as string)) as QuarantineRecord[];
    expect(record?.raw).toHaveLength(MAX_RAW_CHARS + 1);
    expect(record?.rawChars).toBe(1_000_000);
    const second = await write();
    expect(second).toEqual({ path: first?.path, created: false, summarised: false });
  });

  it("counts reasons by kind: values, identifiers and numbers left out", () => {
    expect(reasonKind("spend 1e+303 is above 1e12, the largest amount a row may carry")).toBe(
      "spend N is above N, the largest amount a row may carry",
    );
    expect(reasonKind('metric name "Opens" is not snake_case (like open_rate)')).toBe(
      'metric name "…" is not snake_case (like open_rate)',
    );
  });
});
