// Exit codes and words that match what happened (issue 13, item 6): a run whose publish failed never says
// "nothing to do" and exits 1, or 3 when only the channel could not be reached; `review list` shows the
// labels that keep a proposal from merging; `review show` checks the text on the branch now.
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { createForge } from "../../src/forge/create.ts";
import { loopcast } from "../helpers/cli.ts";
import { ALICE, type TempRepo, tempRepo } from "../helpers/repo.ts";

const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";
const SOCIAL = "daily-social@20261201T1130Z";
const BLOG_ITEM = `marketing/content/weekly-blog/${BLOG}.md`;

/** A local port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function lastLine(text: string): string {
  return text.trim().split("\n").at(-1) ?? "";
}

async function commitAs(repo: TempRepo, message: string): Promise<void> {
  await repo.git.add(".");
  await repo.git.raw([
    "-c",
    `user.name=${ALICE.name}`,
    "-c",
    `user.email=${ALICE.email}`,
    "commit",
    "-qm",
    message,
  ]);
}

describe("a run's words and exit code", () => {
  it("a publish that could not reach its channel exits 3; one a person must fix exits 1; neither is 'nothing to do'", async () => {
    const repo = await tempRepo();
    const strategy = await repo.read("marketing/strategy.yaml");
    await repo.write(
      "marketing/strategy.yaml",
      strategy.replace(
        "instanceUrl: https://mastodon.social",
        `instanceUrl: http://127.0.0.1:${await closedPort()}`,
      ),
    );
    await repo.commitAll("a Mastodon instance that is down");
    expect((await loopcast(["run", "--at", MONDAY], { cwd: repo.dir })).code).toBe(0);
    expect((await loopcast(["review", "approve", SOCIAL], { cwd: repo.dir })).code).toBe(0);

    const env = { MASTODON_TOKEN: "token-for-the-test" };
    const down = await loopcast(["run", "--at", "2026-12-01T11:31:00Z"], { cwd: repo.dir, env });
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(
      new RegExp(`error {6}${SOCIAL}: channel mastodon: could not reach .*\\(the next run tries again\\)`),
    );
    expect(down.stdout).not.toContain("nothing to do");
    expect(lastLine(down.stdout)).toMatch(/; 1 could not reach their channel \(the next run tries again\)$/);

    // The token is gone: a person must set it. Nothing else happens in this run.
    const unset = await loopcast(["run", "--at", "2026-12-01T11:32:00Z"], { cwd: repo.dir });
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain(
      `error      ${SOCIAL}: channel mastodon: environment variable MASTODON_TOKEN`,
    );
    expect(unset.stderr).toContain("the run is done, with something to look at: 1 item(s) failed");
    expect(lastLine(unset.stdout)).toBe("done: 0 proposed, 0 published, 0 recorded; 1 failed");
    expect((await repo.git.status()).isClean()).toBe(true);
  });
});

describe("review list and show", () => {
  it("list shows the hold and needs-a-person labels; show checks the text as a person left it", async () => {
    const repo = await tempRepo();
    expect((await loopcast(["run", "--at", MONDAY], { cwd: repo.dir })).code).toBe(0);
    expect((await loopcast(["review", "hold", SOCIAL], { cwd: repo.dir })).code).toBe(0);
    // As a run labels an item whose topic a person must approve.
    const forge = await createForge({ kind: "local", repoDir: repo.dir });
    await forge.addLabels(`loopcast/${BLOG}`, ["loopcast:needs-human"]);

    const list = await loopcast(["review", "list"], { cwd: repo.dir });
    const line = (cycle: string) => list.stdout.split("\n").find((l) => l.startsWith(`loopcast/${cycle}`));
    expect(line(SOCIAL)).toMatch(/ {2}\[hold\]$/);
    expect(line(BLOG)).toMatch(/ {2}\[loopcast:needs-human \(a person must merge it\)\]$/);

    // The stored description holds the findings of Loopcast's draft.
    expect(await forge.proposalBody(`loopcast/${BLOG}`)).toContain("### Guardrails: 0 error(s)");
    // Alice adds a banned term on the branch.
    await repo.git.checkout(`loopcast/${BLOG}`);
    const item = await repo.read(BLOG_ITEM);
    await repo.write(BLOG_ITEM, `${item.trimEnd()}\n\nA revolutionary way to work.\n`);
    await commitAs(repo, "a last line");
    await repo.git.checkout("main");

    const show = await loopcast(["review", "show", BLOG], { cwd: repo.dir });
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("labels: loopcast:needs-human (a person must merge it)");
    expect(show.stdout).toContain(
      "### Guardrails on the branch now (after 1 edit commit(s)): 1 error(s), 0 warning(s)",
    );
    expect(show.stdout).toMatch(
      new RegExp(
        `${BLOG_ITEM.replace(/[.@]/g, "\\$&")}:\\d+:3 {2}error {2}Use "new" instead of "revolutionary"`,
      ),
    );
    expect(show.stdout).not.toContain("### Guardrails: 0 error(s)");
    // The rest of the description stays.
    expect(show.stdout).toContain(`Edit \`${BLOG_ITEM}\` on this branch to change the item`);
    const json = JSON.parse((await loopcast(["review", "show", BLOG, "--json"], { cwd: repo.dir })).stdout);
    expect(json.check).toMatchObject({ errors: 1 });
    expect(json.labels).toContain("loopcast:needs-human");
    // Reading changes nothing.
    expect((await repo.git.status()).isClean()).toBe(true);
  });
});
