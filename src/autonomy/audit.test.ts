import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { audit } from "./audit.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let config: Config;
beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});

describe("audit", () => {
  it("places each workflow on the frequency × sensitivity grid with a start level and a path", () => {
    const rows = audit(config, new Date("2026-11-30T00:00:00Z"));
    const by = Object.fromEntries(rows.map((r) => [r.workflow, r]));
    expect(by["daily-social"]).toMatchObject({
      perWeek: 5,
      frequency: "high",
      sensitivity: "low",
      startAt: "L3",
      ceiling: "L5",
      weeksToTrackRecord: 6,
    });
    expect(by["weekly-blog"]).toMatchObject({
      perWeek: 1,
      frequency: "low",
      sensitivity: "high",
      ceiling: "L3",
      weeksToTrackRecord: 30,
    });
    expect(by["weekly-newsletter"]).toMatchObject({ frequency: "low", reversible: false, ceiling: "L3" });
  });

  it("keeps an irreversible high-volume task below L5 unless allowed", () => {
    const emailDaily = {
      ...config,
      workflows: config.workflows.map((w) =>
        w.id === "weekly-newsletter" ? { ...w, cadence: "0 8 * * *", sensitivity: "low" as const } : w,
      ),
    };
    const row = audit(emailDaily, new Date("2026-11-30T00:00:00Z")).find(
      (r) => r.workflow === "weekly-newsletter",
    );
    expect(row?.ceiling).toBe("L4");
    const allowed = {
      ...emailDaily,
      workflows: emailDaily.workflows.map((w) =>
        w.id === "weekly-newsletter" ? { ...w, allowIrreversible: true } : w,
      ),
    };
    expect(
      audit(allowed, new Date("2026-11-30T00:00:00Z")).find((r) => r.workflow === "weekly-newsletter")
        ?.ceiling,
    ).toBe("L5");
  });
});
