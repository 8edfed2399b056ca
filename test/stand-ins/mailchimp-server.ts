// A stateful stand-in for the part of Mailchimp's Marketing API v3 that Loopcast uses, following its published
// reference (mailchimp.com/developer/marketing/api/): HTTP Basic auth with any user name and the API key as
// password (any other key: 401 "API Key Invalid"); `GET /3.0/ping`; `GET /3.0/lists/{list_id}`;
// `GET /3.0/campaigns` (count ≤ 1000, offset, status, list_id, since_/before_create_time, sort_field
// create_time, sort_dir, `fields` with dot notation; answer `{campaigns, total_items}`); `POST /3.0/campaigns`
// (type, recipients.list_id, settings.subject_line/preview_text/title/from_name/reply_to; answer the campaign
// with id, web_id, status "save", archive_url, long_archive_url); `GET` and `PATCH /3.0/campaigns/{id}`;
// `PUT /3.0/campaigns/{id}/content` (`html`; answer `{plain_text, html}`); `GET …/send-checklist`
// (`{is_ready, items: [{type, id, heading, details}]}`); `POST …/actions/send` and `POST …/actions/schedule`
// (`schedule_time` on the quarter hour; both answer 204 No Content, and refuse a campaign whose checklist is not
// ready with 400 "Your Campaign is not ready to send."); `GET /3.0/reports` (count ≤ 1000, offset,
// since_/before_send_time, `fields`; answer `{reports, total_items}` with emails_sent, unsubscribed,
// bounces, opens and clicks as the reference names them) and `GET /3.0/reports/{id}`. Errors are problem
// details (`application/problem+json`: type, title, status, detail, instance; `errors` for invalid fields).
//
// What the stand-in decides for itself (Mailchimp does not publish it): the wording of checklist items, and how
// a report grows: from the send time, over 48 hours, a fixed share of the list opens and clicks (below), so a
// test that moves the clock sees numbers grow. A scheduled campaign becomes "sent" when the clock passes its
// time. Tests inject faults (the next N requests answer 429 with Retry-After, or 5xx as a proxy would), read
// a request log that never holds the key, hear of each request before it is answered (`onRequest`), and
// `reset()` between trials.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface MailchimpList {
  id: string;
  name: string;
  /** Subscribed members: how many e-mails a campaign to the list sends. */
  members: number;
}

export interface Campaign {
  id: string;
  web_id: number;
  type: string;
  create_time: string;
  archive_url: string;
  long_archive_url: string;
  status: "save" | "schedule" | "sending" | "sent" | "canceled";
  emails_sent: number;
  send_time: string;
  content_type: "html";
  recipients: { list_id: string; list_name: string; recipient_count: number };
  settings: {
    subject_line: string;
    preview_text: string;
    title: string;
    from_name: string;
    reply_to: string;
  };
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  /** Whether the right key came with the request; the key itself is never logged. */
  authorized: boolean;
  body?: unknown;
}

export interface MailchimpStandInOptions {
  apiKey: string;
  lists?: MailchimpList[];
  /** Domains whose reply-to addresses Mailchimp has verified; absent: every domain. */
  verifiedDomains?: string[];
  now?: () => Date;
  /** Called with each request once its body is read, before it is handled (a test may stop the client). */
  onRequest?: (request: LoggedRequest) => void;
}

export interface MailchimpStandIn {
  /** API root, e.g. http://127.0.0.1:41234/3.0 (the channel's baseUrl). */
  url: string;
  campaigns: ReadonlyMap<string, Campaign & { html?: string }>;
  requests: LoggedRequest[];
  /** The next `count` requests answer `status` (429 with Retry-After: `retryAfter` s, default 2; 5xx as HTML). */
  failNext(count: number, status: number, retryAfter?: number): void;
  /** A sent campaign created directly, as if sent long ago by hand (for measuring many). */
  seedSent(settings: { title: string; subject: string; sendTime: string; listId?: string }): Campaign;
  /** Forgets every campaign, logged request and pending fault: a new account, same URL and lists. */
  reset(): void;
  close(): Promise<void>;
}

