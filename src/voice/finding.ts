/** How serious a finding is: `error` blocks auto-merge and publishing; the others are advice. */
export type Severity = "error" | "warning" | "suggestion";

/**
 * One brand-voice result on an item, in the manner of Vale. Lines and columns are 1-based and
 * point into the file the body came from (`lineOffset` already added); columns count UTF-16
 * code units, as unified and most editors do.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** The text as written, when the finding is about specific words. */
  actual?: string;
  /** What to write instead, when there is a suggestion. */
  expected?: string[];
}

/** Order by position, then rule id, then message, so output is stable whatever the plugin order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

// Plain code-unit comparison: localeCompare would make the order depend on the machine's locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
