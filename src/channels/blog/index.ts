// The blog channel: writes each published item into a static-site folder (Markdown with front matter,
// which Jekyll, Hugo, Eleventy and GitHub Pages read) and regenerates RSS 2.0 and Atom feeds.
// Publishing is idempotent: the same cycle always writes the same file.
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Feed } from "feed";
import { parse, stringify } from "yaml";
import { ChannelError } from "../../errors.ts";
import type { ChannelAdapter, PublishRequest, PublishResult } from "../types.ts";

interface PostMeta {
  title: string;
  date: string;
  cycle: string;
  summary: string;
  url: string;
}

export const blog: ChannelAdapter = {
  type: "blog",
  async publish(req: PublishRequest): Promise<PublishResult> {
    if (req.channel.type !== "blog") throw new ChannelError(req.channel.id, "not a blog channel");
    const { outputDir, siteUrl } = req.channel;
    const dir = join(req.repoDir, outputDir);
    const slug = `${req.item.meta.slot.slice(0, 10)}-${slugify(req.item.meta.title)}`;
    const url = `${siteUrl.replace(/\/+$/, "")}/${slug}/`;
    const meta: PostMeta = {
      title: req.item.meta.title,
      date: req.item.meta.slot,
      cycle: req.item.meta.cycle,
      summary: req.item.meta.summary,
      url,
    };
    await mkdir(dir, { recursive: true });
    await atomicWrite(
      join(dir, `${slug}.md`),
      `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${req.item.body.trimEnd()}\n`,
    );
    const posts = await readPosts(dir);
    const feedTitle = req.channel.feedTitle ?? req.strategy.business.name;
    const feed = new Feed({
      title: feedTitle,
      description: req.strategy.business.description,
      id: siteUrl,
      link: siteUrl,
      copyright: `© ${req.strategy.business.name}`,
      // The feed's date is its newest post's, never the clock's: the same posts give the same bytes.
      updated: new Date(posts[0]?.date ?? req.item.meta.slot),
      feedLinks: {
        rss: `${siteUrl.replace(/\/+$/, "")}/feed.xml`,
        atom: `${siteUrl.replace(/\/+$/, "")}/atom.xml`,
      },
    });
    for (const p of posts.slice(0, 50)) {
      feed.addItem({
        title: p.title,
        id: p.url,
        link: p.url,
        description: p.summary,
        date: new Date(p.date),
      });
    }
    await atomicWrite(join(dir, "feed.xml"), feed.rss2());
    await atomicWrite(join(dir, "atom.xml"), feed.atom1());
    return {
      receipt: { id: slug, url },
      files: [join(outputDir, `${slug}.md`), join(outputDir, "feed.xml"), join(outputDir, "atom.xml")],
    };
  },
};

async function readPosts(dir: string): Promise<PostMeta[]> {
  const posts: PostMeta[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".md"))) {
    const text = await readFile(join(dir, name), "utf8");
    const m = /^---\n([\s\S]*?)\n---/.exec(text);
    const meta = m ? (parse(m[1] as string) as Partial<PostMeta>) : undefined;
    if (meta?.title && meta.date && meta.url) posts.push(meta as PostMeta);
  }
  return posts.sort((a, b) => b.date.localeCompare(a.date) || a.url.localeCompare(b.url));
}

export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  // Keep URLs short, cutting at a word boundary.
  const short = slug.length > 60 ? slug.slice(0, 61).replace(/-[^-]*$/, "") : slug;
  return short || "post";
}

async function atomicWrite(path: string, content: string): Promise<void> {
  await writeFile(`${path}.tmp`, content);
  await rename(`${path}.tmp`, path);
}
