/* Generated from schemas/strategy.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * Lower-case letters, digits and dashes, starting with a letter or digit (at most 63 characters).
 */
export type Id = string;
/**
 * A channel: `type` is one of blog, bluesky, email, instagram, mailchimp, mastodon, webhook.
 */
export type Channel =
  | BlogChannel
  | BlueskyChannel
  | EmailChannel
  | InstagramChannel
  | MailchimpChannel
  | MastodonChannel
  | WebhookChannel;
/**
 * Name of an environment variable (upper-case, e.g. SMTP_PASSWORD). Config names variables; it never holds secret values.
 */
export type EnvName = string;
export type WebhookChannel = WebhookChannel1 & {
  id: Id;
  type: "webhook";
  /**
   * Display name.
   */
  name?: string;
  /**
   * Longest body the generator may write, in grapheme clusters.
   */
  maxLength?: number;
  /**
   * Endpoint that receives a JSON POST per item (with an Idempotency-Key header). Only for an address without a secret in it: `loopcast validate` refuses a URL that carries a token (token=, key=, sig= parameters, a login, or the path of a Zapier, Make, Slack or Discord hook); name an environment variable with urlEnv instead. Exactly one of url and urlEnv.
   */
  url?: string;
  /**
   * Name of an environment variable (upper-case, e.g. SMTP_PASSWORD). Config names variables; it never holds secret values.
   */
  urlEnv?: string;
  secretEnv?: EnvName;
  /**
   * Public address where marketing/media/ is served (e.g. https://example.com/media/): each image in the payload then carries `url` = this address + its file name, which Zapier and Make file fields fetch. Without it, images carry their name, type, size and SHA-256 only.
   */
  mediaBaseUrl?: string;
  /**
   * Put each image's bytes in the payload as base64 (`content`), for a receiver that cannot fetch a URL. Default false: payloads grow by a third of the images' size, and many hook services cap a request's size.
   */
  inlineMedia?: boolean;
  /**
   * Whether the receiver can take an item back. Default true.
   */
  reversible?: boolean;
};
export type WebhookChannel1 = {
  [k: string]: unknown;
};

/**
 * marketing/strategy.yaml: who the business is, what it talks about (pillars), where it publishes (channels) and how content is generated.
 */
