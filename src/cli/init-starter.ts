// The starter configuration `loopcast init --business …` writes: strategy, guardrails, benchmarks, voice
// guide and one workflow per channel, commented with why each setting is there and what to change. A pure
// function of the business, so a test can validate what it writes for every choice of channels.
// It starts where `loopcast audit` says every workflow starts — approval mode (L3), a person merges every
// item — or lower if asked; secrets appear only as the names of environment variables.
import type { Business, StarterChannel } from "./init-business.ts";

export interface StarterFile {
  /** Relative to the configuration folder. */
  path: string;
  text: string;
}

export interface StarterOptions {
  /** The folder of Loopcast's JSON Schemas relative to the configuration folder, for editors' completion. */
  schemas?: string;
}

/** Stands in for a home page not given with --url; the files and init's output say to change it. */
export const PLACEHOLDER_URL = "https://example.com";

const PILLARS = ["what-we-offer", "behind-the-scenes", "our-customers"] as const;

interface WorkflowSpec {
  id: string;
  name: string;
  why: string;
  cadence: string;
  when: string;
  leadTime: string;
  reviewWindow: string;
  format: "article" | "email" | "post";
  sensitivity: "low" | "high";
  pillars: readonly string[];
  templates: { titles?: string[]; hooks: string[]; ctas: string[] };
}

/** One workflow per channel: what a small business usually does there, at a pace a person can review. */
const WORKFLOWS: Record<StarterChannel, WorkflowSpec> = {
  blog: {
    id: "weekly-blog",
    name: "Weekly blog post",
    why: "A blog post a week: long form that stays online for years, so it is brand-sensitive.",
    cadence: "0 9 * * 2",
    when: "Tuesdays 09:00",
    leadTime: "48h",
    reviewWindow: "24h",
    format: "article",
    sensitivity: "high",
    pillars: PILLARS,
    templates: {
      titles: ["{point}", "{pillar}: {point}"],
      hooks: ["A note from {business}.", "Here is something we would like you to know."],
      ctas: ["Read more, or come and see us: {url}", "Questions? Ask us at {url}."],
    },
  },
  newsletter: {
    id: "weekly-newsletter",
    name: "Weekly newsletter",
    why: "An email a week. Email cannot be taken back once sent, so a person approves every issue.",
    cadence: "0 8 * * 4",
    when: "Thursdays 08:00; for the first Thursday of each month only, write a monthly cadence such as '0 8 1 * *'",
    leadTime: "48h",
    reviewWindow: "24h",
    format: "email",
    sensitivity: "high",
    pillars: PILLARS,
    templates: {
      titles: ["This week at {business}", "{point}"],
      hooks: ["A short note from {business}.", "One thing worth knowing this week."],
      ctas: ["Reply to this email and tell us what you would like to hear about.", "More at {url}."],
    },
  },
  mailchimp: {
    id: "mailchimp-newsletter",
    name: "Newsletter through Mailchimp",
    why: "An email a week to your Mailchimp audience, which keeps the list and its unsubscribes. Email cannot be taken back once sent, so a person approves every issue.",
    cadence: "0 8 * * 4",
    when: "Thursdays 08:00",
    leadTime: "48h",
    reviewWindow: "24h",
    format: "email",
    sensitivity: "high",
    pillars: PILLARS,
    templates: {
      titles: ["This week at {business}", "{point}"],
      hooks: ["A short note from {business}.", "One thing worth knowing this week."],
      ctas: ["Reply to this email and tell us what you would like to hear about.", "More at {url}."],
    },
  },
  mastodon: {
    id: "social-post",
    name: "Social post",
    why: "Three short posts a week: frequent and low-risk, the first candidate for more autonomy later.",
    cadence: "30 12 * * 1,3,5",
    when: "Mondays, Wednesdays and Fridays 12:30",
    leadTime: "24h",
    reviewWindow: "12h",
    format: "post",
    sensitivity: "low",
    pillars: PILLARS,
    templates: {
      hooks: ["From {business}:", "Worth knowing:"],
      ctas: ["{url}", "More: {url}"],
    },
  },
  bluesky: {
    id: "bluesky-post",
    name: "Bluesky post",
    why: "Three short posts a week on Bluesky: frequent and low-risk, like the Mastodon posts.",
    cadence: "0 13 * * 2,4,6",
    when: "Tuesdays, Thursdays and Saturdays 13:00",
    leadTime: "24h",
    reviewWindow: "12h",
    format: "post",
    sensitivity: "low",
    pillars: PILLARS,
    templates: {
      hooks: ["From {business}:", "Worth knowing:"],
      ctas: ["{url}", "More: {url}"],
    },
  },
  webhook: {
    id: "webhook-post",
    name: "Post through the webhook",
    why: "A short post a week, sent as JSON to a service of yours (a chat, a site, an automation tool).",
    cadence: "0 10 * * 3",
    when: "Wednesdays 10:00",
    leadTime: "24h",
    reviewWindow: "12h",
    format: "post",
    sensitivity: "low",
    pillars: PILLARS,
    templates: {
      hooks: ["From {business}:", "Worth knowing:"],
      ctas: ["{url}", "More: {url}"],
    },
  },
};

