import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { GenerateError } from "../errors.ts";
import { checkItemText } from "../guardrails/check-item.ts";
import { graphemeLength, renderItem } from "../state/item.ts";
import { DEFAULT_HOOKS } from "./brief.ts";
import { TemplateGenerator } from "./template.ts";
import type { Draft, GenerateRequest } from "./types.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let config: Config;
beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});

function request(
  workflowId: string,
  cycle: string,
  maxLength: number,
  disclosures: string[] = [],
): GenerateRequest {
  const workflow = config.workflows.find((w) => w.id === workflowId);
  if (!workflow) throw new Error(workflowId);
  const channel = config.strategy.channels.find((c) => c.id === workflow.channel);
  if (!channel) throw new Error(workflow.channel);
  return {
    cycle,
    slot: new Date(),
    workflow,
    channel,
    strategy: config.strategy,
    voiceGuide: "",
    disclosures,
    maxLength,
  };
}

describe("TemplateGenerator", () => {
  const gen = new TemplateGenerator();

  it("is deterministic for a cycle and varies across cycles", async () => {
    const a = await gen.generate(request("weekly-blog", "weekly-blog@20261201T0800Z", 12000));
    const b = await gen.generate(request("weekly-blog", "weekly-blog@20261201T0800Z", 12000));
    expect(b).toEqual(a);
    const bodies = new Set<string>();
    for (let d = 1; d <= 8; d++) {
      bodies.add(
        (
          await gen.generate(
            request("weekly-blog", `weekly-blog@202612${String(d).padStart(2, "0")}T0800Z`, 12000),
          )
        ).body,
      );
    }
    expect(bodies.size).toBeGreaterThan(3);
  });

  it("writes from the workflow's pillars and templates and records the choices as arms", async () => {
    const d = await gen.generate(
      request("weekly-newsletter", "weekly-newsletter@20261203T0700Z", 6000, ["Unsubscribe at any time."]),
    );
    const pillar = config.strategy.pillars.find((p) => p.id === d.arms.pillar);
    expect(["review-is-approval", "earned-autonomy"]).toContain(d.arms.pillar);
    expect(d.body).toContain(pillar?.points[Number(d.arms.point)]);
    expect(d.body.startsWith("Hi there,")).toBe(true);
    expect(d.body.trimEnd().endsWith("Unsubscribe at any time.")).toBe(true);
    expect(Object.keys(d.arms).sort()).toEqual(["cta", "hook", "pillar", "point", "title"]);
  });

  it("writes the longest body that fits the channel, and refuses only when even the shortest does not", async () => {
    let written = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4000 }),
        fc.integer({ min: 1, max: 28 }),
        async (max, day) => {
          const cycle = `daily-social@202612${String(day).padStart(2, "0")}T1130Z`;
          // With room for everything, the longest variant: what a tighter limit may only shorten.
          const full = await gen.generate(request("daily-social", cycle, 1_000_000));
          const hook = config.workflows.find((w) => w.id === "daily-social")?.templates?.hooks?.[
            Number(full.arms.hook)
          ];
          expect(hook, JSON.stringify(full.arms)).toBeDefined();
          expect(full.body.startsWith(`${hook} `)).toBe(true);
          const keywords = config.strategy.pillars.find((p) => p.id === full.arms.pillar)?.keywords ?? [];
          for (const k of keywords) expect(full.body).toContain(`#${k}`);
          let draft: Draft;
          try {
            draft = await gen.generate(request("daily-social", cycle, max));
          } catch (err) {
            refused++;
            expect(err).toBeInstanceOf(GenerateError);
            const said =
              /even the shortest post \((\d+) characters\) is longer than channel "mastodon" allows \((\d+)\)/.exec(
                (err as Error).message,
              );
            expect(said, (err as Error).message).not.toBeNull();
            const shortest = Number(said?.[1]);
            expect(Number(said?.[2])).toBe(max);
            expect(shortest).toBeGreaterThan(max);
            // The refusal is honest: given the length it names, the generator writes that shortest body.
            const tight = await gen.generate(request("daily-social", cycle, shortest));
            expect(graphemeLength(tight.body)).toBe(shortest);
            return;
          }
          written++;
          expect(graphemeLength(draft.body)).toBeLessThanOrEqual(max);
          // The limit shortens the text; it does not change what was drawn or drop the point and the link.
          expect(draft.arms).toEqual(full.arms);
          expect(draft.title).toBe(full.title);
          expect(draft.title.length).toBeGreaterThan(0);
          const pillar = config.strategy.pillars.find((p) => p.id === draft.arms.pillar);
          const point = pillar?.points[Number(draft.arms.point)];
          expect(point, JSON.stringify(draft.arms)).toBeDefined();
          expect(draft.body).toContain(String(point).trim().replace(/[.]+$/, ""));
          expect(draft.body).toContain(config.strategy.business.url);
          if (max >= graphemeLength(full.body)) expect(draft.body).toBe(full.body);
          else expect(graphemeLength(draft.body)).toBeLessThan(graphemeLength(full.body));
        },
      ),
      { numRuns: 60 },
    );
    // Most limits leave room for a post (so the checks above ran on real drafts); the smallest do not.
    expect(written).toBeGreaterThan(0);
    const post = await gen.generate(request("daily-social", "daily-social@20261201T1130Z", 500));
    expect(graphemeLength(post.body)).toBeLessThanOrEqual(500);
    expect(graphemeLength(post.body)).toBeGreaterThan(0);
    await expect(gen.generate(request("daily-social", "daily-social@20261201T1130Z", 5))).rejects.toThrow(
      /longer than channel "mastodon" allows \(5\)/,
    );
    expect(refused + written).toBe(60);
  });
});

