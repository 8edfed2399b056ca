// The config proposals of the ladder: the workflow's YAML with its level changed — only the level's value,
// spliced into the text, so the person's formatting, flow lists and comments stay exactly as written and
// the proposal's diff is one line.
import { isMap, isScalar, parseDocument } from "yaml";
import type { Level } from "../config/types.ts";

export function withLevel(yamlText: string, level: Level): string {
  const doc = parseDocument(yamlText);
  const pair = isMap(doc.contents)
    ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === "level")
    : undefined;
  const range = pair && isScalar(pair.value) ? pair.value.range : undefined;
  if (!range) {
    // No level yet (the schema requires one, so a file that validated has it): add it at the end.
    doc.set("level", level);
    return doc.toString({ lineWidth: 0 });
  }
  return `${yamlText.slice(0, range[0])}${level}${yamlText.slice(range[1])}`;
}

// Stryker disable StringLiteral: L0–L2 are never shown (a demotion goes to L3, a promotion to L4 or L5); the
// L3–L5 texts are checked where they are shown (src/pipeline/apply-autonomy-run.test.ts).
export const LEVEL_MEANING: Record<Level, string> = {
  L0: "a person does everything; Loopcast generates nothing",
  L1: "drafts only on request",
  L2: "publishes human-written items from the queue on the cadence",
  // Stryker restore StringLiteral
  L3: "every item is proposed and needs a person's merge",
  L4: "items are proposed and merged automatically after the review window unless someone objects (hold, changes requested, an edit)",
  L5: "items are merged as soon as every check passes; exceptions go to the queue",
};