/** The workflow id a starter gives each channel's workflow. */
export function starterWorkflowId(channel: StarterChannel): string {
  return WORKFLOWS[channel].id;
}

/** Environment variables the chosen channels read their secrets from: names only, never values. */
export function starterSecrets(channels: readonly StarterChannel[]): string[] {
  return channels.flatMap((c) => SECRETS[c]);
}

const SECRETS: Record<StarterChannel, string[]> = {
  blog: [],
  newsletter: ["LOOPCAST_SMTP_HOST", "LOOPCAST_SMTP_PORT", "LOOPCAST_SMTP_USER", "LOOPCAST_SMTP_PASSWORD"],
  mailchimp: ["MAILCHIMP_API_KEY"],
  mastodon: ["MASTODON_TOKEN"],
  bluesky: ["BSKY_HANDLE", "BSKY_APP_PASSWORD"],
  webhook: ["LOOPCAST_WEBHOOK_URL", "LOOPCAST_WEBHOOK_SECRET"],
};

/** What the starter had to guess: settings a person should replace before the first items are reviewed. */
export function starterPlaceholders(b: Business): string[] {
  const has = (c: StarterChannel) => b.channels.includes(c);
  return [
    ...(b.url === undefined ? ["strategy.yaml: business.url, and the addresses made from it"] : []),
    ...(b.description === undefined ? ["strategy.yaml: business.description"] : []),
    ...(b.audience === undefined ? ["strategy.yaml: business.audience"] : []),
    "strategy.yaml: the pillars' summaries and points, the sentences items are made of",
    ...(has("newsletter") ? ["strategy.yaml: the newsletter's from and to addresses"] : []),
    ...(has("mailchimp") ? ["strategy.yaml: the Mailchimp audience id (listId) and reply-to address"] : []),
    ...(has("mastodon") ? ["strategy.yaml: the Mastodon server (instanceUrl)"] : []),
    ...(has("webhook") ? ["benchmarks.yaml: the metric the webhook's receiver reports"] : []),
    ...(has("newsletter") ? ["guardrails.yaml: the newsletter's unsubscribe text"] : []),
    "voice.md: how you sound",
  ];
}

export function starterFiles(b: Business, options: StarterOptions = {}): StarterFile[] {
  const schema = (name: string, depth: number) =>
    options.schemas === undefined
      ? ""
      : `# yaml-language-server: $schema=${"../".repeat(depth)}${options.schemas}/${name}.schema.json\n`;
  return [
    { path: "strategy.yaml", text: schema("strategy", 0) + strategyYaml(b) },
    { path: "guardrails.yaml", text: schema("guardrails", 0) + guardrailsYaml(b) },
    { path: "benchmarks.yaml", text: schema("benchmarks", 0) + benchmarksYaml(b) },
    { path: "voice.md", text: voiceMd(b) },
    ...b.channels.map((c) => ({
      path: `workflows/${WORKFLOWS[c].id}.yaml`,
      text: schema("workflow", 1) + workflowYaml(c, b),
    })),
  ];
}

/** A YAML double-quoted scalar: JSON's string syntax is YAML's, so any text a person typed stays text. */
const q = (text: string) => JSON.stringify(text);

function homePage(b: Business): { url: string; host: string } {
  const url = b.url ?? PLACEHOLDER_URL;
  return { url, host: new URL(url).hostname.replace(/^www\./, "") };
}

