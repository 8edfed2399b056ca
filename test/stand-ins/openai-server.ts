// A stand-in for the OpenAI Chat Completions API (POST /v1/chat/completions), the protocol every
// "OpenAI-compatible" server speaks. It checks what a client can get wrong and OpenAI would refuse:
// the bearer key, unknown top-level fields, the types of the fields Loopcast sends, and strict JSON
// schemas. Its answers are built as the SDK's own `ChatCompletion` type, so the compiler holds them to
// the published shape. Tests script the content (an answer function) and inject faults (429 with
// retry-after, 5xx, slow answers); the request log keeps bodies but never the key.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type {
  ChatCompletion,
  ChatCompletionCreateParamsBase,
  ChatCompletionCreateParamsNonStreaming,
} from "openai/resources/chat/completions";
import type { CompletionUsage } from "openai/resources/completions";

/** What the scripted model says; a plain string is the message content with finish_reason "stop". */
export interface Answer {
  content: string | null;
  refusal?: string | null;
  finishReason?: ChatCompletion.Choice["finish_reason"];
  /** Overrides the token counts the stand-in estimates (about four characters per token). */
  usage?: Partial<Pick<CompletionUsage, "prompt_tokens" | "completion_tokens">>;
}

export type AnswerFn = (request: ChatCompletionCreateParamsNonStreaming, index: number) => Answer | string;

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  /** Whether the right key came with the request; the key itself is never logged. */
  authorized: boolean;
  body?: unknown;
}

export interface FaultOptions {
  /** Value of the retry-after header, in seconds. Default "0", so a test never waits on a backoff. */
  retryAfter?: string;
  /** Error message in the body, instead of OpenAI's usual text for the status. */
  message?: string;
}

export interface OpenAIStandInOptions {
  apiKey: string;
  /** Decides each answer's content. Default: a small, valid Loopcast draft. */
  answer?: AnswerFn;
  /** Model names that exist; others answer 404 model_not_found. Default: every name exists. */
  models?: string[];
  now?: () => Date;
}

export interface OpenAIStandIn {
  /** Origin, e.g. http://127.0.0.1:41234. */
  url: string;
  /** What a client takes as its base URL: the origin plus /v1. */
  baseURL: string;
  requests: LoggedRequest[];
  setAnswer(answer: AnswerFn): void;
  /** The next `count` requests answer `status` (429 with retry-after, 5xx as OpenAI's servers do). */
  failNext(count: number, status: number, options?: FaultOptions): void;
  /** The next `count` requests are answered only after `delayMs` (for client timeouts). */
  slowNext(count: number, delayMs: number): void;
  close(): Promise<void>;
}

interface ApiError {
  status: number;
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

type Fault = { kind: "status"; status: number; options: FaultOptions } | { kind: "slow"; delayMs: number };

export const DEFAULT_ANSWER: AnswerFn = () =>
  JSON.stringify({ title: "A stand-in title", summary: "A stand-in summary", body: "A stand-in body." });

export async function startOpenAIServer(options: OpenAIStandInOptions): Promise<OpenAIStandIn> {
  const now = options.now ?? (() => new Date());
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let answer = options.answer ?? DEFAULT_ANSWER;
  let completions = 0;
  let requestIds = 0;

  const server = createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0] as string;
    const authorized = bearer(req) === options.apiKey;
    const entry: LoggedRequest = { method: req.method ?? "GET", path, status: 0, authorized };
    requests.push(entry);
    const raw = await readBody(req);
    let body: unknown;
    let unparsable = false;
    try {
      body = raw ? JSON.parse(raw) : undefined;
      entry.body = body;
    } catch {
      unparsable = true;
    }
    const headers = { "x-request-id": `req_${(++requestIds).toString(16).padStart(8, "0")}` };
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      entry.status = status;
      if (res.destroyed) return;
      res.writeHead(status, { "Content-Type": "application/json", ...headers, ...extra });
      res.end(JSON.stringify(payload));
    };
    const fail = (e: ApiError, extra: Record<string, string> = {}) =>
      send(e.status, { error: { message: e.message, type: e.type, param: e.param, code: e.code } }, extra);

    const fault = faults.shift();
    if (fault?.kind === "status") {
      const retryAfter = { "retry-after": fault.options.retryAfter ?? "0" };
      return fail(faultError(fault.status, fault.options.message), retryAfter);
    }
    if (fault?.kind === "slow") {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, fault.delayMs);
        timers.add(timer);
      });
    }

    if (req.method !== "POST" || path !== "/v1/chat/completions") {
      return fail(invalid(404, `Invalid URL (${req.method} ${path})`));
    }
    const key = bearer(req);
    if (key === undefined) {
      return fail(
        invalid(
          401,
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        ),
      );
    }
    if (!authorized) {
      return fail(refuse(401, `Incorrect API key provided: ${mask(key)}.`, null, "invalid_api_key"));
    }
    if (unparsable) {
      return fail(
        invalid(
          400,
          "We could not parse the JSON body of your request. The OpenAI API expects a JSON payload.",
        ),
      );
    }
    const problem = validateRequest(body);
    if (problem) return fail(problem);
    const params = body as ChatCompletionCreateParamsNonStreaming;
    if (options.models && !options.models.includes(params.model)) {
      return fail(
        refuse(
          404,
          `The model \`${params.model}\` does not exist or you do not have access to it.`,
          null,
          "model_not_found",
        ),
      );
    }
    const index = completions++;
    return send(200, completion(params, answer(params, index), index, now()));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    requests,
    setAnswer(next) {
      answer = next;
    },
    failNext(count, status, faultOptions = {}) {
      for (let i = 0; i < count; i++) faults.push({ kind: "status", status, options: faultOptions });
    },
    slowNext(count, delayMs) {
      for (let i = 0; i < count; i++) faults.push({ kind: "slow", delayMs });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A `chat.completion` object. Content longer than max_completion_tokens is cut off, as a model's is. */
function completion(
  params: ChatCompletionCreateParamsNonStreaming,
  given: Answer | string,
  index: number,
  at: Date,
): ChatCompletion {
  const a: Answer = typeof given === "string" ? { content: given } : given;
  let content = a.content;
  let finishReason = a.finishReason ?? "stop";
  const limit = params.max_completion_tokens ?? params.max_tokens;
  if (content !== null && limit != null && estimateTokens(content) > limit) {
    content = content.slice(0, limit * 4);
    finishReason = "length";
  }
  const promptTokens =
    a.usage?.prompt_tokens ?? estimateTokens(params.messages.map((m) => JSON.stringify(m.content)).join(""));
  const completionTokens = a.usage?.completion_tokens ?? estimateTokens(content ?? a.refusal ?? "");
  return {
    id: `chatcmpl-standin${String(index).padStart(6, "0")}`,
    object: "chat.completion",
    created: Math.floor(at.getTime() / 1000),
    model: params.model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content, refusal: a.refusal ?? null, annotations: [] },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
      prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: 0,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: "default",
    system_fingerprint: "fp_standin",
  };
}

