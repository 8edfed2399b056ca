// Headless Chromium driven by playwright-core for the report tests: load index.html and report what a
// person would see, parse Mermaid blocks with the real Mermaid, and check screenshots. Only file:// and
// about:blank are opened; nothing reaches the network.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { ROOT } from "../helpers/repo.ts";

/** Where a system Chromium usually is (Debian's package, then other distributions' names). */
const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export interface BrowserChoice {
  executablePath: string;
  /** Where it came from, for the test's own messages. */
  source: "CHROMIUM_PATH" | "system" | "@sparticuz/chromium";
}

/**
 * The browser the tests drive: CHROMIUM_PATH when set, else a system Chromium, else the one the
 * `@sparticuz/chromium` devDependency carries inside its npm package (unpacked to the temp folder on first
 * use, no download), so `npm ci && npm test` needs nothing but Node and git.
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): Promise<BrowserChoice> {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist; unset it to use another browser`);
    return { executablePath: env.CHROMIUM_PATH, source: "CHROMIUM_PATH" };
  }
  const system = SYSTEM_CHROMIUMS.find((p) => exists(p));
  if (system) return { executablePath: system, source: "system" };
  const { default: packaged } = await import("@sparticuz/chromium");
  return { executablePath: await packaged.executablePath(), source: "@sparticuz/chromium" };
}

export async function launch(): Promise<Browser> {
  const { executablePath, source } = await findChromium();
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // The packaged build is a headless shell built to start without a zygote process.
      ...(source === "@sparticuz/chromium" ? ["--no-zygote"] : []),
    ],
  });
}

export interface PageCheck {
  errors: string[];
  charts: Array<{ id: string; bars: number; points: number }>;
  /** Width of the page's content: more than the viewport means sideways scrolling. */
  scrollWidth: number;
  screenshot: Buffer;
}

/** Opens an HTML file at a viewport width and reports console errors, charts and a full-page screenshot. */
export async function checkPage(browser: Browser, file: string, width: number): Promise<PageCheck> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  // Anything but the page itself would be a fetch from outside: the page must be self-contained.
  await page.route("**/*", (route) =>
    route.request().url() === pathToFileURL(file).href ? route.continue() : route.abort(),
  );
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  const charts = await page.$$eval("svg[data-chart]", (svgs) =>
    svgs.map((s) => ({
      id: s.getAttribute("data-chart") ?? "",
      bars: [...s.querySelectorAll("rect.bar")].filter((r) => Number(r.getAttribute("height")) > 0).length,
      points: s.querySelectorAll("circle.pt").length,
    })),
  );
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const screenshot = await page.screenshot({ fullPage: true });
  await context.close();
  return { errors, charts, scrollWidth, screenshot };
}

/** Distinct colours in a PNG (decoded by Chromium itself), sampled on a grid; 1 means a blank image. */
export async function distinctColours(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  const n = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set<number>();
    const stride = 7;
    for (let i = 0; i < data.length; i += 4 * stride)
      seen.add(((data[i] as number) << 16) | ((data[i + 1] as number) << 8) | (data[i + 2] as number));
    return seen.size;
  }, png.toString("base64"));
  await page.close();
  return n;
}

export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

/** Parses each block with the real Mermaid (node_modules/mermaid) in a blank page; returns the errors. */
export async function parseMermaid(browser: Browser, blocks: readonly string[]): Promise<string[]> {
  const page = await browser.newPage();
  await page.addScriptTag({
    content: await readFile(join(ROOT, "node_modules/mermaid/dist/mermaid.min.js"), "utf8"),
  });
  const errors = await page.evaluate(async (codes) => {
    const m = (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown> } }).mermaid;
    const out: string[] = [];
    for (const code of codes) {
      try {
        await m.parse(code);
      } catch (err) {
        out.push(`${(err as Error).message}\n---\n${code}`);
      }
    }
    return out;
  }, blocks);
  await page.close();
  return errors;
}
