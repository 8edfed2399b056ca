import { describe, expect, it } from "vitest";
import { parseAnswer, withDisclosures } from "./answer.ts";

describe("parseAnswer", () => {
  it("reads a draft, trimming fields and folding whitespace in the title and summary", () => {
    const answer = JSON.stringify({
      title: " A\ntitle ",
      summary: "One  line.",
      body: "\nLine one\n\nLine two\n",
    });
    expect(parseAnswer(answer)).toEqual({
      ok: true,
      draft: { title: "A title", summary: "One line.", body: "Line one\n\nLine two" },
    });
  });

  it("accepts JSON inside a Markdown code fence, as some compatible servers send it", () => {
    const fenced = '```json\n{"title":"T","summary":"S","body":"B"}\n```';
    expect(parseAnswer(fenced)).toEqual({ ok: true, draft: { title: "T", summary: "S", body: "B" } });
  });

  it("names what is wrong with an answer that is not a draft", () => {
    expect(parseAnswer("Sure, here it is")).toEqual({ ok: false, problem: "it is not valid JSON" });
    expect(parseAnswer("[1]")).toEqual({ ok: false, problem: "it is not a JSON object" });
    expect(parseAnswer('{"title":"T","summary":"S"}')).toEqual({ ok: false, problem: '"body" is missing' });
    expect(parseAnswer('{"title":"T","summary":" ","body":"B"}')).toEqual({
      ok: false,
      problem: '"summary" is not a non-empty string',
    });
  });
});

describe("withDisclosures", () => {
  it("appends only the missing disclosures, in their configured order", () => {
    const result = withDisclosures("Body.\n\nSecond.", ["First.", "Second.", "Third."]);
    expect(result).toEqual({ body: "Body.\n\nSecond.\n\nFirst.\n\nThird.", appended: ["First.", "Third."] });
    expect(withDisclosures("Body. Second.", ["Second."])).toEqual({ body: "Body. Second.", appended: [] });
  });
});
