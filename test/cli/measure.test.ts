// `loopcast measure` on a real git repository: the published blog post's visitors and views pulled from a
// Plausible stand-in, stored and committed with the pull state; not read again within six hours; a refused
// key exits 1 in Plausible's words without the key.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { type TempRepo, tempRepo } from "../helpers/repo.ts";
import { type PlausibleStandIn, startPlausibleServer } from "../stand-ins/plausible-server.ts";

const MONDAY = "2026-11-30T12:00:00Z";
const BLOG = "weekly-blog@20261201T0800Z";
const KEY = "plausible-test-key-0123456789";
let plausible: PlausibleStandIn;
beforeAll(async () => {
  plausible = await startPlausibleServer({ apiKey: KEY });
});
afterAll(() => plausible.close());

/** A repository whose Tuesday blog post is out, with the blog's analytics on the stand-in. */
async function publishedBlog(): Promise<{ repo: TempRepo; path: string }> {
  const repo = await tempRepo();
  await loopcast(["run", "--at", MONDAY], { cwd: repo.dir });
  await loopcast(["review", "approve", BLOG], { cwd: repo.dir });
  const run = await loopcast(["run", "--at", "2026-12-01T08:05:00Z"], { cwd: repo.dir });
  const url = /published {2}\S+ {2}(\S+)/.exec(run.stdout)?.[1];
  if (!url) throw new Error(`not published: ${run.stdout}${run.stderr}`);
  const strategy = await repo.read("marketing/strategy.yaml");
  const anchor = "    siteUrl: https://loopcast.dev/blog\n";
  expect(strategy).toContain(anchor);
  await repo.write(
    "marketing/strategy.yaml",
    strategy.replace(
      anchor,
      `${anchor}    analytics:\n      provider: plausible\n      siteId: loopcast.dev\n      apiKeyEnv: PLAUSIBLE_API_KEY\n      baseUrl: ${plausible.url}\n`,
    ),
  );
  await repo.commitAll("blog analytics");
  return { repo, path: new URL(url).pathname };
}

describe("loopcast measure", () => {
  it("pulls the post's numbers, stores and commits them with the pull state, and waits six hours to read again", async () => {
    const { repo, path } = await publishedBlog();
    plausible.pages.set("loopcast.dev", new Map([[path, { visitors: 120, pageviews: 180 }]]));
    plausible.requests.length = 0;
    const env = { PLAUSIBLE_API_KEY: KEY };
    const first = await loopcast(["measure", "--at", "2026-12-01T14:10:00Z"], { cwd: repo.dir, env });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("pull       blog: 1 item(s) measured in 1 request(s)");
    expect(first.stdout).toContain("pull:blog: 1 row(s): 1 accepted");
    expect(first.stdout).toContain("pulled     1 row(s) in 1 request(s)");
    const stored = await repo.read(`marketing/metrics/2026/12/${BLOG}.jsonl`);
    expect(stored).toContain('"metric":"views","value":180');
    expect(stored).toContain('"metric":"visitors","value":120');
    expect(JSON.parse(await repo.read("marketing/metrics/pulls.json")).items).toEqual({
      [BLOG]: "2026-12-01T14:10:00.000Z",
    });
    expect((await repo.git.status()).isClean()).toBe(true);
    expect((await repo.git.log()).latest?.message).toMatch(
      /^loopcast: measure \(.*pulled from channels in 1 request/,
    );

    const soon = await loopcast(["measure", "--at", "2026-12-01T15:10:00Z"], { cwd: repo.dir, env });
    expect(soon.code).toBe(0);
    expect(soon.stdout).toContain("pulled     nothing due");
    expect(plausible.requests).toHaveLength(1);
  });

  it("a refused key exits 1 with Plausible's words and the variable's name, never the key", async () => {
    const { repo } = await publishedBlog();
    const wrong = "wrong-plausible-key-987654";
    const r = await loopcast(["measure", "--at", "2026-12-01T14:10:00Z"], {
      cwd: repo.dir,
      env: { PLAUSIBLE_API_KEY: wrong },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /pull {7}blog: failed — channel blog: Plausible refused the API key in PLAUSIBLE_API_KEY \(401: Invalid API key/,
    );
    expect(r.stdout + r.stderr).not.toContain(wrong);
    // The failure is counted in the committed state, for the exception after three runs.
    expect(JSON.parse(await repo.read("marketing/metrics/pulls.json")).failing.blog).toMatchObject({
      runs: 1,
    });
    expect((await repo.git.status()).isClean()).toBe(true);
  });
});
