// The guardrail check of one item: voice and topic findings positioned in the file, their counts, and
// every reason a person must merge it whatever the workflow's level.
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { renderItem } from "../state/item.ts";
import { checkItemText, findingLines } from "./check-item.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let base: Config;
beforeAll(async () => {
  base = await requireConfig(`${ROOT}/marketing`);
});

function itemText(
  body: string,
  channel = "mastodon",
  fields: { title?: string; summary?: string } = {},
): string {
  return renderItem({
    meta: {
      cycle: "daily-social@20261201T1130Z",
      workflow: "daily-social",
      channel,
      slot: "2026-12-01T11:30:00.000Z",
      title: fields.title ?? "A post",
      summary: fields.summary ?? "A post",
      arms: {},
      generator: "template",
    },
    body,
  });
}

const FILE = "marketing/content/daily-social/x.md";

describe("checkItemText", () => {
  it("passes a clean item on an allowed channel", () => {
    const check = checkItemText(base, itemText("Review your marketing like code."), FILE);
    expect(check).toEqual({ findings: [], errors: 0, warnings: 0, suggestions: 0, needsHuman: [] });
  });

  it("counts voice errors and topic warnings, positioned in the file", () => {
    const text = itemText("A calm line.\nOur revolutionary pricing.");
    const check = checkItemText(base, text, FILE);
    // The body starts after the front matter and one blank line.
    const bodyStart = text.split("\n").indexOf("A calm line.") + 1;
    expect(check.findings.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
      ["loopcast.banned-term", "error", bodyStart + 1, 5],
      ["loopcast.topic", "warning", bodyStart + 1, 19],
    ]);
    expect([check.errors, check.warnings, check.suggestions]).toEqual([1, 1, 0]);
  });

  it("checks no voice when the guardrails have no voice lock", () => {
    const config = { ...base, guardrails: { ...base.guardrails, voice: undefined } };
    const check = checkItemText(config, itemText("Our revolutionary launch!!!"), FILE);
    expect(check.findings).toEqual([]);
    expect(check.errors).toBe(0);
  });

  it("sends an item that mentions a blocked topic to a person, once per reason", () => {
    const check = checkItemText(
      base,
      itemText("New pricing today. The pricing is simple: 20% off, no coupon."),
      FILE,
    );
    expect(check.needsHuman).toEqual([
      "topic: pricing changes need the founder",
      "topic: offers are decided by a person",
    ]);
    expect(check.warnings).toBe(4);
  });

  it("sends spend above requireApprovalAbove to a person, and spend at it to nobody", () => {
    const body = "Review your marketing like code.";
    expect(checkItemText(base, itemText(body), FILE, 15).needsHuman).toEqual([]);
    expect(checkItemText(base, itemText(body), FILE, 15.5).needsHuman).toEqual([
      "spend 15.50 EUR is above requireApprovalAbove (15.00 EUR)",
    ]);
    const noCap = {
      ...base,
      guardrails: { ...base.guardrails, budget: { currency: "EUR", weekly: 40 } },
    };
    expect(checkItemText(noCap, itemText(body), FILE, 1000).needsHuman).toEqual([]);
  });

  it("sends an item for a channel outside the allow-list to a person", () => {
    const body = "Review your marketing like code.";
    expect(checkItemText(base, itemText(body, "webhook"), FILE).needsHuman).toEqual([
      'channel "webhook" is not in the guardrails\' allow-list',
    ]);
    const noList = { ...base, guardrails: { ...base.guardrails, channels: {} } };
    expect(checkItemText(noList, itemText(body, "webhook"), FILE).needsHuman).toEqual([]);
  });
});

describe("markup in an item", () => {
  const MARKUP = ["loopcast.raw-html", "loopcast.unsafe-link", "loopcast.template-tag"];

  it("refuses raw HTML, links that run code and template tags, each where it stands", () => {
    const lines = [
      "A calm line.",
      "<script>alert(1)</script>",
      "See <img src=x onerror=alert(1)> here.",
      "<iframe src=javascript:alert(1)></iframe>",
      "",
      "Go [click](javascript:alert(1)) now.",
      "Token {{ site.github.token }} and {% include secrets.txt %}.",
    ];
    for (const channel of ["blog", "mastodon"]) {
      const text = itemText(lines.join("\n"), channel);
      const check = checkItemText(base, text, FILE);
      const at = (needle: string) => {
        const all = text.split("\n");
        const i = all.findIndex((l) => l.includes(needle));
        return [i + 1, (all[i] as string).indexOf(needle) + 1];
      };
      const found = check.findings.filter((f) => MARKUP.includes(f.ruleId));
      expect(found.map((f) => [f.ruleId, f.severity, f.line, f.column])).toEqual([
        ["loopcast.raw-html", "error", ...at("<script>alert(1)</script>")],
        ["loopcast.raw-html", "error", ...at("<img src=x")],
        ["loopcast.raw-html", "error", ...at("<iframe")],
        ["loopcast.unsafe-link", "error", ...at("[click]")],
        ["loopcast.template-tag", "error", ...at("{{ site")],
        ["loopcast.template-tag", "error", ...at("{% include")],
      ]);
      expect(check.errors).toBeGreaterThanOrEqual(6);
      expect(found[0]?.message).toBe(
        'Raw HTML "<script>alert(1)</script>": an item is published as text, and a tag could run script on the blog or in a feed reader. Remove it, or put it in backticks to show it as code.',
      );
      expect(found[3]?.message).toMatch(
        /^Link to a javascript: URL "\[click\]\(javascript:alert\(1\)\)": only http, https, mailto/,
      );
      expect(found[4]?.message).toMatch(
        /^Template tag "\{\{ site\.github\.token \}\}": the static site would run it/,
      );
    }
  });

  it("refuses markup in the title and the summary, at their line of the front matter", () => {
    const text = itemText("Review your marketing like code.", "mastodon", {
      title: "<script>alert(1)</script> Launch",
      summary: "Launch {{ site.github.token }}",
    });
    const check = checkItemText(base, text, FILE);
    const line = (key: string) => text.split("\n").findIndex((l) => l.startsWith(key)) + 1;
    expect(check.findings.map((f) => [f.ruleId, f.line, f.column, f.message.slice(0, 40)])).toEqual([
      ["loopcast.raw-html", line("title:"), 8, 'Raw HTML "<script>" in the title: an ite'],
      ["loopcast.raw-html", line("title:"), 24, 'Raw HTML "</script>" in the title: an it'],
      ["loopcast.template-tag", line("summary:"), 17, 'Template tag "{{ site.github.token }}" i'],
    ]);
    expect(check.errors).toBe(3);
  });
});

describe("findingLines", () => {
  it("writes one line per finding: file:line:col, severity, message and rule", () => {
    const lines = findingLines(
      [
        { ruleId: "loopcast.topic", severity: "warning", message: "Mentions x.", line: 3, column: 7 },
        { ruleId: "loopcast.banned-term", severity: "error", message: "Use y.", line: 9, column: 1 },
      ],
      "a.md",
    );
    expect(lines).toEqual([
      "a.md:3:7  warning  Mentions x.  [loopcast.topic]",
      "a.md:9:1  error  Use y.  [loopcast.banned-term]",
    ]);
  });
});
