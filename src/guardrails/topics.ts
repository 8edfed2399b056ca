// Topic blockers: terms and patterns that send an item to a person, whatever its level.
import type { Guardrails } from "../config/types.ts";
import { compareFindings, type Finding } from "../voice/finding.ts";

type Blocker = NonNullable<NonNullable<Guardrails["topics"]>["blocked"]>[number];

const compiled = new WeakMap<Blocker, RegExp>();

function regexFor(b: Blocker): RegExp {
  let re = compiled.get(b);
  // Equivalent mutant: compiling anew every time (skipping the cache) finds the same matches.
  // Stryker disable next-line ConditionalExpression: equivalent, see above
  if (!re) {
    re =
      b.pattern !== undefined
        ? new RegExp(b.pattern, "giu")
        : new RegExp(
            // Stryker: equivalent — the `?? ""` fallback is never used (the schema requires a term or a pattern),
            // so its mutant has no test that reaches it.
            `(?<![\\p{L}\\p{N}])${escapeRegExp(b.term ?? "").replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`,
            "giu",
          );
    // Stryker disable next-line CallExpression: equivalent — without the cache each call compiles anew.
    compiled.set(b, re);
  }
  re.lastIndex = 0;
  return re;
}

/** One finding per mention, positioned in the file (lineOffset = lines before the body). */
export function topicFindings(body: string, blockers: readonly Blocker[], lineOffset = 0): Finding[] {
  const lineStarts = [0];
  // Stryker disable next-line EqualityOperator: equivalent — body[body.length] is undefined, never a newline.
  for (let i = 0; i < body.length; i++) if (body[i] === "\n") lineStarts.push(i + 1);
  const position = (offset: number) => {
    let line = 0;
    while (
      // Equivalent mutants of this bound check: past the last line start lineStarts[...] is undefined and
      // `undefined <= offset` is false, so the next test alone stops the loop.
      // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: equivalent, see above
      line + 1 < lineStarts.length &&
      (lineStarts[line + 1] as number) <= offset
    )
      line++;
    return { line: line + 1 + lineOffset, column: offset - (lineStarts[line] as number) + 1 };
  };
  const findings: Finding[] = [];
  for (const b of blockers) {
    for (const m of body.matchAll(regexFor(b))) {
      if (!m[0]) continue;
      const start = position(m.index);
      const end = position(m.index + m[0].length);
      findings.push({
        ruleId: "loopcast.topic",
        severity: "warning",
        message: `Mentions "${m[0]}": ${b.reason}. A person must approve this item.`,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        actual: m[0],
      });
    }
  }
  return findings.sort(compareFindings);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
