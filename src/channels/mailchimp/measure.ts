// Mailchimp's own numbers for sent campaigns, from `GET /3.0/reports`: one request returns up to 1,000
// campaigns' reports (count, offset), limited to the campaigns sent since the oldest item still measured
// (since_send_time) and to the fields used (fields), so 500 items cost one request. Rates are Mailchimp's own,
// fractions of the delivered e-mails, as Loopcast keeps them.
import { ChannelError } from "../../errors.ts";
import { PULLED } from "../../metrics/pulled.ts";
import type { MetricRow, PublishedItem } from "../../metrics/types.ts";
import type { MeasureRequest, MeasureResult } from "../types.ts";
import { call, type MailchimpChannel, mailchimpApi } from "./api.ts";

/** Mailchimp's largest page. */
export const PAGE = PULLED.mailchimp?.perRequest ?? 1000;
/** Send times are compared with a margin: a scheduled campaign goes out on the quarter hour after its slot. */
const MARGIN_MS = 24 * 3_600_000;

/** A report as `GET /reports` gives it, limited to FIELDS. */
export type CampaignReport = { id: string } & Record<string, unknown>;

/** Metric → the report's field (dot notation), from src/metrics/pulled.ts; bounces and delivered are sums. */
const TABLE = PULLED.mailchimp?.metrics ?? {};
const PATH = /^[a-z_]+(\.[a-z_]+)*$/;
const FIELDS = [
  "id",
  "bounces.hard_bounces",
  "bounces.soft_bounces",
  ...Object.values(TABLE).filter((f) => PATH.test(f)),
];

export async function measureMailchimp(req: MeasureRequest): Promise<MeasureResult> {
  const channel = req.channel as MailchimpChannel;
  const api = mailchimpApi(channel, req.env);
  const skipped: MeasureResult["skipped"] = [];
  const wanted = new Map<string, PublishedItem>();
  for (const item of req.items) {
    if (item.receiptId) wanted.set(item.receiptId, item);
    else skipped.push({ cycle: item.cycle, reason: "its receipt names no campaign id" });
  }
  const rows: MetricRow[] = [];
  let requests = 0;
  let stopped: string | undefined;
  if (wanted.size) {
    const oldest = Math.min(...[...wanted.values()].map((i) => Date.parse(i.sentAt ?? i.publishedAt)));
    const since = new Date((Number.isNaN(oldest) ? req.now.getTime() : oldest) - MARGIN_MS).toISOString();
    for (let offset = 0; wanted.size > 0; offset += PAGE) {
      const left = req.maxRequests - requests;
      if (left <= 0) {
        stopped = "this run's request budget is spent; the next run reads it";
        break;
      }
      let page: { reports?: CampaignReport[]; total_items?: number };
      try {
        page = await call(api, {
          method: "GET",
          path: "/reports",
          query: {
            type: "regular",
            since_send_time: since,
            count: PAGE,
            offset,
            fields: [...FIELDS.map((f) => `reports.${f}`), "total_items"].join(","),
          },
          what: "read the campaigns' reports",
          retry: { sleep: req.sleep, attempts: Math.min(3, left), onAttempt: () => requests++ },
        });
      } catch (err) {
        // A source that fails before any number is read has failed as a whole; a later page only ends this run.
        if (!rows.length || !(err instanceof ChannelError)) throw err;
        stopped = `${err.message}`;
        break;
      }
      const reports = page.reports ?? [];
      for (const r of reports) {
        const item = wanted.get(r.id);
        if (!item) continue;
        wanted.delete(r.id);
        rows.push({ cycle: item.cycle, receiptId: r.id, channel: channel.id, metrics: metricsOf(r) });
      }
      if (reports.length < PAGE || offset + PAGE >= (page.total_items ?? 0)) break;
    }
  }
  for (const [id, item] of wanted)
    skipped.push({
      cycle: item.cycle,
      reason: stopped ?? `Mailchimp has no report for campaign ${id} (not sent yet, or deleted)`,
    });
  return { rows, requests, skipped };
}

/** A report as Loopcast's e-mail metrics (docs/metrics.md); numbers Mailchimp left out stay out. */
export function metricsOf(r: CampaignReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [metric, field] of Object.entries(TABLE)) {
    const v = PATH.test(field) ? at(r, field) : undefined;
    if (v !== undefined) out[metric] = v;
  }
  const hard = at(r, "bounces.hard_bounces");
  const soft = at(r, "bounces.soft_bounces");
  if (hard !== undefined || soft !== undefined) {
    out.bounces = (hard ?? 0) + (soft ?? 0);
    // Mailchimp's "successful deliveries": what its open and click rates are fractions of.
    if (out.sent !== undefined) out.delivered = out.sent - out.bounces;
  }
  return out;
}

/** The finite number at a dotted path of the report, if any. */
function at(r: CampaignReport, path: string): number | undefined {
  let v: unknown = r;
  for (const key of path.split("."))
    v = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}
