// The command table loads each command's module only when it runs; the name it is found by must be the
// name the module gives itself, and help must still list every command with its summary.
import { describe, expect, it } from "vitest";
import type { Io } from "./cli/command.ts";
import { COMMANDS, main } from "./cli.ts";

function io(): Io & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (l) => lines.push(l),
    err: (l) => errors.push(l),
    env: {},
    cwd: process.cwd(),
  };
}

describe("the command table", () => {
  it("finds each command by the name its module gives it", async () => {
    for (const entry of COMMANDS) expect((await entry.load()).name).toBe(entry.name);
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });

  it("lists every command with its summary in help, and names a wrong command", async () => {
    const help = io();
    expect(await main(["--help"], help)).toBe(0);
    for (const entry of COMMANDS) {
      const { summary } = await entry.load();
      expect(help.lines.join("\n")).toMatch(
        new RegExp(`^  ${entry.name} +${summary.replace(/[()?*+.]/g, "\\$&")}$`, "m"),
      );
    }
    const wrong = io();
    expect(await main(["reprot"], wrong)).toBe(2);
    expect(wrong.errors.join("\n")).toContain('unknown command "reprot"');
  });

  it("answers a command's --help from its own module", async () => {
    const out = io();
    expect(await main(["report", "--help"], out)).toBe(0);
    expect(out.lines.join("\n")).toContain("usage: loopcast report");
  });
});
