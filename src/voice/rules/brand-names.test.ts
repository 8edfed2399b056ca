import { describe, expect, it } from "vitest";
import { checkVoice } from "../check.ts";
import type { VoiceRules } from "../types.ts";

const rules: VoiceRules = {
  brandNames: ["GitHub", "Loopcast", { name: "Google Analytics", severity: "error" }],
};
const check = (body: string) => checkVoice({ body, channel: "mastodon" }, rules);

describe("loopcast.brand-name", () => {
  it("passes names written exactly", () => {
    expect(check("Loopcast opens pull requests on GitHub and reads Google Analytics.")).toEqual([]);
  });

  it("reports another capitalisation with the right spelling", () => {
    expect(check("Push to github.")).toEqual([
      {
        ruleId: "loopcast.brand-name",
        severity: "warning",
        message: 'Write "GitHub", not "github".',
        line: 1,
        column: 9,
        endLine: 1,
        endColumn: 15,
        actual: "github",
        expected: ["GitHub"],
      },
    ]);
  });

  it("uses a name's own severity and matches names of several words", () => {
    const findings = check("LOOPCAST reads google\nanalytics.");
    expect(
      findings.map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.message}`),
    ).toEqual([
      '1:1-1:9 warning Write "Loopcast", not "LOOPCAST".',
      '1:16-2:10 error Write "Google Analytics", not "google analytics".',
    ]);
  });

  it("ignores URLs, e-mail addresses, domains, handles and code", () => {
    const body =
      "Mail hi@loopcast.dev, see https://github.com/x, api.github.com, loopcast.dev, @github and `github`.";
    expect(check(body)).toEqual([]);
  });
});
