import { describe, expect, it } from "vitest";
import { fillTemplate, generalise, type Values } from "./fill.ts";

const values: Values = {
  business: "Padaria Lisboa",
  url: "https://padaria.example",
  audience: "Local families in Lisbon",
  description: "A bakery in Alfama.",
  pillar: "Bread worth waking up for",
  summary: "Our sourdough rises for a day.",
  point: "The first batch comes out of the oven at 7.",
};

describe("fillTemplate", () => {
  it("opens a sentence with a capital, and keeps a value's own capitals", () => {
    expect(fillTemplate("{audience}, this one is for you.", { ...values, audience: "people nearby" })).toBe(
      "People nearby, this one is for you.",
    );
    expect(fillTemplate("Hi. {audience} come first.", { ...values, audience: "regulars" })).toBe(
      "Hi. Regulars come first.",
    );
    expect(fillTemplate("## {audience}", { ...values, audience: "iPhone owners" })).toBe("## iPhone owners");
  });

  it("lowercases a determiner inside a sentence and leaves any other word as configured", () => {
    expect(fillTemplate("Why {point}", values)).toBe("Why the first batch comes out of the oven at 7");
    expect(fillTemplate("Most {audience} know it.", values)).toBe("Most Local families in Lisbon know it.");
    expect(fillTemplate("Most {audience} know it.", { ...values, audience: "The regulars" })).toBe(
      "Most the regulars know it.",
    );
    // After a colon, as written.
    expect(fillTemplate("{pillar}: {point}", values)).toBe(
      "Bread worth waking up for: The first batch comes out of the oven at 7",
    );
  });

  it("writes names and links as configured wherever they stand", () => {
    expect(fillTemplate("{business}: {url}", { ...values, business: "the corner shop" })).toBe(
      "the corner shop: https://padaria.example",
    );
    expect(fillTemplate("Find {business} at {url}.", values)).toBe(
      "Find Padaria Lisboa at https://padaria.example.",
    );
  });

  it("ends a sentence once, whatever mark the value ends with", () => {
    expect(fillTemplate("{point}.", values)).toBe("The first batch comes out of the oven at 7.");
    expect(fillTemplate("{point}.", { ...values, point: "Fresh at 7?" })).toBe("Fresh at 7?");
    expect(fillTemplate("{point}. More", { ...values, point: "Fresh at 7!" })).toBe("Fresh at 7! More");
  });

  it("fills in one pass: a value holding a placeholder is written as it is", () => {
    expect(fillTemplate("{business} for {audience}", { ...values, business: "{audience} Co" })).toBe(
      "{audience} Co for Local families in Lisbon",
    );
  });
});

describe("generalise", () => {
  it("turns the values back into placeholders, in any shape filling gives them, whole words only", () => {
    const slots = new Set(["business", "url", "point"] as const);
    expect(
      generalise("Fresh today: the first batch comes out of the oven at 7", values, new Set(slots)),
    ).toBe("Fresh today: {point}");
    expect(generalise("Order from Padaria Lisboa at https://padaria.example", values, new Set(slots))).toBe(
      "Order from {business} at {url}",
    );
    expect(generalise("Padaria Lisboans", values, new Set(slots))).toBe("Padaria Lisboans");
    // A slot not asked for stays text.
    expect(generalise("Bread worth waking up for", values, new Set(slots))).toBe("Bread worth waking up for");
  });

  it("round-trips: filling a generalised text gives the text back", () => {
    const text = "Fresh today, the first batch comes out of the oven at 7, from Padaria Lisboa";
    const template = generalise(text, values, new Set(["business", "point"] as const));
    expect(template).toBe("Fresh today, {point}, from {business}");
    expect(fillTemplate(template, values)).toBe(text);
  });
});
