import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cycleEvents } from "../../test/report/events.ts";
import { exampleConfig } from "../../test/report/fixture.ts";
import { readLedger } from "../state/ledger.ts";
import { collect, readTitle } from "./collect.ts";
import { mermaidText, niceMax, xyChart } from "./mermaid.ts";
import { svgChart } from "./svg.ts";
import { addWeeks, weekBounds, weekOfMs, weekRange, weeksToWrite } from "./weeks.ts";

describe("weeks", () => {
  it("bounds ISO weeks at local midnight, across a DST change and a year end", () => {
    // 2026-W44 in Berlin: Monday 26 October 00:00 CET (23:00Z the day before) — after the DST change.
    const { start, end } = weekBounds("2026-W44", "Europe/Berlin");
    expect(new Date(start).toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(new Date(end).toISOString()).toBe("2026-11-01T23:00:00.000Z");
    expect(new Date(weekBounds("2026-W13", "Europe/Berlin").start).toISOString()).toBe(
      "2026-03-22T23:00:00.000Z",
    );
    expect(addWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addWeeks("2027-W01", -1)).toBe("2026-W53");
    expect(weekRange("2026-W52", "2027-W02")).toEqual(["2026-W52", "2026-W53", "2027-W01", "2027-W02"]);
    expect(weekOfMs(Date.parse("2026-10-25T23:30:00Z"), "Europe/Berlin")).toBe("2026-W44");
    expect(weekOfMs(Date.parse("2026-10-25T22:30:00Z"), "Europe/Berlin")).toBe("2026-W43");
    // A half-hour time zone: Monday begins at 18:30Z in Kolkata.
    expect(weekOfMs(Date.parse("2026-11-29T18:29:00Z"), "Asia/Kolkata")).toBe("2026-W48");
    expect(weekOfMs(Date.parse("2026-11-29T18:31:00Z"), "Asia/Kolkata")).toBe("2026-W49");
  });

  it("writes only completed weeks that have no report yet", () => {
    expect(weeksToWrite("2026-W46", "2026-W49", new Set(["2026-W47"]))).toEqual(["2026-W46", "2026-W48"]);
    expect(weeksToWrite(undefined, "2026-W49", new Set())).toEqual([]);
    expect(weeksToWrite("2026-W49", "2026-W49", new Set())).toEqual([]);
  });
});

describe("mermaid", () => {
  it("keeps labels to characters Mermaid cannot misread", () => {
    expect(mermaidText('A "quoted": [title] #1; <b>')).toBe("A quoted title 1 b");
    expect(mermaidText("x".repeat(50), 10)).toBe(`${"x".repeat(9)}…`);
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(0.031)).toBe(0.05);
    expect(
      xyChart({ title: "t", x: ["W1", "W2"], yLabel: "n", series: [{ kind: "bar", values: [1, 2.123456] }] }),
    ).toBe(
      '```mermaid\nxychart-beta\n  title "t"\n  x-axis ["W1", "W2"]\n  y-axis "n" 0 --> 2.5\n  bar [1, 2.1235]\n```',
    );
  });
});

describe("svgChart", () => {
  it("draws bars and points, and nothing when there is no data", () => {
    const svg = svgChart({
      id: "c",
      title: "t <b>",
      labels: ["a", "b", "c"],
      bars: { label: "bars", values: [1, 0, 3] },
      lines: [{ label: "l", values: [2, undefined, 1] }],
      format: String,
    });
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(svg.match(/<circle class="pt"/g)).toHaveLength(2);
    expect(svg).toContain('aria-label="t &lt;b&gt;"');
    expect(
      svgChart({ id: "c", title: "t", labels: ["a"], bars: { label: "b", values: [0] }, format: String }),
    ).toBe("");
  });
});

