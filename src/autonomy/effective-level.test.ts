// The effective level is the minimum of four: the configured level, the level the track record earned,
// the channel's ceiling in guardrails and a demotion in force. Each of the four is made the binding one in
// turn, then every combination is checked against a plain minimum; irreversible channels stop at L4
// unless the workflow says allowIrreversible.
import { describe, expect, it } from "vitest";
import type { Channel, Config, Level, Workflow } from "../config/types.ts";
import { LEVELS, levelNumber } from "../config/types.ts";
import type { AutonomyEvent, AutonomyLog } from "../state/autonomy.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { levelDecision } from "./effective-level.ts";

const CHANNELS: Channel[] = [
  { id: "mastodon", type: "mastodon", instanceUrl: "https://m.example", tokenEnv: "MASTODON_TOKEN" },
  {
    id: "newsletter",
    type: "email",
    from: "b@b.example",
    to: "list@b.example",
    smtp: { hostEnv: "SMTP_HOST", portEnv: "SMTP_PORT" },
  } as Channel,
  { id: "hook", type: "webhook", url: "https://h.example/in" },
  { id: "crm", type: "webhook", url: "https://crm.example/in", reversible: false },
];

function config(ceiling?: Record<string, Level>): Config {
  return {
    dir: "/nonexistent/marketing",
    strategy: {
      version: 1,
      business: { name: "B", url: "https://b.example", description: "d", audience: "a" },
      timezone: "Europe/Berlin",
      pillars: [{ id: "p", name: "P", points: ["x"] }],
      channels: CHANNELS,
    },
    guardrails: {
      version: 1,
      // Three good cycles earn the next level, so a record is a few lines of ledger.
      autonomy: { minCycles: 3, minApprovalRate: 0.9, maxMedianEditRatio: 0.1, minBenchmarkMetRate: 0.8 },
      ...(ceiling ? { channels: { ceiling } } : {}),
    },
    benchmarks: { version: 1, benchmarks: [] },
    workflows: [],
    voiceGuide: "",
    sources: new Map(),
  };
}

const workflow = (level: Level, channel = "mastodon", extra: Partial<Workflow> = {}): Workflow => ({
  id: "w",
  name: "w",
  channel,
  level,
  cadence: "0 9 * * *",
  format: "post",
  pillars: ["p"],
  ...extra,
});

/**
 * A record of three cycles proposed at `level`, merged unchanged, benchmarks met. At L3 it earns L4; at
 * L4 it also is a record earned at L4, which earns L5. No record at all earns L3 (approval mode).
 */
function record(level: "L3" | "L4" | undefined, channel = "mastodon"): Ledger {
  const ledger: Ledger = new Map();
  if (!level) return ledger;
  for (const day of ["01", "02", "03"]) {
    const cycle = `w@202611${day}T0800Z`;
    const at = `2026-11-${day}T06:00:00.000Z`;
    const events: LedgerEvent[] = [
      {
        type: "proposed",
        at,
        cycle,
        workflow: "w",
        channel,
        slot: `2026-11-${day}T08:00:00.000Z`,
        level,
        branch: `loopcast/${cycle}`,
        proposal: { id: cycle },
        contentPath: "x",
        contentHash: "0".repeat(64),
        arms: {},
        generator: "template",
      },
      { type: "merged", at, cycle, mergedSha: "s", editRatio: 0, humanCommits: 0 },
      { type: "judged", at, cycle, benchmark: "b", metric: "m", status: "met", primary: true, value: 1 },
    ];
    ledger.set(cycle, events);
  }
  return ledger;
}

const demotion = (to: Level, ...after: AutonomyEvent[]): AutonomyLog =>
  new Map([
    [
      "w",
      [
        {
          type: "demoted",
          at: "2026-11-10T00:00:00Z",
          workflow: "w",
          from: "L5",
          to,
          trigger: "t",
          reason: "r",
        },
        ...after,
      ],
    ],
  ]);

const decide = (
  wf: Workflow,
  opts: { ledger?: Ledger; ceiling?: Record<string, Level>; autonomy?: AutonomyLog } = {},
) =>
  levelDecision(
    config(opts.ceiling),
    wf,
    opts.ledger ?? record("L4", wf.channel),
    opts.autonomy ?? new Map(),
  );

