// A promotion or demotion proposal changes the level and nothing else in the person's file.
import { describe, expect, it } from "vitest";
import { withLevel } from "./config-change.ts";

describe("withLevel", () => {
  it("changes only the level's value: flow lists, quotes, comments and spacing stay as written", () => {
    const text = [
      "# Daily social post",
      "id: daily-social",
      "level: L3 # earned, not given",
      'cadence: "30 12 * * 1-5"',
      "pillars: [guardrails, gitops]",
      "templates:",
      "  hooks: ['One thing:',   \"Two\"]",
      "",
    ].join("\n");
    const out = withLevel(text, "L4");
    expect(out).toBe(text.replace("level: L3 #", "level: L4 #"));
  });

  it("handles a quoted level, and adds one where there is none", () => {
    expect(withLevel('id: x\nlevel: "L3"\n', "L4")).toBe("id: x\nlevel: L4\n");
    expect(withLevel("id: x\n", "L4")).toBe("id: x\nlevel: L4\n");
  });
});
