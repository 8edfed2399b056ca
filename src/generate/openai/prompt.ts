// What the model is told. The system message carries what holds for every item of the channel (the
// business, the voice guide, the format, the length limit, the disclosures); the user message carries
// this cycle's brief and, on a retry, the findings the earlier draft must fix. Pure functions, so the
// tests read the exact text a model would see.
import type { ResponseFormatJSONSchema } from "openai/resources/shared";
import { graphemeLength } from "../../state/item.ts";
import type { ContentBrief } from "../brief.ts";
import type { GenerateRequest } from "../types.ts";

/** Structured Outputs: a strict schema makes the model answer exactly these three strings. */
export const DRAFT_FORMAT = {
  type: "json_schema",
  json_schema: {
    name: "loopcast_draft",
    strict: true,
    schema: {
      type: "object",
      additionalProperties: false,
      required: ["title", "summary", "body"],
      properties: {
        title: { type: "string", description: "The item's title, plain text, without a trailing period." },
        summary: {
          type: "string",
          description: "One plain sentence for previews, feeds and the pull request.",
        },
        body: {
          type: "string",
          description: "The item itself, within the length limit, ending with the required disclosures.",
        },
      },
    },
  },
} satisfies ResponseFormatJSONSchema;

const FORMATS: Record<GenerateRequest["workflow"]["format"], (business: string) => string> = {
  article: () =>
    "a blog article in Markdown: an opening paragraph, two to four sections under `##` headings, and a closing call to action. Do not repeat the title as a heading.",
  email: (business) =>
    `a newsletter email in Markdown: a short greeting, an opening paragraph, a few bullet points, a call to action, and a sign-off from the ${business} team.`,
  post: () =>
    "a short social media status in plain text (no Markdown headings): one idea, the call to action with its link, and at most three hashtags.",
};

export function systemMessage(req: GenerateRequest): string {
  const b = req.strategy.business;
  const channel = req.channel.name ? `${req.channel.name} (${req.channel.type})` : req.channel.type;
  const parts = [
    `You write marketing content for ${b.name} (${b.url}). ${b.description}`,
    `The readers: ${b.audience}.`,
  ];
  if (req.voiceGuide.trim()) {
    parts.push(`Follow this brand voice guide:\n\n<voice-guide>\n${req.voiceGuide.trim()}\n</voice-guide>`);
  }
  parts.push(
    `Write ${FORMATS[req.workflow.format](b.name)}`,
    `It goes out on the channel "${req.channel.id}", ${channel}. The body must be at most ${req.maxLength} characters long, everything included.`,
  );
  if (req.disclosures.length) {
    const list = req.disclosures.map((d) => `- ${d}`).join("\n");
    parts.push(
      `The body must end with these disclosures, each copied verbatim in its own paragraph:\n\n${list}`,
    );
  }
  parts.push(
    'Answer with a JSON object: "title" (plain text), "summary" (one sentence) and "body" (the item). Never invent facts, numbers or customers that are not given here.',
  );
  return parts.join("\n\n");
}

export function userMessage(req: GenerateRequest, brief: ContentBrief): string {
  const p = brief.pillar;
  const lines = [
    `Topic: ${p.name}.${p.summary ? ` ${p.summary}` : ""}`,
    `The one point to make: ${brief.point}`,
  ];
  // A post makes one point (the voice guide's rule); longer formats may touch on the pillar's others.
  if (brief.others.length && req.workflow.format !== "post") {
    lines.push(`Related points you may mention briefly:\n${brief.others.map((o) => `- ${o}`).join("\n")}`);
  }
  lines.push(
    `A title in the spirit of: ${brief.title}`,
    `Open in the spirit of: ${brief.hook}`,
    `Close with a call to action in the spirit of: ${brief.cta}`,
  );
  if (p.keywords?.length) lines.push(`Keywords: ${p.keywords.join(", ")}`);
  // The photos go out with the text: the model knows them only by their alt text, a person's own words.
  if (req.media?.length) {
    lines.push(
      `The item is published with ${req.media.length === 1 ? "this photo" : "these photos"} (described for people who cannot see ${req.media.length === 1 ? "it" : "them"}); write so the text fits, without describing ${req.media.length === 1 ? "it" : "them"} at length:\n${req.media.map((m) => `- ${m.alt}`).join("\n")}`,
    );
  }
  const feedback = req.feedback ?? [];
  if (feedback.length) {
    const fixes = feedback.map((f) => {
      const replace = f.actual
        ? f.expected?.length
          ? ` Replace "${f.actual}" with "${f.expected[0]}".`
          : ` Do not write "${f.actual}".`
        : "";
      return `- ${f.message}${replace}`;
    });
    lines.push(
      `An earlier draft of this item broke the brand rules. This draft must not repeat these mistakes:\n${fixes.join("\n")}`,
    );
  }
  return lines.join("\n\n");
}

/** The follow-up when a body was too long: the measured length and the limit, in the model's terms. */
export function tooLongMessage(body: string, maxLength: number): string {
  return `That body is ${graphemeLength(body)} characters long, but the channel allows at most ${maxLength}, disclosures included. Write the item again, shorter, with the same JSON fields; keep the disclosures verbatim.`;
}

/** The follow-up when an answer could not be read as a draft. */
export function invalidAnswerMessage(problem: string): string {
  return `That answer could not be used: ${problem}. Answer again with only the JSON object with the string fields "title", "summary" and "body".`;
}
