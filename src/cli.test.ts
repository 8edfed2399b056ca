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
    const nothingClose = io();
    expect(await main(["frobnicate"], nothingClose)).toBe(2);
    expect(nothingClose.errors.join("\n")).toMatch(
      /^loopcast: unknown command "frobnicate"\n\nloopcast: autonomous/,
    );
  });

  it("suggests the command a typo or a beginning most likely meant", async () => {
    const cases: Array<[string, string]> = [
      ["reprot", 'unknown command "reprot"; did you mean "report"?'],
      ["exception", 'unknown command "exception"; did you mean "exceptions"?'],
      ["Validate", 'unknown command "Validate"; did you mean "validate"?'],
      ["publish", 'unknown command "publish"; did you mean "publish-outcome"?'],
    ];
    for (const [word, message] of cases) {
      const out = io();
      expect(await main([word], out), word).toBe(2);
      expect(out.errors).toEqual([`loopcast: ${message} (loopcast --help lists every command)`]);
    }
    const flagFirst = io();
    expect(await main(["--config", "x", "validate"], flagFirst)).toBe(2);
    expect(flagFirst.errors[0]).toMatch(
      /^loopcast: "--config" is a flag; the command comes first: loopcast <command> --config/,
    );
  });

  it("answers a wrong flag with one line naming it and the command's usage", async () => {
    const out = io();
    expect(await main(["report", "--comit"], out)).toBe(2);
    const [first, blank, usage] = out.errors.join("\n").split("\n");
    expect(first).toBe("loopcast: unknown flag --comit for loopcast report; did you mean --commit?");
    expect(blank).toBe("");
    expect(usage).toMatch(/^usage: loopcast report/);
  });

  it("answers a command's --help from its own module", async () => {
    const out = io();
    expect(await main(["report", "--help"], out)).toBe(0);
    expect(out.lines.join("\n")).toContain("usage: loopcast report");
  });
});
