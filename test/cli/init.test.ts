// `loopcast init --business …` in a new repository: a starter configuration and the workflow that
// validate, plan and run as written (the run proposes items on the local forge), files never overwritten
// without --force, and a missing configuration folder answered with how to create it.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loopcast, loopcastProcess } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";

const ROSA = [
  "--business",
  "Rosa's Bakery",
  "--timezone",
  "Europe/Lisbon",
  "--channels",
  "blog,newsletter,mastodon",
];
// A Monday morning in Lisbon: the social post (Mon 12:30) and the blog post (Tue 09:00) fall in their lead times.
const AT = "2026-12-07T10:00:00Z";

describe("loopcast init --business", () => {
  it("writes a configuration that validates, plans and runs as written", async () => {
    const repo = await tempRepo({ config: false });
    const init = await loopcast(["init", ...ROSA], { cwd: repo.dir });
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(init.stdout.split("\n").filter((l) => l.startsWith("wrote "))).toEqual([
      "wrote marketing/strategy.yaml",
      "wrote marketing/guardrails.yaml",
      "wrote marketing/benchmarks.yaml",
      "wrote marketing/voice.md",
      "wrote marketing/workflows/weekly-blog.yaml",
      "wrote marketing/workflows/weekly-newsletter.yaml",
      "wrote marketing/workflows/social-post.yaml",
      "wrote .github/workflows/loopcast.yml",
    ]);
    expect(init.stdout).toContain("the configuration is valid: 3 workflow(s) at L3");
    expect(init.stdout).toMatch(/set these environment variables .*: LOOPCAST_SMTP_HOST, .*MASTODON_TOKEN/);
    const workflow = parse(await repo.read(".github/workflows/loopcast.yml")) as {
      jobs: { loopcast: { steps: Array<{ with?: { config?: string }; env?: Record<string, string> }> } };
    };
    const step = workflow.jobs.loopcast.steps[1];
    expect(step?.with?.config).toBe("marketing");
    expect(step?.env?.MASTODON_TOKEN).toBe(["$", "{{ secrets.MASTODON_TOKEN }}"].join(""));

    expect(await loopcast(["validate"], { cwd: repo.dir })).toMatchObject({ code: 0, stderr: "" });
    const plan = await loopcast(["plan", "--at", AT], { cwd: repo.dir });
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/propose +social-post@20261207T1230Z/);
    expect(plan.stdout).toMatch(/propose +weekly-blog@20261208T0900Z/);

    await repo.commitAll("starter configuration");
    const run = await loopcast(["run", "--at", AT], { cwd: repo.dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("done: 2 proposed");
    const branches = (await repo.git.branchLocal()).all;
    expect(branches).toContain("loopcast/social-post@20261207T1230Z");
    expect(branches).toContain("loopcast/weekly-blog@20261208T0900Z");
  });

  it("leaves identical files alone, refuses different ones without writing anything, overwrites with --force", async () => {
    const repo = await tempRepo({ config: false });
    expect((await loopcast(["init", ...ROSA], { cwd: repo.dir })).code).toBe(0);
    const again = await loopcast(["init", ...ROSA], { cwd: repo.dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("unchanged marketing/strategy.yaml");
    expect(again.stdout).toContain("unchanged .github/workflows/loopcast.yml");

    const voice = "# our own voice\n";
    await repo.write("marketing/voice.md", voice);
    const other = await loopcast(["init", ...ROSA, "--channels", "blog,webhook"], { cwd: repo.dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      "these files exist already with other content, so nothing was written: marketing/strategy.yaml, marketing/guardrails.yaml, marketing/benchmarks.yaml, marketing/voice.md, .github/workflows/loopcast.yml. Pass --force to overwrite them",
    );
    expect(existsSync(join(repo.dir, "marketing/workflows/webhook-post.yaml"))).toBe(false);
    expect(await repo.read("marketing/voice.md")).toBe(voice);

    const forced = await loopcast(["init", ...ROSA, "--force"], { cwd: repo.dir });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("overwrote marketing/voice.md");
    expect(forced.stdout).toContain("unchanged marketing/strategy.yaml");
    expect(await repo.read("marketing/voice.md")).toContain("# Rosa's Bakery: how we sound");
  });

  it("refuses a bad description before writing anything", async () => {
    const repo = await tempRepo({ config: false });
    const r = await loopcast(["init", "--business", "Rosa's Bakery", "--timezone", "Lisbon"], {
      cwd: repo.dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^loopcast: --timezone "Lisbon" is not an IANA time zone name; did you mean Europe\/Lisbon\?/,
    );
    expect(existsSync(join(repo.dir, "marketing"))).toBe(false);
    expect(existsSync(join(repo.dir, ".github"))).toBe(false);
  });
});

describe("a missing configuration folder", () => {
  it("is one problem in validate, saying how to create it", async () => {
    const repo = await tempRepo({ config: false });
    const r = await loopcast(["validate"], { cwd: repo.dir });
    expect(r.code).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out.match(/not found|does not exist/g)).toEqual(["does not exist"]);
    expect(out).toContain("marketing:1:1  the configuration folder does not exist");
    expect(out).toContain('loopcast init --business "Your Business" --timezone Europe/Lisbon');
  });

  it("stops a plain init, which would write a workflow for nothing", async () => {
    const repo = await tempRepo({ config: false });
    const r = await loopcast(["init"], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the configuration folder marketing does not exist\. Describe your business/);
    expect(existsSync(join(repo.dir, ".github"))).toBe(false);
  });
});

describe("node src/cli.ts init", () => {
  it("init → validate → plan, as separate processes", async () => {
    const repo = await tempRepo({ config: false });
    const init = await loopcastProcess(["init", ...ROSA, "--level", "L1"], { cwd: repo.dir });
    expect(init).toMatchObject({ code: 0, stderr: "" });
    expect(init.stdout).toContain("at L1: items are written only when you ask, with loopcast draft");
    const validate = await loopcastProcess(["validate"], { cwd: repo.dir });
    expect(validate).toMatchObject({ code: 0, stderr: "" });
    expect(validate.stdout).toMatch(/^configuration is valid: 3 workflow\(s\), 3 channel\(s\)/);
    const plan = await loopcastProcess(["plan", "--at", AT], { cwd: repo.dir });
    expect(plan).toMatchObject({ code: 0, stderr: "" });
    // At L1 nothing is proposed on the cadence: drafts come on request.
    expect(plan.stdout).not.toMatch(/propose /);
    expect(plan.stdout).toContain("L1");
  });
});
