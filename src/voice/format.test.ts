import { describe, expect, it } from "vitest";
import type { Finding } from "./finding.ts";
import { formatFindings } from "./format.ts";

describe("formatFindings", () => {
  it("prints one Vale-like line per finding", () => {
    const findings: Finding[] = [
      {
        ruleId: "loopcast.banned-term",
        severity: "error",
        message: 'Use "new" instead of "revolutionary".',
        line: 12,
        column: 3,
      },
      {
        ruleId: "loopcast.brand-name",
        severity: "warning",
        message: 'Write "GitHub",\nnot "github".',
        line: 14,
        column: 1,
      },
    ];
    expect(formatFindings(findings, "marketing/content/blog/a.md")).toBe(
      [
        'marketing/content/blog/a.md:12:3  error  Use "new" instead of "revolutionary".  [loopcast.banned-term]',
        'marketing/content/blog/a.md:14:1  warning  Write "GitHub", not "github".  [loopcast.brand-name]',
      ].join("\n"),
    );
  });

  it("prints nothing for no findings", () => {
    expect(formatFindings([], "a.md")).toBe("");
  });
});
