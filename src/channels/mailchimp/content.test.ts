import { describe, expect, it } from "vitest";
import { ChannelError } from "../../errors.ts";
import { dataCentre } from "./api.ts";
import { campaignHtml, ceilQuarterHour, delivery, FOOTER } from "./content.ts";
import { metricsOf } from "./measure.ts";

const at = (iso: string) => new Date(iso);

describe("mailchimp content", () => {
  it("sends at once when the slot has come, and schedules on Mailchimp's quarter hour otherwise", () => {
    const now = at("2026-12-01T09:05:00Z");
    expect(delivery(at("2026-12-01T09:00:00Z"), now, undefined)).toEqual({ kind: "send" });
    expect(delivery(now, now, undefined)).toEqual({ kind: "send" });
    expect(delivery(at("2026-12-01T09:20:01Z"), now, undefined)).toEqual({
      kind: "schedule",
      at: at("2026-12-01T09:30:00Z"),
    });
    // A hold counts from now; a slot further ahead than the hold wins.
    expect(delivery(at("2026-12-01T09:00:00Z"), now, 15)).toEqual({
      kind: "schedule",
      at: at("2026-12-01T09:30:00Z"),
    });
    expect(delivery(at("2026-12-01T12:00:00Z"), now, 15)).toEqual({
      kind: "schedule",
      at: at("2026-12-01T12:00:00Z"),
    });
    expect(ceilQuarterHour(at("2026-12-01T09:45:00Z"))).toEqual(at("2026-12-01T09:45:00Z"));
    expect(ceilQuarterHour(at("2026-12-01T23:59:59Z"))).toEqual(at("2026-12-02T00:00:00Z"));
  });

  it("renders the body safely, adds images under mediaBaseUrl and always the unsubscribe footer", () => {
    const html = campaignHtml({
      channelId: "news",
      title: "A <b> title",
      body: "Hello <script>x</script>",
      media: [{ file: "winter/st ollen.jpg", alt: "A <loaf>" }],
      mediaBaseUrl: "https://crumb.example/media/",
    });
    expect(html).toContain("<title>A &lt;b&gt; title</title>");
    expect(html).toContain("Hello &lt;script&gt;x&lt;/script&gt;");
    expect(html).toContain(
      '<img src="https://crumb.example/media/winter/st%20ollen.jpg" alt="A &lt;loaf&gt;"',
    );
    expect(html).toContain(FOOTER);
    expect(FOOTER).toContain('href="*|UNSUB|*"');
    expect(FOOTER).toContain("*|HTML:LIST_ADDRESS_HTML|*");
  });

  it("refuses an image name that leaves the media folder", () => {
    const call = () =>
      campaignHtml({
        channelId: "news",
        title: "t",
        body: "b",
        media: [{ file: "../secrets.png", alt: "x" }],
        mediaBaseUrl: "https://crumb.example/media/",
      });
    expect(call).toThrow(ChannelError);
    expect(call).toThrow("points outside marketing/media/");
  });

  it("reads the data centre from the key's ending", () => {
    expect(dataCentre("0123abcd-us21")).toBe("us21");
    expect(dataCentre("0123abcd-us1 ")).toBe("us1");
    expect(dataCentre("0123abcd")).toBeUndefined();
    expect(dataCentre("0123abcd-")).toBeUndefined();
  });

  it("maps a report to the email metrics, leaving out what Mailchimp left out", () => {
    expect(
      metricsOf({
        id: "c",
        emails_sent: 200,
        unsubscribed: 1,
        bounces: { hard_bounces: 3, soft_bounces: 1 },
        opens: { opens_total: 90, unique_opens: 60, open_rate: 60 / 196 },
        clicks: { clicks_total: 20, unique_subscriber_clicks: 9, click_rate: 9 / 196 },
      }),
    ).toEqual({
      sent: 200,
      delivered: 196,
      bounces: 4,
      opens: 90,
      unique_opens: 60,
      open_rate: 60 / 196,
      clicks: 20,
      unique_clicks: 9,
      click_rate: 9 / 196,
      unsubscribes: 1,
    });
    expect(metricsOf({ id: "c", emails_sent: 5 })).toEqual({ sent: 5 });
  });
});
