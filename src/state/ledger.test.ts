// One bad ledger line never stops the system: readers leave it out and list it (file:line, reason), and
// a run moves it to ledger/quarantine/ with an exception, keeping it as written.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listExceptions } from "./exceptions.ts";
import { LedgerCache, readLedger, readLedgerCycles } from "./ledger.ts";
import { setAsideInvalidLines } from "./ledger-quarantine.ts";

const CYCLE = "weekly-blog@20261201T0800Z";
const FILE = `ledger/2026/12/${CYCLE}.jsonl`;
const AT = new Date("2026-12-03T09:00:00Z");

const judged = `{"type":"judged","at":"2026-12-01T09:00:00.000Z","cycle":"${CYCLE}","benchmark":"blog-click-rate","metric":"click_rate","status":"met"}`;
// What a spend of 1e303 once became: Infinity, written by JSON.stringify as null.
const nullSpend = `{"type":"spent","at":"2026-12-02T09:00:00.000Z","cycle":"${CYCLE}","amount":null,"source":"metrics"}`;
const goodSpend = `{"type":"spent","at":"2026-12-03T09:00:00.000Z","cycle":"${CYCLE}","amount":4.5,"source":"metrics"}`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "loopcast-ledger-test-"));
  await mkdir(join(dir, "ledger/2026/12"), { recursive: true });
  await writeFile(join(dir, FILE), `${judged}\n${nullSpend}\n{not json\n${goodSpend}\n`);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("an invalid ledger line", () => {
  it("is left out and listed with its file, line and reason, by every reader", async () => {
    for (const ledger of [
      await readLedger(dir),
      await readLedger(dir, new LedgerCache()),
      await readLedgerCycles(dir, [CYCLE]),
    ]) {
      expect(ledger.get(CYCLE)?.map((e) => e.type)).toEqual(["judged", "spent"]);
      expect(ledger.invalid?.map((x) => `${x.file}:${x.line} ${x.reason}`)).toEqual([
        `${FILE}:2 ledger event is invalid (/amount must be number)`,
        `${FILE}:3 ledger line is not JSON (Expected property name or '}' in JSON at position 1 (line 1 column 2))`,
      ]);
      expect(ledger.invalid?.[0]?.text).toBe(nullSpend);
    }
  });

  it("is moved to ledger/quarantine/ as written, with an exception, and the ledger reads clean again", async () => {
    const ledger = await readLedger(dir);
    const { lines, written } = await setAsideInvalidLines(dir, ledger.invalid ?? [], AT);
    expect(lines.map((x) => `${x.line} → ${x.to}`)).toEqual([
      `2 → ledger/quarantine/2026/12/${CYCLE}.jsonl`,
      `3 → ledger/quarantine/2026/12/${CYCLE}.jsonl`,
    ]);
    // Every other line byte for byte, in order.
    expect(await readFile(join(dir, FILE), "utf8")).toBe(`${judged}\n${goodSpend}\n`);
    const kept = (await readFile(join(dir, `ledger/quarantine/2026/12/${CYCLE}.jsonl`), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(kept[0]).toEqual({
      file: FILE,
      line: 2,
      reason: "ledger event is invalid (/amount must be number)",
      text: nullSpend,
      setAsideAt: AT.toISOString(),
    });
    const exceptions = await listExceptions(dir);
    expect(exceptions).toHaveLength(2);
    expect(exceptions[0]).toMatchObject({
      type: "anomaly",
      severity: "warning",
      status: "open",
      cycle: CYCLE,
    });
    expect(exceptions.map((e) => e.detail).join(" ")).toContain("the budget no longer counts that spend");
    expect(written).toEqual([
      ...exceptions.map((e) => `exceptions/${e.id}.yaml`),
      FILE,
      `ledger/quarantine/2026/12/${CYCLE}.jsonl`,
    ]);

    // The quarantine is not part of the ledger; nothing is left to set aside.
    const again = await readLedger(dir);
    expect(again.invalid).toEqual([]);
    expect(again.get(CYCLE)).toHaveLength(2);
    expect((await setAsideInvalidLines(dir, again.invalid ?? [], AT)).lines).toEqual([]);
  });

  it("is recorded once when a run stopped after keeping it but before rewriting the ledger", async () => {
    const ledger = await readLedger(dir);
    await setAsideInvalidLines(dir, ledger.invalid ?? [], AT);
    // As if the ledger file had not been rewritten: the same lines are invalid again.
    await writeFile(join(dir, FILE), `${judged}\n${nullSpend}\n{not json\n${goodSpend}\n`);
    const second = await setAsideInvalidLines(dir, (await readLedger(dir)).invalid ?? [], AT);
    expect(second.written).toEqual([FILE]);
    const text = await readFile(join(dir, `ledger/quarantine/2026/12/${CYCLE}.jsonl`), "utf8");
    expect(text.trim().split("\n")).toHaveLength(2);
  });
});
