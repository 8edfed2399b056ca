// The content brief for one draft: the pillar, the point and the title, hook and call-to-action
// variants — the learner's options when the planner chose them, otherwise drawn with the seeded random
// source — from the same lists for both generators. So an arm ("pillar: guardrails, hook: 2") recorded in the ledger means the same
// thing whichever generator wrote the item, also across a switch from one generator to the other.
import { createHash } from "node:crypto";
import type { Pillar } from "../config/types.ts";
import { seededRandom } from "../core/random.ts";
import { capitalise, fillTemplate, type Values } from "./fill.ts";
import type { GenerateRequest } from "./types.ts";

// The defaults speak only of what the configuration says about the business. The audience opens its
// sentence (where any noun phrase reads well); names and links stand where they are written as configured.
export const DEFAULT_TITLES = ["{point}", "{pillar}: {point}", "From {business}: {point}"];
export const DEFAULT_HOOKS = ["{audience}, this one is for you.", "News from {business}.", "{pillar}."];
export const DEFAULT_CTAS = ["Read more at {url}", "Find {business} at {url}", "{business}: {url}"];

export interface ContentBrief {
  pillar: Pillar;
  point: string;
  /** The pillar's other points, starting after the chosen one: material the writer may draw on. */
  others: string[];
  title: string;
  hook: string;
  cta: string;
  /** The title, hook and call-to-action templates before filling: what a lesson from a person's edit is keyed by. */
  variants: { title: string; hook: string; cta: string };
  /** What the placeholders were filled with. */
  values: Values;
  arms: Record<string, string>;
}

/** The seed of a draft: the cycle id, and for a retry the attempt too, as the template generator does. */
export function seedText(req: Pick<GenerateRequest, "cycle" | "attempt">): string {
  return (req.attempt ?? 1) > 1 ? `${req.cycle}#${req.attempt}` : req.cycle;
}

/**
 * The `seed` sent to the API, from the same text: providers that honour it answer a repeated request
 * alike. 31 bits, because some OpenAI-compatible servers keep the seed in a signed 32-bit integer.
 */
export function requestSeed(req: Pick<GenerateRequest, "cycle" | "attempt">): number {
  return createHash("sha256").update(seedText(req)).digest().readUInt32LE(0) >>> 1;
}

/** An arm recorded as an index ("2") into a list of `length`, if it is one. */
function armIndex(arm: string | undefined, length: number): number | undefined {
  if (arm === undefined || !/^\d+$/.test(arm)) return undefined;
  const i = Number(arm);
  return i < length ? i : undefined;
}

export function chooseBrief(req: GenerateRequest): ContentBrief {
  const random = seededRandom(seedText(req));
  const pillars = req.strategy.pillars.filter((p) => req.workflow.pillars.includes(p.id));
  const drawnPillar = random.pick(pillars.length ? pillars : req.strategy.pillars);
  const t = req.workflow.templates ?? {};
  const titles = t.titles ?? DEFAULT_TITLES;
  const hooks = t.hooks ?? DEFAULT_HOOKS;
  const ctas = t.ctas ?? DEFAULT_CTAS;
  // The learner's options, when given for a first draft and still valid for the configuration.
  const given = (req.attempt ?? 1) === 1 ? req.arms : undefined;
  const pillar = req.strategy.pillars.find((p) => p.id === given?.pillar) ?? drawnPillar;
  // The point is drawn in any case (so the draws after it stay the same) and replaced by a valid given
  // one: an earlier item's arms name its point, and the template generator rewrites it to learn from it.
  const drawnPoint = random.int(pillar.points.length);
  const pointIndex = armIndex(given?.point, pillar.points.length) ?? drawnPoint;
  const titleIndex = armIndex(given?.title, titles.length) ?? random.int(titles.length);
  const hookIndex = armIndex(given?.hook, hooks.length) ?? random.int(hooks.length);
  const ctaIndex = armIndex(given?.cta, ctas.length) ?? random.int(ctas.length);

  const point = pillar.points[pointIndex] as string;
  const values = briefValues(req, pillar, point);
  const variants = {
    title: titles[titleIndex] as string,
    hook: hooks[hookIndex] as string,
    cta: ctas[ctaIndex] as string,
  };
  return {
    pillar,
    point,
    others: [...pillar.points.slice(pointIndex + 1), ...pillar.points.slice(0, pointIndex)],
    title: capitalise(fillTemplate(variants.title, values)),
    hook: fillTemplate(variants.hook, values),
    cta: fillTemplate(variants.cta, values),
    variants,
    values,
    arms: {
      pillar: pillar.id,
      point: String(pointIndex),
      title: String(titleIndex),
      hook: String(hookIndex),
      cta: String(ctaIndex),
    },
  };
}

/** The values of the placeholders for an item on `point` of `pillar`. */
export function briefValues(req: Pick<GenerateRequest, "strategy">, pillar: Pillar, point: string): Values {
  const b = req.strategy.business;
  return {
    business: b.name,
    url: b.url,
    audience: b.audience,
    description: b.description,
    pillar: pillar.name,
    summary: pillar.summary ?? "",
    point,
  };
}
