// The ladder's commands through the CLI: status, audit, review-period and retract.
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import { loopcast, loopcastJson } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";

const BLOG = "weekly-blog@20261201T0800Z";

describe("ladder commands", () => {
  it("status explains each workflow's effective level", async () => {
    const repo = await tempRepo();
    const r = await loopcast(["status"], { cwd: repo.dir });
    expect(r.code).toBe(0);
    // daily-social is configured at L4 but has no track record yet: it runs at L3.
    expect(r.stdout).toContain("daily-social: L3 — runs at L3: earned L3 (needs 30 more reviewed cycle(s)");
    expect(r.stdout).toContain("weekly-blog: L3 — runs at its configured L3");
    const json = await loopcastJson<Array<{ workflow: string; effective: string; configured: string }>>(
      ["status"],
      { cwd: repo.dir },
    );
    expect(json.find((d) => d.workflow === "daily-social")).toMatchObject({
      configured: "L4",
      effective: "L3",
    });
  });

  it("audit and review-period answer on a new repository", async () => {
    const repo = await tempRepo();
    const audit = await loopcast(["audit", "--at", "2026-11-30T00:00:00Z"], { cwd: repo.dir });
    expect(audit.stdout).toMatch(/daily-social\s+5\s+high\s+low\s+L4\s+L3\s+L5\s+6 weeks/);
    const review = await loopcast(
      ["review-period", "--from", "2026-11-01T00:00:00Z", "--to", "2026-12-01T00:00:00Z"],
      { cwd: repo.dir },
    );
    expect(review.code).toBe(0);
    expect(review.stdout).toContain(
      "review of the 30 day(s) to Tue, 1 Dec 2026, 01:00 (Europe/Berlin, UTC+01:00)",
    );
    expect(review.stdout).toMatch(/daily-social: not-enough-data/);
    const bad = await loopcast(
      ["review-period", "--from", "2026-12-02T00:00:00Z", "--to", "2026-12-01T00:00:00Z"],
      { cwd: repo.dir },
    );
    expect(bad.code).toBe(2);
  });

  it("retract records a person taking a published item back, and refuses an unpublished one", async () => {
    const repo = await tempRepo();
    await loopcast(["run", "--at", "2026-11-30T12:00:00Z"], { cwd: repo.dir });
    const early = await loopcast(["retract", BLOG], { cwd: repo.dir });
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("is not published");
    await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
    await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
    const r = await loopcast(["retract", BLOG, "--reason", "wrong link"], { cwd: repo.dir });
    expect(r.code).toBe(0);
    const events = (await repo.read(`marketing/ledger/2026/12/${BLOG}.jsonl`))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as LedgerEvent);
    expect(events.at(-1)).toMatchObject({ type: "retracted", by: "Owner", reason: "wrong link" });
    expect((await repo.git.status()).isClean()).toBe(true);
  });
});
