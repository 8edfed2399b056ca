// What resolving an exception restores, by what it stopped.
import { describe, expect, it } from "vitest";
import type { ExceptionItem } from "../state/exceptions.ts";
import type { Ledger, LedgerEvent } from "../state/ledger.ts";
import { resolutionEffect } from "./resolve-effects.ts";

const CYCLE = "weekly-newsletter@20261203T0700Z";
const AT = new Date("2026-12-04T09:00:00Z");
const base = (events: LedgerEvent["type"][]): Ledger =>
  new Map([
    [
      CYCLE,
      events.map(
        (type) =>
          ({
            type,
            at: "2026-12-03T07:00:00.000Z",
            cycle: CYCLE,
            ...(type === "publish-failed" ? { error: "boom" } : {}),
            ...(type === "publishing" ? { channel: "newsletter", idempotencyKey: "k" } : {}),
            ...(type === "blocked" ? { contentHash: "0".repeat(64), errors: 1 } : {}),
          }) as LedgerEvent,
      ),
    ],
  ]);
const ex = (id: string, type: ExceptionItem["type"], extra: Partial<ExceptionItem> = {}): ExceptionItem => ({
  id,
  type,
  severity: "error",
  status: "open",
  title: "t",
  detail: "d",
  cycle: CYCLE,
  raisedAt: "2026-12-03T08:00:00.000Z",
  ...extra,
});
const state = (ledger: Ledger) => ({
  ledger,
  autonomy: new Map(),
  by: "Sam",
  at: AT,
  note: "fixed the password",
});

describe("resolutionEffect", () => {
  it("retries an item Loopcast gave up on, with who and why, as `loopcast retry` does", () => {
    const failed = base(["proposed", "merged", "publish-failed", "publish-failed", "publish-failed"]);
    const effect = resolutionEffect(ex(`publish-failure--${CYCLE}.failed`, "publish-failure"), state(failed));
    expect(effect.events).toEqual([
      { type: "retried", at: AT.toISOString(), cycle: CYCLE, by: "Sam", note: "fixed the password" },
    ]);
    expect(effect.says).toBe(`the next run tries to publish ${CYCLE} again, as \`loopcast retry\` does`);
    // A second round's exception does the same; an item that is no longer failed gets no retry.
    expect(
      resolutionEffect(ex(`publish-failure--${CYCLE}.failed-2`, "publish-failure"), state(failed)).events,
    ).toHaveLength(1);
    const published = base(["proposed", "merged", "publish-failed", "published"]);
    expect(
      resolutionEffect(ex(`publish-failure--${CYCLE}.failed`, "publish-failure"), state(published)).events,
    ).toEqual([]);
  });

  it("refuses to resolve an email in doubt with a note: only publish-outcome says whether it went out", () => {
    expect(() =>
      resolutionEffect(
        ex(`publish-failure--${CYCLE}.unknown`, "publish-failure"),
        state(base(["proposed", "merged", "publishing"])),
      ),
    ).toThrow(`loopcast publish-outcome ${CYCLE} --sent | --not-sent`);
  });

  it("says what happens next for a demotion, a set-aside line, a rewritten ledger and a blocked item", () => {
    const demoted = {
      ...state(base(["proposed"])),
      autonomy: new Map([
        [
          "weekly-newsletter",
          [
            {
              type: "demoted",
              at: "x",
              workflow: "weekly-newsletter",
              from: "L4",
              to: "L3",
              trigger: "metric-drop",
              reason: "r",
              exception: "anomaly--weekly-newsletter.x",
            } as never,
          ],
        ],
      ]),
    };
    expect(
      resolutionEffect(
        ex("anomaly--weekly-newsletter.x", "anomaly", { workflow: "weekly-newsletter" }),
        demoted,
      ).says,
    ).toContain("lifts the demotion of weekly-newsletter");
    expect(
      resolutionEffect(ex(`anomaly--ledger.${CYCLE}.ab12`, "anomaly"), state(base(["proposed"]))).says,
    ).toBe(`${CYCLE} is no longer held for its set-aside ledger line`);
    expect(
      resolutionEffect(ex("tamper--ledger.abc", "tamper", { cycle: undefined }), state(new Map())).says,
    ).toContain("the runs plan and publish again");
    expect(
      resolutionEffect(
        ex(`guardrail--${CYCLE}.ab`, "guardrail"),
        state(base(["proposed", "merged", "blocked"])),
      ).says,
    ).toContain("stays held");
  });
});