describe("TemplateGenerator on the example configuration", () => {
  it("writes items the example's guardrails pass, with the workflows' templates and with the defaults", async () => {
    const gen = new TemplateGenerator();
    let checked = 0;
    for (const workflow of config.workflows) {
      const channel = config.strategy.channels.find((c) => c.id === workflow.channel);
      if (!channel) throw new Error(workflow.channel);
      const disclosures = (config.guardrails.voice?.requiredDisclosures ?? [])
        .filter((d) => d.channels?.includes(channel.id))
        .map((d) => d.text);
      for (const templates of [workflow.templates, undefined]) {
        for (let day = 1; day <= 5; day++) {
          const cycle = `${workflow.id}@202612${String(day).padStart(2, "0")}T0900Z`;
          const req = { ...request(workflow.id, cycle, channel.maxLength ?? 5000, disclosures) };
          const d = await gen.generate({ ...req, workflow: { ...workflow, templates } });
          const text = renderItem({
            meta: {
              cycle,
              workflow: workflow.id,
              channel: channel.id,
              slot: "2026-12-01T09:00:00.000Z",
              title: d.title,
              summary: d.summary,
              arms: d.arms,
              generator: gen.id,
            },
            body: d.body,
          });
          const check = checkItemText(config, text, `${cycle}.md`);
          expect(
            check.findings.filter((f) => f.severity === "error"),
            text,
          ).toEqual([]);
          expect(text).not.toContain("…");
          checked++;
        }
      }
    }
    expect(checked).toBe(config.workflows.length * 10);
  });
});

