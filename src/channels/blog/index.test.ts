// The blog channel in a temporary folder: what it writes for an item that carries markup (one merged with
// the override label, or checked by an older version), and that clean items are written as they are.
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Channel, Strategy } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import type { PublishRequest } from "../types.ts";
import { blog } from "./index.ts";

const HOSTILE_BODY = [
  "Read this first.",
  "",
  "<script>alert(document.cookie)</script>",
  "",
  "See <img src=x onerror=alert(1)> here.",
  "",
  "<iframe src=javascript:alert(1)></iframe>",
  "",
  "Go [click](javascript:alert(1)) now.",
  "",
  "Token {{ site.github.token }} and {% include secrets.txt %}.",
].join("\n");

interface Fields {
  title: string;
  summary: string;
  body: string;
  cycle?: string;
  media?: Array<{ file: string; alt: string }>;
  mediaDir?: string;
  /** The site's repository; a new temporary folder by default. */
  repoDir?: string;
}

async function request(fields: Fields): Promise<PublishRequest> {
  const channel: Channel = {
    id: "blog",
    type: "blog",
    name: "Blog",
    outputDir: "site/blog",
    siteUrl: "https://example.com/blog",
  } as Channel;
  const cycle = fields.cycle ?? "weekly-blog@20261201T0800Z";
  return {
    item: {
      meta: {
        cycle,
        workflow: "weekly-blog",
        channel: "blog",
        slot: "2026-12-01T08:00:00.000Z",
        title: fields.title,
        summary: fields.summary,
        arms: {},
        generator: "template",
        ...(fields.media ? { media: fields.media } : {}),
      },
      body: fields.body,
    },
    ...(fields.mediaDir ? { mediaDir: fields.mediaDir } : {}),
    channel,
    strategy: { business: { name: "Example", description: "An example business." } } as Strategy,
    idempotencyKey: `${cycle}.0123456789abcdef`,
    repoDir: fields.repoDir ?? (await mkdtemp(join(tmpdir(), "loopcast-blog-"))),
    env: {},
    now: new Date("2026-12-01T08:00:00Z"),
  };
}

