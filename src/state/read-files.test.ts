import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listFiles, readEach } from "./read-files.ts";

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "loopcast-read-files-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe("listFiles", () => {
  it("lists nested files with the extension as sorted relative paths with '/'", async () => {
    const root = await tree({
      "b.json": "",
      "a/z.json": "",
      "a/2026/12/x.json": "",
      "a/2026/12/x.jsonl": "",
      "a/notes.md": "",
      "A.json": "",
    });
    expect(listFiles(root, ".json")).toEqual(["A.json", "a/2026/12/x.json", "a/z.json", "b.json"]);
    expect(listFiles(root, ".jsonl")).toEqual(["a/2026/12/x.jsonl"]);
    expect(listFiles(join(root, "a"), ".md")).toEqual(["notes.md"]);
  });

  it("never lists a folder, whatever its name ends with", async () => {
    const root = await tree({ "odd.json/inner.json": "", "plain.json": "" });
    expect(listFiles(root, ".json")).toEqual(["odd.json/inner.json", "plain.json"]);
  });

  it("finds nothing in a folder that is absent, or is a file", async () => {
    const root = await tree({ "file.json": "" });
    expect(listFiles(join(root, "missing"), ".json")).toEqual([]);
    expect(listFiles(join(root, "file.json"), ".json")).toEqual([]);
    expect(listFiles(join(root, "file.json", "below"), ".json")).toEqual([]);
  });

  it("follows a symbolic link to a folder, but not round a cycle", async () => {
    const root = await tree({ "own/a.json": "", "elsewhere/2026/b.json": "" });
    const state = join(root, "own");
    await symlink(join(root, "elsewhere"), join(state, "linked"), "dir");
    await symlink("..", join(state, "linked", "2026", "up"), "dir"); // linked/2026/up → linked
    await symlink(".", join(state, "here"), "dir");
    await symlink(join(root, "nowhere"), join(state, "dangling.json"));
    expect(listFiles(state, ".json")).toEqual(["a.json", "dangling.json", "linked/2026/b.json"]);
  });

  it("reads what it listed", async () => {
    const root = await tree({ "x/1.json": "one", "x/2.json": "two" });
    const seen: string[] = [];
    await readEach(root, listFiles(root, ".json"), (file, text) => seen.push(`${file}=${text}`));
    expect(seen).toEqual(["x/1.json=one", "x/2.json=two"]);
  });
});
