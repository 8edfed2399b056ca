// The stand-in itself: what OpenAI's Chat Completions API does that the generator's tests rely on.
import OpenAI from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type OpenAIStandIn, startOpenAIServer } from "./openai-server.ts";

const KEY = "sk-FAKE-standin-key-0123456789";
let server: OpenAIStandIn;

beforeEach(async () => {
  server = await startOpenAIServer({
    apiKey: KEY,
    models: ["gpt-4o-mini"],
    now: () => new Date("2026-12-01T09:00:00Z"),
  });
});
afterEach(() => server.close());

function post(body: unknown, key: string | null = KEY) {
  return fetch(`${server.baseURL}/chat/completions`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(key === null ? {} : { Authorization: `Bearer ${key}` }),
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const MINIMAL = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Hi" }] };

describe("OpenAI stand-in", () => {
  it("answers a well-formed chat.completion that the official SDK reads", async () => {
    server.setAnswer((request, index) => `answer ${index} to ${request.messages.length} message(s)`);
    const client = new OpenAI({ apiKey: KEY, baseURL: server.baseURL, maxRetries: 0 });
    const completion = await client.chat.completions.create(MINIMAL);
    expect(completion).toMatchObject({
      object: "chat.completion",
      created: Date.parse("2026-12-01T09:00:00Z") / 1000,
      model: "gpt-4o-mini",
      choices: [
        {
          index: 0,
          finish_reason: "stop",
          message: { role: "assistant", content: "answer 0 to 1 message(s)", refusal: null },
        },
      ],
    });
    expect(completion.id).toMatch(/^chatcmpl-/);
    const usage = completion.usage;
    expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
    expect(usage?.completion_tokens).toBe(Math.ceil("answer 0 to 1 message(s)".length / 4));
  });

  it("checks the bearer key like OpenAI, showing only the ends of a wrong one", async () => {
    const none = await post(MINIMAL, null);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { message: string } }).error.message).toMatch(
      /You didn't provide an API key/,
    );
    const wrong = await post(MINIMAL, "sk-wrong-key-abcdefghijkl");
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({
      error: {
        message: "Incorrect API key provided: sk-********ijkl.",
        type: "invalid_request_error",
        param: null,
        code: "invalid_api_key",
      },
    });
    expect(server.requests.map((r) => r.authorized)).toEqual([false, false]);
  });

  it("refuses unknown fields, wrong types and an unknown model with OpenAI's error bodies", async () => {
    const unknown = await post({ ...MINIMAL, max_length: 10 });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({
      error: {
        message: "Unrecognized request argument supplied: max_length",
        type: "invalid_request_error",
        param: null,
        code: null,
      },
    });
    const seed = (await (await post({ ...MINIMAL, seed: "42" })).json()) as {
      error: Record<string, unknown>;
    };
    expect(seed.error).toMatchObject({ param: "seed", code: "invalid_type" });
    const tokens = (await (await post({ ...MINIMAL, max_completion_tokens: 1.5 })).json()) as {
      error: Record<string, unknown>;
    };
    expect(tokens.error).toMatchObject({ param: "max_completion_tokens", code: "invalid_type" });
    const role = (await (await post({ ...MINIMAL, messages: [{ role: "bot", content: "x" }] })).json()) as {
      error: Record<string, unknown>;
    };
    expect(role.error).toMatchObject({ param: "messages[0].role", code: "invalid_value" });
    const empty = await post({ ...MINIMAL, messages: [] });
    expect(((await empty.json()) as { error: Record<string, unknown> }).error.code).toBe("empty_array");
    const missing = await post({ messages: MINIMAL.messages });
    expect(((await missing.json()) as { error: Record<string, unknown> }).error).toMatchObject({
      param: "model",
      code: "missing_required_parameter",
    });
    const model = await post({ ...MINIMAL, model: "gpt-9" });
    expect(model.status).toBe(404);
    expect(((await model.json()) as { error: Record<string, unknown> }).error.code).toBe("model_not_found");
    expect((await post("{not json")).status).toBe(400);
    const path = await fetch(`${server.url}/v1/completions`, { method: "POST" });
    expect(path.status).toBe(404);
  });

  it("holds a strict json_schema to Structured Outputs' rules", async () => {
    const format = (schema: Record<string, unknown>, name = "draft") => ({
      ...MINIMAL,
      response_format: { type: "json_schema", json_schema: { name, strict: true, schema } },
    });
    const open = await post(
      format({ type: "object", properties: { a: { type: "string" } }, required: ["a"] }),
    );
    expect(open.status).toBe(400);
    expect(((await open.json()) as { error: { message: string; code: string } }).error).toMatchObject({
      code: "invalid_json_schema",
      message: expect.stringMatching(/'additionalProperties' is required to be supplied and to be false/),
    });
    const partial = await post(
      format({
        type: "object",
        additionalProperties: false,
        properties: { a: { type: "string" }, b: { type: "string" } },
        required: ["a"],
      }),
    );
    expect(((await partial.json()) as { error: { message: string } }).error.message).toMatch(/Missing 'b'/);
    const badName = await post(format({ type: "object", additionalProperties: false }, "a draft"));
    expect(badName.status).toBe(400);
    const good = await post(
      format({
        type: "object",
        additionalProperties: false,
        properties: { a: { type: "string" } },
        required: ["a"],
      }),
    );
    expect(good.status).toBe(200);
  });

  it("cuts an answer off at max_completion_tokens and reports finish_reason length", async () => {
    server.setAnswer(() => "x".repeat(100));
    const res = await post({ ...MINIMAL, max_completion_tokens: 5 });
    const body = (await res.json()) as {
      choices: Array<{ finish_reason: string; message: { content: string } }>;
    };
    expect(body.choices[0]?.finish_reason).toBe("length");
    expect(body.choices[0]?.message.content).toBe("x".repeat(20));
  });

  it("injects 429s with retry-after, 5xx and slow answers for the next requests only", async () => {
    server.failNext(1, 429);
    server.failNext(1, 500, { message: "upstream broke" });
    server.slowNext(1, 20);
    const limited = await post(MINIMAL);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("0");
    expect(((await limited.json()) as { error: Record<string, unknown> }).error.code).toBe(
      "rate_limit_exceeded",
    );
    const broken = await post(MINIMAL);
    expect(broken.status).toBe(500);
    expect(await broken.json()).toEqual({
      error: { message: "upstream broke", type: "server_error", param: null, code: null },
    });
    expect((await post(MINIMAL)).status).toBe(200);
    expect((await post(MINIMAL)).status).toBe(200);
    expect(server.requests.map((r) => r.status)).toEqual([429, 500, 200, 200]);
    expect(server.requests[3]?.body).toEqual(MINIMAL);
    expect(JSON.stringify(server.requests)).not.toContain(KEY);
  });
});
