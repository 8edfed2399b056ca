import { describe, expect, it } from "vitest";
import { CHANNEL_KINDS } from "../channels/catalogue.ts";
import { isKnownMetric, KNOWN_METRICS, METRICS_BY_CHANNEL_TYPE } from "./catalogue.ts";

describe("metrics catalogue", () => {
  it("takes each channel kind's metrics from the channel catalogue, plus the generic social ones", () => {
    for (const kind of Object.values(CHANNEL_KINDS))
      expect(METRICS_BY_CHANNEL_TYPE[kind.type], kind.type).toBe(kind.metrics);
    expect(Object.keys(METRICS_BY_CHANNEL_TYPE).sort()).toEqual(
      [...Object.keys(CHANNEL_KINDS), "social"].sort(),
    );
    expect(isKnownMetric("bluesky", "quotes")).toBe(true);
    expect(isKnownMetric("mastodon", "quotes")).toBe(false);
    expect(KNOWN_METRICS.has("quotes")).toBe(true);
  });
});
