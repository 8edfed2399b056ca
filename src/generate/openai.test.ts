// The OpenAI generator against the local Chat Completions stand-in: the request a real server would
// receive, the checks on the answer, and every way the API can fail.
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type OpenAIStandIn, startOpenAIServer } from "../../test/stand-ins/openai-server.ts";
import { requireConfig } from "../config/load.ts";
import type { Config } from "../config/types.ts";
import { GenerateError } from "../errors.ts";
import { graphemeLength } from "../state/item.ts";
import { chooseBrief, requestSeed } from "./brief.ts";
import { DRAFT_FORMAT } from "./openai/prompt.ts";
import { OpenAIGenerator, type OpenAIGeneratorOptions, openAIGeneratorFrom } from "./openai.ts";
import type { GenerateRequest } from "./types.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const KEY = "sk-FAKE-generator-key-9876543210";
const DISCLOSURE = "You get this email because you subscribed. Unsubscribe at any time.";
let config: Config;
let server: OpenAIStandIn;

beforeAll(async () => {
  config = await requireConfig(`${ROOT}/marketing`);
});
beforeEach(async () => {
  server = await startOpenAIServer({ apiKey: KEY, models: ["gpt-4o-mini", "llama3"] });
});
afterEach(() => server.close());

function request(workflowId: string, cycle: string, extra: Partial<GenerateRequest> = {}): GenerateRequest {
  const workflow = config.workflows.find((w) => w.id === workflowId);
  const channel = config.strategy.channels.find((c) => c.id === workflow?.channel);
  if (!workflow || !channel) throw new Error(workflowId);
  return {
    cycle,
    slot: new Date("2026-12-03T07:00:00Z"),
    workflow,
    channel,
    strategy: config.strategy,
    voiceGuide: config.voiceGuide,
    disclosures: [],
    maxLength: 6000,
    ...extra,
  };
}

function generator(options: Partial<OpenAIGeneratorOptions> = {}): OpenAIGenerator {
  return new OpenAIGenerator({ apiKey: KEY, baseURL: server.baseURL, ...options });
}

const draft = (body: string, title = "Review is the approval") =>
  JSON.stringify({ title, summary: "Merging is the approval.", body });

/** The body of the i-th request that reached the completions endpoint. */
function sent(i: number): ChatCompletionCreateParamsNonStreaming {
  return server.requests[i]?.body as ChatCompletionCreateParamsNonStreaming;
}

function contentOf(params: ChatCompletionCreateParamsNonStreaming, i: number): string {
  const content = params.messages[i]?.content;
  if (typeof content !== "string") throw new Error(`message ${i} has no text`);
  return content;
}

async function failure(promise: Promise<unknown>): Promise<GenerateError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GenerateError);
  expect((err as Error).message).not.toContain(KEY);
  return err as GenerateError;
}

const NEWSLETTER = "weekly-newsletter@20261203T0700Z";

