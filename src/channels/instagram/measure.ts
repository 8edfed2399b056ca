// Pulling the numbers of published posts: one `GET /{media-id}/insights` per post, up to 50 of them in one
// Graph API batch request, as many batches as the run's request budget allows. Meta answers each operation
// of a batch on its own, so a post it refuses (deleted, too few viewers, a token that may not read it) is
// skipped with Meta's words while the others are stored.
//
// The metrics are today's (since v22.0 `impressions` is gone for new media; `views` replaced it) and are
// stored under Loopcast's social names: views → impressions, comments → replies, shares → reposts,
// saved → saves, total_interactions → engagements; reach and likes keep theirs.

import { ChannelError } from "../../errors.ts";
import { PULLED } from "../../metrics/pulled.ts";
import type { MetricRow, PublishedItem } from "../../metrics/types.ts";
import type { MeasureRequest, MeasureResult } from "../types.ts";
import { createGraph, graphError } from "./graph.ts";
import { instagramChannel, settingsOf } from "./settings.ts";

export const BATCH_SIZE = 50;

/** Meta's metric name → Loopcast's, from the table docs/metrics.md is written from (metrics/pulled.ts). */
export const METRIC_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PULLED.instagram?.metrics ?? {}).map(([ours, meta]) => [meta, ours]),
);

interface BatchAnswer {
  code?: number;
  body?: string;
}

export async function measureInsights(req: MeasureRequest): Promise<MeasureResult> {
  const channel = instagramChannel(req.channel);
  const settings = settingsOf(channel, req.env);
  let requests = 0;
  const graph = createGraph({
    channelId: channel.id,
    root: settings.root,
    token: settings.token,
    tokenEnv: channel.tokenEnv,
    sleep: req.sleep,
    onAttempt: () => void requests++,
  });
  const rows: MetricRow[] = [];
  const skipped: MeasureResult["skipped"] = [];
  const measurable = req.items.filter((item) => {
    if (item.receiptId) return true;
    skipped.push({ cycle: item.cycle, reason: "its receipt names no Instagram media id" });
    return false;
  });
  const metric = Object.keys(METRIC_NAMES).join(",");
  for (let start = 0; start < measurable.length; start += BATCH_SIZE) {
    const batch = measurable.slice(start, start + BATCH_SIZE);
    const budget = req.maxRequests - requests;
    if (budget <= 0) {
      skip(measurable.slice(start), "the run's request budget for this channel is spent; measured next run");
      break;
    }
    const ops = batch.map((item) => ({
      method: "GET",
      relative_url: `${encodeURIComponent(item.receiptId ?? "")}/insights?metric=${metric}`,
    }));
    let answers: Array<BatchAnswer | null>;
    try {
      answers = await graph.post<Array<BatchAnswer | null>>(
        "",
        { batch: JSON.stringify(ops), include_headers: "false" },
        `reading the insights of ${batch.length} post(s)`,
        Math.min(3, budget),
      );
    } catch (err) {
      // Nothing measured yet: the source failed as a whole. Otherwise keep what was read, skip the rest.
      if (!rows.length || !(err instanceof ChannelError) || !err.retryable) throw err;
      skip(measurable.slice(start), err.message);
      break;
    }
    for (const [i, item] of batch.entries()) {
      const answer = Array.isArray(answers) ? answers[i] : undefined;
      const result = readAnswer(answer, item, channel.id, channel.tokenEnv, settings.token);
      if ("row" in result) rows.push(result.row);
      else skipped.push({ cycle: item.cycle, reason: result.reason });
    }
  }
  return { rows, requests, skipped };

  function skip(items: readonly PublishedItem[], reason: string) {
    for (const item of items) skipped.push({ cycle: item.cycle, reason });
  }
}

function readAnswer(
  answer: BatchAnswer | null | undefined,
  item: PublishedItem,
  channelId: string,
  tokenEnv: string,
  token: string,
): { row: MetricRow } | { reason: string } {
  // Meta answers null for an operation that did not complete in time.
  if (!answer) return { reason: "Meta gave no answer for it in the batch; measured next run" };
  let body: unknown;
  try {
    body = JSON.parse(answer.body ?? "");
  } catch {
    return { reason: `Meta answered ${answer.code ?? "?"} without JSON` };
  }
  const code = answer.code ?? 0;
  if (code < 200 || code >= 300) {
    const err = graphError(
      { channelId, tokenEnv, token },
      code,
      body,
      answer.body ?? "",
      "reading its insights",
    );
    return { reason: err.message.replace(/^channel [^:]+: /, "") };
  }
  const metrics: Record<string, number> = {};
  for (const entry of (body as { data?: unknown[] }).data ?? []) {
    const e = entry as {
      name?: string;
      values?: Array<{ value?: unknown }>;
      total_value?: { value?: unknown };
    };
    const name = e.name ? METRIC_NAMES[e.name] : undefined;
    const value = e.values?.[0]?.value ?? e.total_value?.value;
    if (name && typeof value === "number" && Number.isFinite(value) && value >= 0) metrics[name] = value;
  }
  // An empty data set means Meta has no insights for it yet (they can lag up to 48 hours).
  if (!Object.keys(metrics).length) return { reason: "Instagram reports no insights for it yet" };
  return { row: { cycle: item.cycle, channel: item.channel, metrics } };
}