const ERRORS_DOC = "https://mailchimp.com/developer/marketing/docs/errors/";
const MAX_COUNT = 1000;
const GROWTH_HOURS = 48;

export async function startMailchimpServer(options: MailchimpStandInOptions): Promise<MailchimpStandIn> {
  const now = options.now ?? (() => new Date());
  const dc = /-(us\d+)$/.exec(options.apiKey)?.[1] ?? "us1";
  const lists = options.lists ?? [{ id: "a1b2c3d4e5", name: "Newsletter", members: 1000 }];
  const campaigns = new Map<string, Campaign & { html?: string }>();
  const requests: LoggedRequest[] = [];
  const faults: Array<{ status: number; retryAfter: number }> = [];
  let nextWebId = 4_000_001;
  let base = "";

  const problem = (status: number, title: string, detail: string, errors?: unknown[]) => ({
    type: ERRORS_DOC,
    title,
    status,
    detail,
    instance: randomUUID(),
    ...(errors ? { errors } : {}),
  });

  /** A scheduled campaign whose time has come is sent: Mailchimp does it on its own clock. */
  const settle = () => {
    for (const c of campaigns.values())
      if (c.status === "schedule" && Date.parse(c.send_time) <= now().getTime()) markSent(c, c.send_time);
  };
  const markSent = (c: Campaign, at: string) => {
    c.status = "sent";
    c.send_time = at;
    c.emails_sent = c.recipients.recipient_count;
  };

  const create = (settings: Campaign["settings"], listId: string): Campaign & { html?: string } => {
    const list = lists.find((l) => l.id === listId) as MailchimpList;
    const id = randomUUID().replace(/-/g, "").slice(0, 10);
    const webId = nextWebId++;
    const campaign = {
      id,
      web_id: webId,
      type: "regular",
      create_time: now().toISOString(),
      archive_url: `http://eepurl.com/i${webId.toString(36)}`,
      long_archive_url: `https://${dc}.campaign-archive.com/?u=0f1e2d3c4b5a69788796a5b4c&id=${id}`,
      status: "save" as const,
      emails_sent: 0,
      send_time: "",
      content_type: "html" as const,
      recipients: { list_id: list.id, list_name: list.name, recipient_count: list.members },
      settings,
    };
    campaigns.set(id, campaign);
    return campaign;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname.replace(/\/+$/, "");
    const query = Object.fromEntries(url.searchParams);
    const authorized = keyOf(req.headers.authorization) === options.apiKey;
    const entry: LoggedRequest = { method: req.method ?? "GET", path, query, status: 0, authorized };
    requests.push(entry);
    const body = await readJson(req);
    if (body !== undefined) entry.body = body;
    options.onRequest?.(entry);
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      if (payload === undefined) {
        res.writeHead(status, headers);
        return res.end();
      }
      const type = status >= 400 ? "application/problem+json" : "application/json; charset=utf-8";
      res.writeHead(status, { "Content-Type": type, ...headers });
      res.end(JSON.stringify(payload));
    };

    const fault = faults.shift();
    if (fault) {
      if (fault.status === 429)
        return send(
          429,
          problem(429, "Too Many Requests", "You have exceeded the limit of 10 simultaneous connections."),
          { "Retry-After": String(fault.retryAfter) },
        );
      entry.status = fault.status;
      res.writeHead(fault.status, { "Content-Type": "text/html" });
      return res.end(`<html><body><h1>${fault.status} Service Unavailable</h1></body></html>`);
    }

    if (!req.headers.authorization)
      return send(401, problem(401, "API Key Missing", "Your request did not include an API key."));
    if (!authorized)
      return send(
        401,
        problem(
          401,
          "API Key Invalid",
          "Your API key may be invalid, or you've attempted to access the wrong datacenter.",
        ),
      );
    settle();
    const notFound = () =>
      send(404, problem(404, "Resource Not Found", "The requested resource could not be found."));
    const m = /^\/3\.0(\/.*)?$/.exec(path);
    if (!m) return notFound();
    const route = m[1] ?? "/";
    const fields = query.fields?.split(",").filter(Boolean);

    if (req.method === "GET" && route === "/ping")
      return send(200, { health_status: "Everything's Chimpy!" });

    const list = /^\/lists\/([^/]+)$/.exec(route);
    if (req.method === "GET" && list) {
      const l = lists.find((x) => x.id === list[1]);
      return l ? send(200, { id: l.id, name: l.name, stats: { member_count: l.members } }) : notFound();
    }

    if (route === "/campaigns" && req.method === "GET") {
      let found = [...campaigns.values()];
      if (query.status) found = found.filter((c) => c.status === query.status);
      if (query.list_id) found = found.filter((c) => c.recipients.list_id === query.list_id);
      const since = query.since_create_time ? Date.parse(query.since_create_time) : undefined;
      const before = query.before_create_time ? Date.parse(query.before_create_time) : undefined;
      if (since !== undefined) found = found.filter((c) => Date.parse(c.create_time) >= since);
      if (before !== undefined) found = found.filter((c) => Date.parse(c.create_time) < before);
      if (query.sort_dir === "DESC") found.reverse();
      const page = paginate(found, query);
      return send(200, pick({ campaigns: page.map(view), total_items: found.length }, fields));
    }

    if (route === "/campaigns" && req.method === "POST") {
      const b = (body ?? {}) as {
        type?: string;
        recipients?: { list_id?: string };
        settings?: Partial<Campaign["settings"]>;
      };
      const errors: Array<{ field: string; message: string }> = [];
      if (!["regular", "plaintext", "absplit", "rss", "variate"].includes(b.type ?? ""))
        errors.push({ field: "type", message: "Value is not one of the allowed values." });
      const listId = b.recipients?.list_id ?? "";
      if (!lists.some((l) => l.id === listId))
        errors.push({ field: "recipients.list_id", message: `The list "${listId}" does not exist.` });
      const reply = b.settings?.reply_to;
      if (reply !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(reply))
        errors.push({ field: "settings.reply_to", message: "This value should be a valid email." });
      if (errors.length)
        return send(
          400,
          problem(
            400,
            "Invalid Resource",
            "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
            errors,
          ),
        );
      const s = b.settings ?? {};
      const campaign = create(
        {
          subject_line: s.subject_line ?? "",
          preview_text: s.preview_text ?? "",
          title: s.title ?? "",
          from_name: s.from_name ?? "",
          reply_to: s.reply_to ?? "",
        },
        listId,
      );
      return send(200, view(campaign));
    }

    const one =
      /^\/campaigns\/([^/]+)(\/content|\/send-checklist|\/actions\/send|\/actions\/schedule)?$/.exec(route);
    if (one) {
      const campaign = campaigns.get(one[1] as string);
      if (!campaign) return notFound();
      const action = `${req.method} ${one[2] ?? ""}`;
      if (action === "GET ") return send(200, pick(view(campaign), fields));
      if (action === "PATCH ") {
        if (campaign.status !== "save")
          return send(
            400,
            problem(400, "Bad Request", "You cannot update a campaign that was sent or scheduled."),
          );
        const s = (body as { settings?: Partial<Campaign["settings"]> } | undefined)?.settings ?? {};
        Object.assign(campaign.settings, s);
        return send(200, view(campaign));
      }
      if (action === "PUT /content") {
        if (campaign.status !== "save")
          return send(
            400,
            problem(
              400,
              "Bad Request",
              "You cannot update the content of a campaign that was sent or scheduled.",
            ),
          );
        const html = (body as { html?: unknown } | undefined)?.html;
        if (typeof html !== "string")
          return send(
            400,
            problem(400, "Invalid Resource", "The resource submitted could not be validated.", [
              { field: "html", message: "Provide the html of the campaign." },
            ]),
          );
        campaign.html = html;
        return send(200, { plain_text: html.replace(/<[^>]*>/g, ""), html });
      }
      if (action === "GET /send-checklist") return send(200, checklist(campaign));
      if (action === "POST /actions/send" || action === "POST /actions/schedule") {
        if (campaign.status !== "save")
          return send(
            400,
            problem(
              400,
              "Bad Request",
              `This campaign cannot be sent because it has the status "${campaign.status}".`,
            ),
          );
        if (!checklist(campaign).is_ready)
          return send(400, problem(400, "Bad Request", "Your Campaign is not ready to send."));
        if (action === "POST /actions/send") {
          markSent(campaign, now().toISOString());
          return send(204);
        }
        const at = (body as { schedule_time?: unknown } | undefined)?.schedule_time;
        const when = typeof at === "string" ? new Date(at) : new Date(Number.NaN);
        if (Number.isNaN(when.getTime()) || when.getTime() <= now().getTime())
          return send(
            400,
            problem(400, "Invalid Resource", "The resource submitted could not be validated.", [
              { field: "schedule_time", message: "Schedule time must be a date and time in the future." },
            ]),
          );
        if (when.getUTCMinutes() % 15 !== 0 || when.getUTCSeconds() !== 0 || when.getUTCMilliseconds() !== 0)
          return send(
            400,
            problem(400, "Invalid Resource", "The resource submitted could not be validated.", [
              {
                field: "schedule_time",
                message: "Campaigns may only be scheduled on the quarter-hour (:00, :15, :30, :45).",
              },
            ]),
          );
        campaign.status = "schedule";
        campaign.send_time = when.toISOString();
        return send(204);
      }
      return notFound();
    }

    if (req.method === "GET" && route === "/reports") {
      const since = query.since_send_time ? Date.parse(query.since_send_time) : undefined;
      const before = query.before_send_time ? Date.parse(query.before_send_time) : undefined;
      const sent = [...campaigns.values()]
        .filter((c) => c.status === "sent" || c.status === "sending")
        .filter((c) => since === undefined || Date.parse(c.send_time) >= since)
        .filter((c) => before === undefined || Date.parse(c.send_time) < before)
        .sort((a, b) => Date.parse(b.send_time) - Date.parse(a.send_time));
      const page = paginate(sent, query);
      return send(
        200,
        pick({ reports: page.map((c) => report(c, now())), total_items: sent.length }, fields),
      );
    }
    const oneReport = /^\/reports\/([^/]+)$/.exec(route);
    if (req.method === "GET" && oneReport) {
      const c = campaigns.get(oneReport[1] as string);
      if (!c || (c.status !== "sent" && c.status !== "sending")) return notFound();
      return send(200, pick(report(c, now()), fields));
    }
    return notFound();
  });

  function checklist(c: Campaign & { html?: string }) {
    const items: Array<{ type: "success" | "error"; id: number; heading: string; details: string }> = [];
    const check = (ok: boolean, heading: string, good: string, bad: string) =>
      items.push({ type: ok ? "success" : "error", id: items.length + 1, heading, details: ok ? good : bad });
    check(
      Boolean(c.settings.subject_line),
      "Subject line",
      "Your subject line is set.",
      "Add a subject line.",
    );
    check(Boolean(c.settings.from_name), "From name", "Your from name is set.", "Add a from name.");
    const domain = c.settings.reply_to.split("@")[1]?.toLowerCase() ?? "";
    check(
      Boolean(c.settings.reply_to) && (!options.verifiedDomains || options.verifiedDomains.includes(domain)),
      "From email address",
      "Your from email address is verified.",
      `Verify the domain ${domain || "of your from email address"} before sending from it.`,
    );
    check(c.html !== undefined, "Content", "Your campaign has content.", "Add content to your campaign.");
    check(
      c.html === undefined || c.html.includes("*|UNSUB|*"),
      "Unsubscribe link",
      "Your campaign includes an unsubscribe link.",
      "Your campaign must include the *|UNSUB|* merge tag so subscribers can opt out.",
    );
    return { is_ready: items.every((i) => i.type === "success"), items };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/3.0`;
  return {
    url: base,
    campaigns,
    requests,
    failNext(count, status, retryAfter = 2) {
      for (let i = 0; i < count; i++) faults.push({ status, retryAfter });
    },
    seedSent({ title, subject, sendTime, listId }) {
      const l = listId ?? (lists[0] as MailchimpList).id;
      const c = create(
        { subject_line: subject, preview_text: "", title, from_name: "Seed", reply_to: "a@b.example" },
        l,
      );
      c.create_time = sendTime;
      c.html = "<p>seed *|UNSUB|*</p>";
      markSent(c, sendTime);
      return c;
    },
    reset() {
      campaigns.clear();
      requests.length = 0;
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A report as the reference shapes it, from the campaign's send time: 1 % hard and 0.5 % soft bounces at once;
 * then, growing linearly over 48 hours, 45 % of the delivered open (1.4 opens each), 6 % click (1.7 clicks each,
 * 1.2 links each), 0.3 % unsubscribe. Rates are fractions of the delivered, as Mailchimp gives them.
 */
export function report(c: Campaign, at: Date) {
  const n = c.emails_sent;
  const hours = Math.max(0, (at.getTime() - Date.parse(c.send_time)) / 3_600_000);
  const f = Math.min(1, hours / GROWTH_HOURS);
  const hard = Math.floor(n * 0.01);
  const soft = Math.floor(n * 0.005);
  const delivered = n - hard - soft;
  const uniqueOpens = Math.floor(delivered * 0.45 * f);
  const subscriberClicks = Math.floor(delivered * 0.06 * f);
  return {
    id: c.id,
    campaign_title: c.settings.title,
    type: c.type,
    list_id: c.recipients.list_id,
    list_name: c.recipients.list_name,
    subject_line: c.settings.subject_line,
    preview_text: c.settings.preview_text,
    emails_sent: n,
    abuse_reports: 0,
    unsubscribed: Math.floor(delivered * 0.003 * f),
    send_time: c.send_time,
    bounces: { hard_bounces: hard, soft_bounces: soft, syntax_errors: 0 },
    forwards: { forwards_count: 0, forwards_opens: 0 },
    opens: {
      opens_total: Math.floor(uniqueOpens * 1.4),
      unique_opens: uniqueOpens,
      open_rate: delivered ? uniqueOpens / delivered : 0,
      last_open: uniqueOpens ? at.toISOString() : "",
    },
    clicks: {
      clicks_total: Math.floor(subscriberClicks * 1.7),
      unique_clicks: Math.floor(subscriberClicks * 1.2),
      unique_subscriber_clicks: subscriberClicks,
      click_rate: delivered ? subscriberClicks / delivered : 0,
      last_click: subscriberClicks ? at.toISOString() : "",
    },
  };
}

function view(c: Campaign & { html?: string }): Campaign {
  const { html: _html, ...rest } = c;
  return rest;
}

function paginate<T>(items: T[], query: Record<string, string>): T[] {
  const count = Math.min(MAX_COUNT, Math.max(1, Number(query.count ?? 10) || 10));
  const offset = Math.max(0, Number(query.offset ?? 0) || 0);
  return items.slice(offset, offset + count);
}

/** Mailchimp's `fields`: keep only the named paths (dot notation); arrays apply the rest of a path to each element. */
export function pick(value: unknown, fields: string[] | undefined): unknown {
  if (!fields?.length) return value;
  return pickPaths(
    value,
    fields.map((f) => f.split(".")),
  );
}

function pickPaths(value: unknown, paths: string[][]): unknown {
  if (Array.isArray(value)) return value.map((v) => pickPaths(v, paths));
  if (paths.some((p) => p.length === 0) || value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  const obj = value as Record<string, unknown>;
  for (const key of new Set(paths.map((p) => p[0] as string))) {
    if (!(key in obj)) continue;
    out[key] = pickPaths(
      obj[key],
      paths.filter((p) => p[0] === key).map((p) => p.slice(1)),
    );
  }
  return out;
}

/** The password of a Basic Authorization header (Mailchimp ignores the user name). */
function keyOf(header: string | undefined): string | undefined {
  const encoded = /^Basic (.+)$/i.exec(header ?? "")?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : decoded.slice(colon + 1);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return { unparsed: raw.slice(0, 200) };
  }
}
