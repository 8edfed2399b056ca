// Markup in the configuration's words is refused by validate, at the place it was written.
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./load.ts";

const EXAMPLE = new URL("../../marketing", import.meta.url).pathname;

async function loadWith(file: string, edit: (text: string) => string) {
  const dir = await mkdtemp(join(tmpdir(), "loopcast-markup-"));
  await cp(EXAMPLE, dir, {
    recursive: true,
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
        src.slice(EXAMPLE.length),
      ),
  });
  const before = await readFile(join(dir, file), "utf8");
  const after = edit(before);
  if (after === before) throw new Error("the edit changed nothing; the example changed?");
  await writeFile(join(dir, file), after);
  const { problems } = await loadConfig(dir, { displayFrom: dir });
  return problems.filter((p) => p.message.includes("generated text is text"));
}

describe("markup in the configuration", () => {
  it("finds none in the example", async () => {
    expect((await loadConfig(EXAMPLE)).problems).toEqual([]);
  });

  it.each([
    ["<script>alert(1)</script>", "raw HTML", /write it as text/],
    ["{{ site.github.token }}", "a static-site template tag", /remove the tag/],
    ["{% include secrets.txt %}", "a static-site template tag", /remove the tag/],
    ["[click](javascript:alert(1))", "a link that runs code", /link to a web page/],
  ])("refuses %s in a workflow's template, at its line", async (markup, what, hint) => {
    const hook = '    - "Most {audience} meet this the hard way."';
    const problems = await loadWith("workflows/weekly-blog.yaml", (t) =>
      t.replace(hook, `    - "Most {audience} meet this ${markup.replace(/"/g, '\\"')}"`),
    );
    const text = await readFile(join(EXAMPLE, "workflows/weekly-blog.yaml"), "utf8");
    const line = text.split("\n").indexOf(hook) + 1;
    expect(problems).toEqual([
      {
        file: "workflows/weekly-blog.yaml",
        line,
        column: 7,
        message: expect.stringMatching(new RegExp(`^templates\\.hooks\\.0 holds ${what} \\(`)),
        hint: expect.stringMatching(hint),
      },
    ]);
  });

  it("lets Markdown emphasis, https links and a lone comparison through", async () => {
    const problems = await loadWith("workflows/weekly-blog.yaml", (t) =>
      t.replace(
        "name: Weekly blog post",
        'name: "Weekly *blog* post, [site](https://example.com), in <5 minutes"',
      ),
    );
    expect(problems).toEqual([]);
  });
});