describe("effective level: the minimum of configured, earned, ceiling and demotion", () => {
  it("the configured level binds when it is the lowest", () => {
    const d = decide(workflow("L3"));
    expect(d).toMatchObject({ configured: "L3", earned: "L5", ceiling: "L5", effective: "L3" });
    expect(d.reason).toBe("runs at its configured L3");
  });

  it("the earned level binds when the record has not earned the configured level", () => {
    const atL4 = decide(workflow("L5"), { ledger: record("L3") });
    expect(atL4).toMatchObject({ configured: "L5", earned: "L4", effective: "L4" });
    expect(atL4.reason).toMatch(/^runs at L4: earned L4 \(at L4: needs 3 more reviewed cycle\(s\)/);
    const none = decide(workflow("L5"), { ledger: record(undefined) });
    expect(none).toMatchObject({ earned: "L3", effective: "L3" });
    expect(none.reason).toMatch(/^runs at L3: earned L3 \(needs 3 more reviewed cycle\(s\)/);
  });

  it("the channel's ceiling binds when it is the lowest", () => {
    const d = decide(workflow("L5"), { ceiling: { mastodon: "L4" } });
    expect(d).toMatchObject({ configured: "L5", earned: "L5", ceiling: "L4", effective: "L4" });
    expect(d.reason).toBe("runs at L4: channel mastodon capped at L4");
    // Below approval mode too: a ceiling of L2 keeps the workflow to publishing what people wrote.
    expect(decide(workflow("L5"), { ceiling: { mastodon: "L2" } }).effective).toBe("L2");
    // A ceiling on another channel does not touch it.
    expect(decide(workflow("L5"), { ceiling: { hook: "L1" } })).toMatchObject({
      ceiling: "L5",
      effective: "L5",
    });
  });

  it("a demotion in force binds when it is the lowest, until it is lifted or a promotion is granted", () => {
    const d = decide(workflow("L5"), { autonomy: demotion("L3") });
    expect(d).toMatchObject({ earned: "L5", ceiling: "L5", demotedTo: "L3", effective: "L3" });
    expect(d.reason).toBe("runs at L3: demoted to L3");
    const lifted = demotion("L3", { type: "demotion-lifted", at: "2026-11-11T00:00:00Z", workflow: "w" });
    expect(decide(workflow("L5"), { autonomy: lifted })).toMatchObject({ effective: "L5" });
    expect(decide(workflow("L5"), { autonomy: lifted }).demotedTo).toBeUndefined();
    const granted = demotion("L3", { type: "promoted", at: "2026-11-12T00:00:00Z", workflow: "w", to: "L4" });
    expect(decide(workflow("L5"), { autonomy: granted })).toMatchObject({ effective: "L5" });
  });

  it("names every one of the four that binds when they tie", () => {
    const d = decide(workflow("L5"), {
      ledger: record("L3"),
      ceiling: { mastodon: "L4" },
      autonomy: demotion("L4"),
    });
    expect(d.effective).toBe("L4");
    expect(d.reason).toContain("earned L4");
    expect(d.reason).toContain("channel mastodon capped at L4");
    expect(d.reason).toContain("demoted to L4");
  });

  it("is the plain minimum for every combination of the four", () => {
    const records = [
      { ledger: record(undefined), earned: "L3" },
      { ledger: record("L3"), earned: "L4" },
      { ledger: record("L4"), earned: "L5" },
    ] as const;
    const optional = [undefined, ...LEVELS];
    // One assertion at the end: 882 expect() calls would cost more than the decisions themselves.
    const wrong: string[] = [];
    let checked = 0;
    for (const configured of LEVELS)
      for (const { ledger, earned } of records)
        for (const ceiling of optional)
          for (const demotedTo of optional) {
            const d = decide(workflow(configured), {
              ledger,
              ...(ceiling ? { ceiling: { mastodon: ceiling } } : {}),
              ...(demotedTo ? { autonomy: demotion(demotedTo) } : {}),
            });
            const min = `L${Math.min(...[configured, earned, ceiling ?? "L5", demotedTo ?? "L5"].map(levelNumber))}`;
            if (d.earned !== earned || d.effective !== min)
              wrong.push(
                `${configured}/${earned}/${ceiling}/${demotedTo}: ${d.earned}, ${d.effective} ≠ ${min}`,
              );
            checked++;
          }
    expect(wrong).toEqual([]);
    expect(checked).toBe(6 * 3 * 7 * 7);
  });
});

describe("effective level: irreversible channels", () => {
  it("an L5 record on email earns only L4 unless the workflow allows irreversible items", () => {
    const capped = decide(workflow("L5", "newsletter"));
    expect(capped).toMatchObject({ earned: "L4", effective: "L4" });
    expect(capped.reason).toMatch(/^runs at L4: earned L4/);
    const allowed = decide(workflow("L5", "newsletter", { allowIrreversible: true }));
    expect(allowed).toMatchObject({ earned: "L5", effective: "L5" });
    // allowIrreversible: false is the same as leaving it out.
    expect(decide(workflow("L5", "newsletter", { allowIrreversible: false })).effective).toBe("L4");
  });

  it("a webhook whose receiver cannot take items back is irreversible too; a plain webhook is not", () => {
    expect(decide(workflow("L5", "crm")).effective).toBe("L4");
    expect(decide(workflow("L5", "crm", { allowIrreversible: true })).effective).toBe("L5");
    expect(decide(workflow("L5", "hook")).effective).toBe("L5");
  });

  it("irreversibility caps only L5: L4 on email is earned on the same record as anywhere else", () => {
    expect(decide(workflow("L4", "newsletter"))).toMatchObject({ earned: "L4", effective: "L4" });
    expect(decide(workflow("L5", "newsletter"), { ledger: record("L3", "newsletter") }).earned).toBe("L4");
  });
});