export interface Strategy {
  /**
   * Format version of this file. Write `version: 1`.
   */
  version: 1;
  /**
   * The business the content speaks for.
   */
  business: {
    /**
     * Brand name as it should be written.
     */
    name: string;
    /**
     * Home page, e.g. https://example.com.
     */
    url: string;
    /**
     * One or two sentences on what the business offers.
     */
    description: string;
    /**
     * Who the content is for.
     */
    audience: string;
  };
  /**
   * IANA time zone (e.g. Europe/Berlin) that decides what cadences such as 'Tuesday 09:00' mean.
   */
  timezone: string;
  /**
   * Branch that holds the approved state. Default: the branch checked out (local) or the repository's default branch (GitHub).
   */
  baseBranch?: string;
  /**
   * Content pillars: the themes the business talks about. Workflows draw from them.
   *
   * @minItems 1
   */
  pillars: Pillar[];
  /**
   * Where items go out. Each channel is configured once here and referenced by id from workflows.
   *
   * @minItems 1
   */
  channels: Channel[];
  generator?: Generator;
  /**
   * Pulling metrics from the channels' own APIs on every run (docs/metrics.md#pulled-from-the-channels).
   */
  measure?: {
    /**
     * Read published items' numbers from the channels (Mastodon, Bluesky, the blog's analytics) while their benchmark windows are open. Default true; false leaves metrics to exports and pushes.
     */
    pull?: boolean;
    /**
     * Most requests one run makes to pull metrics, retries included, across all channels. Default 40; items left over wait for the next run, oldest first.
     */
    requestsPerRun?: number;
  };
}
export interface Pillar {
  id: Id;
  /**
   * Human name of the pillar, used in titles.
   */
  name: string;
  /**
   * One sentence that frames the pillar.
   */
  summary?: string;
  /**
   * Concrete points the content can make, one sentence each.
   *
   * @minItems 1
   */
  points: string[];
  /**
   * Tags and hashtags for this pillar.
   */
  keywords?: string[];
}
export interface BlogChannel {
  id: Id;
  type: "blog";
  /**
   * Display name.
   */
  name?: string;
  /**
   * Longest body the generator may write, in grapheme clusters.
   */
  maxLength?: number;
  /**
   * Folder of the static site (relative to the repository root) where posts and feeds are written, e.g. site/blog.
   */
  outputDir: string;
  /**
   * Public URL of that folder, used for post links and the feed.
   */
  siteUrl: string;
  /**
   * Title of the RSS/Atom feed. Default: the business name.
   */
  feedTitle?: string;
  /**
   * Where the posts' visitors and views are read from on every run (docs/metrics.md#pulled-from-the-channels). Without it, the blog is measured by exports only.
   */
  analytics?: {
    /**
     * The web analytics service: plausible (its Stats API v2).
     */
    provider: "plausible";
    /**
     * The site's domain as registered in Plausible, e.g. example.com.
     */
    siteId: string;
    /**
     * Name of the environment variable holding a Plausible Stats API key (never the key itself).
     */
    apiKeyEnv: string;
    /**
     * Address of a self-hosted Plausible. Default https://plausible.io.
     */
    baseUrl?: string;
  };
}
export interface BlueskyChannel {
  id: Id;
  type: "bluesky";
  /**
   * Display name.
   */
  name?: string;
  /**
   * Longest body the generator may write, in grapheme clusters. Default 300 (one post); a longer item is posted as a thread of posts of at most 300 each.
   */
  maxLength?: number;
  /**
   * The account's server (PDS). Default https://bsky.social; a self-hosted PDS gives its own address.
   */
  serviceUrl?: string;
  /**
   * Where the posts' likes, reposts, replies and quotes are read (app.bsky.feed.getPosts, no login). Default https://public.api.bsky.app.
   */
  appViewUrl?: string;
  /**
   * Environment variable holding the account's handle (e.g. bakery.bsky.social) or DID.
   */
  identifierEnv: string;
  /**
   * Environment variable holding an app password (Settings > Privacy and security > App passwords), never the account's own password.
   */
  passwordEnv: string;
  /**
   * Attach a link card for the first link in the body (title and description: the item's title and summary). Default true.
   */
  linkCard?: boolean;
}
export interface EmailChannel {
  id: Id;
  type: "email";
  /**
   * Display name.
   */
  name?: string;
  /**
   * Longest body the generator may write, in grapheme clusters.
   */
  maxLength?: number;
  /**
   * Sender, e.g. 'Loopcast <news@loopcast.dev>'.
   */
  from: string;
  /**
   * List address the newsletter is sent to (your email service expands it).
   */
  to: string;
  /**
   * SMTP server, named through environment variables.
   */
  smtp: {
    hostEnv: EnvName;
    portEnv?: EnvName;
    userEnv?: EnvName;
    passwordEnv?: EnvName;
    /**
     * Use TLS from the start (port 465). Default false (STARTTLS when offered).
     */
    secure?: boolean;
  };
  /**
   * Where a subscriber unsubscribes, sent as the List-Unsubscribe header (RFC 2369), which mail clients show as an Unsubscribe button. With `url`, also List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058): the client POSTs to the URL, which must unsubscribe without asking anything more. Gmail and Yahoo require one-click for bulk senders.
   */
  listUnsubscribe?: {
    /**
     * Address that unsubscribes whoever writes to it, e.g. leave-news@example.com (your list service's unsubscribe address).
     */
    mailto?: string;
    /**
     * https address that unsubscribes on a POST with the body List-Unsubscribe=One-Click (RFC 8058 allows https only), e.g. your list service's one-click unsubscribe address.
     */
    url?: string;
  };
}
export interface InstagramChannel {
  id: Id;
  type: "instagram";
  /**
   * Display name.
   */
  name?: string;
  /**
   * Longest caption the generator may write, in characters. Default 2200, Instagram's limit.
   */
  maxLength?: number;
  /**
   * The Instagram professional account's id in the Graph API (the IG User id, e.g. 17841400000000001), not its @handle.
   */
  igUserId: string;
  /**
   * Name of an environment variable (upper-case, e.g. SMTP_PASSWORD). Config names variables; it never holds secret values.
   */
  tokenEnv: string;
  /**
   * Public https address where marketing/media/ is served (e.g. https://example.com/media/). Instagram fetches each image itself from this address + its file name, so the files must be online before the item is published.
   */
  mediaBaseUrl: string;
  /**
   * Graph API version, e.g. v23.0. Default v23.0.
   */
  graphVersion?: string;
  /**
   * The Graph API's address. Default https://graph.facebook.com (Instagram API with Facebook Login); https://graph.instagram.com for Instagram Login. Tests point it at a local stand-in.
   */
  baseUrl?: string;
}
export interface MailchimpChannel {
  id: Id;
  type: "mailchimp";
  /**
   * Display name.
   */
  name?: string;
  /**
   * Longest body the generator may write, in grapheme clusters.
   */
  maxLength?: number;
  /**
   * Name of an environment variable (upper-case, e.g. SMTP_PASSWORD). Config names variables; it never holds secret values.
   */
  apiKeyEnv: string;
  /**
   * The audience's id (Audience > Settings > Audience name and defaults > Audience ID), e.g. a1b2c3d4e5.
   */
  listId: string;
  /**
   * Sender name the subscribers see, e.g. Crumb & Co.
   */
  fromName: string;
  /**
   * From and reply-to address; Mailchimp sends only from an address of a domain verified in the account.
   */
  replyTo: string;
  /**
   * Public https address where marketing/media/ is served (e.g. https://example.com/media/): each image of an item is shown from this address + its file name. Needed only for items with images.
   */
  mediaBaseUrl?: string;
  /**
   * Schedule campaigns in Mailchimp instead of sending them at once. Without it, a campaign whose slot has come is sent at once, and one whose slot is ahead is scheduled for the slot.
   */
  schedule?: {
    /**
     * Minutes a campaign waits, scheduled in Mailchimp, before it goes out (rounded up to Mailchimp's quarter hour), so a person can open it there and pause or cancel it.
     */
    holdMinutes: number;
  };
  /**
   * The API's root, e.g. http://127.0.0.1:8080/3.0 for a local stand-in. Default https://<dc>.api.mailchimp.com/3.0, from the API key's data centre.
   */
  baseUrl?: string;
}
export interface MastodonChannel {
  id: Id;
  type: "mastodon";
  /**
   * Display name.
   */
  name?: string;
  /**
   * Longest status, in grapheme clusters (Mastodon's default is 500).
   */
  maxLength?: number;
  /**
   * The Mastodon server, e.g. https://mastodon.social.
   */
  instanceUrl: string;
  tokenEnv: EnvName;
  /**
   * Visibility of statuses. Default public.
   */
  visibility?: "public" | "unlisted" | "private";
}
/**
 * How items are written. `template` is the embedded, deterministic default (no network, no key).
 */
export interface Generator {
  /**
   * template (embedded default) or openai (any OpenAI-compatible API).
   */
  provider: "template" | "openai";
  /**
   * Model name for openai, e.g. gpt-4o-mini.
   */
  model?: string;
  apiKeyEnv?: EnvName;
  baseUrlEnv?: EnvName;
  /**
   * Upper bound on tokens per item, used for budget reservations.
   */
  maxTokens?: number;
}
