/* Generated from schemas/benchmarks.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

export type Benchmark = Benchmark1 & {
  /**
   * Lower-case id, unique in this file.
   */
  id: string;
  /**
   * Id of the workflow this benchmark judges.
   */
  workflow?: string;
  /**
   * Id of the channel whose items this benchmark judges.
   */
  channel?: string;
  /**
   * Metric name in snake_case, e.g. open_rate, click_rate, engagement_rate.
   */
  metric: string;
  /**
   * The metric must be at least this (rates are fractions: 0.35 = 35 %).
   */
  min?: number;
  /**
   * The metric must be at most this (e.g. a cost per lead ceiling).
   */
  max?: number;
  /**
   * Judge only once this much data is in, e.g. {metric: delivered, value: 200}.
   */
  minSample?: {
    /**
     * Count metric that measures the sample size.
     */
    metric: string;
    /**
     * Smallest sample that allows a verdict.
     */
    value: number;
  };
  /**
   * Measurement window after publishing, e.g. 7d.
   */
  window: string;
  /**
   * The benchmark the workflow's results are judged by (one per workflow): missing it three times in a row demotes the workflow, the 30-day review compares it against the approval-mode baseline, and the reports chart it and rank items by it.
   */
  primary?: boolean;
} & Benchmark2;
export type Benchmark1 = {
  [k: string]: unknown;
};
export type Benchmark2 = {
  [k: string]: unknown;
};

/**
 * marketing/benchmarks.yaml: what 'good' looks like, per workflow or channel, defined before the system steps back.
 */
export interface Benchmarks {
  /**
   * Format version of this file. Write `version: 1`.
   */
  version: 1;
  /**
   * Thresholds on metrics. Each names exactly one of `workflow` or `channel`.
   */
  benchmarks: Benchmark[];
}
