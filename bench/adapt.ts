// npm run bench:adapt — every scenario in bench/scenarios/ × every registered policy × N seeds in the
// market simulator (src/sim/, docs/scenarios.md). Prints per scenario each policy's reward as a share of
// the oracle's (mean ± sd, min), the share by expected reward (no binomial noise), overspend, violations,
// and for drops the median detection delay in cycles and false alarms per 52 cycles; then each policy's
// mean over the scenarios, and the goals checked for the `loopcast` policy. A benchmark: it exits 0
// whether the goals are met or not (1 only when a policy throws).
//
//   node bench/adapt.ts --seeds 5 --scenario sudden-drop --policy explore-then-commit
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ScenarioModel } from "../src/sim/model.ts";
import { policyNames } from "../src/sim/policies/index.ts";
import { type SimResult, simulate } from "../src/sim/run.ts";
import { loadScenario } from "../src/sim/scenario.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    seeds: { type: "string", default: "20" },
    scenario: { type: "string" },
    policy: { type: "string" },
  },
});
const seeds = Number(values.seeds);
if (!Number.isInteger(seeds) || seeds < 1) {
  console.error("--seeds takes a whole number ≥ 1");
  process.exit(2);
}
const allPolicies = policyNames();
if (values.policy && !allPolicies.includes(values.policy)) {
  console.error(`unknown policy "${values.policy}": use one of ${allPolicies.join(", ")}`);
  process.exit(2);
}
const policies = values.policy ? [values.policy] : allPolicies;

const dir = join(root, "bench/scenarios");
const scenarios: ScenarioModel[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".yaml"))
  .sort())
  scenarios.push(await loadScenario(join(dir, file), { cwd: root }));
const chosen = scenarios.filter((s) => !values.scenario || s.name === values.scenario);
if (!chosen.length) {
  console.error(`no scenario "${values.scenario}": ${scenarios.map((s) => s.name).join(", ")}`);
  process.exit(2);
}