describe("TemplateGenerator defaults, for any business", () => {
  const gen = new TemplateGenerator();
  const PILLARS = [
    {
      id: "bread",
      name: "Bread worth waking up for",
      summary: "Our sourdough rises for a full day before it meets the oven.",
      points: [
        "Every loaf rises for 24 hours",
        "The first batch comes out of the oven at 7.",
        "We bake with flour from a mill in Alentejo",
        "Is yesterday's bread good for anything? It becomes today's croutons",
      ],
      keywords: ["sourdough", "Lisbon"],
    },
    {
      id: "pastry",
      name: "Pastries",
      points: [
        "Our pastéis de nata are baked every hour",
        "Custard is made in the morning, never the night before",
      ],
    },
  ];
  // Words that open with a "q": the bakery's own text has none, so any one found is the audience's.
  const word = fc.stringMatching(/^q[a-z]{2,8}$/);
  const audience = fc
    .tuple(fc.array(word, { minLength: 1, maxLength: 5 }), fc.boolean())
    .map(([words, capital]) => {
      const text = words.join(" ");
      return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
    });
  const business = fc
    .stringMatching(/^[A-Za-pr-zÀ-ÿ0-9&' .,!-]{1,40}$/)
    .filter((s) => s.trim().length > 0 && !/loopcast/i.test(s));
  const PLACEHOLDER = /\{(business|url|audience|description|pillar|summary|point)\}/;
  const ABOUT_US = /loopcast|pull request|repositor|autonomy|guardrail|gitops|workflow/i;

  /** Occurrences of "#ad" as the voice lock counts them (any case, not inside a longer word). */
  const adCount = (text: string) => text.match(/#ad(?![\p{L}\p{N}_])/giu)?.length ?? 0;

  /** Whether the text before `at` leaves it at the start of a sentence (or of a line, heading, item). */
  const opensSentence = (text: string, at: number) => {
    const line = text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
    return /^\s*(#{1,6}\s+|[-*+]\s+)?$/.test(line) || /[.!?]["')]*\s+$/.test(line);
  };

  it("writes about the business in the configuration, reads with any audience, fits, and discloses once", async () => {
    let written = 0;
    let audienceSeen = 0;
    let heldTwice = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: business,
          audience,
          format: fc.constantFrom("post" as const, "article" as const, "email" as const),
          day: fc.integer({ min: 1, max: 28 }),
          max: fc.integer({ min: 40, max: 3000 }),
          // Where "#ad" already stands before the generator adds it: a keyword, the summary, neither.
          adInKeywords: fc.boolean(),
          adInSummary: fc.boolean(),
          adInHooks: fc.boolean(),
          disclose: fc.boolean(),
        }),
        async (c) => {
          const pillars = PILLARS.map((p) => ({
            ...p,
            ...(p.id === "bread" && c.adInKeywords ? { keywords: [...(p.keywords ?? []), "ad"] } : {}),
            ...(p.id === "bread" && c.adInSummary ? { summary: `${p.summary} #ad` } : {}),
          }));
          const strategy = {
            ...config.strategy,
            business: {
              name: c.name,
              url: "https://bakery.example",
              description: "A neighbourhood bakery in Alfama.",
              audience: c.audience,
            },
            pillars,
          };
          const base = request(
            "daily-social",
            `daily-social@202612${String(c.day).padStart(2, "0")}T1130Z`,
            c.max,
          );
          const req: GenerateRequest = {
            ...base,
            strategy,
            workflow: {
              ...base.workflow,
              format: c.format,
              pillars: ["bread", "pastry"],
              templates: c.adInHooks ? { hooks: DEFAULT_HOOKS.map((h) => `${h} #ad`) } : undefined,
            },
            disclosures: c.disclose ? ["#ad", "#Ad"] : [],
          };
          let d: Draft;
          try {
            d = await gen.generate(req);
          } catch (err) {
            expect(err).toBeInstanceOf(GenerateError);
            const shortest = Number(/shortest \w+ \((\d+) characters\)/.exec((err as Error).message)?.[1]);
            expect(shortest).toBeGreaterThan(c.max);
            return;
          }
          written++;
          const all = `${d.title}\n\n${d.body}`;
          expect(graphemeLength(d.body)).toBeLessThanOrEqual(c.max);
          expect(all).not.toMatch(PLACEHOLDER);
          expect(all).not.toContain("…");
          expect(all).not.toMatch(ABOUT_US);
          // The point is there, whole; so is the link or the business (every default call to action).
          const pillar = pillars.find((p) => p.id === d.arms.pillar);
          const point = String(pillar?.points[Number(d.arms.point)]).replace(/[.]+$/, "");
          expect(d.body).toContain(point.slice(1));
          // The audience only ever opens a sentence: never "Most Qfoo qbar …" in the middle of one.
          const lower = c.audience.charAt(0).toLowerCase() + c.audience.slice(1);
          for (const m of all.matchAll(
            new RegExp(`[${lower.charAt(0)}${lower.charAt(0).toUpperCase()}]${lower.slice(1)}`, "g"),
          )) {
            audienceSeen++;
            expect(opensSentence(all, m.index), `${JSON.stringify(all)} at ${m.index}`).toBe(true);
          }
          // "#ad" once when required, however many places already held it; never added when not.
          const held = adCount(d.body.replace(/\n\n#ad$/, ""));
          if (c.disclose) {
            // Without the requirement, the same item holds "#ad" where the configuration put it.
            const plain = await gen.generate({ ...req, disclosures: [] }).catch(() => undefined);
            if (plain && adCount(plain.body) >= 2) heldTwice++;
          }
          if (c.disclose) expect(adCount(d.body)).toBe(1);
          else expect(adCount(d.body)).toBe(held);
        },
      ),
      { numRuns: 300 },
    );
    // The checks above ran on real drafts: with the audience in them, and with "#ad" held in two places.
    expect(written).toBeGreaterThan(100);
    expect(audienceSeen).toBeGreaterThan(10);
    expect(heldTwice).toBeGreaterThan(3);
  });
});
