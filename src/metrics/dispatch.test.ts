import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DISPATCH_EVENT_TYPE, parseDispatchPayload } from "./dispatch.ts";
import { jsonValueToResult } from "./json-reader.ts";
import { brief, fixture } from "./test-helpers.ts";

describe("parseDispatchPayload", () => {
  it("reads the whole repository_dispatch event, flat and canonical rows alike", async () => {
    const event = JSON.parse(await readFile(fixture("dispatch-payload.json"), "utf8"));
    const { name, records } = parseDispatchPayload(event);
    expect(name).toBe("dispatch:zapier");
    expect(brief(records)).toEqual(["ok 1", "ok 2", "ok 3"]);
    expect(records[1]).toMatchObject({
      row: {
        url: "https://loopcast.dev/blog/benchmarks-before-autonomy/?utm_campaign=weekly",
        date: "2026-12-11",
        metrics: { views: 201, signups: 1 },
      },
    });
  });

  it("gives each row what a JSON file element gives (same code path)", () => {
    const row = {
      cycle: "weekly-blog@20261202T0800Z",
      date: "2026-12-02",
      metrics: { views: "1,204", click_rate: "4%" },
    };
    const fromPayload = parseDispatchPayload({ rows: [row] }).records[0];
    expect(fromPayload).toEqual(jsonValueToResult(row, 1, JSON.stringify(row)));
    expect(fromPayload).toMatchObject({ ok: true, row: { metrics: { views: 1204, click_rate: 0.04 } } });
  });

  it("quarantines malformed payloads instead of throwing", () => {
    expect(parseDispatchPayload({ source: "make" }).records).toEqual([
      expect.objectContaining({ ok: false, line: 0, reason: expect.stringMatching(/no "rows" array/) }),
    ]);
    expect(parseDispatchPayload(null).records[0]).toMatchObject({ ok: false, fatal: true });
    expect(parseDispatchPayload({ rows: [] }).records[0]).toMatchObject({
      ok: false,
      reason: 'client_payload has an empty "rows" array',
    });
    const wrong = parseDispatchPayload({ action: "deploy", client_payload: { rows: [{}] } });
    expect(wrong.records[0]).toMatchObject({
      ok: false,
      reason: `event type "deploy" is not "${DISPATCH_EVENT_TYPE}"`,
    });
    expect(brief(parseDispatchPayload({ rows: [{ metrics: { views: 1 } }, 7] }).records)).toEqual([
      "bad 1: row has no cycle, url, receipt id, Message-ID, subject or title, so it cannot be matched to a published item",
      "bad 2: row is 7, not an object",
    ]);
  });

  it("keeps the source name safe for a file name", () => {
    expect(parseDispatchPayload({ source: "n8n / prod", rows: [] }).name).toBe("dispatch:n8n-prod");
  });
});
