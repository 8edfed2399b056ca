// repository_dispatch (type "loopcast-metrics"): metrics pushed by another system (Zapier, Make, n8n, a
// script). This checks the payload's shape, hands it to the metrics ingest the Action was given, and
// commits what the ingest wrote.
import type { Config } from "../config/types.ts";
import { UsageError } from "../errors.ts";

export const DISPATCH_EVENT_TYPE = "loopcast-metrics";

export interface IngestResult {
  accepted: number;
  quarantined: number;
  /** Files the ingest wrote, relative to the repository root, to be committed. */
  paths: string[];
  /** One line for the job summary. */
  summary?: string;
}

/** The metrics ingest: runAction passes ActionOptions.ingest, else ingestMetrics (metrics-ingest.ts). */
export type MetricsIngest = (input: {
  payload: unknown;
  config: Config;
  repoDir: string;
  now: Date;
}) => Promise<IngestResult>;

export interface DispatchContext {
  ingest: MetricsIngest;
  config: Config;
  repoDir: string;
  now: Date;
  commit(message: string, paths: string[]): Promise<string | undefined>;
}

export interface DispatchOutcome extends IngestResult {
  commit?: string;
}

/** Validates `client_payload.rows`, ingests, commits. Throws a clear error for a malformed payload. */
export async function ingestDispatch(payload: unknown, ctx: DispatchContext): Promise<DispatchOutcome> {
  const client = (payload as { client_payload?: unknown } | null)?.client_payload;
  const rows = (client as { rows?: unknown } | null | undefined)?.rows;
  if (!client || typeof client !== "object" || !Array.isArray(rows)) {
    throw new UsageError(
      'the repository_dispatch payload has no client_payload.rows array; send {"event_type": "loopcast-metrics", "client_payload": {"source": "zapier", "rows": [{"cycle": "…", "metrics": {…}}]}}',
    );
  }
  const result = await ctx.ingest({ payload, config: ctx.config, repoDir: ctx.repoDir, now: ctx.now });
  const commit = await ctx.commit(
    `loopcast: ingest ${result.accepted} metric row(s) from repository_dispatch`,
    result.paths,
  );
  return { ...result, ...(commit ? { commit } : {}) };
}
