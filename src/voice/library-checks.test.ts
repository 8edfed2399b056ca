import { ParseEnglish } from "parse-english";
import remarkParse from "remark-parse";
import remarkRetext from "remark-retext";
import retextPassive from "retext-passive";
import { unified } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { checkVoice } from "./check.ts";
import { retextPassiveVoice } from "./plugins/passive-voice.ts";

// loopcast.passive-voice (retext-passive) and loopcast.jargon (retext-simplify), with our
// rule ids, severities, wording and `ignore` lists.

describe("loopcast.passive-voice", () => {
  const body = "The post was written by our team.";

  it("is off unless configured, and passes active prose", () => {
    expect(checkVoice({ body, channel: "blog" }, {})).toEqual([]);
    expect(checkVoice({ body, channel: "blog" }, { passiveVoice: "off" })).toEqual([]);
    expect(
      checkVoice({ body: "Our team wrote the post.", channel: "blog" }, { passiveVoice: "error" }),
    ).toEqual([]);
  });

  it("reports the participle at the configured level", () => {
    expect(
      checkVoice(
        { body: `Intro.\n\n> ${body}`, channel: "blog", lineOffset: 2 },
        { passiveVoice: "warning" },
      ),
    ).toEqual([
      {
        ruleId: "loopcast.passive-voice",
        severity: "warning",
        message: '"written" is in the passive voice here. Say who does it, in the active voice.',
        line: 5,
        column: 16,
        endLine: 5,
        endColumn: 23,
        actual: "written",
      },
    ]);
  });

  it("honours the object form with an ignore list", () => {
    expect(
      checkVoice({ body, channel: "blog" }, { passiveVoice: { level: "error", ignore: ["written"] } }),
    ).toEqual([]);
    const findings = checkVoice({ body, channel: "blog" }, { passiveVoice: { level: "error" } });
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["loopcast.passive-voice", "error"]]);
  });
});

describe("retextPassiveVoice", () => {
  it("finds exactly what retext-passive finds on the whole tree", () => {
    const text = [
      "The post was written by our team. Drafts are reviewed and merged; nothing is lost.",
      "",
      "We wrote it. It has been built, tested and shipped! Being seen matters.",
      "",
      "- Items were made by hand",
      "- and were not broken. The build is green.",
    ].join("\n");
    const run = (plugin: typeof retextPassive) => {
      const processor = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(plugin).freeze();
      const file = new VFile(text);
      processor.runSync(processor.parse(file), file);
      return file.messages.map(
        (m) => `${m.line}:${m.column}-${m.place && "end" in m.place ? m.place.end.column : 0} ${m.ruleId}`,
      );
    };
    const expected = run(retextPassive);
    expect(expected.length).toBeGreaterThanOrEqual(5);
    expect(run(retextPassiveVoice)).toEqual(expected);
  });
});

describe("loopcast.jargon", () => {
  const body = "We utilize git, currently. Be advised: open a pull request.";

  it("reports simpler wording, one message shape per kind of pattern", () => {
    const findings = checkVoice({ body, channel: "blog" }, { jargon: "suggestion" });
    expect(findings.map((f) => [f.column, f.endColumn, f.severity, f.message, f.expected])).toEqual([
      [4, 11, "suggestion", 'Use "use" instead of "utilize".', ["use"]],
      [17, 26, "suggestion", 'Remove "currently", or use "now" instead.', ["now"]],
      [28, 38, "suggestion", 'Remove "Be advised"; it adds nothing.', undefined],
      [52, 59, "suggestion", 'Use "ask" instead of "request".', ["ask"]],
    ]);
    expect(findings.every((f) => f.ruleId === "loopcast.jargon")).toBe(true);
  });

  it("skips phrases on the ignore list, written with spaces or dashes", () => {
    const findings = checkVoice(
      { body, channel: "blog" },
      { jargon: { level: "warning", ignore: ["request", "be advised", "Currently"] } },
    );
    expect(findings.map((f) => [f.actual, f.severity])).toEqual([["utilize", "warning"]]);
  });

  it("lists several alternatives", () => {
    const findings = checkVoice({ body: "Identify the gaps.", channel: "blog" }, { jargon: "suggestion" });
    expect(findings.map((f) => f.message)).toEqual(['Use "find", "name" or "show" instead of "Identify".']);
  });

  it("does not read code", () => {
    expect(checkVoice({ body: "Call `utilize()` here.", channel: "blog" }, { jargon: "warning" })).toEqual(
      [],
    );
  });
});
