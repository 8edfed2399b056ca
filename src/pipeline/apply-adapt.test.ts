// The learner's bookkeeping in a run, through the ports (in memory): decisions written and committed once,
// a drop raised as an anomaly and — at L4 — the workflow demoted on the same signal in the same run.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measuredEvents } from "../../test/helpers/learner-ledger.ts";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import { readAutonomy } from "../state/autonomy.ts";
import { readDecisions } from "../state/decisions.ts";
import { listExceptions } from "../state/exceptions.ts";
import { appendEvents } from "../state/ledger.ts";
import { applyAdapt } from "./apply-adapt.ts";
import { applyAutonomy } from "./apply-autonomy.ts";
import { newReport } from "./reconcile.ts";

const SOCIAL = {
  id: "daily-social",
  channel: "mastodon",
  benchmark: "social-engagement",
  metric: "engagement_rate",
};
const report = () => newReport({ actions: [], levels: [] } as never);

/** Thirty days of engagement at 2 % (a track record that earns L4), then a fall to 1 %. */
function droppingSocial() {
  const days = Array.from({ length: 34 }, (_, i) => new Date(Date.UTC(2026, 9, 14 + i, 11, 30)));
  return measuredEvents(
    SOCIAL,
    days.map((slot, i) => ({
      slot,
      arms: { pillar: "guardrails", title: "0", hook: "0", cta: "0" },
      successes: i < 30 ? 40 : 20,
      trials: 2000,
    })),
    2 * 86_400_000,
  );
}

describe("applyAdapt", () => {
  it("writes the drop to the decision log, raises an anomaly, and the L4 workflow is demoted in the same run", async () => {
    const ctx = await memoryContext({ now: new Date("2026-11-25T06:00:00Z") });
    await appendEvents(ctx.config.dir, droppingSocial());
    const r = report();
    await applyAdapt(ctx, r);
    const decisions = await readDecisions(ctx.config.dir, "marketing", []);
    const drop = decisions.find((d) => d.kind === "drop");
    expect(drop).toMatchObject({ workflow: "daily-social", cycle: "daily-social@20261114T1130Z" });
    expect(r.adapted.map((a) => a.kind)).toContain("drop");
    const anomaly = (await listExceptions(ctx.config.dir)).find((e) => e.type === "anomaly");
    expect(anomaly).toMatchObject({
      id: "anomaly--daily-social.daily-social@20261114T1130Z",
      status: "open",
    });
    expect(anomaly?.detail).toContain("resolving lifts the demotion");
    expect(ctx.forge.commits.at(-1)?.paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^marketing\/decisions\/2026\/11\/daily-social--drop--20261114T1130Z\.json$/),
        expect.stringMatching(/^marketing\/exceptions\//),
      ]),
    );
    const file = JSON.parse(
      await readFile(
        join(ctx.config.dir, "decisions/2026/11/daily-social--drop--20261114T1130Z.json"),
        "utf8",
      ),
    );
    expect(file.signal).toMatch(/engagement_rate 1\.00 % over the last \d item\(s\) against 2\.00 % before/);

    await applyAutonomy(ctx, r);
    const demoted = (await readAutonomy(ctx.config.dir))
      .get("daily-social")
      ?.find((e) => e.type === "demoted");
    expect(demoted).toMatchObject({ trigger: "metric-drop", to: "L3", exception: anomaly?.id });

    const commits = ctx.forge.commits.length;
    const again = report();
    await applyAdapt(ctx, again);
    expect(again.adapted).toEqual([]);
    expect(ctx.forge.commits.length).toBe(commits);
  });

  it("writes nothing and commits nothing without measured items", async () => {
    const ctx = await memoryContext();
    const r = report();
    await applyAdapt(ctx, r);
    expect(r.adapted).toEqual([]);
    expect(ctx.forge.commits).toEqual([]);
  });
});
