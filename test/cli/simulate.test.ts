// `loopcast simulate` as a user runs it: one JSON object with --json, a summary without, the bad scenario
// refused with file:line and exit 1, an unknown policy a usage error listing the policies.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { ROOT } from "../helpers/repo.ts";

const SCENARIO = "bench/scenarios/sudden-drop.yaml";

describe("loopcast simulate", () => {
  it("prints one JSON object with the policy's and the oracle's numbers", async () => {
    const r = await loopcast(
      ["simulate", "--scenario", SCENARIO, "--policy", "explore-then-commit", "--seed", "3", "--json"],
      { cwd: ROOT },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      scenario: "sudden-drop",
      policy: "explore-then-commit",
      seed: 3,
      days: 91,
      overspend: 0,
      violations: 0,
      items: 91 + 13 - result.rejected,
      cycles: { "daily-post": expect.any(Number), newsletter: expect.any(Number) },
      falseAlarms: null,
      detections: [{ day: 45, channel: "daily-post", multiply: 0.6, detectedDay: null, delayCycles: null }],
    });
    expect(result.reward).toBeLessThanOrEqual(result.oracleReward * 1.1);
    expect(result.share).toBeCloseTo(result.reward / result.oracleReward, 5);
    expect(result.expectedShare).toBeCloseTo(result.expectedReward / result.oracleExpectedReward, 5);
    // The same seed gives the same world: run again, get the same object.
    const again = await loopcast(
      ["simulate", "--scenario", SCENARIO, "--policy", "explore-then-commit", "--seed", "3", "--json"],
      { cwd: ROOT },
    );
    expect(JSON.parse(again.stdout)).toEqual(result);
  });

  it("shortens the horizon with --days and prints a summary without --json", async () => {
    const r = await loopcast(["simulate", "--scenario", SCENARIO, "--policy", "oracle", "--days", "14"], {
      cwd: ROOT,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sudden-drop · oracle · seed 1 · 14 days\n/);
    expect(r.stdout).toContain("1.000 of the oracle's");
    expect(r.stdout).toContain("day 45: daily-post ×0.6 (no change detector)");
  });

  it("refuses an unknown policy as a usage error that lists the policies", async () => {
    const r = await loopcast(["simulate", "--scenario", SCENARIO, "--policy", "greedy"], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown policy "greedy": use one of');
    expect(r.stderr).toContain("fixed, uniform, explore-then-commit, oracle");
  });

  it("refuses bad flags as usage errors", async () => {
    for (const args of [
      ["--policy", "fixed"],
      ["--scenario", SCENARIO],
      ["--scenario", SCENARIO, "--policy", "fixed", "--days", "0"],
      ["--scenario", SCENARIO, "--policy", "fixed", "--seed", "x"],
    ]) {
      const r = await loopcast(["simulate", ...args], { cwd: ROOT });
      expect(r.code, args.join(" ")).toBe(2);
    }
  });

  it("refuses a bad scenario with file:line:col, a hint and exit 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loopcast-sim-"));
    await writeFile(
      join(dir, "bad.yaml"),
      [
        "name: bad",
        "days: 91",
        "channels:",
        "  newsletter:",
        "    cadence: weekly",
        "    audience: 2000",
        "    baseRate: 0.03",
        '    slots: { "Tue 09:00": 1.0, "Thu 9:00": 0 }',
        "events:",
        "  - { day: 45, channel: newsleter, multiply: 0.6 }",
        "",
      ].join("\n"),
    );
    const r = await loopcast(["simulate", "--scenario", "bad.yaml", "--policy", "fixed"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("bad.yaml:8:44  channels.newsletter.slots.Thu 9:00 must be > 0");
    expect(r.stderr).toContain("hint: A multiplicative effect on the success rate, greater than 0");
    const missing = await loopcast(["simulate", "--scenario", "nope.yaml", "--policy", "fixed"], {
      cwd: dir,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("nope.yaml:1:1  file not found");
  });

  it("refuses an event on a channel that does not exist, once the file has the right shape", async () => {
    const dir = await mkdtemp(join(tmpdir(), "loopcast-sim-"));
    await writeFile(
      join(dir, "bad.yaml"),
      "name: bad\ndays: 91\nchannels:\n  newsletter: { cadence: weekly, audience: 10, baseRate: 0.1 }\nevents:\n  - { day: 45, channel: newsleter, multiply: 0.6 }\n",
    );
    const r = await loopcast(["simulate", "--scenario", "bad.yaml", "--policy", "fixed"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.yaml:6:25  events[0]: no channel "newsleter" in this scenario');
    expect(r.stderr).toContain('hint: did you mean "newsletter"?');
  });
});
