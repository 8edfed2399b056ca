// Writes docs/metrics.md from the metric catalogue in code (src/metrics/catalogue.ts, meanings.ts and the
// column names of aliases.ts), so the page `validate` links to never drifts from what a benchmark may name
// and what an export's columns map to. `--check` exits 1 when the file is stale (run by gen:docs' callers).
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { columnNamesByTarget, IDENTIFIERS } from "../src/metrics/aliases.ts";
import {
  AVERAGE_WEIGHTS,
  DERIVED_RATES,
  type DerivedRate,
  KNOWN_METRICS,
  METRICS_BY_CHANNEL_TYPE,
  metricKind,
} from "../src/metrics/catalogue.ts";
import { DISPATCH_EVENT_TYPE } from "../src/metrics/dispatch.ts";
import { FIELD_MEANINGS, METRIC_MEANINGS } from "../src/metrics/meanings.ts";
import { PULLED } from "../src/metrics/pulled.ts";
import { DEFAULT_REQUESTS_PER_RUN, FINAL_GRACE_MS, MIN_INTERVAL_MS } from "../src/pipeline/pull-due.ts";
import { FAILURES_BEFORE_EXCEPTION } from "../src/pipeline/pull-metrics.ts";

const root = new URL("..", import.meta.url).pathname;
export const METRICS_DOC = "docs/metrics.md";

const code = (s: string) => `\`${s}\``;
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const list = (names: readonly string[]) => names.map(code).join(", ");

function formula(r: DerivedRate): string {
  return `${code(r.numerator)} / ${code(r.denominator)} (${r.channelTypes.join(", ")})`;
}

/** The channel kinds that pull a metric from their own API (src/metrics/pulled.ts). */
function pulledBy(metric: string): string[] {
  return Object.entries(PULLED)
    .filter(([, p]) => p && metric in p.metrics)
    .map(([kind]) => kind);
}

/** Where a metric's values come from: a file or a push, pulled where a kind reads it; rates also from counts. */
function origin(metric: string): string {
  const rates = DERIVED_RATES.filter((r) => r.metric === metric);
  const weights = AVERAGE_WEIGHTS[metric];
  const pulled = pulledBy(metric);
  const parts = [pulled.length ? `exported, pushed, pulled (${pulled.join(", ")})` : "exported, pushed"];
  if (rates.length) parts.push(`else computed: ${rates.map(formula).join("; else ")}`);
  if (weights?.length) parts.push(`days combined weighted by ${weights.map(code).join(", else ")}`);
  return parts.join("; ");
}

/** The part of the page on pulling: from the table in code and the pipeline's constants. */
function pulledSection(): string[] {
  const hours = MIN_INTERVAL_MS / 3_600_000;
  const graceDays = FINAL_GRACE_MS / 86_400_000;
  const out = [
    "## Pulled from the channels",
    "",
    "| channel kind | read from | items per request | metrics (the provider's field) | needs |",
    "|---|---|---|---|---|",
  ];
  for (const [kind, p] of Object.entries(PULLED)) {
    if (!p) continue;
    const metrics = Object.entries(p.metrics)
      .map(([m, field]) => `[${code(m)}](#${m}) (${code(field)})`)
      .join(", ");
    out.push(
      `| ${kind} | ${cell(p.source)} | ${p.perRequest} | ${metrics} | ${cell(p.needs ?? "the channel's own settings")} |`,
    );
  }
  out.push(
    "",
    "Other kinds are measured by exports and pushes only. What is pulled is each item's lifetime total as the",
    "channel counts it now (a row with `cycle` and no `date`), and it takes the inbox's path: validated, matched,",
    "stored with the value it replaces kept in `replaced`, and judged in the same commit (`loopcast: measure …`).",
    "",
    `- **Which items, how often**: a published item while one of its benchmark windows is open, first ${hours} hours`,
    `  after it went out and then at most every ${hours} hours (counts move over hours, and the verdict reads only`,
    "  the last pull), and once more just after its last window closes, so the verdict uses the final numbers;",
    `  an item whose window closed more than ${graceDays} days ago is not pulled. An item no benchmark judges is not pulled.`,
    `- **How much**: at most ${DEFAULT_REQUESTS_PER_RUN} requests a run over all channels (retries included;`,
    "  `measure.requestsPerRun` in strategy.yaml), shared equally between the channels with items due; the",
    "  items due longest are read first, and what is left waits for the next run.",
    "- **Faults**: a 429 (its `Retry-After`, or Mastodon's `X-RateLimit-Reset`), a 5xx, a 408 or a lost answer is",
    "  tried again with backoff, 3 tries and 30 s of waiting at most per request (a refused connection is not:",
    "  nobody listens there); then the channel is left to the next run. Another 4xx (a refused key) is not",
    "  retried: the run prints the provider's own words. Nothing is",
    "  stored before the measure commit, so an interrupted run never half-writes.",
    `- **A channel that keeps failing**: \`marketing/metrics/pulls.json\` (committed) counts the runs in a row whose pull`,
    `  from a channel failed; at ${FAILURES_BEFORE_EXCEPTION} an \`anomaly\` exception names the channel and the last error, and`,
    "  the next run whose pull from it works resolves that exception. The same file records when each item was",
    "  last read; deleting it costs only a few extra requests.",
    "- **Off**: `measure: { pull: false }` in strategy.yaml; secrets come from the environment variables the",
    "  channels name, never from the files.",
    "",
  );
  return out;
}

