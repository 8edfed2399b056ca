// `loopcast simulate`: one policy in a simulated market (src/sim/, docs/scenarios.md), compared with the
// oracle in the same world and seed.
import { UsageError } from "../errors.ts";
import { policyNames } from "../sim/policies/index.ts";
import { type SimResult, simulate } from "../sim/run.ts";
import { loadScenario } from "../sim/scenario.ts";
import { type Command, printJson } from "./command.ts";

const USAGE = [
  "usage: loopcast simulate --scenario FILE --policy NAME [--days N] [--seed S] [--json]",
  "",
  "example: loopcast simulate --scenario bench/scenarios/two-close-slots.yaml --policy explore-then-commit --seed 7",
].join("\n");

export const simulateCommand: Command = {
  name: "simulate",
  summary: "Run a policy in a simulated market and compare it with the oracle",
  usage: USAGE,
  options: {
    scenario: { type: "string" },
    policy: { type: "string" },
    days: { type: "string" },
    seed: { type: "string", default: "1" },
  },
  async run(args, io) {
    const file = args.values.scenario;
    const policy = args.values.policy;
    if (typeof file !== "string") throw new UsageError(`--scenario FILE is required\n\n${USAGE}`);
    if (typeof policy !== "string") throw new UsageError(`--policy NAME is required\n\n${USAGE}`);
    if (!policyNames().includes(policy))
      throw new UsageError(`unknown policy "${policy}": use one of ${policyNames().join(", ")}\n\n${USAGE}`);
    const seed = wholeNumber("--seed", args.values.seed, 0);
    const days = args.values.days === undefined ? undefined : wholeNumber("--days", args.values.days, 1);
    const scenario = await loadScenario(file, { cwd: io.cwd });
    const result = simulate(scenario, policy, { seed, ...(days === undefined ? {} : { days }) });
    if (args.values.json) printJson(io, result);
    else for (const line of summary(result)) io.out(line);
    return 0;
  },
};

function wholeNumber(flag: string, value: unknown, min: number): number {
  const n = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || n < min || !Number.isSafeInteger(n))
    throw new UsageError(`${flag} takes a whole number ≥ ${min}, not "${String(value)}"\n\n${USAGE}`);
  return n;
}

function summary(r: SimResult): string[] {
  const share = (x: number | null) => (x === null ? "–" : x.toFixed(3));
  const row = (label: string, text: string) => `  ${label.padEnd(13)}${text}`;
  const lines = [
    `${r.scenario} · ${r.policy} · seed ${r.seed} · ${r.days} days`,
    row("reward", `${r.reward} successes, ${share(r.share)} of the oracle's ${r.oracleReward}`),
    row(
      "expected",
      `${r.expectedReward.toFixed(1)}, ${share(r.expectedShare)} of the oracle's ${r.oracleExpectedReward.toFixed(1)}`,
    ),
    row(
      "items",
      `${r.items} sent (${Object.entries(r.cycles)
        .map(([c, n]) => `${c} ${n}`)
        .join(", ")}), ${r.rejected} rejected by the reviewer`,
    ),
    row("budget", `${r.spend} spent, ${r.overspend} over the caps`),
    row("violations", String(r.violations)),
  ];
  for (const d of r.detections ?? []) {
    const scope = d.slot
      ? ` at ${d.slot}`
      : d.variant
        ? ` with ${d.variant.dimension} ${d.variant.name}`
        : "";
    const what = `day ${d.day}: ${d.channel}${scope} ×${d.multiply}`;
    lines.push(
      row(
        "event",
        r.falseAlarms === null
          ? `${what} (no change detector)`
          : d.detectedDay === null
            ? `${what}, not flagged`
            : `${what}, flagged on day ${d.detectedDay} after ${d.delayCycles} cycle(s)`,
      ),
    );
  }
  if (r.falseAlarms !== null) lines.push(row("false alarms", String(r.falseAlarms)));
  return lines;
}