describe("reading the state", () => {
  it("readLedger reads every cycle's events in order, and leaves out a corrupt line, listing its place", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loopcast-report-"));
    for (const slot of ["2026-11-24T08:00:00Z", "2026-12-01T08:00:00Z"]) {
      const [cycle, events] = cycleEvents({ workflow: "weekly-blog", slot, review: 0, published: true });
      const ym = slot.slice(0, 7).replace("-", "/");
      await mkdir(join(dir, "ledger", ym), { recursive: true });
      await writeFile(
        join(dir, "ledger", ym, `${cycle}.jsonl`),
        events.map((e) => `${JSON.stringify(e)}\n`).join(""),
      );
    }
    const ledger = await readLedger(dir);
    expect([...ledger.keys()].sort()).toEqual(["weekly-blog@20261124T0800Z", "weekly-blog@20261201T0800Z"]);
    expect(ledger.get("weekly-blog@20261201T0800Z")?.map((e) => e.type)).toContain("published");
    await writeFile(join(dir, "ledger/2026/12/broken@20261201T0800Z.jsonl"), '{"type":"merged"}\nnot json\n');
    const place = async () => (await readLedger(dir)).invalid?.map((x) => `${x.file}:${x.line}: ${x.reason}`);
    expect(await place()).toEqual([
      expect.stringContaining("ledger/2026/12/broken@20261201T0800Z.jsonl:1: ledger event is invalid"),
      expect.stringContaining("ledger/2026/12/broken@20261201T0800Z.jsonl:2: ledger line is not JSON"),
    ]);
    expect([...(await readLedger(dir)).keys()]).toHaveLength(2);
    // Lines are counted as an editor counts them: blank lines included, the last one with or without "\n".
    const valid = (
      await readFile(join(dir, "ledger/2026/12/weekly-blog@20261201T0800Z.jsonl"), "utf8")
    ).split("\n")[0];
    await writeFile(join(dir, "ledger/2026/12/broken@20261201T0800Z.jsonl"), `${valid}\n\n{"type":`);
    expect(await place()).toEqual([
      expect.stringContaining("ledger/2026/12/broken@20261201T0800Z.jsonl:3: ledger line is not JSON"),
    ]);
    await writeFile(join(dir, "ledger/2026/12/broken@20261201T0800Z.jsonl"), `${valid}\n  \n${valid}`);
    const own = ledger.get("weekly-blog@20261201T0800Z")?.length ?? 0;
    expect((await readLedger(dir)).get("weekly-blog@20261201T0800Z")?.length).toBe(own + 2);
  });

  it("collect validates decisions, reads titles and derives now from the state", async () => {
    const config = await exampleConfig();
    const repo = await mkdtemp(join(tmpdir(), "loopcast-report-"));
    const dir = join(repo, "marketing");
    await mkdir(join(dir, "decisions/2026/12"), { recursive: true });
    const good = { id: "d1", at: "2026-12-03T09:00:00Z", kind: "slot", summary: "moved", signal: "P = 0.9" };
    await writeFile(join(dir, "decisions/2026/12/d1.json"), JSON.stringify(good));
    await writeFile(
      join(dir, "decisions/2026/12/d2.json"),
      JSON.stringify({ ...good, id: "d2", kind: "Bad Kind" }),
    );
    await writeFile(join(dir, "decisions/2026/12/d3.json"), JSON.stringify({ ...good, id: "other" }));
    const data = await collect({ config: { ...config, dir }, repoDir: repo });
    expect(data.decisions.map((d) => [d.id, d.path])).toEqual([
      ["d1", "marketing/decisions/2026/12/d1.json"],
    ]);
    expect(data.problems).toEqual([
      'marketing/decisions/2026/12/d2.json: not a valid decision (/kind must match pattern "^[a-z][a-z0-9-]*$")',
      "marketing/decisions/2026/12/d3.json: the file name must be the decision's id (other.json)",
    ]);
    expect(data.now).toBe("2026-12-03T09:00:00.000Z");
    await writeFile(join(repo, "item.md"), "---\ncycle: x\ntitle: 'It''s: a \"title\"'\n---\n\nbody\n");
    expect(readTitle(join(repo, "item.md"))).toBe('It\'s: a "title"');
    expect(readTitle(join(repo, "missing.md"))).toBeUndefined();
  });
});
