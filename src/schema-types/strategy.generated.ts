/* Generated from schemas/strategy.schema.json by scripts/gen-types.ts. Do not edit: change the schema and run npm run gen:types. */

/**
 * Lower-case letters, digits and dashes, starting with a letter or digit (at most 63 characters).
 */
export type Id = string;
/**
 * A channel: `type` is one of blog, bluesky, email, mastodon, webhook.
 */
export type Channel = BlogChannel | BlueskyChannel | EmailChannel | MastodonChannel | WebhookChannel;
/**
 * Name of an environment variable (upper-case, e.g. SMTP_PASSWORD). Config names variables; it never holds secret values.
 */
export type EnvName = string;

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
export interface WebhookChannel {
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
   * Endpoint that receives a JSON POST per item (with an Idempotency-Key header).
   */
  url: string;
  secretEnv?: EnvName;
  /**
   * Whether the receiver can take an item back. Default true.
   */
  reversible?: boolean;
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
