// A configuration folder that is not there is one problem that says so and how to create it, not one
// "file not found" per file the folder should hold.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./load.ts";

describe("loadConfig on a missing folder", () => {
  it("gives one problem naming the folder, with the init command that writes a starter", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "loopcast-load-"));
    const { config, problems } = await loadConfig(join(cwd, "marketing"), { displayFrom: cwd });
    expect(config).toBeUndefined();
    expect(problems).toEqual([
      {
        file: "marketing",
        line: 1,
        column: 1,
        message: "the configuration folder does not exist",
        hint: expect.stringContaining(
          '`loopcast init --business "Your Business" --timezone Europe/Lisbon --channels blog`',
        ),
      },
    ]);
  });

  it("names another folder in the command, and a file where the folder should be", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "loopcast-load-"));
    const other = await loadConfig(join(cwd, "site config"), { displayFrom: cwd });
    expect(other.problems).toHaveLength(1);
    expect(other.problems[0]?.hint).toContain('loopcast init --config "site config" --business');
    await writeFile(join(cwd, "marketing"), "not a folder");
    const file = await loadConfig(join(cwd, "marketing"), { displayFrom: cwd });
    expect(file.problems.map((p) => p.message)).toEqual(["the configuration folder is a file, not a folder"]);
  });
});
