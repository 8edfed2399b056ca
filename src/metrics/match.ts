// Which published item a row measures: by cycle id, by channel receipt, or by URL. URLs are compared
// normalised, because exports add tracking parameters and trailing slashes that the ledger never had.
import type { MetricRow, PublishedItem } from "./types.ts";

export interface ItemIndex {
  byCycle: Map<string, PublishedItem>;
  byReceipt: Map<string, PublishedItem[]>;
  byUrl: Map<string, PublishedItem[]>;
  /** Path only ("/blog/post"), for analytics exports that leave out the host (GA4, Plausible). */
  byPath: Map<string, PublishedItem[]>;
}

export type MatchResult = { ok: true; item: PublishedItem } | { ok: false; reason: string };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildItemIndex(items: readonly PublishedItem[]): ItemIndex {
  const index: ItemIndex = { byCycle: new Map(), byReceipt: new Map(), byUrl: new Map(), byPath: new Map() };
  for (const item of items) {
    index.byCycle.set(item.cycle, item);
    if (item.receiptId) push(index.byReceipt, item.receiptId, item);
    const url = item.url ? normaliseUrl(item.url) : undefined;
    if (url) {
      push(index.byUrl, url, item);
      push(index.byPath, pathOf(url), item);
    }
  }
  return index;
}

/**
 * https://Example.com/blog/post/?utm_source=x#top → https://example.com/blog/post. Scheme and host are
 * lower-cased (http counts as https), utm_* parameters, the fragment, a default port and a trailing
 * slash dropped; other query parameters are kept (they may select a different page). Paths
 * ("/blog/post/") come back as paths.
 */
export function normaliseUrl(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const isPath = trimmed.startsWith("/") && !trimmed.startsWith("//");
  let url: URL;
  try {
    url = new URL(
      isPath
        ? `http://path.invalid${trimmed}`
        : /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
          ? trimmed
          : `https://${trimmed}`,
    );
  } catch {
    return undefined;
  }
  for (const key of [...url.searchParams.keys()]) {
    if (key.toLowerCase().startsWith("utm_")) url.searchParams.delete(key);
  }
  url.hash = "";
  const path = url.pathname.replace(/\/+$/, "");
  const query = url.searchParams.size ? `?${url.searchParams.toString()}` : "";
  // http and https name the same published page; exports disagree on which they print.
  const scheme = url.protocol === "http:" ? "https:" : url.protocol;
  return isPath ? `${path || "/"}${query}` : `${scheme}//${url.host}${path}${query}`;
}

function pathOf(normalised: string): string {
  if (normalised.startsWith("/")) return normalised;
  const rest = normalised.slice(normalised.indexOf("//") + 2);
  const slash = rest.search(/[/?]/);
  const path = slash < 0 ? "/" : rest.slice(slash);
  return path.startsWith("?") ? `/${path}` : path;
}

function describe(row: MetricRow): string {
  const keys: string[] = [];
  if (row.cycle) keys.push(`cycle=${row.cycle}`);
  if (row.receiptId) keys.push(`receiptId=${row.receiptId}`);
  if (row.url) keys.push(`url=${row.url}`);
  return keys.join(" / ");
}

function one(list: PublishedItem[] | undefined, what: string): MatchResult | undefined {
  if (!list?.length) return undefined;
  if (list.length === 1) return { ok: true, item: list[0] as PublishedItem };
  return {
    ok: false,
    reason: `${what} matches ${list.length} published items (${list.map((i) => i.cycle).join(", ")}); add a cycle column to say which`,
  };
}

/**
 * The item a row measures. Each identifier the row carries must agree: a row whose cycle and URL point
 * at different items is refused rather than credited to either.
 */
export function matchRow(row: MetricRow, index: ItemIndex): MatchResult {
  // The cycle id is authoritative: an unknown one is never rescued by a URL that happens to match.
  if (row.cycle && !index.byCycle.has(row.cycle)) {
    return { ok: false, reason: `no published item matches ${describe(row)}` };
  }
  const found: Array<{ by: string; result: MatchResult | undefined }> = [];
  if (row.cycle) {
    const item = index.byCycle.get(row.cycle);
    found.push({ by: `cycle=${row.cycle}`, result: item ? { ok: true, item } : undefined });
  }
  if (row.receiptId) {
    let list = index.byReceipt.get(row.receiptId);
    if (row.channel && list) list = list.filter((i) => i.channel === row.channel);
    found.push({ by: `receiptId=${row.receiptId}`, result: one(list, `receiptId=${row.receiptId}`) });
  }
  if (row.url) {
    const url = normaliseUrl(row.url);
    const map = url?.startsWith("/") ? index.byPath : index.byUrl;
    found.push({ by: `url=${row.url}`, result: url ? one(map.get(url), `url=${row.url}`) : undefined });
  }
  const failed = found.find((f) => f.result && !f.result.ok);
  if (failed?.result) return failed.result;
  const items = new Map<string, PublishedItem>();
  for (const f of found) if (f.result?.ok) items.set(f.result.item.cycle, f.result.item);
  if (items.size === 0) return { ok: false, reason: `no published item matches ${describe(row)}` };
  if (items.size > 1) {
    const pairs = found
      .filter((f) => f.result?.ok)
      .map((f) => `${f.by} → ${(f.result as { item: PublishedItem }).item.cycle}`);
    return { ok: false, reason: `the row's identifiers point at different items (${pairs.join("; ")})` };
  }
  const item = [...items.values()][0] as PublishedItem;
  if (row.channel && row.channel !== item.channel) {
    return {
      ok: false,
      reason: `row is for channel "${row.channel}" but ${item.cycle} was published on "${item.channel}"`,
    };
  }
  return { ok: true, item };
}