export function render(): string {
  const columns = columnNamesByTarget();
  const kinds = Object.entries(METRICS_BY_CHANNEL_TYPE);
  const metrics = [...KNOWN_METRICS];
  const reportedBy = (metric: string) =>
    kinds.filter(([, m]) => m !== "any" && m.includes(metric)).map(([kind]) => kind);
  const anyKinds = kinds.filter(([, m]) => m === "any").map(([kind]) => kind);
  const out = [
    "# Metrics",
    "",
    "Generated from the metric catalogue in code (`src/metrics/catalogue.ts`, `src/metrics/meanings.ts` and the",
    "column names of `src/metrics/aliases.ts`) by `npm run gen:docs`; do not edit by hand.",
    "",
    "A benchmark in `marketing/benchmarks.yaml` names a metric that its channel's kind reports (below);",
    "`loopcast validate` refuses any other and links here. Every value is stored per item, per measured day",
    "(or as the item's lifetime total when the row has no date).",
    "",
    "## Where the numbers come from",
    "",
    "- **Exported**: a CSV (with a header), JSON or NDJSON file a person or a scheduled job commits to",
    "  `marketing/metrics/inbox/`, read by the next run; or any such file given to `loopcast ingest FILE…`.",
    "  Column names are mapped to the names below (see [Column names](#column-names)).",
    `- **Pushed**: a \`repository_dispatch\` event of type \`${DISPATCH_EVENT_TYPE}\` whose \`client_payload\` is`,
    "  `{source, rows: [{cycle | url | receiptId, date?, metrics: {…}, spend?}]}` (what a Zapier, Make or n8n",
    "  step sends to GitHub's API); each row reads like one element of a JSON file.",
    "- **Pulled**: every run reads the numbers of published items still inside a benchmark window from",
    `  their channel's own API (${Object.keys(PULLED).join(", ")}; [below](#pulled-from-the-channels)), and \`loopcast measure\``,
    "  does it alone.",
    "",
    "All of them take one path: each row is validated against `schemas/metrics-row.schema.json` and matched to",
    "the item it measures by the columns that identify it (see [Column names](#column-names)); a row that",
    "cannot be used is kept in `marketing/metrics/quarantine/` with its reason.",
    "",
    ...pulledSection(),
    "## Kinds of metric",
    "",
    "| kind | which names | values | an item's days combined |",
    "|---|---|---|---|",
    "| count | every other name (`spend` too) | 0 to 1e15 | added up |",
    "| rate | names ending in `_rate` | a fraction from 0 to 1 (`42%` in an export becomes 0.42) | recomputed from its counts when they are known, else the days' mean weighted by the denominator |",
    "| average | names starting with `avg_` | 0 to 1e15 (`_s`: seconds; `1:23` and `1m 23s` are read too) | the days' mean, weighted by a count when one is known |",
    "",
    "When the reports combine several items (a week's), counts and averages are the mean per item, and rates",
    "come from the items' summed counts where they are known.",
    "",
    "## Metrics by channel kind",
    "",
    "| channel kind | metrics |",
    "|---|---|",
  ];
  for (const [kind, names] of kinds) {
    const shown =
      names === "any"
        ? "any snake_case name (e.g. `demo_requests`); an export declares one the catalogue does not know with a `metrics.<name>` column"
        : names.map((m) => `[${code(m)}](#${m})`).join(", ");
    out.push(`| ${kind} | ${shown} |`);
  }
  out.push(
    "",
    "## The metrics",
    "",
    "Each metric's column names are the names an export's header may use for it (after normalising, below).",
    ...(anyKinds.length
      ? [
          "",
          `Channels of kind ${anyKinds.join(", ")} accept every metric here, and any other snake_case name.`,
        ]
      : []),
    "",
    "| metric | kind | meaning | channel kinds | from | column names |",
    "|---|---|---|---|---|---|",
  );
  for (const m of metrics) {
    const kindsOf = reportedBy(m).join(", ");
    const meaning = (METRIC_MEANINGS as Readonly<Record<string, string>>)[m] ?? "";
    out.push(
      `| <a id="${m}"></a>${code(m)} | ${metricKind(m)} | ${cell(meaning)} | ${kindsOf} | ${cell(origin(m))} | ${list(columns.get(m) ?? [])} |`,
    );
  }
  const fields = Object.entries(FIELD_MEANINGS);
  out.push(
    "",
    "## Column names",
    "",
    "A header is normalised before it is looked up: a byte-order mark and the ends trimmed, lower-cased, and",
    'every run of other characters turned into one `_` — so "Unique Opens", "unique-opens" and "UNIQUE_OPENS"',
    'are all `unique_opens`, and "Open Rate (%)" is `open_rate`. A column that maps to nothing is reported as',
    "ignored, never dropped silently; when two columns map to the same name, the first is used. A column named",
    "`metrics.<name>` (or `metric.<name>`) is the metric `<name>` whatever the catalogue says, for webhook",
    "channels that measure anything. Which tool's export writes which of these names, and in what order a row's",
    "identifiers are tried: [exports.md](exports.md).",
    "",
    "The metrics' column names are in the table above. A row also needs a column that identifies its item",
    `(${IDENTIFIERS.map(code).join(", ")}); these columns are not metrics:`,
    "",
    "| field | meaning | column names |",
    "|---|---|---|",
  );
  for (const [field, meaning] of fields) {
    out.push(`| ${code(field)} | ${cell(meaning)} | ${list(columns.get(field) ?? [])} |`);
  }
  return `${out.join("\n")}\n`;
}

if (import.meta.main) {
  const path = join(root, METRICS_DOC);
  const text = render();
  if (process.argv.includes("--check")) {
    const current = await readFile(path, "utf8").catch(() => "");
    if (current !== text) {
      console.error(`${METRICS_DOC} is stale: run npm run gen:docs`);
      process.exit(1);
    }
  } else await writeFile(path, text);
}
