// Which published item a row measures. A row may carry several identifiers (cycle id, receipt id,
// Message-ID, URL or permalink or path, e-mail subject, title, send time); each one that finds items
// narrows the candidates, one that finds nothing is passed over, and the row is credited only when exactly
// one item is left. Two items left (the same subject the same day) is ambiguous and quarantined, never
// guessed. URLs are compared normalised, because exports add tracking parameters and trailing slashes
// that the ledger never had. The order is documented in docs/exports.md.
import { inWindows, sendWindows } from "./send-time.ts";
import type { MetricRow, PublishedItem } from "./types.ts";

export interface ItemIndex {
  byCycle: Map<string, PublishedItem>;
  byReceipt: Map<string, PublishedItem[]>;
  /** Message-ID without its angle brackets. */
  byMessageId: Map<string, PublishedItem[]>;
  /** URL and permalink, normalised. */
  byUrl: Map<string, PublishedItem[]>;
  /** Path only ("/blog/post"), for analytics exports that leave out the host (GA4, Plausible). */
  byPath: Map<string, PublishedItem[]>;
  /** E-mail subject, folded (case and spacing). */
  bySubject: Map<string, PublishedItem[]>;
  /** Proposal title and cycle id, folded: a campaign may be named either way. */
  byTitle: Map<string, PublishedItem[]>;
}

export type MatchResult = { ok: true; item: PublishedItem } | { ok: false; reason: string };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildItemIndex(items: readonly PublishedItem[]): ItemIndex {
  const index: ItemIndex = {
    byCycle: new Map(),
    byReceipt: new Map(),
    byMessageId: new Map(),
    byUrl: new Map(),
    byPath: new Map(),
    bySubject: new Map(),
    byTitle: new Map(),
  };
  for (const item of items) {
    index.byCycle.set(item.cycle, item);
    if (item.receiptId) push(index.byReceipt, item.receiptId, item);
    if (item.messageId) push(index.byMessageId, bareMessageId(item.messageId), item);
    // A permalink equal to the URL is indexed once, so the item is not its own rival.
    const urls = new Set([item.url, item.permalink].flatMap((u) => (u ? [normaliseUrl(u)] : [])));
    for (const url of urls) {
      if (!url) continue;
      push(index.byUrl, url, item);
      push(index.byPath, pathOf(url), item);
    }
    if (item.subject) push(index.bySubject, fold(item.subject), item);
    const titles = new Set([item.cycle, item.title].flatMap((t) => (t ? [fold(t)] : [])));
    for (const t of titles) push(index.byTitle, t, item);
  }
  return index;
}

/** "<a@b>" and "a@b" name the same message. */
function bareMessageId(text: string): string {
  return text.trim().replace(/^<|>$/g, "");
}

/** Subjects and titles compared as people read them: case, accents' composition and spacing ignored. */
export function fold(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * Parameters that only say where a click came from; analytics tools and social networks add them to the
 * links they export (Instagram's igsh, Mailchimp's mc_cid, Facebook's fbclid). Lower case.
 */
const TRACKING = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igsh",
  "igshid",
  "ref_src",
]);

/**
 * https://www.Example.com/blog/post/?utm_source=x#top → https://example.com/blog/post. Scheme and host
 * are lower-cased (http counts as https, www. is dropped), utm_* and other tracking parameters, the
 * fragment, a default port and a trailing slash dropped; other query parameters are kept (they may select
 * a different page). Paths ("/blog/post/") come back as paths.
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
    const lower = key.toLowerCase();
    if (lower.startsWith("utm_") || TRACKING.has(lower)) url.searchParams.delete(key);
  }
  url.hash = "";
  const path = url.pathname.replace(/\/+$/, "");
  const query = url.searchParams.size ? `?${url.searchParams.toString()}` : "";
  // http and https name the same published page; exports disagree on which they print.
  const scheme = url.protocol === "http:" ? "https:" : url.protocol;
  // www.instagram.com and instagram.com serve the same post; exports and APIs disagree on which they print.
  const host = url.host.replace(/^www\./, "");
  return isPath ? `${path || "/"}${query}` : `${scheme}//${host}${path}${query}`;
}

function pathOf(normalised: string): string {
  if (normalised.startsWith("/")) return normalised;
  const rest = normalised.slice(normalised.indexOf("//") + 2);
  const slash = rest.search(/[/?]/);
  const path = slash < 0 ? "/" : rest.slice(slash);
  return path.startsWith("?") ? `/${path}` : path;
}

interface Step {
  /** How the row named the item, for reasons: `subject="Hello" sent Dec 01, 2026 09:00 am`. */
  by: string;
  items: PublishedItem[];
}

