// `loopcast check FILE…`: the guardrail check of items (or any Markdown) in the manner of Vale.
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { bodyLineOffset, renderItem } from "../state/item.ts";
import { type Command, printJson } from "./command.ts";
import { requireConfigOf } from "./context.ts";

export const check: Command = {
  name: "check",
  summary: "Check items against the brand-voice lock and topic blockers",
  usage: `usage: loopcast check FILE… [--channel ID] [--output text|json] [--config DIR]

An item file (with front matter) is checked for its own channel; a plain Markdown file needs --channel.
Exit code 1 when any error finding is reported.

example: loopcast check marketing/content/weekly-blog/weekly-blog@20261201T0800Z.md`,
  options: { channel: { type: "string" }, output: { type: "string", default: "text" } },
  async run(args, io) {
    // Loaded when the command runs, so `loopcast --help` and other commands start fast.
    const { checkItemText, findingLines } = await import("../guardrails/check-item.ts");
    if (!args.positionals.length) throw new UsageError(`no FILE given\n\n${check.usage}`);
    const output = String(args.values.output);
    if (output !== "text" && output !== "json")
      throw new UsageError(`--output must be text or json\n\n${check.usage}`);
    const config = await requireConfigOf(args, io);
    const results = [];
    for (const file of args.positionals) {
      const path = resolve(io.cwd, file);
      const name = relative(io.cwd, path) || file;
      let text = await readFile(path, "utf8").catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`${file}: ${err.code === "ENOENT" ? "file not found" : err.message}`);
      });
      if (!text.startsWith("---")) {
        const channel = args.values.channel;
        if (typeof channel !== "string")
          throw new UsageError(`${file} has no front matter; say which channel it is for with --channel`);
        // A plain file is checked as the body of an item for that channel; positions stay those of the file.
        text = renderItem({
          meta: {
            cycle: "check@00000000T0000Z",
            workflow: "check",
            channel,
            slot: "",
            title: "",
            summary: "",
            arms: {},
            generator: "",
          },
          body: text,
        });
        const check = checkItemText(config, text, name);
        const offset = bodyLineOffset(text);
        for (const f of check.findings) {
          f.line -= offset;
          if (f.endLine !== undefined) f.endLine -= offset;
        }
        results.push({ file: name, ...check });
      } else {
        results.push({ file: name, ...checkItemText(config, text, name) });
      }
    }
    if (args.values.json || output === "json") printJson(io, results);
    else {
      for (const r of results) for (const line of findingLines(r.findings, r.file)) io.out(line);
      const errors = results.reduce((n, r) => n + r.errors, 0);
      const warnings = results.reduce((n, r) => n + r.warnings, 0);
      io.out(`${results.length} file(s): ${errors} error(s), ${warnings} warning(s)`);
      for (const r of results)
        for (const reason of r.needsHuman) io.out(`${r.file}: a person must approve — ${reason}`);
    }
    return results.some((r) => r.errors > 0) ? 1 : 0;
  },
};
