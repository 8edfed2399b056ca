// The stand-in itself: the documented behaviours of Mailchimp's Marketing API the channel's tests rely on.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type MailchimpStandIn, pick, startMailchimpServer } from "./mailchimp-server.ts";

const KEY = "FAKE00112233445566778899aabbccddee-us21";
let clock: Date;
let server: MailchimpStandIn;

beforeEach(async () => {
  clock = new Date("2026-12-01T09:00:00Z");
  server = await startMailchimpServer({ apiKey: KEY, now: () => clock });
});
afterEach(() => server.close());

function api(method: string, path: string, body?: unknown, key = KEY) {
  return fetch(`${server.url}${path}`, {
    method,
    headers: {
      Authorization: `Basic ${Buffer.from(`anyone:${key}`).toString("base64")}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function draft(): Promise<string> {
  const res = await api("POST", "/campaigns", {
    type: "regular",
    recipients: { list_id: "a1b2c3d4e5" },
    settings: { subject_line: "Hi", title: "t1", from_name: "Crumb", reply_to: "hi@crumb.example" },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { id: string }).id;
}

describe("mailchimp stand-in", () => {
  it("takes Basic auth with any user and the key, and answers problem details otherwise", async () => {
    expect(await (await api("GET", "/ping")).json()).toEqual({ health_status: "Everything's Chimpy!" });
    const wrong = await api("GET", "/ping", undefined, "FAKEother-us21");
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toBe("application/problem+json");
    expect(await wrong.json()).toMatchObject({ title: "API Key Invalid", status: 401 });
    const none = await fetch(`${server.url}/ping`);
    expect(await none.json()).toMatchObject({ title: "API Key Missing", status: 401 });
    expect(server.requests.map((r) => r.authorized)).toEqual([true, false, false]);
  });

  it("refuses to send a campaign without *|UNSUB|*, and sends it once it has one", async () => {
    const id = await draft();
    await api("PUT", `/campaigns/${id}/content`, { html: "<p>no way out</p>" });
    const refused = await api("POST", `/campaigns/${id}/actions/send`);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      title: "Bad Request",
      detail: "Your Campaign is not ready to send.",
    });
    const checklist = (await (await api("GET", `/campaigns/${id}/send-checklist`)).json()) as {
      is_ready: boolean;
      items: Array<{ type: string; heading: string }>;
    };
    expect(checklist.is_ready).toBe(false);
    expect(checklist.items.filter((i) => i.type === "error").map((i) => i.heading)).toEqual([
      "Unsubscribe link",
    ]);

    await api("PUT", `/campaigns/${id}/content`, { html: '<p><a href="*|UNSUB|*">bye</a></p>' });
    expect((await api("POST", `/campaigns/${id}/actions/send`)).status).toBe(204);
    expect(server.campaigns.get(id)).toMatchObject({
      status: "sent",
      emails_sent: 1000,
      send_time: clock.toISOString(),
    });
    // Sent is final: neither its content nor a second send is accepted.
    expect((await api("POST", `/campaigns/${id}/actions/send`)).status).toBe(400);
    expect((await api("PUT", `/campaigns/${id}/content`, { html: "*|UNSUB|*" })).status).toBe(400);
  });

  it("schedules only on the quarter hour and in the future, and sends when the time comes", async () => {
    const id = await draft();
    await api("PUT", `/campaigns/${id}/content`, { html: "*|UNSUB|*" });
    const odd = await api("POST", `/campaigns/${id}/actions/schedule`, {
      schedule_time: "2026-12-01T10:10:00Z",
    });
    expect(odd.status).toBe(400);
    expect(JSON.stringify(await odd.json())).toContain("quarter-hour");
    const past = await api("POST", `/campaigns/${id}/actions/schedule`, {
      schedule_time: "2026-12-01T08:00:00Z",
    });
    expect(past.status).toBe(400);
    expect(
      (await api("POST", `/campaigns/${id}/actions/schedule`, { schedule_time: "2026-12-01T10:15:00Z" }))
        .status,
    ).toBe(204);
    expect(server.campaigns.get(id)?.status).toBe("schedule");
    expect(((await (await api("GET", "/reports")).json()) as { total_items: number }).total_items).toBe(0);
    clock = new Date("2026-12-01T10:15:00Z");
    expect(((await (await api("GET", `/campaigns/${id}`)).json()) as { status: string }).status).toBe("sent");
  });

  it("lists campaigns by creation time with fields, count and offset", async () => {
    const a = await draft();
    clock = new Date("2026-12-02T09:00:00Z");
    const b = await draft();
    const page = await (
      await api(
        "GET",
        "/campaigns?since_create_time=2026-12-02T00:00:00Z&fields=campaigns.id,campaigns.settings.title,total_items",
      )
    ).json();
    expect(page).toEqual({ campaigns: [{ id: b, settings: { title: "t1" } }], total_items: 1 });
    const all = (await (
      await api("GET", "/campaigns?sort_field=create_time&sort_dir=DESC&count=1&offset=1&fields=campaigns.id")
    ).json()) as {
      campaigns: Array<{ id: string }>;
    };
    expect(all.campaigns).toEqual([{ id: a }]);
  });

  it("grows a report over the two days after the send, and filters reports by send time", async () => {
    const c = server.seedSent({ title: "s", subject: "S", sendTime: "2026-12-01T09:00:00Z" });
    const read = async () =>
      (await (await api("GET", `/reports/${c.id}`)).json()) as {
        opens: { unique_opens: number };
        emails_sent: number;
      };
    expect((await read()).opens.unique_opens).toBe(0);
    clock = new Date("2026-12-02T09:00:00Z");
    expect((await read()).opens.unique_opens).toBe(221);
    clock = new Date("2026-12-09T09:00:00Z");
    expect((await read()).opens.unique_opens).toBe(443);
    const later = await (await api("GET", "/reports?since_send_time=2026-12-01T09:00:01Z")).json();
    expect(later).toMatchObject({ reports: [], total_items: 0 });
  });

  it("answers 429 with Retry-After, and 5xx as a proxy's HTML page, when told to", async () => {
    server.failNext(1, 429, 5);
    server.failNext(1, 503);
    const limited = await api("GET", "/ping");
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "5"]);
    expect(await limited.json()).toMatchObject({ title: "Too Many Requests" });
    const down = await api("GET", "/ping");
    expect([down.status, down.headers.get("content-type")]).toEqual([503, "text/html"]);
    expect((await api("GET", "/ping")).status).toBe(200);
  });

  it("hears of each request before answering it, and forgets campaigns, requests and faults on reset", async () => {
    const heard: Array<[string, string, number]> = [];
    await server.close();
    server = await startMailchimpServer({
      apiKey: KEY,
      now: () => clock,
      onRequest: (r) => heard.push([r.method, r.path, r.status]),
    });
    const id = await draft();
    // Status 0: the hook ran before the answer was written.
    expect(heard).toEqual([["POST", "/3.0/campaigns", 0]]);
    expect([server.campaigns.size, server.requests.length]).toEqual([1, 1]);
    server.failNext(2, 503);
    server.reset();
    expect([server.campaigns.size, server.requests.length]).toEqual([0, 0]);
    expect((await api("GET", "/ping")).status).toBe(200);
    expect((await api("GET", `/campaigns/${id}`)).status).toBe(404);
  });

  it("picks fields by dot notation, through arrays", () => {
    const value = {
      total_items: 2,
      reports: [
        { id: "a", opens: { x: 1, y: 2 } },
        { id: "b", opens: { x: 3 } },
      ],
    };
    expect(pick(value, ["reports.opens.x", "total_items"])).toEqual({
      total_items: 2,
      reports: [{ opens: { x: 1 } }, { opens: { x: 3 } }],
    });
  });
});
