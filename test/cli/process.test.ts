// The CLI as a separate process, as a user or the Action starts it: the other CLI tests call main() in
// their own process, so this file holds what only a real process shows — the exit status, output on the
// real streams with secrets masked, and problems named relative to the folder the command was run in.
import { describe, expect, it } from "vitest";
import { loopcastProcess } from "../helpers/cli.ts";
import { tempRepo } from "../helpers/repo.ts";

describe("node src/cli.ts", () => {
  it("exits 0 on a valid configuration and 2 on a usage error", async () => {
    const repo = await tempRepo();
    const ok = await loopcastProcess(["validate"], { cwd: repo.dir });
    expect(ok).toMatchObject({ code: 0, stderr: "" });
    expect(ok.stdout).toMatch(/^configuration is valid: 3 workflow\(s\)/);
    const usage = await loopcastProcess(["validate", "--nope"], { cwd: repo.dir });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("usage: loopcast validate");
  });

  it("exits 1 on problems, names files from the working folder, and masks secrets it was given", async () => {
    const repo = await tempRepo();
    const token = "s3cret-value-0123456789";
    // A workflow whose name mentions the token's value: the message quotes it, the stream must not.
    await repo.write(
      "marketing/workflows/weekly-blog.yaml",
      (await repo.read("marketing/workflows/weekly-blog.yaml")).replace("cadence:", `cadence: ${token}\n#`),
    );
    const r = await loopcastProcess(["validate", "--config", "."], {
      cwd: `${repo.dir}/marketing`,
      env: { MASTODON_TOKEN: token },
    });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/^workflows\/weekly-blog\.yaml:\d+:\d+ /m);
    expect(r.stdout + r.stderr).not.toContain(token);
    expect(r.stdout + r.stderr).toContain("***");
  });
});
