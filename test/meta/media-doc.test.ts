// docs/media.md's table of image limits is generated from the catalogue (npm run gen:docs); this keeps the
// committed page current, so the limits a person reads are the ones the checks apply.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BEGIN, END, limitsTable, MEDIA_DOC, render } from "../../scripts/gen-media-doc.ts";
import { CHANNEL_KINDS } from "../../src/channels/catalogue.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

describe("docs/media.md", () => {
  it("is current with the catalogue (npm run gen:docs)", async () => {
    const page = await readFile(join(ROOT, MEDIA_DOC), "utf8");
    expect(page).toBe(render(page));
  });

  it("has one row per channel kind with its count, size and types", () => {
    const rows = limitsTable()
      .split("\n")
      .filter((l) => /^\| [a-z]+ \|/.test(l) && !l.startsWith("| channel kind"));
    expect(rows.map((r) => r.split(" | ")[0]?.slice(2))).toEqual(Object.keys(CHANNEL_KINDS));
    expect(limitsTable()).toContain(
      `| mastodon | up to 4 | 16 MB (16,000,000 bytes) | jpeg, png, gif, webp |`,
    );
  });

  it("refuses a page without its markers rather than writing the table nowhere", () => {
    expect(() => render(`# Images\n${END}\n${BEGIN}\n`)).toThrow(/lacks the markers/);
  });

  it("is linked from the README", async () => {
    expect(await readFile(join(ROOT, "README.md"), "utf8")).toContain("docs/media.md");
  });
});
