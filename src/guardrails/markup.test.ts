// What counts as markup in an item, and what the blog makes of it: the cases of issue 14 item 9 and the
// text that must pass untouched.
import { describe, expect, it } from "vitest";
import { findMarkup, findMarkupInText, neutraliseMarkdown, neutraliseText } from "./markup.ts";

/** Each hostile case: the Markdown, the kind found, and what must not survive the blog's rewrite. */
const HOSTILE: Array<{ name: string; md: string; kind: string; gone: RegExp }> = [
  {
    name: "a script block",
    md: "<script>\nfetch('/x?c=' + document.cookie)\n</script>",
    kind: "html",
    gone: /<script/i,
  },
  { name: "an inline script", md: "Read on <script>alert(1)</script> now.", kind: "html", gone: /<script/i },
  {
    name: "an image with onerror",
    md: "See <img src=x onerror=alert(1)> here.",
    kind: "html",
    gone: /<img/i,
  },
  {
    name: "an iframe to javascript:",
    md: "<iframe src=javascript:alert(1)></iframe>",
    kind: "html",
    gone: /<iframe/i,
  },
  { name: "an HTML comment", md: "Text <!-- hidden --> more.", kind: "html", gone: /<!--/ },
  {
    name: "a javascript: link",
    md: "[click](javascript:alert(1)) now",
    kind: "link",
    gone: /\]\(javascript:/i,
  },
  {
    name: "a link in mixed case",
    md: "[click](JaVaScRiPt:alert(1))",
    kind: "link",
    gone: /\]\(javascript:/i,
  },
  { name: "a data: image", md: "![x](data:text/html;base64,PHNjcmlwdD4=)", kind: "link", gone: /\]\(data:/ },
  { name: "an autolink to javascript:", md: "<javascript:alert(1)>", kind: "link", gone: /<javascript:/ },
  {
    name: "a reference to a javascript: definition",
    md: "[click][x]\n\n[x]: javascript:alert(1)",
    kind: "link",
    gone: /\[x\]|javascript:/,
  },
  { name: "a Liquid output tag", md: "Token: {{ site.github.token }}", kind: "template", gone: /\{\{/ },
  { name: "a Liquid include", md: "{% include secrets.txt %}", kind: "template", gone: /\{%/ },
  { name: "a template tag inside code", md: "Use `{{ page.title }}`.", kind: "template", gone: /\{\{/ },
  { name: "a Handlebars triple stash", md: "{{{ body }}}", kind: "template", gone: /\{\{/ },
  { name: "a Jinja comment", md: "{# note #}", kind: "template", gone: /\{#/ },
  {
    name: "a kramdown attribute list",
    md: '[site](https://x.dev){: onclick="alert(1)"}',
    kind: "template",
    gone: /\{:/,
  },
  { name: "an unclosed tag", md: "Hello {{ site.github.token", kind: "template", gone: /\{\{/ },
];

describe("findMarkup", () => {
  it.each(HOSTILE)("finds $name", ({ md, kind }) => {
    expect(findMarkup(md).map((h) => h.kind)).toContain(kind);
  });

  it("finds nothing in Markdown that is only text, links to web pages and code", () => {
    for (const md of [
      "Plain **text** with _emphasis_, a list:\n\n- one\n- two\n\n> a quote",
      "A [link](https://loopcast.dev), a [page](/docs/setup/), [mail](mailto:hi@loopcast.dev) and <https://loopcast.dev>.",
      "Less than: a < b, and 3 > 2. Braces { like this } and ## Heading {#anchor}",
      "`const x = a < b;` and\n\n```ts\nif (a < b) return;\n```",
      "Escaped: &lt;script&gt; shows the tag as text.",
    ]) {
      expect(findMarkup(md), md).toEqual([]);
      expect(neutraliseMarkdown(md)).toBe(md);
    }
  });

  it("positions each hit in the text", () => {
    const md = "One.\n\nTwo <b>bold</b> and {{ x }}.";
    expect(findMarkup(md).map((h) => [h.kind, md.slice(h.start, h.end)])).toEqual([
      ["html", "<b>"],
      ["html", "</b>"],
      ["template", "{{ x }}"],
    ]);
  });
});

describe("neutraliseMarkdown", () => {
  it.each(HOSTILE)("leaves nothing of $name that a site or a browser would run", ({ md, gone }) => {
    const out = neutraliseMarkdown(md);
    expect(out).not.toMatch(gone);
    expect(findMarkup(out)).toEqual([]);
  });

  it("shows raw HTML as text, keeps a link's words and opens template tags apart", () => {
    expect(neutraliseMarkdown("Hi <script>alert(1)</script>.")).toBe(
      "Hi &lt;script&gt;alert(1)&lt;/script&gt;.",
    );
    expect(neutraliseMarkdown("[click *here*](javascript:alert(1)) ok")).toBe("click here ok");
    expect(neutraliseMarkdown("{{ site.github.token }} {% include a %}")).toBe(
      "{ { site.github.token }} { % include a %}",
    );
  });

  it("does not turn a link's escaped words back into markup", () => {
    const out = neutraliseMarkdown("[&lt;img src=x onerror=alert(1)&gt;](javascript:void(0))");
    expect(findMarkup(out)).toEqual([]);
    expect(out).toBe("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("plain-text fields", () => {
  it("finds tags and template tags, and the blog drops the tags and opens the template tags", () => {
    const title = "<script>alert(1)</script> Launch {{ site.github.token }}";
    expect(findMarkupInText(title).map((h) => h.kind)).toEqual(["html", "html", "template"]);
    expect(neutraliseText(title)).toBe("alert(1) Launch { { site.github.token }}");
    expect(neutraliseText("Q&A: is 1 < 2?")).toBe("Q&A: is 1 < 2?");
    expect(findMarkupInText("Q&A: is 1 < 2?")).toEqual([]);
  });
});
