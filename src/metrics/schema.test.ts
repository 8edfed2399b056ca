import { readFile } from "node:fs/promises";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import schema from "../../schemas/metrics-row.schema.json" with { type: "json" };
import { isKnownMetric, KNOWN_METRICS, METRICS_BY_CHANNEL_TYPE } from "./catalogue.ts";
import { validateRow } from "./row.ts";
import { fixture } from "./test-helpers.ts";

/** Every schema object that declares properties gives each one a description (editor hints, docs). */
function undescribed(node: unknown, path = "#"): string[] {
  if (!node || typeof node !== "object") return [];
  const out: string[] = [];
  const obj = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    if (key === "properties" && value && typeof value === "object") {
      for (const [name, prop] of Object.entries(value as Record<string, { description?: string }>)) {
        if (!prop.description) out.push(`${path}/properties/${name}`);
      }
    }
    out.push(...undescribed(value, `${path}/${key}`));
  }
  return out;
}

describe("schemas/metrics-row.schema.json", () => {
  it("is draft-07, compiles in strict mode (as config/schemas.ts loads it) and describes every property", () => {
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    const ajv = new Ajv({
      allErrors: true,
      verbose: true,
      discriminator: true,
      strict: true,
      allowUnionTypes: true,
    });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    expect(() => ajv.compile(schema)).not.toThrow();
    expect(undescribed(schema)).toEqual([]);
  });

  it("accepts the canonical rows of the fixtures and refuses what it must", async () => {
    const { rows } = JSON.parse(await readFile(fixture("loopcast-rows.json"), "utf8")) as { rows: unknown[] };
    for (const row of rows) expect(validateRow(row)).toMatchObject({ ok: true });
    const bad: Array<[unknown, string]> = [
      [
        { metrics: { views: 1 } },
        "row has no cycle, url, receipt id, Message-ID, subject or title, so it cannot be matched to a published item",
      ],
      [
        { cycle: "weekly-blog@20261202T0800Z", metrics: {} },
        "row has no metric values and no spend (all cells empty)",
      ],
      [
        { url: "/x", metrics: { OpenRate: 0.1 } },
        'metric name "OpenRate" is not snake_case (like open_rate)',
      ],
      [
        { url: "/x", metrics: { views: 1 }, spend: 1, currency: "eur" },
        'currency "eur" is not a 3-letter ISO 4217 code like EUR',
      ],
      [
        { url: "/x", metrics: { views: 1 }, date: "2026-13-01" },
        'date "2026-13-01" is not a day like 2026-12-01',
      ],
      [{ url: "/x", metrics: { views: 1 }, tags: "hi" }, 'unknown property "tags" in the row'],
    ];
    for (const [row, reason] of bad) expect(validateRow(row)).toEqual({ ok: false, reason });
    expect(validateRow({ receiptId: "1", metrics: {}, spend: 3 })).toMatchObject({ ok: true });
  });
});

describe("METRICS_BY_CHANNEL_TYPE", () => {
  it("lists the metric names a benchmark may use per channel type; webhooks take any snake_case name", () => {
    expect(isKnownMetric("email", "open_rate")).toBe(true);
    expect(isKnownMetric("blog", "open_rate")).toBe(false);
    expect(isKnownMetric("mastodon", "engagement_rate")).toBe(true);
    expect(isKnownMetric("social", "reposts")).toBe(true);
    expect(isKnownMetric("webhook", "demo_requests")).toBe(true);
    expect(isKnownMetric("webhook", "Demo Requests")).toBe(false);
    expect(METRICS_BY_CHANNEL_TYPE.webhook).toBe("any");
    expect(KNOWN_METRICS.has("avg_time_s")).toBe(true);
  });
});
