// The content brief for one draft: the pillar, the point and the title, hook and call-to-action
// variants — the learner's options when the planner chose them, otherwise drawn with the seeded random
// source — from the same lists for both generators. So an arm ("pillar: guardrails, hook: 2") recorded in the ledger means the same
// thing whichever generator wrote the item, also across a switch from one generator to the other.
import { createHash } from "node:crypto";
import type { Pillar } from "../config/types.ts";
import { seededRandom } from "../core/random.ts";
import type { GenerateRequest } from "./types.ts";

export const DEFAULT_TITLES = [
  "{pillar}: {point}",
  "What we learned about {pillar}",
  "{pillar}, in practice",
];
export const DEFAULT_HOOKS = [
  "Most {audience} meet this the hard way.",
  "Here is a small change with a large effect.",
  "This is the question nobody asks until it is too late.",
];
export const DEFAULT_CTAS = [
  "Read more at {url}.",
  "Try it on your own repository: {url}",
  "Tell us what you think: {url}",
];

export interface ContentBrief {
  pillar: Pillar;
  point: string;
  /** The pillar's other points, starting after the chosen one: material the writer may draw on. */
  others: string[];
  title: string;
  hook: string;
  cta: string;
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
  const pointIndex = random.int(pillar.points.length);
  const titleIndex = armIndex(given?.title, titles.length) ?? random.int(titles.length);
  const hookIndex = armIndex(given?.hook, hooks.length) ?? random.int(hooks.length);
  const ctaIndex = armIndex(given?.cta, ctas.length) ?? random.int(ctas.length);

  const point = pillar.points[pointIndex] as string;
  const fill = (template: string) =>
    template
      .replaceAll("{pillar}", pillar.name)
      .replaceAll("{point}", point.trim().replace(/[.]+$/, ""))
      .replaceAll("{business}", req.strategy.business.name)
      .replaceAll("{audience}", req.strategy.business.audience)
      .replaceAll("{url}", req.strategy.business.url);
  const title = fill(titles[titleIndex] as string);
  return {
    pillar,
    point,
    others: [...pillar.points.slice(pointIndex + 1), ...pillar.points.slice(0, pointIndex)],
    title: title.charAt(0).toUpperCase() + title.slice(1),
    hook: fill(hooks[hookIndex] as string),
    cta: fill(ctas[ctaIndex] as string),
    arms: {
      pillar: pillar.id,
      point: String(pointIndex),
      title: String(titleIndex),
      hook: String(hookIndex),
      cta: String(ctaIndex),
    },
  };
}
