// dist/ is what the runner executes (action.yml: runs.main). It must be the bundle of today's src/, and it
// must run on its own, without node_modules.
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { staleFiles } from "../../scripts/build-dist.ts";
import type { FakeGitHub } from "../fake-github/index.ts";
import { ROOT } from "../helpers/repo.ts";
import * as ev from "./events.ts";
import { assertNoSecret, runActionProcess, startFake } from "./harness.ts";

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe("dist/", () => {
  it("is the bundle of the current src/ (run `node scripts/build-dist.ts` after changing src/)", async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it("runs as the Action from a folder without node_modules", async () => {
    const alone = await mkdtemp(join(tmpdir(), "loopcast-dist-"));
    await copyFile(join(ROOT, "dist/index.js"), join(alone, "index.js"));
    const at = new Date("2026-11-30T12:00:00Z");
    fake = await startFake({ now: at });
    const run = await runActionProcess(fake, {
      event: ev.scheduleEvent(),
      inputs: { at: at.toISOString() },
      entry: join(alone, "index.js"),
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs["proposals-opened"]).toBe("2");
    assertNoSecret({ stdout: run.stdout, summary: run.summary });
    fake.assertNoViolations();
  });
});
