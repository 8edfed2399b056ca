// A wrong flag gets one line that names it as typed (with the nearest real flag when one is close) and the
// command's usage: never Node's parser message, which is several lines long and speaks of positionals.
import { describe, expect, it } from "vitest";
import { UsageError } from "../errors.ts";
import { type Command, parse } from "./command.ts";

const command: Command = {
  name: "demo",
  summary: "a command for this test",
  usage: "usage: loopcast demo [--schedule CRON] [--force]",
  options: { schedule: { type: "string" }, force: { type: "boolean", default: false } },
  run: async () => 0,
};

function problemOf(argv: string[]): { line: string; rest: string } {
  try {
    parse(command, argv);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const [line = "", ...rest] = (err as Error).message.split("\n");
    return { line, rest: rest.join("\n") };
  }
  throw new Error(`parse accepted ${argv.join(" ")}`);
}

describe("parse", () => {
  it("reads the command's and the shared flags", () => {
    const parsed = parse(command, ["--schedule", "0 9 * * 2", "x", "--json"]);
    expect(parsed.values).toMatchObject({
      schedule: "0 9 * * 2",
      json: true,
      config: "marketing",
      force: false,
    });
    expect(parsed.positionals).toEqual(["x"]);
  });

  it("names an unknown flag, suggests the close one and shows the usage", () => {
    const { line, rest } = problemOf(["--scheduel", "0 9 * * 2"]);
    expect(line).toBe("unknown flag --scheduel for loopcast demo; did you mean --schedule?");
    expect(rest).toBe("\nusage: loopcast demo [--schedule CRON] [--force]");
    expect(problemOf(["--jsno"]).line).toBe("unknown flag --jsno for loopcast demo; did you mean --json?");
    expect(problemOf(["--colour"]).line).toBe("unknown flag --colour for loopcast demo");
    expect(problemOf(["-f"]).line).toBe("unknown flag -f for loopcast demo; did you mean --force?");
  });

  it("says a flag needs a value, or takes none", () => {
    expect(problemOf(["--schedule"]).line).toBe("--schedule needs a value (--schedule VALUE)");
    expect(problemOf(["--schedule", "--force"]).line).toBe(
      "--schedule needs a value, but the next argument is the flag --force; write --schedule=--force if that is the value",
    );
    expect(problemOf(["--force=yes"]).line).toBe(
      "--force takes no value; write --force alone (found --force=yes)",
    );
  });

  it("never passes on Node's parser message", () => {
    for (const argv of [["--nope"], ["-x"], ["--config"], ["--json=1"], ["--at", "-1"]]) {
      const { line } = problemOf(argv);
      expect(line, argv.join(" ")).not.toMatch(/positional|Unknown option|argument missing|ambiguous/);
      expect(line).toMatch(/^(unknown flag |--)/);
    }
  });
});
