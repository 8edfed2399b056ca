// The learner end to end on a real repository: a run chooses the newsletter's slot and options from the
// measured results in the ledger, writes why on the proposal and in the decision log, and `loopcast
// explain` recomputes both from the repository — and says so when the ledger no longer supports them.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cycleId } from "../../src/core/time.ts";
import { appendEvents } from "../../src/state/ledger.ts";
import { loopcast } from "../helpers/cli.ts";
import { measuredEvents, weeklySlots } from "../helpers/learner-ledger.ts";
import { tempRepo } from "../helpers/repo.ts";

const NEWSLETTER = {
  id: "weekly-newsletter",
  channel: "newsletter",
  benchmark: "newsletter-click-rate",
  metric: "click_rate",
};
const AT = "2026-03-01T12:00:00Z";

describe("loopcast explain", () => {
  it("recomputes a run's slot choice and its decision from the repository, and notices a changed ledger", async () => {
    const repo = await tempRepo();
    const path = "marketing/workflows/weekly-newsletter.yaml";
    await repo.write(
      path,
      (await repo.read(path)).replace(
        'cadence: "0 8 * * 4"',
        'cadence: "0 8 * * 4"\nslots: ["Tue 08:00", "Thu 08:00"]',
      ),
    );
    const arms = { pillar: "earned-autonomy", title: "0", hook: "0", cta: "0" };
    const items = [
      ...weeklySlots(4).map((slot) => ({
        slot,
        arms: { ...arms, slot: "Tue 08:00" },
        successes: 64,
        trials: 2000,
      })),
      ...weeklySlots(4, true).map((slot) => ({
        slot,
        arms: { ...arms, slot: "Thu 08:00" },
        successes: 40,
        trials: 2000,
      })),
    ];
    // A month of newsletters sent, and the email tool's export of their results waiting in the inbox.
    await appendEvents(
      join(repo.dir, "marketing"),
      measuredEvents(NEWSLETTER, items, undefined, { judged: false }),
    );
    const rows = items.map(
      (i) => `${cycleId(NEWSLETTER.id, i.slot)},${i.trials},${i.successes},${i.trials / 2},1`,
    );
    await mkdir(join(repo.dir, "marketing/metrics/inbox"), { recursive: true });
    await repo.write(
      "marketing/metrics/inbox/january.csv",
      ["cycle,delivered,unique_clicks,unique_opens,unsubscribes", ...rows].join("\n"),
    );
    await repo.commitAll("a month of newsletters and their results");

    const run = await loopcast(["run", "--at", AT], { cwd: repo.dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("proposed   weekly-newsletter@20260303T0700Z");
    expect(run.stdout).toMatch(
      /decided {4}weekly-newsletter settled on Tue 08:00 {2}\(loopcast explain weekly-newsletter--slot--20260301T1200Z\)/,
    );

    const show = await loopcast(["review", "show", "weekly-newsletter@20260303T0700Z"], { cwd: repo.dir });
    expect(show.stdout).toMatch(
      /slot Tue 08:00 \(.*\): Tue 08:00 click_rate 3\.2 % over 4 measured of 4 sent, P\(best\) 1\.00; Thu 08:00 click_rate 2\.0 % over 4 measured of 4 sent, P\(best\) 0\.00/,
    );

    const item = await loopcast(["explain", "weekly-newsletter@20260303T0700Z"], { cwd: repo.dir });
    expect(item.stdout).toContain("the recomputation agrees with the record");
    expect(item.code).toBe(0);
    const decision = await loopcast(["explain", "weekly-newsletter--slot--20260301T1200Z"], {
      cwd: repo.dir,
    });
    expect(decision.stdout).toContain("Tue 08:00: 4 sent, 4 measured, rate 3.20 %, P(best) 1.000");
    expect(decision.code).toBe(0);

    // Someone rewrites a measured value by hand: the record no longer follows from the ledger.
    const dir = join(repo.dir, "marketing/ledger/2026/01");
    const file = join(
      dir,
      (await readdir(dir)).find((f) => f.startsWith("weekly-newsletter@20260106")) as string,
    );
    await writeFile(file, (await readFile(file, "utf8")).replace('"value":0.032', '"value":0.012'));
    const changed = await loopcast(["explain", "weekly-newsletter--slot--20260301T1200Z"], { cwd: repo.dir });
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain("the recomputation differs:");
    expect(changed.stdout).toMatch(
      /recorded "Tue 08:00: 4 sent, 4 measured, rate 3\.20 %.*", recomputed "Tue 08:00: 4 sent, 4 measured, rate 2\.70 %/,
    );

    const unknown = await loopcast(["explain", "no-such-thing"], { cwd: repo.dir });
    expect(unknown.code).toBe(2);
  });
});