describe("the blog channel", () => {
  it("writes markup in an item as text: no tag, script link or template tag reaches the site", async () => {
    const req = await request({
      title: "<script>alert(1)</script> Launch & more",
      summary: "Summary with <b>bold</b> & {{ site.github.token }}",
      body: HOSTILE_BODY,
    });
    const result = await blog.publish(req);
    const post = await readFile(join(req.repoDir, result.files[0] as string), "utf8");
    for (const raw of ["<script", "<img", "<iframe", "<b>", "](javascript:", "{{", "{%"]) {
      expect(post, raw).not.toContain(raw);
    }
    expect(post).toContain("&lt;script&gt;alert(document.cookie)&lt;/script&gt;");
    expect(post).toContain("See &lt;img src=x onerror=alert(1)&gt; here.");
    expect(post).toContain("Go click now.");
    expect(post).toContain("Token { { site.github.token }} and { % include secrets.txt %}.");
    expect(post).toContain("title: alert(1) Launch & more\n");
    expect(post).toContain("summary: Summary with bold & { { site.github.token }}\n");

    const atom = await readFile(join(req.repoDir, "site/blog/atom.xml"), "utf8");
    const rss = await readFile(join(req.repoDir, "site/blog/feed.xml"), "utf8");
    for (const feed of [atom, rss]) {
      expect(feed).not.toContain("CDATA[<");
      expect(feed).not.toMatch(/<title[^>]*><!\[CDATA\[/);
    }
    expect(atom).toContain('<title type="text">alert(1) Launch &amp; more</title>');
    expect(atom).not.toContain('<title type="html">');
    expect(atom).toContain(
      '<summary type="html"><![CDATA[Summary with bold &amp; { { site.github.token }}]]></summary>',
    );
    expect(rss).toContain("<title>alert(1) Launch &amp; more</title>");
  });

  it("gives feed readers a title as text even from a post written before, with markup in it", async () => {
    const req = await request({ title: "Old post", summary: "s", body: "Text." });
    await blog.publish(req);
    // A post an older version wrote, with its title as it was.
    await writeFile(
      join(req.repoDir, "site/blog/2026-11-01-old.md"),
      "---\ntitle: <img src=x onerror=alert(1)> ]]> old\ndate: 2026-11-01T08:00:00.000Z\ncycle: x@20261101T0800Z\nsummary: <b>s</b>\nurl: https://example.com/blog/old/\n---\n\nOld.\n",
    );
    await blog.publish(
      await request({
        title: "New",
        summary: "n",
        body: "New.",
        cycle: "weekly-blog@20261208T0800Z",
        repoDir: req.repoDir,
      }),
    );
    const atom = await readFile(join(req.repoDir, "site/blog/atom.xml"), "utf8");
    expect(atom).toContain('<title type="text">&lt;img src=x onerror=alert(1)&gt; ]]&gt; old</title>');
    expect(atom).toContain('<summary type="html"><![CDATA[&lt;b&gt;s&lt;/b&gt;]]></summary>');
    const rss = await readFile(join(req.repoDir, "site/blog/feed.xml"), "utf8");
    expect(rss).toContain("<title>&lt;img src=x onerror=alert(1)&gt; ]]&gt; old</title>");
  });

  it("writes a clean item exactly as it is", async () => {
    const body =
      "Plain **text**, a [link](https://loopcast.dev) and `code {x}`.\n\n## Next {#next}\n\n- a < b\n";
    const req = await request({ title: "Why review is approval", summary: "Review is the approval", body });
    const result = await blog.publish(req);
    const post = await readFile(join(req.repoDir, result.files[0] as string), "utf8");
    expect(post).toBe(
      `---\ntitle: Why review is approval\ndate: 2026-12-01T08:00:00.000Z\ncycle: weekly-blog@20261201T0800Z\nsummary: Review is the approval\nurl: https://example.com/blog/2026-12-01-why-review-is-approval/\n---\n\n${body.trimEnd()}\n`,
    );
  });

  describe("images", () => {
    const FIXTURES = new URL("../../../test/fixtures/media", import.meta.url).pathname;
    const media = [
      { file: "bakery/croissants.jpg", alt: "Three croissants [warm] on a board" },
      { file: "bread (rye).png", alt: "A rye loaf cut open" },
    ];
    async function withImages(repoDir?: string) {
      const mediaDir = await mkdtemp(join(tmpdir(), "loopcast-media-"));
      await mkdir(join(mediaDir, "bakery"));
      await copyFile(join(FIXTURES, "croissants.jpg"), join(mediaDir, "bakery/croissants.jpg"));
      await copyFile(join(FIXTURES, "bread.png"), join(mediaDir, "bread (rye).png"));
      return request({
        title: "Fresh today",
        summary: "Croissants",
        body: "Out of the oven at seven.",
        media,
        mediaDir,
        ...(repoDir ? { repoDir } : {}),
      });
    }

    it("copies each image beside the post, shows it with its alt text, and commits the copies", async () => {
      const req = await withImages();
      const result = await blog.publish(req);
      const slug = "2026-12-01-fresh-today";
      expect(result.files).toEqual([
        `site/blog/${slug}.md`,
        `site/blog/${slug}/bakery/croissants.jpg`,
        `site/blog/${slug}/bread (rye).png`,
        "site/blog/feed.xml",
        "site/blog/atom.xml",
      ]);
      const copy = await readFile(join(req.repoDir, `site/blog/${slug}/bakery/croissants.jpg`));
      expect(copy.equals(await readFile(join(FIXTURES, "croissants.jpg")))).toBe(true);
      const post = await readFile(join(req.repoDir, result.files[0] as string), "utf8");
      const url = `https://example.com/blog/${slug}/`;
      expect(post).toContain(`image: ${url}bakery/croissants.jpg\nimageType: image/jpeg\nimageLength: 404\n`);
      expect(post).toContain(
        `---\n\n![Three croissants \\[warm\\] on a board](${url}bakery/croissants.jpg)\n\n![A rye loaf cut open](${url}bread%20%28rye%29.png)\n\nOut of the oven at seven.\n`,
      );
      const rss = await readFile(join(req.repoDir, "site/blog/feed.xml"), "utf8");
      expect(rss).toContain(`<enclosure length="404" type="image/jpeg" url="${url}bakery/croissants.jpg"/>`);
    });

    it("writes the same files with the same bytes when published again", async () => {
      const req = await withImages();
      const first = await blog.publish(req);
      const snapshot = async () =>
        Promise.all(first.files.map((f) => readFile(join(req.repoDir, f)).then((b) => b.toString("base64"))));
      const before = await snapshot();
      const again = await blog.publish(req);
      expect(again.files).toEqual(first.files);
      expect(await snapshot()).toEqual(before);
    });

    it("refuses an image that may not go out, and writes nothing of the item", async () => {
      const req = await withImages();
      const gone = {
        ...req,
        item: { ...req.item, meta: { ...req.item.meta, media: [{ file: "gone.jpg", alt: "A loaf" }] } },
      };
      await expect(blog.publish(gone)).rejects.toThrow(ChannelError);
      await expect(blog.publish(gone)).rejects.toThrow("marketing/media/gone.jpg does not exist");
      const outside = {
        ...req,
        item: { ...req.item, meta: { ...req.item.meta, media: [{ file: "../x.png", alt: "A loaf" }] } },
      };
      await expect(blog.publish(outside)).rejects.toThrow("points outside marketing/media/");
      await expect(readdir(join(req.repoDir, "site/blog"))).rejects.toThrow(/ENOENT/);
    });
  });
});
