// Metrics in (files, repository_dispatch, a MetricsSource), benchmarks judged, spend settled, deltas.
export { aggregateMetrics, deriveRate, poolItems, type Range } from "./aggregate.ts";
export { columnTarget, normaliseHeader } from "./aliases.ts";
export {
  AVERAGE_WEIGHTS,
  type ChannelType,
  DERIVED_RATES,
  type DerivedRate,
  isKnownMetric,
  KNOWN_METRICS,
  METRICS_BY_CHANNEL_TYPE,
  metricKind,
} from "./catalogue.ts";
export { type DeltaInput, isoWeek, performanceDelta } from "./delta.ts";
export { DISPATCH_EVENT_TYPE, type DispatchSource, parseDispatchPayload } from "./dispatch.ts";
export { type IngestOptions, ingest } from "./ingest.ts";
export { benchmarkApplies, formatMetric, judgeItem } from "./judge.ts";
export { buildItemIndex, type ItemIndex, type MatchResult, matchRow, normaliseUrl } from "./match.ts";
export { quarantineBaseName } from "./quarantine.ts";
export { listInboxFiles, readMetricsFile, SUPPORTED_EXTENSIONS } from "./read.ts";
export { validateRow } from "./row.ts";
export { fromMetricsSource, InMemoryMetricsSource } from "./source.ts";
export { spendByItem } from "./spend.ts";
export { itemMetricsPath, readItemMetrics } from "./store.ts";
export type * from "./types.ts";
