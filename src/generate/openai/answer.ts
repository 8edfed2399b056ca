// Reading the model's answer: a strict schema makes a valid draft likely, not certain (compatible
// servers may ignore it, and a model can be cut off), so the shape is checked before anything is kept.
// Disclosures are legal text: if the model dropped one, it is appended verbatim rather than trusted.

export interface DraftText {
  title: string;
  summary: string;
  body: string;
}

export type ParsedAnswer = { ok: true; draft: DraftText } | { ok: false; problem: string };

export function parseAnswer(content: string): ParsedAnswer {
  let value: unknown;
  try {
    value = JSON.parse(stripCodeFence(content));
  } catch {
    return { ok: false, problem: "it is not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, problem: "it is not a JSON object" };
  }
  const record = value as Record<string, unknown>;
  const draft: Partial<DraftText> = {};
  for (const key of ["title", "summary", "body"] as const) {
    const field = record[key];
    if (typeof field !== "string" || !field.trim()) {
      return {
        ok: false,
        problem: `"${key}" is ${field === undefined ? "missing" : "not a non-empty string"}`,
      };
    }
    draft[key] = key === "body" ? field.trim() : field.trim().replace(/\s+/g, " ");
  }
  return { ok: true, draft: draft as DraftText };
}

/** Appends, in their configured order, the disclosures the body does not contain verbatim. */
export function withDisclosures(body: string, disclosures: string[]): { body: string; appended: string[] } {
  const appended = disclosures.filter((d) => !body.includes(d));
  return {
    body: appended.length ? `${body.trimEnd()}\n\n${appended.join("\n\n")}` : body,
    appended,
  };
}

/** Some compatible servers wrap JSON in a Markdown code fence even when asked for JSON only. */
function stripCodeFence(text: string): string {
  const m = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text);
  return m ? (m[1] as string) : text;
}
