import type { Finding } from "./finding.ts";

/**
 * Findings as Vale-like text, one line each: `file:line:col  severity  message  [ruleId]`.
 * Returns the lines joined with "\n" (no trailing newline); "" when there are none.
 */
export function formatFindings(findings: readonly Finding[], file: string): string {
  return findings
    .map(
      (finding) =>
        `${file}:${finding.line}:${finding.column}  ${finding.severity}  ${oneLine(finding.message)}  [${finding.ruleId}]`,
    )
    .join("\n");
}

// A message quotes the text it is about, which may wrap; one finding must stay one line.
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ");
}
