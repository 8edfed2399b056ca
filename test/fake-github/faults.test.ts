import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FakeGitHub, startFakeGitHub } from "./server.ts";
import { octokitFor } from "./test-support.ts";

const owner = "acme";
const repo = "site";
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await startFakeGitHub({ repos: [{ owner, name: repo }] });
});

afterEach(async () => {
  fake.assertNoViolations();
  await fake.close();
});

describe("injected faults", () => {
  it("answers a secondary rate limit with 403, retry-after and GitHub's wording, once", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    fake.failNext({ operationId: "issues/create", status: 403 });
    const error = await bot.rest.issues.create({ owner, repo, title: "Hi" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, response: { headers: { "retry-after": "60" } } });
    expect((error as Error).message).toMatch(/secondary rate limit/);

    await bot.rest.issues.create({ owner, repo, title: "Hi" });
    expect(fake.count("issues/create")).toBe(2);
    expect(fake.requests.map((r) => r.status)).toEqual([403, 201]);
  });

  it("lets octokit's throttling plugin wait retry-after and retry a 429", async () => {
    const waits: number[] = [];
    const bot = octokitFor(fake, "loopcast[bot]", {
      throttle: {
        // Seconds become milliseconds so the test does not sleep.
        retryAfterBaseValue: 1,
        onSecondaryRateLimit: (retryAfter: number) => {
          waits.push(retryAfter);
          return true;
        },
        onRateLimit: () => false,
      },
    });
    fake.failNext({ operationId: "pulls/list", status: 429, headers: { "retry-after": "7" } });
    const pulls = await bot.rest.pulls.list({ owner, repo });
    expect(pulls.status).toBe(200);
    expect(waits).toEqual([7]);
    expect(fake.count("pulls/list")).toBe(2);
  });

  it("fails `times` requests with 5xx, which octokit's retry plugin retries", async () => {
    const bot = octokitFor(fake, "loopcast[bot]", { retry: { retryAfterBaseValue: 1 } });
    fake.failNext({ operationId: "repos/get", status: 502, times: 2 });
    const got = await bot.rest.repos.get({ owner, repo });
    expect(got.status).toBe(200);
    expect(fake.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it("injects custom bodies and headers, also into GraphQL", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    fake.failNext({
      operationId: "graphql",
      status: 500,
      body: { message: "boom" },
      headers: { "x-test": "1" },
    });
    await expect(bot.graphql("query { viewer { login } }")).rejects.toMatchObject({
      status: 500,
      response: { headers: { "x-test": "1" } },
    });
    const viewer = await bot.graphql<{ viewer: { login: string } }>("query { viewer { login } }");
    expect(viewer.viewer.login).toBe("loopcast[bot]");
    expect(fake.count("graphql/viewer")).toBe(2);
  });
});

describe("expectations", () => {
  it("fails when an expected request was never made, naming it", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    fake.expect("repos/get", 1);
    fake.expect("pulls/create");
    await bot.rest.repos.get({ owner, repo });
    expect(() => fake.assertExpectationsMet()).toThrow(/pulls\/create: expected at least 1, made 0/);
  });

  it("passes when every expected request was made as often as expected", async () => {
    const bot = octokitFor(fake, "loopcast[bot]");
    fake.expect("repos/get", 2);
    await bot.rest.repos.get({ owner, repo });
    expect(() => fake.assertExpectationsMet()).toThrow(/repos\/get: expected 2, made 1/);
    await bot.rest.repos.get({ owner, repo });
    expect(() => fake.assertExpectationsMet()).not.toThrow();
  });
});