/** Every top-level field of the request as the SDK declares it; the compiler keeps this list complete. */
const KNOWN_FIELDS: Record<keyof ChatCompletionCreateParamsBase, true> = {
  messages: true,
  model: true,
  audio: true,
  frequency_penalty: true,
  function_call: true,
  functions: true,
  logit_bias: true,
  logprobs: true,
  max_completion_tokens: true,
  max_tokens: true,
  metadata: true,
  modalities: true,
  moderation: true,
  n: true,
  parallel_tool_calls: true,
  prediction: true,
  presence_penalty: true,
  prompt_cache_key: true,
  prompt_cache_options: true,
  prompt_cache_retention: true,
  reasoning_effort: true,
  response_format: true,
  safety_identifier: true,
  seed: true,
  service_tier: true,
  stop: true,
  store: true,
  stream: true,
  stream_options: true,
  temperature: true,
  tool_choice: true,
  tools: true,
  top_logprobs: true,
  top_p: true,
  user: true,
  verbosity: true,
  web_search_options: true,
};

const ROLES = ["system", "assistant", "user", "function", "tool", "developer"];

/** The first problem OpenAI would report for this body, worded as OpenAI words it. */
export function validateRequest(body: unknown): ApiError | undefined {
  if (!isObject(body)) return invalid(400, "We could not parse the JSON body of your request.");
  for (const key of Object.keys(body)) {
    if (!(key in KNOWN_FIELDS)) return invalid(400, `Unrecognized request argument supplied: ${key}`);
  }
  for (const key of ["model", "messages"]) {
    if (body[key] === undefined) {
      return missing(key);
    }
  }
  if (typeof body.model !== "string") return wrongType("model", "a string", body.model);
  if (!Array.isArray(body.messages)) return wrongType("messages", "an array", body.messages);
  if (body.messages.length === 0) {
    return refuse(
      400,
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      "messages",
      "empty_array",
    );
  }
  for (const [i, m] of body.messages.entries()) {
    const at = `messages[${i}]`;
    if (!isObject(m)) return wrongType(at, "an object", m);
    if (typeof m.role !== "string" || !ROLES.includes(m.role)) {
      return badValue(`${at}.role`, m.role, ROLES);
    }
    const optional = m.role === "assistant" && m.content === null;
    if (m.content === undefined && m.role !== "assistant") {
      return missing(`${at}.content`);
    }
    if (!optional && m.content !== undefined && typeof m.content !== "string" && !Array.isArray(m.content)) {
      return wrongType(`${at}.content`, "one of a string or an array", m.content);
    }
  }
  for (const key of ["max_completion_tokens", "max_tokens", "seed", "n"]) {
    const v = body[key];
    if (v !== undefined && v !== null && !Number.isInteger(v)) return wrongType(key, "an integer", v);
  }
  const limit = body.max_completion_tokens;
  if (typeof limit === "number" && limit < 1) {
    return refuse(
      400,
      `Invalid 'max_completion_tokens': integer below minimum value. Expected a value >= 1, but got ${limit} instead.`,
      "max_completion_tokens",
      "integer_below_min_value",
    );
  }
  if (body.stream === true)
    return invalid(400, "The stand-in does not stream; send stream: false.", "stream");
  return body.response_format === undefined ? undefined : validateResponseFormat(body.response_format);
}

