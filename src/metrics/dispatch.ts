// repository_dispatch (event type "loopcast-metrics"): how Zapier, Make or n8n push metrics. The payload's
// rows go through jsonValueToResult, the same code path as the elements of a JSON file.
import { jsonValueToResult } from "./json-reader.ts";
import type { ReadResult } from "./types.ts";
import { clip } from "./values.ts";

export const DISPATCH_EVENT_TYPE = "loopcast-metrics";

export interface DispatchSource {
  /** "dispatch:<source>", the name used in summaries and quarantine records */
  name: string;
  records: ReadResult[];
}

const SAFE_NAME = /[^A-Za-z0-9._-]+/g;

/**
 * Accepts the client_payload `{ source?, rows: [...] }`, or the whole event (`{ action, client_payload }`)
 * as GitHub delivers it. A row's line is its 1-based position in `rows`. A malformed payload becomes one
 * quarantine record (line 0) instead of an exception, so the run still says what was wrong.
 */
export function parseDispatchPayload(payload: unknown): DispatchSource {
  let body = payload as Record<string, unknown> | null;
  if (body && typeof body === "object" && "client_payload" in body) {
    const type = body.action ?? body.event_type;
    if (type !== undefined && type !== DISPATCH_EVENT_TYPE) {
      return refuse("dispatch", `event type "${String(type)}" is not "${DISPATCH_EVENT_TYPE}"`, payload);
    }
    body = body.client_payload as Record<string, unknown> | null;
  }
  const source = body && typeof body === "object" && typeof body.source === "string" ? body.source : "";
  const name = `dispatch:${source.replace(SAFE_NAME, "-").slice(0, 60) || "repository_dispatch"}`;
  if (!body || typeof body !== "object" || !Array.isArray(body.rows)) {
    return refuse(
      name,
      'client_payload has no "rows" array; send { "source": "zapier", "rows": [ { "cycle": …, "metrics": { … } } ] }',
      payload,
    );
  }
  const records = body.rows.map((row, i) => jsonValueToResult(row, i + 1, JSON.stringify(row)));
  if (records.length === 0) return refuse(name, 'client_payload has an empty "rows" array', payload);
  return { name, records };
}

function refuse(name: string, reason: string, payload: unknown): DispatchSource {
  let raw: string;
  try {
    raw = clip(JSON.stringify(payload) ?? String(payload), 2000);
  } catch {
    raw = String(payload);
  }
  return { name, records: [{ ok: false, line: 0, reason, raw, fatal: true }] };
}
