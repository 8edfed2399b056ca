// docs/metrics.md is generated from the metric catalogue in code; these tests keep the committed page
// current, check that it shows every metric with its meaning and column names, and that `validate`'s hint
// for a metric a channel does not report points at a part of the page that exists.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { METRICS_DOC, render } from "../../scripts/gen-metrics-doc.ts";
import type { ChannelType } from "../../src/channels/catalogue.ts";
import { CHANNELS } from "../../src/channels/registry.ts";
import { loadConfig } from "../../src/config/load.ts";
import { columnNamesByTarget, columnTarget } from "../../src/metrics/aliases.ts";
import { KNOWN_METRICS, METRICS_BY_CHANNEL_TYPE, metricKind } from "../../src/metrics/catalogue.ts";
import { FIELD_MEANINGS, METRIC_MEANINGS } from "../../src/metrics/meanings.ts";
import { PULLED } from "../../src/metrics/pulled.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const meanings: Readonly<Record<string, string>> = METRIC_MEANINGS;

/** The row of the metrics table that describes `metric`. */
function metricRow(page: string, metric: string): string | undefined {
  return page.split("\n").find((l) => l.startsWith(`| <a id="${metric}"></a>\`${metric}\` |`));
}

describe("docs/metrics.md", () => {
  it("is current with the catalogue (npm run gen:docs)", async () => {
    expect(await readFile(join(ROOT, METRICS_DOC), "utf8")).toBe(render());
  });

  it("has one row per metric of the catalogue, with its kind, meaning, channel kinds and column names", () => {
    const page = render();
    const columns = columnNamesByTarget();
    expect(KNOWN_METRICS.size).toBeGreaterThan(10);
    for (const metric of KNOWN_METRICS) {
      const row = metricRow(page, metric);
      expect(row, `no row for ${metric}`).toBeDefined();
      const cells = (row ?? "").split(" | ");
      expect(cells[1]).toBe(metricKind(metric));
      expect(cells[2]).toBe(meanings[metric]);
      const kinds = Object.entries(METRICS_BY_CHANNEL_TYPE)
        .filter(([, names]) => names !== "any" && names.includes(metric))
        .map(([kind]) => kind);
      expect(cells[3]).toBe(kinds.join(", "));
      // Every column name that maps to the metric is listed, and each one really maps to it.
      const names = columns.get(metric) ?? [];
      expect(names).toContain(metric);
      for (const name of names) {
        expect(cells[5]).toContain(`\`${name}\``);
        expect(columnTarget(name)).toEqual(metric === "spend" ? { field: "spend" } : { metric });
      }
    }
  });

  it("claims a pull only for kinds whose adapter measures", async () => {
    for (const kind of Object.keys(PULLED) as ChannelType[])
      expect((await CHANNELS[kind].load()).measure, `${kind} has no measure`).toBeTypeOf("function");
    const page = render();
    expect(page).toContain("**Pulled**: every run reads");
    expect(metricRow(page, "quotes")).toContain("exported, pushed, pulled (bluesky)");
    expect(metricRow(page, "avg_time_s")).not.toContain("pulled");
  });

  it("names every channel kind and where the values come from", () => {
    const page = render();
    for (const kind of Object.keys(METRICS_BY_CHANNEL_TYPE))
      expect(page).toMatch(new RegExp(`^\\| ${kind} \\|`, "m"));
    expect(page).toContain("marketing/metrics/inbox/");
    expect(page).toContain("`repository_dispatch` event of type `loopcast-metrics`");
    // A rate that derives from counts says from which.
    expect(metricRow(page, "open_rate")).toContain(
      "else computed: `unique_opens` / `delivered` (email, mailchimp)",
    );
  });

  it("lists the fields with their column names", () => {
    const page = render();
    for (const [field, meaning] of Object.entries(FIELD_MEANINGS)) {
      const row = page.split("\n").find((l) => l.startsWith(`| \`${field}\` |`));
      expect(row, `no row for field ${field}`).toContain(meaning);
      for (const name of columnNamesByTarget().get(field) ?? []) expect(row).toContain(`\`${name}\``);
    }
  });
});

describe("the meanings of the metrics (src/metrics/meanings.ts)", () => {
  it("give one line for each metric of the catalogue and for no other name", () => {
    expect(Object.keys(METRIC_MEANINGS).sort()).toEqual([...KNOWN_METRICS].sort());
    for (const [metric, meaning] of Object.entries(meanings)) {
      expect(meaning.trim(), metric).not.toBe("");
      expect(meaning, metric).not.toContain("\n");
    }
  });
});

/** GitHub's anchor for a heading: lower-cased, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .replace(/ /g, "-");

describe("validate's hint for a metric the channel does not report", () => {
  it("links to a heading of docs/metrics.md", async () => {
    const example = join(ROOT, "marketing");
    const dir = await mkdtemp(join(tmpdir(), "loopcast-metrics-doc-"));
    await cp(example, dir, {
      recursive: true,
      filter: (src) =>
        !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
          src.slice(example.length),
        ),
    });
    const benchmarks = join(dir, "benchmarks.yaml");
    const text = await readFile(benchmarks, "utf8");
    expect(text).toContain("metric: open_rate");
    await writeFile(benchmarks, text.replace("metric: open_rate", "metric: retweets"));
    const { problems } = await loadConfig(dir);
    const problem = problems.find((p) => p.message.includes('metric "retweets" is not reported'));
    expect(problem?.file).toMatch(/benchmarks\.yaml$/);
    const link = /(docs\/metrics\.md)#([a-z0-9_-]+)/.exec(problem?.hint ?? "");
    expect(link?.[1]).toBe(METRICS_DOC);
    const headings = render()
      .split("\n")
      .filter((l) => l.startsWith("#"))
      .map((l) => slug(l.replace(/^#+\s*/, "")));
    expect(headings).toContain(link?.[2]);
  });
});
