// The embedded default generator: deterministic, readable items built from the strategy's pillars and
// the workflow's templates, seeded by the cycle id, and always within the channel's length limit.
import { GenerateError } from "../errors.ts";
import { graphemeLength } from "../state/item.ts";
import { chooseBrief } from "./brief.ts";
import type { Draft, GenerateRequest, Generator } from "./types.ts";

export class TemplateGenerator implements Generator {
  readonly id = "template";

  async generate(req: GenerateRequest): Promise<Draft> {
    // The same brief (pillar, point, variants, arms) the OpenAI generator draws; a retry draws another
    // (its seed includes the attempt) and applies the fixes it was given.
    const brief = chooseBrief(req);
    const { pillar, point, title, hook, cta, others } = brief;
    const parts = { title, hook, cta, point, others, pillar, disclosures: req.disclosures };

    const candidates = bodies(req.workflow.format, parts, req.strategy.business.name);
    const body = candidates
      .map((b) => applyFixes(b, req.feedback))
      .find((b) => graphemeLength(b) <= req.maxLength);
    if (body === undefined) {
      throw new GenerateError(
        `${req.cycle}: even the shortest ${req.workflow.format} (${graphemeLength(candidates.at(-1) ?? "")} characters) is longer than channel "${req.channel.id}" allows (${req.maxLength}); raise maxLength or shorten the templates and disclosures`,
      );
    }
    return {
      title: applyFixes(title, req.feedback),
      summary: applyFixes(stripPeriod(point), req.feedback),
      body,
      arms: brief.arms,
      tokens: 0,
    };
  }
}

/** Replaces words a finding names with the replacement it suggests (banned terms, brand capitalisation). */
function applyFixes(text: string, feedback: GenerateRequest["feedback"]): string {
  let out = text;
  for (const f of feedback ?? []) {
    const replacement = f.expected?.[0];
    if (f.actual && replacement !== undefined) out = out.split(f.actual).join(replacement);
  }
  return out;
}

interface Parts {
  title: string;
  hook: string;
  cta: string;
  point: string;
  others: string[];
  pillar: { name: string; summary?: string; keywords?: string[] };
  disclosures: string[];
}

/** Candidate bodies from longest to shortest; the first that fits the channel is used. */
function bodies(format: "article" | "email" | "post", p: Parts, business: string): string[] {
  const footer = p.disclosures.length ? `\n\n${p.disclosures.join("\n\n")}` : "";
  const summary = p.pillar.summary ? ` ${p.pillar.summary}` : "";
  if (format === "post") {
    const tags = (p.pillar.keywords ?? []).map((k) => `#${k.replace(/[^\p{L}\p{N}]/gu, "")}`).join(" ");
    const full = `${p.hook} ${sentence(p.point)}\n\n${p.cta}${tags ? `\n\n${tags}` : ""}${footer}`;
    return [
      full,
      `${p.hook} ${sentence(p.point)}\n\n${p.cta}${footer}`,
      `${sentence(p.point)} ${p.cta}${footer}`,
    ];
  }
  const sections = p.others.slice(0, 3);
  const articleWith = (n: number) => {
    const blocks = [`${p.hook}${summary}`, `## ${headline(p.point)}`, explain(p.point)];
    for (const s of sections.slice(0, n)) blocks.push(`## ${headline(s)}`, explain(s));
    blocks.push(`## What to do next`, p.cta);
    return `${blocks.join("\n\n")}${footer}`;
  };
  const emailWith = (n: number) => {
    const bullets = [p.point, ...sections.slice(0, n)].map((s) => `- ${sentence(s)}`).join("\n");
    return `Hi there,\n\n${p.hook}${summary}\n\nThis week, on ${p.pillar.name.toLowerCase()}:\n\n${bullets}\n\n${p.cta}\n\nThe ${business} team${footer}`;
  };
  const make = format === "article" ? articleWith : emailWith;
  return [3, 2, 1, 0].map(make);
}

function explain(point: string): string {
  return `${sentence(point)} It sounds small, and it is, but it changes how much you can trust the work that goes out under your name. Start with one workflow, watch what happens for a few weeks, and keep what earns its place.`;
}

function headline(point: string): string {
  const words = stripPeriod(point).split(/\s+/);
  return capitalise(words.length > 9 ? `${words.slice(0, 9).join(" ")}…` : words.join(" "));
}

function sentence(text: string): string {
  const t = capitalise(text.trim());
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function stripPeriod(text: string): string {
  return text.trim().replace(/[.]+$/, "");
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