interface Row {
  policy: string;
  results: SimResult[];
  /** The first error the policy threw in this scenario; its row is left out. */
  error?: string;
  /** Time spent in simulate(), its oracle run included. */
  ms: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const sd = (xs: number[]) => {
  const m = mean(xs);
  return xs.length > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1)) : 0;
};
const median = (xs: number[]) => {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
/** "∞" for a median among missed drops, "–" for what does not apply. */
const fmt = (x: number, digits = 3) =>
  Number.isFinite(x) ? x.toFixed(digits) : x === Number.POSITIVE_INFINITY ? "∞" : "–";
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Drops a detector should catch: channel-wide events that lower the rate. */
const isDrop = (d: NonNullable<SimResult["detections"]>[number]) => d.multiply < 1 && !d.slot && !d.variant;

function stats(results: SimResult[]) {
  const shares = results.map((r) => r.share ?? Number.NaN);
  const delays = results.flatMap((r) =>
    (r.detections ?? []).filter(isDrop).map((d) => d.delayCycles ?? Number.POSITIVE_INFINITY),
  );
  const detector = results.some((r) => r.falseAlarms !== null);
  const cycles = sum(results.map((r) => sum(Object.values(r.cycles))));
  return {
    share: mean(shares),
    sd: sd(shares),
    min: Math.min(...shares),
    expected: mean(results.map((r) => r.expectedShare ?? Number.NaN)),
    overspend: sum(results.map((r) => r.overspend)),
    violations: sum(results.map((r) => r.violations)),
    drops: delays.length,
    delay: detector ? median(delays) : Number.NaN,
    missed: delays.filter((d) => d === Number.POSITIVE_INFINITY).length,
    falseAlarms: detector ? sum(results.map((r) => r.falseAlarms ?? 0)) : Number.NaN,
    cycles,
  };
}

const started = performance.now();
let runs = 0;
const byScenario = new Map<string, Row[]>();
for (const scenario of chosen) {
  const rows: Row[] = policies.map((policy) => ({ policy, results: [], ms: 0 }));
  for (let seed = 1; seed <= seeds; seed++)
    for (const row of rows) {
      if (row.error) continue;
      try {
        const t = performance.now();
        row.results.push(simulate(scenario, row.policy, { seed }));
        row.ms += performance.now() - t;
        runs++;
      } catch (err) {
        // One broken policy should not hide the others' numbers; the run still ends in failure.
        row.error = `seed ${seed}: ${(err as Error).stack ?? String(err)}`;
        row.results = [];
        process.exitCode = 1;
      }
    }
  byScenario.set(scenario.name, rows);

  const hasDrop = scenario.events.some((e) => e.multiply < 1 && !e.slot && !e.variant);
  console.log(`\n${scenario.name}  (${seeds} seeds, ${scenario.days} days)`);
  const head = ["policy", "share ± sd", "min", "exp.share", "overspend", "violations"];
  if (hasDrop) head.push("delay (median)", "missed");
  head.push("false alarms/52");
  const lines = rows
    .filter((row) => !row.error)
    .map((row) => {
      const s = stats(row.results);
      const cells = [
        row.policy,
        `${fmt(s.share)} ± ${fmt(s.sd)}`,
        fmt(s.min),
        fmt(s.expected),
        fmt(s.overspend, 2),
        String(s.violations),
      ];
      if (hasDrop)
        cells.push(fmt(s.delay, 1), Number.isFinite(s.falseAlarms) ? `${s.missed}/${s.drops}` : "–");
      cells.push(Number.isFinite(s.falseAlarms) ? fmt((s.falseAlarms / Math.max(1, s.cycles)) * 52, 2) : "–");
      return cells;
    });
  printTable(head, lines);
  for (const row of rows) if (row.error) console.log(`  ${row.policy}: failed at ${row.error}`);
}

console.log(`\nmean over ${chosen.length} scenario(s)`);
printTable(
  ["policy", "share", "exp.share", "worst scenario", "ms/run"],
  policies.map((policy) => {
    const per = chosen.map((s) => ({
      name: s.name,
      ...stats((byScenario.get(s.name) ?? []).find((r) => r.policy === policy)?.results ?? []),
    }));
    const worst = per.reduce((a, b) => (b.share < a.share ? b : a));
    const rows = chosen.flatMap((s) => (byScenario.get(s.name) ?? []).filter((r) => r.policy === policy));
    const ms = sum(rows.map((r) => r.ms)) / Math.max(1, sum(rows.map((r) => r.results.length)));
    return [
      policy,
      fmt(mean(per.map((p) => p.share))),
      fmt(mean(per.map((p) => p.expected))),
      `${worst.name} ${fmt(worst.share)}`,
      fmt(ms, 1),
    ];
  }),
);

goals();
const elapsed = performance.now() - started;
console.log(
  `\n${runs} simulations in ${(elapsed / 1000).toFixed(2)} s (ms/run: one 91-day run of the policy and of the oracle)`,
);

function goals(): void {
  console.log("\ngoals (issue 12) for the loopcast policy");
  if (!allPolicies.includes("loopcast")) {
    console.log("  the loopcast policy is not registered (src/sim/policies/index.ts): nothing to check");
    return;
  }
  if (!policies.includes("loopcast")) {
    console.log("  --policy left loopcast out: nothing to check");
    return;
  }
  const rowsOf = (name: string) => byScenario.get(name) ?? [];
  const of = (name: string, policy: string) => rowsOf(name).find((r) => r.policy === policy)?.results ?? [];
  const mine = chosen.map((s) => ({ s, st: stats(of(s.name, "loopcast")) }));
  const line = (ok: boolean | undefined, text: string) =>
    console.log(`  ${ok === undefined ? "n/a " : ok ? "PASS" : "MISS"}  ${text}`);

  const meanShare = mean(mine.map((m) => m.st.share));
  line(meanShare >= 0.94, `scenario mean ${fmt(meanShare)} ≥ 0.94 × oracle`);

  const baselines = ["uniform", "explore-then-commit"].filter((p) => policies.includes(p));
  if (!baselines.length)
    line(undefined, "≥ 0.97 × best of uniform/explore-then-commit: --policy left them out");
  else {
    const worst = mine
      .map((m) => {
        const best = Math.max(...baselines.map((b) => stats(of(m.s.name, b)).share));
        return { name: m.s.name, ratio: m.st.share / best };
      })
      .reduce((a, b) => (b.ratio < a.ratio ? b : a));
    line(
      worst.ratio >= 0.97,
      `every scenario ≥ 0.97 × best of ${baselines.join("/")}: lowest ${fmt(worst.ratio)} (${worst.name})`,
    );
  }

  const delays = chosen.flatMap((s) =>
    of(s.name, "loopcast").flatMap((r) =>
      (r.detections ?? []).filter(isDrop).map((d) => d.delayCycles ?? Number.POSITIVE_INFINITY),
    ),
  );
  if (!delays.length) line(undefined, "median detection delay ≤ 2 cycles: no drop scenario chosen");
  else
    line(
      median(delays) <= 2,
      `median detection delay ${fmt(median(delays), 1)} ≤ 2 cycles (${delays.length} drops)`,
    );

  const alarms = sum(mine.map((m) => m.st.falseAlarms));
  const cycles = sum(mine.map((m) => m.st.cycles));
  const rate = (alarms / Math.max(1, cycles)) * 52;
  line(
    Number.isFinite(rate) ? rate <= 1 : false,
    `false alarms ${fmt(rate, 2)} ≤ 1 per 52 cycles (${Number.isFinite(alarms) ? alarms : "no detector"} in ${cycles} cycles)`,
  );
  const overspend = sum(mine.map((m) => m.st.overspend));
  line(overspend === 0, `overspend ${fmt(overspend, 2)} = 0`);
  const violations = sum(mine.map((m) => m.st.violations));
  line(violations === 0, `violations ${violations} = 0`);
}

function printTable(head: string[], rows: string[][]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const render = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(`  ${render(head)}`);
  for (const r of rows) console.log(`  ${render(r)}`);
}
