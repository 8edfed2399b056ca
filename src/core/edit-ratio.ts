// How much a person changed an item before approving it: changed characters / length of the original,
// measured with a real character diff (Myers' algorithm, from the `diff` package).
import { diffChars } from "diff";

export function editRatio(original: string, edited: string): number {
  // Equivalent mutant: a diff of equal texts has no change, so the ratio is 0 without this shortcut too.
  // Stryker disable next-line ConditionalExpression: equivalent, see above
  if (original === edited) return 0;
  let changed = 0;
  for (const part of diffChars(original, edited))
    if (part.added || part.removed) changed += part.value.length;
  return Math.round((changed / Math.max(original.length, 1)) * 10_000) / 10_000;
}
