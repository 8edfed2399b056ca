// npm run bench:voice — checks 1,000 deterministic ~300-word items against a realistic rule set
// and prints throughput, findings and peak memory. Goal: >= 200 items/s on a 2-core machine.
import { checkVoice, type Finding, type VoiceRules } from "../src/voice/index.ts";

const ITEMS = 1_000;
const TARGET_WORDS = 300;

const rules: VoiceRules = {
  bannedTerms: [
    { term: "revolutionary", replacement: "new" },
    { term: "game-changing", replacement: "useful" },
    { term: "synergy", severity: "warning" },
    { term: "best in class", severity: "warning" },
    { term: "cutting edge", replacement: "modern" },
    { term: "leverage", replacement: "use", severity: "suggestion" },
  ],
  requiredDisclosures: [{ channels: ["newsletter"], text: "You get this email because you subscribed" }],
  readingGrade: { max: 9 },
  length: { mastodon: { max: 500 }, blog: { min: 300, max: 12_000 }, newsletter: { max: 6_000 } },
  exclamations: { max: 1 },
  emoji: { max: 2 },
  brandNames: ["Loopcast", "GitHub", "Mastodon", { name: "Google Analytics", severity: "error" }],
  passiveVoice: "suggestion",
  jargon: { level: "suggestion", ignore: ["request"] },
};

// Small seeded generator (mulberry32): the same items on every run and every machine.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const clean = [
  "Loopcast keeps your marketing plan in a Git repository, next to the code it describes.",
  "Every post arrives as a pull request, so the review you already do is the approval.",
  "When you merge, the post goes out on the channel you picked, at the time the plan set.",
  "Small teams tell us the weekly newsletter used to eat a whole afternoon.",
  "Now a draft waits for them on Monday morning, and the edits take ten minutes.",
  "You decide how much the system may do on its own, one workflow at a time.",
  "Nothing is published twice, and nothing is lost without a note in the log.",
  "The dashboard shows what went out, what it cost and how readers responded.",
  "If open rates drop, the change shows up in the report with the numbers behind it.",
  "You can pause everything with one line in the guardrails file.",
  "Budgets are checked before a draft is written, not after the money is spent.",
  "Our customers run shops, studios and small software companies.",
  "They want marketing that sounds like them and does not need a full-time hire.",
  "Read the [getting started guide](https://loopcast.dev/docs/start) to try it on a test repository.",
  "The setup takes about fifteen minutes and needs no server of your own.",
  "Posts on Mastodon and on GitHub discussions use the same review flow.",
  "Reports land in the repository as plain Markdown files you can read anywhere.",
  "Run `loopcast plan` to see what the next cycle would do without changing anything.",
  "Questions are welcome at hello@loopcast.dev or on https://github.com/loopcast/loopcast.",
  "We track clicks with Google Analytics when you turn it on, and never by default.",
];
const risky = [
  "This revolutionary release is the cutting edge of marketing automation!",
  "Teams leverage synergy across channels with a game-changing workflow.",
  "It is best in class, and the results were measured by our partners!!",
  "Push your plan to github and watch it go 🚀🎉✨",
  "The posts are written by the system and are reviewed by you.",
  "Additionally, we utilize a comprehensive methodology in order to facilitate optimization of engagement.",
  "Connect loopcast to mastodon in a minute 😀",
];
const headings = ["## Why it matters", "## How it works", "## What changed this week", "## Try it"];
const code = "```yaml\nvoice:\n  bannedTerms:\n    - { term: revolutionary, replacement: new }\n```";
const disclosure = "You get this email because you subscribed to Loopcast news.";

function pick<T>(list: readonly T[], next: () => number): T {
  return list[Math.floor(next() * list.length)] as T;
}

function makeItem(index: number): { body: string; channel: string } {
  const next = random(index + 1);
  const roll = next();
  const channel = roll < 0.55 ? "blog" : roll < 0.9 ? "newsletter" : "mastodon";
  const riskRate = index % 4 === 0 ? 0.25 : 0.04;
  const blocks: string[] = [
    `# ${pick(["Launch notes", "This week at Loopcast", "A calmer way to market"], next)}`,
  ];
  let words = 0;
  let paragraph: string[] = [];
  while (words < TARGET_WORDS) {
    const sentence = next() < riskRate ? pick(risky, next) : pick(clean, next);
    paragraph.push(sentence);
    words += sentence.split(/\s+/).length;
    if (paragraph.length >= 3 + Math.floor(next() * 3)) {
      blocks.push(paragraph.join(next() < 0.3 ? "\n" : " "));
      paragraph = [];
      const extra = next();
      if (extra < 0.15) blocks.push(pick(headings, next));
      else if (extra < 0.22) blocks.push(code);
      else if (extra < 0.3) blocks.push(`- ${pick(clean, next)}\n- ${pick(clean, next)}`);
      else if (extra < 0.36) blocks.push(`> ${pick(clean, next)}\n> ${pick(clean, next)}`);
    }
  }
  if (paragraph.length > 0) blocks.push(paragraph.join(" "));
  if (channel === "newsletter" && next() < 0.9) blocks.push(disclosure);
  return { body: `${blocks.join("\n\n")}\n`, channel };
}

const built = performance.now();
const items = Array.from({ length: ITEMS }, (_, i) => makeItem(i));
const words = items.reduce((sum, item) => sum + item.body.split(/\s+/).length, 0);
const buildMs = performance.now() - built;

const started = performance.now();
const cpuStart = process.cpuUsage();
const byRule = new Map<string, number>();
let total = 0;
let first: Finding[] = [];
for (const [i, item] of items.entries()) {
  const findings = checkVoice({ body: item.body, channel: item.channel, lineOffset: 6 }, rules);
  if (i === 0) first = findings;
  total += findings.length;
  for (const finding of findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
}
const elapsedMs = performance.now() - started;
const cpu = process.cpuUsage(cpuStart);
// CPU time too: other work on a shared 2-core machine slows the wall clock, not the checker.
const cpuMs = (cpu.user + cpu.system) / 1000;

const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
  `voice bench: ${ITEMS} items, ${Math.round(words / ITEMS)} words each on average (built in ${buildMs.toFixed(0)} ms)`,
);
console.log(
  `checked in ${elapsedMs.toFixed(0)} ms: ${(ITEMS / (elapsedMs / 1000)).toFixed(0)} items/s (goal >= 200); ` +
    `CPU ${cpuMs.toFixed(0)} ms: ${(ITEMS / (cpuMs / 1000)).toFixed(0)} items per CPU-second`,
);
console.log(`findings: ${total} total`);
for (const [ruleId, count] of [...byRule].sort(([a], [b]) => (a < b ? -1 : 1)))
  console.log(`  ${ruleId}: ${count}`);
console.log(`first item: ${first.length} findings; peak RSS: ${peakRssMb.toFixed(1)} MB`);