function strategyYaml(b: Business): string {
  const { url, host } = homePage(b);
  const change = (what: string) => (b.url === undefined ? `CHANGE: ${what}` : what);
  const channelBlocks: Record<StarterChannel, string> = {
    blog: `  # Posts are written as Markdown files into outputDir (any static site generator or GitHub Pages
  # can serve them), with RSS and Atom feeds. siteUrl is where that folder is online.
  - id: blog
    type: blog
    name: ${q(`${b.name} blog`)}
    outputDir: site/blog
    siteUrl: ${q(`${url}/blog`)} # ${change("where site/blog is published")}
    maxLength: 12000`,
    newsletter: `  # Sent over SMTP. The server and its login are read from environment variables named here, never
  # written in this file: set them as secrets (GitHub) or export them (your machine).
  - id: newsletter
    type: email
    name: ${q(`${b.name} newsletter`)}
    from: ${q(`${b.name} <news@${host}>`)} # CHANGE: an address your SMTP server may send from
    to: ${q(`subscribers@${host}`)} # CHANGE: your mailing list's address (your email service sends it on)
    maxLength: 6000
    smtp:
      hostEnv: LOOPCAST_SMTP_HOST
      portEnv: LOOPCAST_SMTP_PORT
      userEnv: LOOPCAST_SMTP_USER
      passwordEnv: LOOPCAST_SMTP_PASSWORD`,
    mailchimp: `  # Campaigns sent to your Mailchimp audience: Mailchimp keeps the list and handles unsubscribes. The
  # API key (Profile > Extras > API keys) is read from the environment variable MAILCHIMP_API_KEY.
  - id: mailchimp
    type: mailchimp
    name: ${q(`${b.name} newsletter (Mailchimp)`)}
    apiKeyEnv: MAILCHIMP_API_KEY
    listId: a1b2c3d4e5 # CHANGE: Audience > Settings > Audience name and defaults > Audience ID
    fromName: ${q(b.name)}
    replyTo: ${q(`news@${host}`)} # CHANGE: an address of a domain verified in your Mailchimp account
    maxLength: 6000`,
    mastodon: `  # Statuses on your Mastodon account. The access token is read from the environment variable
  # MASTODON_TOKEN (a secret), never written here.
  - id: mastodon
    type: mastodon
    name: ${q(`${b.name} on Mastodon`)}
    instanceUrl: https://mastodon.social # CHANGE: the server your account is on
    tokenEnv: MASTODON_TOKEN
    maxLength: 500`,
    bluesky: `  # Posts on your Bluesky account. The handle and an app password (Settings > Privacy and security >
  # App passwords; never the account's own password) are read from the environment variables named here.
  - id: bluesky
    type: bluesky
    name: ${q(`${b.name} on Bluesky`)}
    identifierEnv: BSKY_HANDLE
    passwordEnv: BSKY_APP_PASSWORD
    maxLength: 300`,
    webhook: `  # Each item is POSTed as JSON to the address in LOOPCAST_WEBHOOK_URL (a Zapier or Make hook address
  # is itself a secret, so it is read from the environment, never written here), signed with the secret in
  # LOOPCAST_WEBHOOK_SECRET so the receiver can check it came from you.
  - id: webhook
    type: webhook
    name: ${q(`${b.name} webhook`)}
    urlEnv: LOOPCAST_WEBHOOK_URL
    secretEnv: LOOPCAST_WEBHOOK_SECRET`,
  };
  return `# Who ${b.name} is, what it talks about and where it publishes. Written by \`loopcast init\`.
# Lines marked CHANGE hold a guess: replace them with your own before you review the first items.
# Every setting is described in docs/configuration.md of the Loopcast repository; \`loopcast validate\`
# checks this folder and names the file, line and column of anything wrong.
version: 1
business:
  name: ${q(b.name)}
  url: ${q(url)}${b.url === undefined ? " # CHANGE: your home page; items link to it" : ""}
  # What you offer, in one or two sentences. An LLM generator (see generator: below) writes from it.
  description: ${q(b.description ?? `${b.name} is a small, independent business.`)}${b.description === undefined ? " # CHANGE" : ""}
  # Who the items speak to; the more concrete, the better the items read.
  audience: ${q(b.audience ?? `customers of ${b.name}`)}${b.audience === undefined ? " # CHANGE" : ""}
# Cadences such as "Tuesdays 09:00" and blackout days are read in this time zone.
timezone: ${b.timezone}
# Pillars: the few themes you want to be known for. Each item makes one point of one pillar (a blog post
# opens with the pillar's summary), so write summaries and points as sentences you would publish. Three pillars of three to five points each are plenty; add
# keywords: [..] to a pillar to end its social posts with those hashtags.
# CHANGE: the points below are placeholders that suit most small businesses; make them yours.
pillars:
  - id: what-we-offer
    name: What we offer
    summary: ${q(`At ${b.name} we keep what we offer simple, and we stand behind it.`)}
    points:
      - ${q(`${b.name} is run by people you can talk to`)}
      - You can ask us anything about what we offer before you decide
      - We would rather do a few things well than many things badly
  - id: behind-the-scenes
    name: Behind the scenes
    summary: Good work takes time, and most of it happens where nobody sees it.
    points:
      - Most of the quality comes from work nobody sees
      - We change how we work when customers tell us something is not right
      - Good materials and enough time matter more than shortcuts
  - id: our-customers
    name: Our customers
    summary: We work for the people who come back, and we listen to them.
    points:
      - Our best ideas come from the questions customers ask
      - Tell us what you would like to see from us next
      - A recommendation from a customer means more to us than any advertisement
# Where items go out. Workflows (workflows/*.yaml) name a channel by its id.
channels:
${b.channels.map((c) => channelBlocks[c]).join("\n")}
# How items are written. template is built in: no network, no key, no cost. For an LLM, write
#   provider: openai, model: gpt-4o-mini, apiKeyEnv: OPENAI_API_KEY
# (the key itself goes in that environment variable, never here).
generator:
  provider: template
`;
}

