// A workflow's media pool as `validate` sees it: the example configuration copied, with photos added.
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../errors.ts";
import { loadConfig } from "./load.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const FIXTURES = join(ROOT, "test/fixtures/media");

/** The example configuration with `yaml` appended to daily-social (a Mastodon workflow) and two real photos. */
async function load(yaml: string) {
  const dir = mkdtempSync(join(tmpdir(), "loopcast-pool-"));
  cpSync(join(ROOT, "marketing"), dir, { recursive: true });
  mkdirSync(join(dir, "media/bakery"), { recursive: true });
  copyFileSync(join(FIXTURES, "croissants.jpg"), join(dir, "media/croissants.jpg"));
  copyFileSync(join(FIXTURES, "bread.png"), join(dir, "media/bakery/bread.png"));
  appendFileSync(join(dir, "workflows/daily-social.yaml"), yaml);
  const { config, problems } = await loadConfig(dir);
  const lines = readFileSync(join(dir, "workflows/daily-social.yaml"), "utf8").split("\n");
  const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
  // Problems name files relative to the working directory: keep the part inside the configuration.
  return {
    config,
    problems: problems.map((p) => formatProblem(p).replace(/^.*?workflows\//, "workflows/")),
    lineOf,
  };
}

describe("media pools in validate", () => {
  it("accepts a pool of photos that fit the channel", async () => {
    const { config, problems } = await load(`
media:
  perItem: 1
  pool:
    - file: croissants.jpg
      alt: Three croissants cooling on a wooden board
    - file: bakery/bread.png
      alt: A rye loaf cut open on the counter
`);
    expect(problems).toEqual([]);
    expect(config?.workflows.find((w) => w.id === "daily-social")?.media?.pool).toHaveLength(2);
  });

  it("names the entry of a missing file, a bad alt text and too many per item", async () => {
    const { problems, lineOf } = await load(`
media:
  perItem: 5
  pool:
    - file: croissants.jpg
      alt: Three croissants cooling on a wooden board
    - file: menu-board.jpg
      alt: The chalk menu board
    - file: bakery/bread.png
      alt: photo of
`);
    const file = "workflows/daily-social.yaml";
    expect(problems).toEqual([
      `${file}:${lineOf("perItem: 5")}:12  media.perItem is 5, and the mastodon channel "mastodon" takes at most 4 image(s) per item\n    hint: set media.perItem to 4 or fewer`,
      `${file}:${lineOf("perItem: 5")}:12  media.perItem is 5, but the pool holds 3 photo(s)\n    hint: add photos to media.pool or lower media.perItem to 3`,
      `${file}:${lineOf("menu-board.jpg")}:13  marketing/media/menu-board.jpg does not exist; add the file or remove it from the item's media\n    hint: fix or replace the file in marketing/media/, or remove this entry from the pool`,
      `${file}:${lineOf("alt: photo of")}:12  The alt text of media.pool[2] (bakery/bread.png) is "photo of", which names the medium only. Say what the image shows.\n    hint: every item drafted with this photo would be refused: rewrite the alt text`,
    ]);
  });

  it("refuses an entry without alt text by the schema", async () => {
    const { problems } = await load(`
media:
  pool:
    - file: croissants.jpg
`);
    expect(problems.join("\n")).toMatch(/workflows\/daily-social\.yaml:\d+:\d+ .*alt/);
  });
});
