// action.yml and the workflow `loopcast init` writes: every input the Action reads is declared (and the
// other way round), the outputs are the ones it sets, and the shipped workflow has every trigger the Action
// routes, one run at a time, and least-privilege permissions.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { outputsOf } from "../../src/action/result.ts";
import { type Io, parse as parseArgs } from "../../src/cli/command.ts";
import { init, WORKFLOW_PATH } from "../../src/cli/init.ts";
import { UsageError } from "../../src/errors.ts";
import { ROOT, tempRepo } from "../helpers/repo.ts";

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const actionYml = async () => parse(await readFile(join(ROOT, "action.yml"), "utf8")) as ActionYml;

function io(cwd: string): Io & { lines: string[] } {
  const lines: string[] = [];
  return { out: (l) => lines.push(l), err: (l) => lines.push(l), env: {}, cwd, lines };
}

describe("action.yml", () => {
  it("runs dist/index.js on node24 and declares exactly the inputs the Action reads and the outputs it sets", async () => {
    const yml = await actionYml();
    expect(yml.runs).toEqual({ using: "node24", main: "dist/index.js" });
    const source = await readFile(join(ROOT, "src/action/inputs.ts"), "utf8");
    const read = [...source.matchAll(/get\("([a-z-]+)"\)/g)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual(Object.keys(yml.inputs).sort());
    for (const [name, input] of Object.entries(yml.inputs)) expect(input.description, name).toBeTruthy();
    expect(Object.keys(yml.outputs).sort()).toEqual(Object.keys(outputsOf(undefined)).sort());
    expect(yml.inputs["github-token"]?.default).toBe(["$", "{{ github.token }}"].join(""));
  });
});

describe("loopcast init", () => {
  it("writes a workflow with every trigger, one run at a time and least-privilege permissions", async () => {
    const repo = await tempRepo();
    const out = io(repo.dir);
    expect(await init.run(parseArgs(init, []), out)).toBe(0);
    expect(out.lines[0]).toBe(`wrote ${WORKFLOW_PATH}`);
    const wf = parse(await repo.read(WORKFLOW_PATH)) as {
      on: Record<string, { types?: string[] } | null>;
      permissions: Record<string, string>;
      concurrency: { group: string; "cancel-in-progress": boolean };
      jobs: Record<
        string,
        {
          if: string;
          permissions: Record<string, string>;
          steps: Array<{ uses: string; with?: Record<string, unknown> }>;
        }
      >;
    };
    expect(Object.keys(wf.on).sort()).toEqual(
      [
        "issues",
        "pull_request",
        "pull_request_review",
        "repository_dispatch",
        "schedule",
        "workflow_dispatch",
      ].sort(),
    );
    expect(wf.on.pull_request?.types).toEqual(["closed"]);
    expect(wf.on.repository_dispatch?.types).toEqual(["loopcast-metrics"]);
    expect(wf.permissions).toEqual({});
    const job = wf.jobs.loopcast;
    expect(job?.permissions).toEqual({
      contents: "write",
      "pull-requests": "write",
      issues: "write",
      statuses: "write",
    });
    expect(job?.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    expect(wf.concurrency["cancel-in-progress"]).toBe(false);
    expect(wf.concurrency.group).toContain("'loopcast'");

    const [checkout, loopcast] = job?.steps ?? [];
    expect(checkout?.with).toMatchObject({ "fetch-depth": 0, "persist-credentials": false });
    expect(loopcast?.uses).toBe("loopcast/loopcast@v1");
    const declared = Object.keys((await actionYml()).inputs);
    for (const key of Object.keys(loopcast?.with ?? {})) expect(declared).toContain(key);
    const text = await repo.read(WORKFLOW_PATH);
    expect(text).not.toContain("pull_request_target");
    expect(text.split("${{").length).toBe(text.split("}}").length);
  });

  it("leaves the same workflow alone, refuses to overwrite another without --force, and checks --schedule and --action", async () => {
    const repo = await tempRepo();
    await init.run(parseArgs(init, []), io(repo.dir));
    const again = io(repo.dir);
    await init.run(parseArgs(init, []), again);
    expect(again.lines[0]).toBe(`unchanged ${WORKFLOW_PATH}`);
    await expect(init.run(parseArgs(init, ["--schedule", "5 6 * * 1"]), io(repo.dir))).rejects.toThrow(
      `this file exists already with other content, so nothing was written: ${WORKFLOW_PATH}. Pass --force`,
    );
    const forced = io(repo.dir);
    await init.run(
      parseArgs(init, ["--force", "--schedule", "5 6 * * 1", "--action", "acme/loopcast@v2"]),
      forced,
    );
    expect(forced.lines[0]).toBe(`overwrote ${WORKFLOW_PATH}`);
    const text = await repo.read(WORKFLOW_PATH);
    expect(text).toContain('- cron: "5 6 * * 1"');
    expect(text).toContain("- uses: acme/loopcast@v2");
    await expect(
      init.run(parseArgs(init, ["--force", "--schedule", "0 0 * * * *"]), io(repo.dir)),
    ).rejects.toThrow(UsageError);
    await expect(
      init.run(parseArgs(init, ["--force", "--schedule", "0 8 * * MONN"]), io(repo.dir)),
    ).rejects.toThrow(
      /^--schedule "0 8 \* \* MONN": day of week "MONN" is not valid; allowed: 0-7 or SUN-SAT/,
    );
    await expect(
      init.run(parseArgs(init, ["--force", "--action", "not an action"]), io(repo.dir)),
    ).rejects.toThrow(/must look like owner\/repo@ref/);
  });
});