function guardrailsYaml(b: Business): string {
  const has = (c: StarterChannel) => b.channels.includes(c);
  const { host } = homePage(b);
  // Channels whose items can be taken back; email cannot, so the newsletter always waits for a person.
  const allow = b.channels.filter((c) => c !== "newsletter" && c !== "mailchimp");
  const perDay = b.channels.map((c) => `${c}: ${c === "mastodon" || c === "bluesky" ? 2 : 1}`).join(", ");
  const disclosure = has("newsletter")
    ? `  # Text that must appear in every item of a channel. Email to subscribers needs a way out.
  requiredDisclosures:
    - channels: [newsletter]
      text: ${q(`You get this email because you subscribed at ${host}. Unsubscribe with one click at any time.`)} # CHANGE: your own words and site
      severity: error
`
    : "";
  const length = has("mastodon") ? "  length:\n    mastodon: { max: 500, severity: error }\n" : "";
  return `# The walls Loopcast works inside for ${b.name}: it may do anything inside them and nothing outside.
# They are checked when an item is planned, when it is proposed and again when it is published.
version: 1
# The kill switch: true stops writing and publishing at once; measuring and reporting go on.
paused: false
# No budget yet: the template generator costs nothing. Before you give a workflow a costPerItem (paid
# boosts) or use an LLM, set caps here, e.g.
# budget:
#   currency: EUR
#   weekly: 20
#   monthly: 60
# The brand-voice lock: every item is checked against these rules before a person sees it.
voice:
  # Words that never go out (error: the item is rewritten or held) or that a reviewer should look at.
  bannedTerms:
    - { term: guaranteed, severity: error }
    - { term: revolutionary, replacement: new, severity: error }
    - { term: best in town, severity: warning }
${disclosure}${length}  readingGrade: { max: 9, severity: warning }
  exclamations: { max: 1, severity: warning }
  emoji: { max: 2, severity: warning }
  # Names written exactly like this, capitals included.
  brandNames: [${q(b.name)}]
channels:
  # Channels Loopcast may publish to without a person's merge, once a workflow has earned L4 or L5.
  # Items on any other channel always wait for a person.${has("newsletter") || has("mailchimp") ? " Email cannot be taken back, so the\n  # newsletter is not listed." : ""}
  allow: [${allow.join(", ")}]
  # The most items per channel per day (in the strategy's time zone).
  maxPerDay: { ${perDay} }
  # Days nothing goes out, e.g. when you are closed:
  # blackouts:
  #   - { days: [sun], reason: "closed on Sundays" }
  #   - { dates: ["2026-12-25"], reason: "Christmas" }
# Topics a person decides: an item that touches one is held for a person, whatever the level.
topics:
  blocked:
    - { pattern: "\\\\b(discount|coupon|\\\\d+ ?% off)\\\\b", reason: "offers are decided by a person" }
    - { term: lawsuit, reason: "legal matters are not for marketing" }
# What a workflow's track record must show before Loopcast proposes more autonomy (these are the
# defaults; higher numbers are stricter). Every promotion is a proposal that a person merges.
autonomy:
  minCycles: 30
  minApprovalRate: 0.9
  maxMedianEditRatio: 0.1
  minBenchmarkMetRate: 0.8
  cooldown: 7d
`;
}

