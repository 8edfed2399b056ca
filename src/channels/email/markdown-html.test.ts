import { describe, expect, it } from "vitest";
import { escapeHtml, markdownToHtml, safeUrl } from "./markdown-html.ts";

describe("markdownToHtml", () => {
  it("renders paragraphs, headings, emphasis and code", () => {
    expect(markdownToHtml("# Title\n\nSome *soft* and **bold** `code`.\n\n```\na < b\n```\n")).toBe(
      "<h1>Title</h1>\n<p>Some <em>soft</em> and <strong>bold</strong> <code>code</code>.</p>\n<pre><code>a &lt; b</code></pre>",
    );
  });

  it("renders tight and loose, ordered and unordered lists", () => {
    expect(markdownToHtml("- a\n- b\n")).toBe("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
    expect(markdownToHtml("3. x\n4. y\n")).toBe('<ol start="3">\n<li>x</li>\n<li>y</li>\n</ol>');
    expect(markdownToHtml("- a\n\n- b\n")).toBe("<ul>\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>");
  });

  it("keeps http(s) and mailto links, including reference links, and drops other targets", () => {
    expect(markdownToHtml("[site](https://a.dev/?q=1&r=2) [me](mailto:a@b.dev)")).toBe(
      '<p><a href="https://a.dev/?q=1&amp;r=2">site</a> <a href="mailto:a@b.dev">me</a></p>',
    );
    expect(markdownToHtml("[ref][1]\n\n[1]: https://a.dev/x\n")).toBe(
      '<p><a href="https://a.dev/x">ref</a></p>',
    );
    expect(markdownToHtml("[bad](javascript:alert(1)) [rel](/path)")).toBe("<p>bad rel</p>");
  });

  it("shows raw HTML as text and escapes every text", () => {
    expect(markdownToHtml('<img src=x onerror="alert(1)">\n\nA <b>bold</b> & "quoted" claim')).toBe(
      "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</p>\n<p>A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; claim</p>",
    );
  });

  it("turns images into links to them", () => {
    expect(markdownToHtml("![chart](https://a.dev/c.png)")).toBe(
      '<p><a href="https://a.dev/c.png">chart</a></p>',
    );
    expect(markdownToHtml("![x](data:image/png;base64,AAAA)")).toBe("<p>x</p>");
  });

  it("renders quotes and rules", () => {
    expect(markdownToHtml("> said\n\n---\n")).toBe("<blockquote>\n<p>said</p>\n</blockquote>\n<hr>");
  });
});

describe("helpers", () => {
  it("escapes the five HTML metacharacters", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("accepts only absolute http, https and mailto URLs", () => {
    expect(safeUrl("https://a.dev")).toBe("https://a.dev");
    expect(safeUrl("JAVASCRIPT:alert(1)")).toBeUndefined();
    expect(safeUrl("relative/path")).toBeUndefined();
  });
});
