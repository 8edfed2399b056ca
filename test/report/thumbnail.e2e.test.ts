// An item's first image in the reports: a thumbnail beside its title whose path resolves from each report
// file (the dashboard in reports/, weekly reports a folder deeper), and in index.html an <img> that headless
// Chromium loads from marketing/media/, no larger than 48 px, with the item's alt text.
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReports } from "../../src/report/index.ts";
import { renderItem } from "../../src/state/item.ts";
import type { LedgerEvent } from "../../src/state/ledger.ts";
import { ROOT } from "../helpers/repo.ts";
import { launch } from "./browser.ts";
import { cycleEvents } from "./events.ts";
import { exampleConfig } from "./fixture.ts";

const ALT = 'Three croissants <warm> & "fresh" | on a board';
const IMAGE = "bakery/croissants.jpg";

let browser: Browser;
let repo: string;

beforeAll(async () => {
  browser = await launch();
  repo = await mkdtemp(join(tmpdir(), "loopcast-thumbs-"));
  const dir = join(repo, "marketing");
  const config = { ...(await exampleConfig()), dir };
  // Two published posts in week 49: one with an image, one without.
  for (const [slot, media] of [
    ["2026-12-01T08:00:00Z", [{ file: IMAGE, alt: ALT }]],
    ["2026-12-03T08:00:00Z", []],
  ] as const) {
    const [cycle, base] = cycleEvents({ workflow: "weekly-blog", slot, review: 0, published: true });
    const events = base.map((e) =>
      e.type === "proposed" ? { ...e, title: `Post of ${slot.slice(0, 10)}` } : e,
    );
    await mkdir(join(dir, "ledger/2026/12"), { recursive: true });
    await writeFile(
      join(dir, "ledger/2026/12", `${cycle}.jsonl`),
      events.map((e) => `${JSON.stringify(e)}\n`).join(""),
    );
    const path = join(repo, (events[0] as Extract<LedgerEvent, { type: "proposed" }>).contentPath);
    await mkdir(dirname(path), { recursive: true });
    const meta = { cycle, workflow: "weekly-blog", channel: "blog", slot, title: "T", summary: "", arms: {} };
    await writeFile(
      path,
      renderItem({ meta: { ...meta, generator: "template", media: [...media] }, body: "Body." }),
    );
  }
  await mkdir(join(dir, "media/bakery"), { recursive: true });
  await copyFile(join(ROOT, "test/fixtures/media/croissants.jpg"), join(dir, "media", IMAGE));
  await writeReports({ config, repoDir: repo, now: new Date("2026-12-09T12:00:00Z") });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The src of every <img> in a report, resolved from the report's folder to a repository path. */
async function images(report: string): Promise<Array<{ src: string; target: string; tag: string }>> {
  const text = await readFile(join(repo, report), "utf8");
  return [...text.matchAll(/<img [^>]*src="([^"]+)"[^>]*>/g)].map((m) => ({
    src: m[1] as string,
    target: resolve(dirname(join(repo, report)), decodeURI(m[1] as string)),
    tag: m[0],
  }));
}

describe("thumbnails in the reports", () => {
  it("Markdown reports link a small image that resolves from where each report is", async () => {
    const expected = join(repo, "marketing/media", IMAGE);
    const dashboard = await images("marketing/reports/dashboard.md");
    expect(dashboard).toEqual([
      {
        src: `../media/${IMAGE}`,
        target: expected,
        tag: `<img src="../media/${IMAGE}" alt="Three croissants &lt;warm&gt; &amp; &quot;fresh&quot; &#124; on a board" width="48">`,
      },
    ]);
    const weekly = await images("marketing/reports/weekly/2026-W49.md");
    expect(weekly.map((i) => [i.src, i.target])).toEqual([[`../../media/${IMAGE}`, expected]]);
    // The table row keeps its columns: the alt text's "|" does not split the cell.
    const row = (await readFile(join(repo, "marketing/reports/dashboard.md"), "utf8"))
      .split("\n")
      .find((l) => l.includes("<img "));
    expect(row?.split(" | ")).toHaveLength(6);
  });

  it("index.html shows the thumbnail in Chromium, bounded, with its alt text", async () => {
    const file = join(repo, "marketing/reports/index.html");
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
    // The page and the repository's media only: nothing from outside.
    const media = pathToFileURL(join(repo, "marketing/media")).href;
    await page.route("**/*", (route) => {
      const url = route.request().url();
      return url === pathToFileURL(file).href || url.startsWith(`${media}/`)
        ? route.continue()
        : route.abort();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const shown = await page.$$eval("img.thumb", (imgs) =>
      imgs.map((i) => {
        const img = i as HTMLImageElement;
        const box = img.getBoundingClientRect();
        return {
          alt: img.alt,
          natural: img.naturalWidth,
          width: box.width,
          height: box.height,
          done: img.complete,
        };
      }),
    );
    await page.close();
    expect(errors).toEqual([]);
    // Decoded from the real 64×48 JPEG, drawn in a 48×48 box.
    expect(shown).toEqual([{ alt: ALT, natural: 64, width: 48, height: 48, done: true }]);
  });
});
