// Which browser the report tests drive: a person's choice first, then the machine's, then the one that
// ships inside the @sparticuz/chromium npm package, so a fresh machine with only Node and git passes.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findChromium } from "./browser.ts";

describe("findChromium", () => {
  it("takes CHROMIUM_PATH first, and says so when it points nowhere", async () => {
    const all = () => true;
    await expect(findChromium({ CHROMIUM_PATH: "/opt/my/chrome" }, all)).resolves.toEqual({
      executablePath: "/opt/my/chrome",
      source: "CHROMIUM_PATH",
    });
    await expect(findChromium({ CHROMIUM_PATH: "/nowhere/chrome" }, () => false)).rejects.toThrow(
      /CHROMIUM_PATH=\/nowhere\/chrome does not exist/,
    );
  });

  it("uses a system Chromium when there is one", async () => {
    const only = (p: string) => p === "/usr/bin/chromium-browser";
    await expect(findChromium({}, only)).resolves.toEqual({
      executablePath: "/usr/bin/chromium-browser",
      source: "system",
    });
  });

  it("falls back to the Chromium inside the npm package, unpacked to a real executable", async () => {
    const choice = await findChromium({}, () => false);
    expect(choice.source).toBe("@sparticuz/chromium");
    expect(existsSync(choice.executablePath)).toBe(true);
  });
});
