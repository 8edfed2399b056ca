// File names someone else pushed are shown so that they cannot forge a line of the terminal's output.
import { describe, expect, it } from "vitest";
import { fileList } from "./review.ts";

describe("fileList", () => {
  it("quotes a name with a newline or an escape as JSON, and leaves plain names as they are", () => {
    expect(fileList(["marketing/guardrails.yaml", ".github/workflows/evil.yml"])).toBe(
      "marketing/guardrails.yaml, .github/workflows/evil.yml",
    );
    expect(fileList(["a\n!! approved loopcast/x", "b\u001b[2Jc"])).toBe(
      '"a\\n!! approved loopcast/x", "b\\u001b[2Jc"',
    );
  });
});
