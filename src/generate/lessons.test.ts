// The template generator learns a person's edits from the merged items of the same workflow: the proof
// is the product's own edit ratio (what earns L4) falling to 0 when a person makes the same edits every
// time. Items are rendered, edited and stored as a run does (renderItem, marketing/content/), and read
// back with the reader the run uses.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { editRatio } from "../core/edit-ratio.ts";
import { type Item, parseItem, renderItem } from "../state/item.ts";
import { chooseBrief } from "./brief.ts";
import { readEarlierItems } from "./earlier.ts";
import { align } from "./lessons.ts";
import { TemplateGenerator } from "./template.ts";
import type { Draft, GenerateRequest } from "./types.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
let config: Config;
beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "loopcast-lessons-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const URL_ = "https://bakery.example";
function request(format: "article" | "email" | "post", cycle: string): GenerateRequest {
  const base = config.workflows.find((w) => w.id === "weekly-blog");
  const channel = config.strategy.channels.find((c) => c.id === "blog");
  if (!base || !channel) throw new Error("example config");
  return {
    cycle,
    slot: new Date(),
    workflow: { ...base, format, templates: undefined, pillars: ["bread", "pastry"] },
    channel,
    strategy: {
      ...config.strategy,
      business: {
        name: "Padaria Lisboa",
        url: URL_,
        description: "A neighbourhood bakery in Alfama that bakes every morning.",
        audience: "Local families in Lisbon",
      },
      pillars: [
        {
          id: "bread",
          name: "Bread worth waking up for",
          summary: "Our sourdough rises for a full day.",
          points: [
            "Every loaf rises for 24 hours",
            "The first batch is out at 7",
            "Our flour comes from Alentejo",
          ],
          keywords: ["sourdough"],
        },
        {
          id: "pastry",
          name: "Pastries",
          points: ["Pastéis de nata come out every hour", "Custard is made in the morning"],
        },
      ],
    },
    voiceGuide: "",
    disclosures: [],
    maxLength: 12000,
  };
}

const cycleOf = (week: number) => {
  const d = new Date(Date.UTC(2027, 0, 5 + 7 * week, 9));
  const iso = d.toISOString();
  return `weekly-blog@${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T0900Z`;
};

function itemOf(req: GenerateRequest, d: Draft): Item {
  return {
    meta: {
      cycle: req.cycle,
      workflow: "weekly-blog",
      channel: "blog",
      slot: "2027-01-05T09:00:00.000Z",
      title: d.title,
      summary: d.summary,
      arms: d.arms,
      generator: "template",
    },
    body: d.body,
  };
}

/** Stores an item as merged: marketing/content/<workflow>/<cycle>.md on the base branch. */
async function merge(text: string, cycle: string, workflow = "weekly-blog"): Promise<void> {
  await mkdir(join(dir, "content", workflow), { recursive: true });
  await writeFile(join(dir, "content", workflow, `${cycle}.md`), text);
}

/** Writes the item for a cycle as a run does: with the workflow's earlier items as merged. */
async function draft(format: "article" | "email" | "post", cycle: string, arms?: Record<string, string>) {
  const req = {
    ...request(format, cycle),
    ...(arms ? { arms } : {}),
    earlier: readEarlierItems(dir, "weekly-blog", cycle),
  };
  const d = await new TemplateGenerator().generate(req);
  return { req, d, text: renderItem(itemOf(req, d)) };
}

/**
 * A bakery owner who makes the same edits to every item: their own opening line, their own call to
 * action, the point alone as the title, no "About" section, and their own sign-off on emails.
 */
