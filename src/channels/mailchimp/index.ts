// The Mailchimp channel: each item is a regular campaign to the channel's audience, sent through Mailchimp, which
// keeps the list and handles unsubscribes. Mailchimp has no idempotency key, so the campaign's internal title
// (never shown to subscribers) is the item's cycle id, and every publish first looks for a campaign under that
// title: one already sent, sending or scheduled is the receipt, never sent again; a draft left by an
// interrupted try is completed. A retry after a crash between the send and the receipt therefore sends nothing.
import { ChannelError } from "../../errors.ts";
import { loadMedia } from "../kit/index.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";
import { call, type MailchimpApi, type MailchimpChannel, mailchimpApi } from "./api.ts";
import { campaignHtml, delivery } from "./content.ts";

/** The fields of a campaign a publish reads. */
export interface CampaignView {
  id: string;
  web_id?: number;
  status: string;
  send_time?: string;
  archive_url?: string;
  long_archive_url?: string;
  settings?: { title?: string; subject_line?: string };
}

const CAMPAIGN_FIELDS = [
  "id",
  "web_id",
  "status",
  "send_time",
  "archive_url",
  "long_archive_url",
  "settings.title",
  "settings.subject_line",
];
/** Mailchimp's largest page. */
const PAGE = 1000;
/** How far back a retry looks for the campaign it may have created: well beyond any item's publishing window. */
const LOOK_BACK_MS = 30 * 24 * 3_600_000;
/** Statuses in which the campaign has gone or will go out on its own. */
const OUT = new Set(["schedule", "sending", "sent"]);

export const mailchimp: ChannelAdapter = {
  type: "mailchimp",
  measure: (req) => import("./measure.ts").then((m) => m.measureMailchimp(req)),
  async publish(req: PublishRequest): Promise<PublishResult> {
    const channel = req.channel;
    if (channel.type !== "mailchimp") throw new ChannelError(channel.id, "not a mailchimp channel");
    const api = mailchimpApi(channel, req.env);
    const { meta } = req.item;
    // Everything that can be wrong with the item is found before the first request.
    if (meta.media?.length) await loadMedia(req);
    const html = campaignHtml({
      channelId: channel.id,
      title: meta.title,
      body: req.item.body,
      media: meta.media ?? [],
      mediaBaseUrl: channel.mediaBaseUrl,
    });
    const slot = new Date(meta.slot);
    const settings = {
      subject_line: meta.title,
      preview_text: meta.summary ?? "",
      title: meta.cycle,
      from_name: channel.fromName,
      reply_to: channel.replyTo,
    };

    const since = new Date(Math.min(req.now.getTime(), slot.getTime() || req.now.getTime()) - LOOK_BACK_MS);
    let campaign = await findCampaign(api, channel, meta.cycle, since);
    if (campaign && OUT.has(campaign.status)) return receipt(campaign, meta.title, req.now);
    if (campaign && campaign.status !== "save")
      throw new ChannelError(
        channel.id,
        `campaign ${campaign.id} ("${meta.cycle}") is ${campaign.status} in Mailchimp, so it was stopped by hand; resume it there and run \`loopcast publish-outcome\`, or close the cycle`,
      );
    if (campaign) {
      // A draft from an earlier try: it gets this try's subject, in case the item was edited since.
      await call(api, {
        method: "PATCH",
        path: `/campaigns/${campaign.id}`,
        body: { settings },
        what: `update campaign ${campaign.id}`,
      });
    } else {
      campaign = await call<CampaignView>(api, {
        method: "POST",
        path: "/campaigns",
        body: { type: "regular", recipients: { list_id: channel.listId }, settings },
        what: `create the campaign for ${meta.cycle} in audience ${channel.listId}`,
      });
    }
    const id = campaign.id;
    await call(api, {
      method: "PUT",
      path: `/campaigns/${id}/content`,
      body: { html },
      what: `set the content of campaign ${id}`,
    });

    const when = delivery(
      Number.isNaN(slot.getTime()) ? req.now : slot,
      req.now,
      channel.schedule?.holdMinutes,
    );
    const action =
      when.kind === "send"
        ? { path: `/campaigns/${id}/actions/send`, body: undefined, what: `send campaign ${id}` }
        : {
            path: `/campaigns/${id}/actions/schedule`,
            body: { schedule_time: when.at.toISOString() },
            what: `schedule campaign ${id} for ${when.at.toISOString()}`,
          };
    try {
      await call(api, { method: "POST", ...action });
    } catch (err) {
      if (err instanceof ChannelError && !err.retryable) throw await withChecklist(api, id, err);
      throw err;
    }
    const sentAt = when.kind === "send" ? req.now.toISOString() : when.at.toISOString();
    return receipt({ ...campaign, send_time: sentAt }, meta.title, req.now);
  },
};

/** The campaign titled with the cycle id, newest first, among those created since `since`. */
async function findCampaign(
  api: MailchimpApi,
  channel: MailchimpChannel,
  title: string,
  since: Date,
): Promise<CampaignView | undefined> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await call<{ campaigns?: CampaignView[]; total_items?: number }>(api, {
      method: "GET",
      path: "/campaigns",
      query: {
        list_id: channel.listId,
        since_create_time: since.toISOString(),
        sort_field: "create_time",
        sort_dir: "DESC",
        count: PAGE,
        offset,
        fields: [...CAMPAIGN_FIELDS.map((f) => `campaigns.${f}`), "total_items"].join(","),
      },
      what: "look for the item's campaign",
    });
    const campaigns = page.campaigns ?? [];
    const found = campaigns.find((c) => c.settings?.title === title);
    if (found) return found;
    if (campaigns.length < PAGE || offset + PAGE >= (page.total_items ?? 0)) return undefined;
  }
}

function receipt(c: CampaignView, subject: string, now: Date): PublishResult {
  return {
    receipt: {
      id: c.id,
      ...(c.archive_url ? { url: c.archive_url } : {}),
      ...(c.long_archive_url ? { permalink: c.long_archive_url } : {}),
      subject: c.settings?.subject_line || subject,
      sentAt: c.send_time || now.toISOString(),
    },
    files: [],
  };
}

/** A refused send explained by the campaign's send checklist: the items Mailchimp marks as errors. */
async function withChecklist(api: MailchimpApi, id: string, err: ChannelError): Promise<ChannelError> {
  try {
    const list = await call<{ items?: Array<{ type?: string; heading?: string; details?: string }> }>(api, {
      method: "GET",
      path: `/campaigns/${id}/send-checklist`,
      what: `read the send checklist of campaign ${id}`,
    });
    const errors = (list.items ?? [])
      .filter((i) => i.type === "error")
      .map((i) => `${i.heading}: ${i.details}`);
    if (!errors.length) return err;
    return new ChannelError(
      api.channelId,
      `${err.message.replace(/^channel [^:]+: /, "")}; its send checklist says: ${errors.join("; ")}. Fix it in the channel's settings or the item, then retry`,
    );
  } catch {
    return err;
  }
}
