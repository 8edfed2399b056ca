import { describe, expect, it } from "vitest";
import { graphemes, splitThread } from "./thread.ts";

const len = (s: string) => graphemes(s).length;

describe("splitThread", () => {
  it("keeps a body of at most 300 graphemes as one post, counting an emoji with its modifiers as one", () => {
    const family = "👩‍👩‍👧‍👦";
    expect(len(family)).toBe(1);
    const body = `${"a".repeat(299)}${family}`;
    expect(splitThread(body)).toEqual([body]);
    expect(splitThread(`${body}b`)).toHaveLength(2);
  });

  it("breaks at a paragraph end, else a sentence end, else a space; no post over the limit", () => {
    expect(splitThread("First part here.\n\nSecond part, longer.", 30)).toEqual([
      "First part here.",
      "Second part, longer.",
    ]);
    expect(splitThread("One two three. Four five six seven", 20)).toEqual([
      "One two three.",
      "Four five six seven",
    ]);
    expect(splitThread("alpha beta gamma delta epsilon", 12)).toEqual([
      "alpha beta",
      "gamma delta",
      "epsilon",
    ]);
  });

  it("cuts a single word longer than a post, and loses no text", () => {
    const word = "x".repeat(25);
    expect(splitThread(word, 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    const body = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(30).trim();
    const posts = splitThread(body);
    for (const p of posts) expect(len(p)).toBeLessThanOrEqual(300);
    expect(posts.join(" ")).toBe(body);
  });
});
