// Drafts carry photos from their workflow's media pool: the least recently used, across this run's drafts,
// merged items and proposals still open; a photo that cannot go out stops the cycle without a rewrite.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryContext } from "../../test/helpers/memory-forge.ts";
import type { Config } from "../config/types.ts";
import type { Action } from "../core/plan.ts";
import { parseItem, renderItem } from "../state/item.ts";
import type { Ledger } from "../state/ledger.ts";
import { applyProposals, draftProposals } from "./apply-proposals.ts";
import { newReport, type RunContext } from "./reconcile.ts";

const FIXTURES = new URL("../../test/fixtures/media", import.meta.url).pathname;
const report = () => newReport({ actions: [], levels: [] } as never);

const POOL = [
  { file: "croissants.jpg", alt: "Three croissants cooling on a wooden board" },
  { file: "bread.png", alt: "A rye loaf cut open on the counter" },
  { file: "shop/window.jpg", alt: "The shop window at dawn, lights on" },
];

const withPool =
  (pool = POOL) =>
  (c: Config): Config => ({
    ...c,
    workflows: c.workflows.map((w) => (w.id === "daily-social" ? { ...w, media: { pool } } : w)),
  });

async function context(pool = POOL) {
  const ctx = await memoryContext({ config: withPool(pool) });
  const media = join(ctx.config.dir, "media");
  mkdirSync(join(media, "shop"), { recursive: true });
  copyFileSync(join(FIXTURES, "croissants.jpg"), join(media, "croissants.jpg"));
  copyFileSync(join(FIXTURES, "bread.png"), join(media, "bread.png"));
  copyFileSync(join(FIXTURES, "croissants.jpg"), join(media, "shop/window.jpg"));
  return ctx;
}

const propose = (day: number): Extract<Action, { kind: "propose" }> => ({
  kind: "propose",
  cycle: `daily-social@202612${String(day).padStart(2, "0")}T1130Z`,
  workflow: "daily-social",
  slot: `2026-12-${String(day).padStart(2, "0")}T11:30:00.000Z`,
  level: "L4",
  reservation: 0,
});

/** The photos each opened proposal's item carries, in order. */
function opened(ctx: Awaited<ReturnType<typeof context>>): string[][] {
  return ctx.forge.opened
    .flat()
    .map((p) => (parseItem(p.files[0]?.content ?? "", "x.md").meta.media ?? []).map((m) => m.file));
}

/** A merged item of daily-social in content/, carrying `files`. */
function merged(ctx: RunContext, day: number, files: string[]) {
  const cycle = propose(day).cycle;
  const dir = join(ctx.config.dir, "content/daily-social");
  mkdirSync(dir, { recursive: true });
  const media = files.map((file) => POOL.find((p) => p.file === file) ?? { file, alt: "x" });
  const meta = { ...{ cycle, workflow: "daily-social", channel: "mastodon", slot: "", title: "T" } };
  writeFileSync(
    join(dir, `${cycle}.md`),
    renderItem({ meta: { ...meta, summary: "", arms: {}, generator: "template", media }, body: "B" }),
  );
}

describe("drafts take photos from the media pool", () => {
  it("gives each draft of a run a different photo, in the pool's order, with its alt text", async () => {
    const ctx = await context();
    await applyProposals(ctx, [propose(2), propose(3), propose(4), propose(7)], report());
    expect(opened(ctx)).toEqual([["croissants.jpg"], ["bread.png"], ["shop/window.jpg"], ["croissants.jpg"]]);
    const first = parseItem(ctx.forge.opened.flat()[0]?.files[0]?.content ?? "", "x.md");
    expect(first.meta.media).toEqual([POOL[0]]);
  });

  it("prefers the photo the workflow used least recently, counting merged items and open proposals", async () => {
    const ctx = await context();
    // Merged: window on the 1st, croissants on the 2nd. Open since an earlier run: the 3rd, not merged yet,
    // which was drafted with bread (least recently used then).
    merged(ctx, 1, ["shop/window.jpg"]);
    merged(ctx, 2, ["croissants.jpg"]);
    const ledger: Ledger = new Map([
      [propose(3).cycle, [{ type: "proposed", cycle: propose(3).cycle } as never]],
    ]);
    const drafts = await draftProposals(ctx, [propose(4)], undefined, ledger);
    const value = drafts[0]?.ok ? drafts[0].value : undefined;
    const text = value && "input" in value ? (value.input.files[0]?.content ?? "") : "";
    expect(parseItem(text, "x.md").meta.media?.map((m) => m.file)).toEqual(["shop/window.jpg"]);
    // Without the open proposal, bread would look unused and be taken twice in a row.
    const blind = await draftProposals(ctx, [propose(4)]);
    const blindValue = blind[0]?.ok ? blind[0].value : undefined;
    const blindText = blindValue && "input" in blindValue ? (blindValue.input.files[0]?.content ?? "") : "";
    expect(parseItem(blindText, "x.md").meta.media?.map((m) => m.file)).toEqual(["bread.png"]);
  });

  it("stops a cycle whose photo cannot go out after one draft, saying which file", async () => {
    const ctx = await context([{ file: "gone.jpg", alt: "A basket of rolls" }]);
    const r = report();
    await applyProposals(ctx, [propose(2)], r);
    expect(ctx.generator.requests).toHaveLength(1);
    // The generator is told which photos the item carries, so an LLM can write to them.
    expect(ctx.generator.requests[0]?.media).toEqual([{ file: "gone.jpg", alt: "A basket of rolls" }]);
    expect(ctx.forge.opened.flat()).toHaveLength(0);
    expect(r.refused).toMatchObject([{ cycle: propose(2).cycle, guardrail: "voice" }]);
    const dir = join(ctx.config.dir, "exceptions");
    const [name] = readdirSync(dir);
    const exception = readFileSync(join(dir, name ?? ""), "utf8");
    expect(exception).toContain("its images from the media pool cannot go out");
    expect(exception).toContain("marketing/media/gone.jpg does not exist");
  });
});