function edit(req: GenerateRequest, text: string): string {
  const item = parseItem(text, "item.md");
  const brief = chooseBrief({ ...req, arms: item.meta.arms });
  const point = brief.point.replace(/[.]+$/, "");
  let body = item.body
    .replace(brief.hook, "Fresh from our oven this morning.")
    .replace(brief.cta, `Order by 10 for pickup: ${URL_}`)
    .replace(/\n\n## About Padaria Lisboa\n\n[^\n]*/, "")
    .replace("Best wishes,\nPadaria Lisboa", "See you at the counter,\nAna at Padaria Lisboa");
  body = body.trimEnd();
  return renderItem({ meta: { ...item.meta, title: point }, body });
}

describe("learning from a person's edits", () => {
  for (const format of ["article", "email", "post"] as const) {
    it(`repeated identical edits drive the next ${format}'s edit ratio to 0`, async () => {
      const ratios: number[] = [];
      for (let week = 0; week < 14; week++) {
        const { req, text } = await draft(format, cycleOf(week));
        const merged = edit(req, text);
        ratios.push(editRatio(text, merged));
        await merge(merged, req.cycle);
      }
      // The first item is edited a good deal; once each variant drawn has been edited once, nothing is.
      expect(ratios[0]).toBeGreaterThan(0.1);
      expect(ratios.slice(-4)).toEqual([0, 0, 0, 0]);
      const firstHalf = ratios.slice(0, 7).reduce((a, b) => a + b, 0);
      const secondHalf = ratios.slice(7).reduce((a, b) => a + b, 0);
      expect(secondHalf).toBeLessThan(firstHalf / 4);
    });
  }

  it("writes the person's version with the next item's own point and business", async () => {
    const arms = { pillar: "bread", point: "0", title: "1", hook: "1", cta: "1" };
    const first = await draft("article", cycleOf(0), arms);
    expect(first.d.title).toBe("Bread worth waking up for: Every loaf rises for 24 hours");
    expect(first.d.body).toContain("News from Padaria Lisboa.");
    await merge(edit(first.req, first.text), first.req.cycle);
    const next = await draft("article", cycleOf(1), { ...arms, point: "1" });
    // The title pattern ("{point}") is applied to the new point, not copied from the old item.
    expect(next.d.title).toBe("The first batch is out at 7");
    expect(next.d.body).toContain("Fresh from our oven this morning.");
    expect(next.d.body).toContain(`Order by 10 for pickup: ${URL_}`);
    expect(next.d.body).toContain("The first batch is out at 7.");
    expect(next.d.body).not.toContain("News from");
    expect(next.d.body).not.toContain("## About Padaria Lisboa");
  });

  it("learns a title pattern that keeps the point for every pillar", async () => {
    const arms = { pillar: "pastry", point: "1", title: "0", hook: "1", cta: "1" };
    const first = await draft("post", cycleOf(0), arms);
    expect(first.d.title).toBe("Custard is made in the morning");
    await merge(
      first.text.replace(
        "title: Custard is made in the morning",
        "title: Custard is made in the morning, at Padaria Lisboa",
      ),
      first.req.cycle,
    );
    const next = await draft("post", cycleOf(1), { ...arms, pillar: "bread", point: "1" });
    expect(next.d.title).toBe("The first batch is out at 7, at Padaria Lisboa");
  });

  it("ends a lesson when the person writes the generator's sentence back", async () => {
    const first = await draft("post", cycleOf(0));
    const brief = chooseBrief(first.req);
    const edited = first.text.replace(brief.cta, `Order by 10 for pickup: ${URL_}`);
    await merge(edited, first.req.cycle);
    // The next item with the same call to action is written the person's way…
    const arms = { ...brief.arms };
    const second = await new TemplateGenerator().generate({
      ...request("post", cycleOf(1)),
      arms,
      earlier: readEarlierItems(dir, "weekly-blog", cycleOf(1)),
    });
    expect(second.body).toContain(`Order by 10 for pickup: ${URL_}`);
    expect(second.body).not.toContain(brief.cta);
    // …and once a later item is merged with the generator's own sentence again, so is the next one.
    const secondText = renderItem(itemOf({ ...request("post", cycleOf(1)) }, second));
    await merge(secondText.replace(`Order by 10 for pickup: ${URL_}`, brief.cta), cycleOf(1));
    const third = await new TemplateGenerator().generate({
      ...request("post", cycleOf(2)),
      arms,
      earlier: readEarlierItems(dir, "weekly-blog", cycleOf(2)),
    });
    expect(third.body).toContain(brief.cta);
    expect(third.body).not.toContain("Order by 10");
  });

  it("uses a rewrite of an item's own point for that point only", async () => {
    const first = await draft("article", cycleOf(0));
    const brief = chooseBrief(first.req);
    const point = brief.point.replace(/[.]+$/, "");
    await merge(first.text.replace(`${point}.`, "Come early: it sells out."), first.req.cycle);
    const earlier = readEarlierItems(dir, "weekly-blog", cycleOf(2));
    const samePoint = await new TemplateGenerator().generate({
      ...request("article", cycleOf(2)),
      arms: brief.arms,
      earlier,
    });
    expect(samePoint.body).toContain("Come early: it sells out.");
    expect(samePoint.body).not.toContain(`${point}.`);
    const otherArms = { ...brief.arms, point: String((Number(brief.arms.point) + 1) % 2) };
    const otherPoint = await new TemplateGenerator().generate({
      ...request("article", cycleOf(2)),
      arms: otherArms,
      earlier,
    });
    expect(otherPoint).toEqual(
      await new TemplateGenerator().generate({ ...request("article", cycleOf(2)), arms: otherArms }),
    );
  });

  it("does not learn from items another generator or a person wrote", async () => {
    const first = await draft("article", cycleOf(0));
    const edited = edit(first.req, first.text);
    await merge(edited.replace("generator: template", "generator: openai:gpt-4o-mini"), cycleOf(0));
    await merge(edited.replace("generator: template", "generator: queue"), cycleOf(1));
    const arms = chooseBrief(first.req).arms;
    const untaught = await new TemplateGenerator().generate({ ...request("article", cycleOf(2)), arms });
    const earlier = readEarlierItems(dir, "weekly-blog", cycleOf(2));
    expect(earlier).toHaveLength(2);
    expect(
      await new TemplateGenerator().generate({ ...request("article", cycleOf(2)), arms, earlier }),
    ).toEqual(untaught);
    // The same edited item, written by the template generator, does teach.
    await merge(edited, cycleOf(1));
    expect(
      await new TemplateGenerator().generate({
        ...request("article", cycleOf(2)),
        arms,
        earlier: readEarlierItems(dir, "weekly-blog", cycleOf(2)),
      }),
    ).not.toEqual(untaught);
  });

  it("does not compare an item written from options the configuration no longer has", async () => {
    const first = await draft("post", cycleOf(0));
    const brief = chooseBrief(first.req);
    const edited = first.text
      .replace(brief.cta, "Order now.")
      .replace(`pillar: ${brief.arms.pillar}`, "pillar: retired");
    await merge(edited, first.req.cycle);
    const next = await new TemplateGenerator().generate({
      ...request("post", cycleOf(1)),
      arms: brief.arms,
      earlier: readEarlierItems(dir, "weekly-blog", cycleOf(1)),
    });
    expect(next.body).toContain(brief.cta);
  });
});

describe("readEarlierItems", () => {
  it("reads the workflow's latest merged items before the cycle, oldest first, leaving out broken files", async () => {
    for (let week = 0; week < 5; week++) {
      const { text } = await draft("post", cycleOf(week));
      await merge(text, cycleOf(week));
    }
    await merge("no front matter", cycleOf(5));
    await merge((await draft("post", cycleOf(6))).text, "daily-social@20270101T1130Z", "daily-social");
    await writeFile(join(dir, "content", "weekly-blog", "notes.md"), "---\ntitle: x\n---\n");
    const items = readEarlierItems(dir, "weekly-blog", cycleOf(7), 3);
    expect(items.map((i) => i.cycle)).toEqual([cycleOf(2), cycleOf(3), cycleOf(4)]);
    expect(items[0]).toMatchObject({ generator: "template", arms: { pillar: expect.any(String) } });
    expect(items[0]?.body.endsWith("\n")).toBe(false);
    expect(readEarlierItems(dir, "weekly-blog", cycleOf(2)).map((i) => i.cycle)).toEqual([
      cycleOf(0),
      cycleOf(1),
    ]);
    expect(readEarlierItems(dir, "weekly-newsletter", cycleOf(7))).toEqual([]);
  });
});

describe("align", () => {
  const written = {
    body: "Hello there.\n\nA point.\n\nRead more at x.",
    spans: [
      { piece: 0, start: 0, end: 12 },
      { piece: 1, start: 14, end: 22 },
      { piece: 2, start: 24, end: 39 },
    ],
  };
  it("maps each piece to its text in the merged body: replaced, kept, grown or removed", () => {
    const texts = align(written, "Hi.\n\nA point.\n\nNew paragraph.\n\nRead more at x.");
    expect([...texts.entries()]).toEqual([
      [0, "Hi."],
      [1, "A point."],
      [2, "New paragraph.\n\nRead more at x."],
    ]);
    expect(align(written, "A point.\n\nRead more at x.").get(0)).toBe("");
    expect(align(written, written.body).get(1)).toBe("A point.");
  });

  it("does not line texts up on their spaces: a removed section and a new call to action stay apart", () => {
    const body = "A point.\n\n## About Padaria\n\nA bakery in Alfama.\n\nFind Padaria at https://x.example";
    const spans = [
      { piece: 0, start: 0, end: 8 },
      { piece: 1, start: 10, end: 47 },
      { piece: 2, start: 49, end: body.length },
    ];
    expect(body.slice(49)).toBe("Find Padaria at https://x.example");
    const texts = align({ body, spans }, "A point.\n\nOrder by 10 for pickup: https://x.example");
    expect([...texts.values()]).toEqual(["A point.", "", "Order by 10 for pickup: https://x.example"]);
  });
});