function validateResponseFormat(format: unknown): ApiError | undefined {
  if (!isObject(format)) return wrongType("response_format", "an object", format);
  if (format.type === "text" || format.type === "json_object") return undefined;
  if (format.type !== "json_schema") {
    return badValue("response_format.type", format.type, ["json_object", "json_schema", "text"]);
  }
  const spec = format.json_schema;
  if (spec === undefined) {
    return missing("response_format.json_schema");
  }
  if (!isObject(spec)) return wrongType("response_format.json_schema", "an object", spec);
  if (typeof spec.name !== "string" || !/^[a-zA-Z0-9_-]{1,64}$/.test(spec.name)) {
    return invalid(
      400,
      "Invalid 'response_format.json_schema.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$' (at most 64 characters).",
      "response_format.json_schema.name",
    );
  }
  if (spec.schema !== undefined && !isObject(spec.schema)) {
    return wrongType("response_format.json_schema.schema", "an object", spec.schema);
  }
  if (spec.strict !== undefined && spec.strict !== null && typeof spec.strict !== "boolean") {
    return wrongType("response_format.json_schema.strict", "a boolean", spec.strict);
  }
  if (spec.strict === true && isObject(spec.schema)) {
    const why = strictProblem(spec.schema, []);
    if (why) {
      return refuse(
        400,
        `Invalid schema for response_format '${spec.name}': ${why}`,
        "response_format",
        "invalid_json_schema",
      );
    }
  }
  return undefined;
}

/** Structured Outputs' strict mode: every object closes its properties and requires all of them. */
function strictProblem(schema: Record<string, unknown>, context: string[]): string | undefined {
  const where = `In context=(${context.map((c) => `'${c}'`).join(", ")})`;
  if (schema.type === "object") {
    if (schema.additionalProperties !== false) {
      return `${where}, 'additionalProperties' is required to be supplied and to be false.`;
    }
    const properties = isObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    const missing = Object.keys(properties).find((k) => !required.includes(k));
    if (missing !== undefined) {
      return `${where}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
    }
    for (const [k, v] of Object.entries(properties)) {
      const inner = isObject(v) ? strictProblem(v, [...context, "properties", k]) : undefined;
      if (inner) return inner;
    }
  }
  if (schema.type === "array" && isObject(schema.items))
    return strictProblem(schema.items, [...context, "items"]);
  return undefined;
}

function faultError(status: number, message?: string): ApiError {
  if (status === 429) {
    return {
      status,
      message: message ?? "Rate limit reached for requests. Please try again in 0s.",
      type: "requests",
      param: null,
      code: "rate_limit_exceeded",
    };
  }
  if (status >= 500) {
    return {
      status,
      message: message ?? "The server had an error while processing your request. Sorry about that!",
      type: "server_error",
      param: null,
      code: null,
    };
  }
  return invalid(status, message ?? `The stand-in was told to answer ${status}.`);
}

function invalid(status: number, message: string, param: string | null = null): ApiError {
  return refuse(status, message, param, null);
}

function refuse(status: number, message: string, param: string | null, code: string | null): ApiError {
  return { status, message, type: "invalid_request_error", param, code };
}

function missing(param: string): ApiError {
  return refuse(400, `Missing required parameter: '${param}'.`, param, "missing_required_parameter");
}

function badValue(param: string, value: unknown, supported: string[]): ApiError {
  const list = supported.map((v) => `'${v}'`);
  const values = `${list.slice(0, -1).join(", ")}, and ${list.at(-1)}`;
  const message = `Invalid value: '${String(value)}'. Supported values are: ${values}.`;
  return refuse(400, message, param, "invalid_value");
}

function wrongType(param: string, expected: string, got: unknown): ApiError {
  return refuse(
    400,
    `Invalid type for '${param}': expected ${expected}, but got ${describe(got)} instead.`,
    param,
    "invalid_type",
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (Number.isInteger(value)) return "an integer";
  if (typeof value === "number") return "a decimal";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function bearer(req: IncomingMessage): string | undefined {
  return /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
}

/** OpenAI shows a wrong key's first and last characters only. */
function mask(key: string): string {
  return key.length < 12 ? "*".repeat(key.length) : `${key.slice(0, 3)}${"*".repeat(8)}${key.slice(-4)}`;
}

function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