function describe(row: MetricRow): string {
  const keys: string[] = [];
  if (row.cycle) keys.push(`cycle=${row.cycle}`);
  if (row.receiptId) keys.push(`receiptId=${row.receiptId}`);
  if (row.messageId) keys.push(`messageId=${row.messageId}`);
  if (row.url) keys.push(`url=${row.url}`);
  if (row.subject) keys.push(`subject="${row.subject}"${sent(row)}`);
  if (row.title) keys.push(`title="${row.title}"${sent(row)}`);
  return keys.join(" / ");
}

function sent(row: MetricRow): string {
  return row.sentAt ? ` sent ${row.sentAt}` : "";
}

function cycles(items: readonly PublishedItem[]): string {
  return items.map((i) => i.cycle).join(", ");
}

/**
 * Items a subject or title names, kept to those sent within the row's send time (docs/exports.md gives
 * the tolerance). `outside` collects the ones the time ruled out, so the reason can say why.
 */
function byName(
  list: PublishedItem[] | undefined,
  row: MetricRow,
  outside: PublishedItem[],
): PublishedItem[] | string {
  if (!list?.length || !row.sentAt) return list ?? [];
  const windows = sendWindows(row.sentAt);
  if (!windows) {
    return `send time "${row.sentAt}" is not a date and time like 2026-12-01T09:00:00Z or Dec 01, 2026 09:00 am, so the subject or title cannot be told apart from others`;
  }
  const kept: PublishedItem[] = [];
  for (const item of list) {
    if (inWindows(Date.parse(item.sentAt ?? item.publishedAt), windows)) kept.push(item);
    else outside.push(item);
  }
  return kept;
}

/** The items each identifier of the row finds, in the documented order; a string is a refusal. */
function steps(row: MetricRow, index: ItemIndex, outside: PublishedItem[]): Step[] | string {
  const found: Step[] = [];
  if (row.cycle) {
    const item = index.byCycle.get(row.cycle);
    // The cycle id is authoritative: an unknown one is never rescued by a URL that happens to match.
    if (!item) return `no published item matches ${describe(row)}`;
    found.push({ by: `cycle=${row.cycle}`, items: [item] });
  }
  if (row.receiptId) {
    let list = index.byReceipt.get(row.receiptId) ?? [];
    if (row.channel) list = list.filter((i) => i.channel === row.channel);
    found.push({ by: `receiptId=${row.receiptId}`, items: list });
  }
  if (row.messageId) {
    found.push({
      by: `messageId=${row.messageId}`,
      items: index.byMessageId.get(bareMessageId(row.messageId)) ?? [],
    });
  }
  if (row.url) {
    const url = normaliseUrl(row.url);
    const map = url?.startsWith("/") ? index.byPath : index.byUrl;
    found.push({ by: `url=${row.url}`, items: (url && map.get(url)) || [] });
  }
  for (const [key, map] of [
    ["subject", index.bySubject],
    ["title", index.byTitle],
  ] as const) {
    const text = row[key];
    if (!text) continue;
    const items = byName(map.get(fold(text)), row, outside);
    if (typeof items === "string") return items;
    found.push({ by: `${key}="${text}"${sent(row)}`, items });
  }
  return found;
}

/**
 * The item a row measures. Identifiers are tried in order (cycle, receipt id, Message-ID, URL, subject,
 * title); each that finds items narrows the candidates, and they must agree: a row whose cycle and URL
 * point at different items is refused rather than credited to either.
 */
export function matchRow(row: MetricRow, index: ItemIndex): MatchResult {
  const outside: PublishedItem[] = [];
  const found = steps(row, index, outside);
  if (typeof found === "string") return { ok: false, reason: found };
  let candidates: PublishedItem[] | undefined;
  const used: Step[] = [];
  for (const step of found) {
    if (!step.items.length) continue;
    const narrowed = candidates ? step.items.filter((i) => candidates?.includes(i)) : step.items;
    if (!narrowed.length) {
      const pairs = [...used, step].map((s) => `${s.by} → ${cycles(s.items)}`);
      return { ok: false, reason: `the row's identifiers point at different items (${pairs.join("; ")})` };
    }
    candidates = narrowed;
    used.push(step);
  }
  if (!candidates) {
    const why = outside.length
      ? ` (${cycles(outside)} has that name but went out at ${outside.map((i) => i.sentAt ?? i.publishedAt).join(", ")}, outside the row's send time: 3 h either way, or any time zone's reading of it when the export names no zone)`
      : "";
    return { ok: false, reason: `no published item matches ${describe(row)}${why}` };
  }
  if (candidates.length > 1) {
    const by = used.map((s) => s.by).join(" and ");
    return {
      ok: false,
      reason: `${by} ${used.length > 1 ? "match" : "matches"} ${candidates.length} published items (${cycles(candidates)}); add a cycle column to say which`,
    };
  }
  const item = candidates[0] as PublishedItem;
  if (row.channel && row.channel !== item.channel) {
    return {
      ok: false,
      reason: `row is for channel "${row.channel}" but ${item.cycle} was published on "${item.channel}"`,
    };
  }
  return { ok: true, item };
}