function benchmarksYaml(b: Business): string {
  const blocks: Record<StarterChannel, string> = {
    blog: `  - id: blog-click-rate
    workflow: weekly-blog
    metric: click_rate
    min: 0.02 # 2 % of readers click a link
    minSample: { metric: views, value: 200 }
    window: 7d
    primary: true`,
    newsletter: `  - id: newsletter-open-rate
    workflow: weekly-newsletter
    metric: open_rate
    min: 0.35
    minSample: { metric: delivered, value: 100 }
    window: 3d
  - id: newsletter-click-rate
    workflow: weekly-newsletter
    metric: click_rate
    min: 0.03
    minSample: { metric: delivered, value: 100 }
    window: 3d
    primary: true
  - id: newsletter-unsubscribes
    workflow: weekly-newsletter
    metric: unsubscribes
    max: 5
    window: 3d`,
    mailchimp: `  - id: mailchimp-open-rate
    workflow: mailchimp-newsletter
    metric: open_rate
    min: 0.35
    minSample: { metric: delivered, value: 100 }
    window: 3d
  - id: mailchimp-click-rate
    workflow: mailchimp-newsletter
    metric: click_rate
    min: 0.03
    minSample: { metric: delivered, value: 100 }
    window: 3d
    primary: true`,
    mastodon: `  - id: social-engagement
    workflow: social-post
    metric: engagement_rate
    min: 0.015
    minSample: { metric: impressions, value: 300 }
    window: 48h
    primary: true`,
    bluesky: `  - id: bluesky-engagement
    workflow: bluesky-post
    metric: likes
    min: 5
    window: 48h
    primary: true`,
    webhook: `  # CHANGE: the receiver decides which numbers come back; name one it reports.
  - id: webhook-clicks
    workflow: webhook-post
    metric: clicks
    min: 10
    window: 48h
    primary: true`,
  };
  return `# What "good" looks like for ${b.name}, set before Loopcast steps back. Each item is judged once its
# window has closed and its metrics have arrived (exports in metrics/inbox/ or \`loopcast ingest\`); a
# primary benchmark is the one the learner optimises and the track record counts. Rates are fractions
# (0.35 = 35 %). The thresholds below are common starting points: set them from your own numbers.
version: 1
benchmarks:
${b.channels.map((c) => blocks[c]).join("\n")}
`;
}

function voiceMd(b: Business): string {
  return `# ${b.name}: how we sound

<!-- Written by \`loopcast init\`. The generator follows this guide and reviewers read it; CHANGE it so it
     sounds like you. It is checked for secrets like every file here, so keep passwords out. -->

We write like a friendly neighbour who knows the trade: plain words, short sentences, concrete details.

- Say what the reader gets, not how great we are.
- No hype. We never promise what we cannot keep.
- One idea per item. If it needs two, it is two items.
- Write "${b.name}" exactly like this.
- At most one exclamation mark, and only when something really is surprising.
`;
}

function workflowYaml(channel: StarterChannel, b: Business): string {
  const w = WORKFLOWS[channel];
  const levels: Record<Business["level"], string> = {
    L0: "L0: Loopcast writes nothing for this workflow; metrics and reports go on.",
    L1: `L1: Loopcast writes only when asked: \`loopcast draft ${w.id}\`.`,
    L2: `L2: Loopcast publishes items people write into queue/${w.id}/, one per slot.`,
    L3: "L3: every item arrives as a proposal (a branch, or a pull request on GitHub); merging it is the approval.",
  };
  const list = (items: readonly string[]) => items.map((t) => `    - ${q(t)}`).join("\n");
  const t = w.templates;
  return `# ${w.why}
id: ${w.id}
name: ${w.name}
channel: ${channel}
# ${levels[b.level]}
# Higher levels are earned, not configured: Loopcast proposes a promotion once the track record is there.
level: ${b.level}
# When items go out: minute hour day-of-month month day-of-week, in the strategy's time zone.
cadence: ${q(w.cadence)} # ${w.when}
# How long before its slot an item is proposed: the time you have to review it.
leadTime: ${w.leadTime}
# From L4 on: how long a proposal waits for a person before it merges itself.
reviewWindow: ${w.reviewWindow}
format: ${w.format}
# How much a bad item would hurt (low or high); \`loopcast audit\` reads it.
sensitivity: ${w.sensitivity}
pillars: [${w.pillars.join(", ")}]
# Each item takes one title, hook and call to action from these lists; as results come in, the ones that
# work are chosen more often. Placeholders: {business}, {audience}, {url}, {pillar}, {point}.
templates:
${t.titles ? `  titles:\n${list(t.titles)}\n` : ""}  hooks:
${list(t.hooks)}
  ctas:
${list(t.ctas)}
`;
}