describe("OpenAIGenerator", () => {
  it("sends the model, seed, strict schema, voice guide and disclosures, and returns the draft", async () => {
    const body = `Hi there,\n\nMerging is the approval.\n\n${DISCLOSURE}`;
    server.setAnswer(() => ({ content: draft(body), usage: { prompt_tokens: 300, completion_tokens: 120 } }));
    const req = request("weekly-newsletter", NEWSLETTER, { disclosures: [DISCLOSURE] });
    const result = await generator().generate(req);

    expect(result).toEqual({
      title: "Review is the approval",
      summary: "Merging is the approval.",
      body,
      arms: chooseBrief(req).arms,
      tokens: 420,
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ path: "/v1/chat/completions", status: 200, authorized: true });
    const params = sent(0);
    expect(params).toMatchObject({
      model: "gpt-4o-mini",
      seed: requestSeed({ cycle: NEWSLETTER }),
      max_completion_tokens: 1500,
      response_format: DRAFT_FORMAT,
    });
    expect(params.messages.map((m) => m.role)).toEqual(["system", "user"]);
    const system = contentOf(params, 0);
    expect(system).toContain(config.voiceGuide.trim());
    expect(system).toContain(`- ${DISCLOSURE}`);
    expect(system).toContain(config.strategy.business.description);
    expect(system).toContain("at most 6000 characters");
    expect(system).toMatch(/newsletter email/);
    const brief = chooseBrief(req);
    const user = contentOf(params, 1);
    expect(user).toContain(`Topic: ${brief.pillar.name}.`);
    expect(user).toContain(`The one point to make: ${brief.point}`);
    expect(user).not.toMatch(/earlier draft/);
    expect(user).toContain(`Related points you may mention briefly:\n- ${brief.others[0]}`);
  });

  it("passes a retry's findings to the model, with a new seed", async () => {
    server.setAnswer(() => draft("A short post. https://loopcast.dev"));
    const req = request("daily-social", "daily-social@20261201T1130Z", {
      maxLength: 500,
      attempt: 2,
      feedback: [
        { message: 'Use "pull request" instead of "PR".', actual: "PR", expected: ["pull request"] },
        { message: "Too many exclamation marks." },
      ],
    });
    const result = await generator().generate(req);
    expect(result.arms).toEqual(chooseBrief(req).arms);
    const params = sent(0);
    expect(params.seed).toBe(requestSeed({ cycle: req.cycle, attempt: 2 }));
    expect(params.seed).not.toBe(requestSeed({ cycle: req.cycle }));
    const user = contentOf(params, 1);
    expect(user).toMatch(/An earlier draft of this item broke the brand rules/);
    expect(user).toContain('- Use "pull request" instead of "PR". Replace "PR" with "pull request".');
    expect(user).toContain("- Too many exclamation marks.");
    // A post makes one point, so the pillar's other points are left out.
    expect(user).not.toMatch(/Related points/);
  });

  it("tells the model what the item's photos show, by their alt text, and says nothing of photos otherwise", async () => {
    server.setAnswer(() => draft("Fresh from the oven. https://loopcast.dev"));
    const media = [
      { file: "bakery/loaves.jpg", alt: "Three sourdough loaves cooling on a wooden rack" },
      { file: "bakery/counter.jpg", alt: "The shop counter at opening time, baskets full of rolls" },
    ];
    await generator().generate(
      request("daily-social", "daily-social@20261201T1130Z", { maxLength: 500, media }),
    );
    const user = contentOf(sent(0), 1);
    expect(user).toContain("published with these photos");
    expect(user).toContain(
      "- Three sourdough loaves cooling on a wooden rack\n- The shop counter at opening time",
    );
    // The file names are the owner's business, not the model's.
    expect(user).not.toContain("loaves.jpg");
    await generator().generate(request("daily-social", "daily-social@20261202T1130Z", { maxLength: 500 }));
    expect(contentOf(sent(1), 1)).not.toMatch(/photo/);
  });

  it("asks once for a shorter body when the first is too long, then fails", async () => {
    const long = "word ".repeat(60).trim();
    server.setAnswer((_, i) => ({
      content: draft(i === 0 ? long : "Short enough."),
      usage: { prompt_tokens: 100, completion_tokens: 50 },
    }));
    const req = request("daily-social", "daily-social@20261202T1130Z", { maxLength: 120 });
    const result = await generator().generate(req);
    expect(result.body).toBe("Short enough.");
    expect(result.tokens).toBe(300);
    const retry = sent(1);
    expect(retry.messages.map((m) => m.role)).toEqual(["system", "user", "assistant", "user"]);
    expect(contentOf(retry, 2)).toBe(draft(long));
    expect(contentOf(retry, 3)).toMatch(
      new RegExp(`That body is ${graphemeLength(long)} characters long, but the channel allows at most 120`),
    );

    server.setAnswer(() => draft(long));
    const requestsBefore = server.requests.length;
    const err = await failure(generator().generate(req));
    expect(err.message).toMatch(
      /daily-social@20261202T1130Z: .* 299 characters, longer than channel "mastodon" allows \(120\).*even after the model was asked to correct it/,
    );
    expect(server.requests.length - requestsBefore).toBe(2);
  });

  it("appends a disclosure the model dropped, counting it in the length", async () => {
    server.setAnswer(() => draft("Hi there,\n\nMerging is the approval."));
    const req = request("weekly-newsletter", NEWSLETTER, { disclosures: [DISCLOSURE] });
    const result = await generator().generate(req);
    expect(result.body).toBe(`Hi there,\n\nMerging is the approval.\n\n${DISCLOSURE}`);
    expect(server.requests).toHaveLength(1);

    // Without room for the disclosure the draft is too long, and the model is asked to shorten it.
    const tight = request("weekly-newsletter", NEWSLETTER, { disclosures: [DISCLOSURE], maxLength: 80 });
    await failure(generator().generate(tight));
    expect(contentOf(sent(2), 3)).toMatch(/at most 80, disclosures included/);
  });

  it("repairs an unreadable answer once, and names the problem when it stays unreadable", async () => {
    server.setAnswer((_, i) => (i === 0 ? "Sure! Here is your post." : draft("Now as JSON.")));
    const req = request("daily-social", "daily-social@20261203T1130Z", { maxLength: 500 });
    expect((await generator().generate(req)).body).toBe("Now as JSON.");
    expect(contentOf(sent(1), 3)).toMatch(/could not be used: it is not valid JSON/);

    server.setAnswer(() => JSON.stringify({ title: "T", summary: "S" }));
    const err = await failure(generator().generate(req));
    expect(err.message).toMatch(/did not answer with a draft \("body" is missing\), even after/);
  });

  it("fails at once on a refusal or an answer cut off by maxTokens", async () => {
    server.setAnswer(() => ({ content: null, refusal: "I can't help with that." }));
    const req = request("daily-social", "daily-social@20261204T1130Z", { maxLength: 500 });
    expect((await failure(generator().generate(req))).message).toMatch(/refused to write the item/);
    server.setAnswer(() => draft("x".repeat(200)));
    const err = await failure(generator({ maxTokens: 5 }).generate(req));
    expect(err.message).toMatch(/cut off at 5 tokens.*raise generator.maxTokens/);
    expect(sent(1).max_completion_tokens).toBe(5);
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry a rejected key, and never quotes it", async () => {
    const wrong = "sk-wrong-key-abcdefghijkl";
    const err = await failure(
      generator({ apiKey: wrong }).generate(request("daily-social", "daily-social@20261205T1130Z")),
    );
    expect(err.message).toMatch(/rejected the key in OPENAI_API_KEY \(401\); create a new API key/);
    expect(err.message).not.toMatch(/ijkl|sk-/);
    expect(server.requests.map((r) => r.status)).toEqual([401]);
  });

  it("retries 429 through the SDK and succeeds", async () => {
    server.failNext(2, 429);
    server.setAnswer(() => draft("After the rate limit."));
    const result = await generator().generate(request("daily-social", "daily-social@20261206T1130Z"));
    expect(result.body).toBe("After the rate limit.");
    expect(server.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it("gives up on 500 after the SDK's retries, with the status and without the key", async () => {
    server.failNext(3, 500, { message: `upstream could not use ${KEY}` });
    const err = await failure(generator().generate(request("daily-social", "daily-social@20261207T1130Z")));
    expect(err.message).toMatch(/answered 500 \(upstream could not use \*\*\*\) after 3 tries/);
    expect(server.requests.map((r) => r.status)).toEqual([500, 500, 500]);
  });

  it("reports a timeout and an unknown model as GenerateErrors", async () => {
    server.slowNext(1, 10_000);
    const slow = await failure(
      generator({ timeoutMs: 50, maxRetries: 0 }).generate(
        request("daily-social", "daily-social@20261208T1130Z"),
      ),
    );
    expect(slow.message).toMatch(/did not answer within 0.05 s \(1 try\)/);
    const missing = await failure(
      generator({ model: "gpt-9" }).generate(request("daily-social", "daily-social@20261208T1130Z")),
    );
    expect(missing.message).toMatch(/has no model "gpt-9".*\(404: The model `gpt-9` does not exist/);
  });

  it("builds from the strategy's settings and names a missing variable, never reading process.env", async () => {
    const settings = {
      provider: "openai" as const,
      model: "llama3",
      apiKeyEnv: "LLM_KEY",
      baseUrlEnv: "LLM_URL",
    };
    const req = request("daily-social", "daily-social@20261209T1130Z");
    server.setAnswer(() => draft("From a compatible server."));
    const gen = openAIGeneratorFrom(settings, { LLM_KEY: KEY, LLM_URL: server.baseURL });
    expect(gen.id).toBe("openai:llama3");
    expect((await gen.generate(req)).body).toBe("From a compatible server.");
    expect(sent(0).model).toBe("llama3");

    const noKey = await failure(openAIGeneratorFrom({ provider: "openai" }, {}).generate(req));
    expect(noKey.message).toMatch(/API key in the environment variable OPENAI_API_KEY, which is not set/);
    const emptyKey = await failure(
      openAIGeneratorFrom(settings, { LLM_KEY: "", LLM_URL: server.baseURL }).generate(req),
    );
    expect(emptyKey.message).toMatch(/LLM_KEY, which is not set/);
    const noUrl = await failure(openAIGeneratorFrom(settings, { LLM_KEY: KEY }).generate(req));
    expect(noUrl.message).toMatch(/baseUrlEnv names LLM_URL, which is not set/);
    const plain = await failure(
      openAIGeneratorFrom(settings, { LLM_KEY: KEY, LLM_URL: "http://llm.example.com/v1" }).generate(req),
    );
    expect(plain.message).toMatch(/LLM_URL must use https:\/\//);
    expect(server.requests).toHaveLength(1);
  });
});
