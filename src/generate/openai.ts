// The OpenAI generator: writes items through the Chat Completions API of OpenAI or of any compatible
// server (a base URL from the environment). The brief (pillar, point, variants) is drawn exactly as the
// template generator draws it, so arms mean the same thing; the model writes the words. Its answer is
// checked like any outside input: shape, length and disclosures, with one follow-up turn to repair a
// draft that is too long or unreadable before the cycle fails with a GenerateError.
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { Strategy } from "../config/types.ts";
import { GenerateError } from "../errors.ts";
import { graphemeLength } from "../state/item.ts";
import { chooseBrief, requestSeed } from "./brief.ts";
import { type DraftText, parseAnswer, withDisclosures } from "./openai/answer.ts";
import { type ApiErrorContext, toGenerateError } from "./openai/api-errors.ts";
import {
  DRAFT_FORMAT,
  invalidAnswerMessage,
  systemMessage,
  tooLongMessage,
  userMessage,
} from "./openai/prompt.ts";
import type { Draft, GenerateRequest, Generator } from "./types.ts";
import { DEFAULT_MAX_TOKENS, DEFAULT_MODEL } from "./types.ts";

/** Also the budget's reservation per item (src/guardrails/budget.ts); keep the two equal. */
export { DEFAULT_MAX_TOKENS, DEFAULT_MODEL };
export const DEFAULT_API_KEY_ENV = "OPENAI_API_KEY";
const DEFAULT_MAX_RETRIES = 2;
// A long article from a busy model takes tens of seconds; ten minutes (the SDK's default) hides a hang.
const DEFAULT_TIMEOUT_MS = 120_000;
const OPENAI_BASE_URL = "https://api.openai.com/v1";
/** The first answer plus one follow-up that asks for a repair. */
const MAX_TURNS = 2;

export interface OpenAIGeneratorOptions {
  /** The key itself; undefined or "" when the variable is not set (generate() then names the variable). */
  apiKey: string | undefined;
  /** Name of the variable that holds the key, for messages. Default OPENAI_API_KEY. */
  apiKeyEnv?: string | undefined;
  /** Base URL of a compatible server, e.g. http://localhost:11434/v1. Default: OpenAI's. */
  baseURL?: string | undefined;
  /** Name of the variable the base URL comes from. When given, that variable must be set. */
  baseUrlEnv?: string | undefined;
  model?: string | undefined;
  /** max_completion_tokens of each request. Default 1500. */
  maxTokens?: number | undefined;
  /** Retries of 429, 5xx, timeouts and lost connections, done by the SDK with backoff. Default 2. */
  maxRetries?: number | undefined;
  /** Per request. Default 120 000 ms. */
  timeoutMs?: number | undefined;
}

/** The generator a strategy's `generator:` block asks for, reading the key and base URL from `env`. */
export function openAIGeneratorFrom(
  settings: Strategy["generator"],
  env: Record<string, string | undefined>,
): OpenAIGenerator {
  const apiKeyEnv = settings?.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
  const baseUrlEnv = settings?.baseUrlEnv;
  return new OpenAIGenerator({
    apiKey: env[apiKeyEnv],
    apiKeyEnv,
    baseURL: baseUrlEnv ? env[baseUrlEnv] : undefined,
    baseUrlEnv,
    model: settings?.model,
    maxTokens: settings?.maxTokens,
  });
}

interface Connected {
  api: OpenAI;
  context: Omit<ApiErrorContext, "cycle">;
}

type Reading =
  | { kind: "draft"; draft: DraftText }
  | { kind: "repair"; problem: string; followUp: string; content: string }
  | { kind: "fatal"; problem: string };

export class OpenAIGenerator implements Generator {
  readonly id: string;
  readonly model: string;
  readonly #options: OpenAIGeneratorOptions;
  readonly #maxTokens: number;
  readonly #maxRetries: number;
  readonly #timeoutMs: number;
  #client: Connected | undefined;

  constructor(options: OpenAIGeneratorOptions) {
    this.#options = options;
    this.model = options.model ?? DEFAULT_MODEL;
    // The model is part of the id, so every item records which model wrote it.
    this.id = `openai:${this.model}`;
    this.#maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
    this.#maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  async generate(req: GenerateRequest): Promise<Draft> {
    const client = this.#connect(req.cycle);
    const brief = chooseBrief(req);
    const messages: ChatCompletionMessageParam[] = [
      { role: "system", content: systemMessage(req) },
      { role: "user", content: userMessage(req, brief) },
    ];
    let tokens = 0;
    for (let turn = 1; ; turn++) {
      let completion: ChatCompletion;
      try {
        completion = await client.api.chat.completions.create({
          model: this.model,
          messages,
          max_completion_tokens: this.#maxTokens,
          seed: requestSeed(req),
          response_format: DRAFT_FORMAT,
        });
      } catch (err) {
        throw toGenerateError(err, { ...client.context, cycle: req.cycle });
      }
      tokens += completion.usage?.total_tokens ?? 0;
      const reading = this.#read(completion, req);
      if (reading.kind === "draft") return { ...reading.draft, arms: brief.arms, tokens };
      if (reading.kind === "fatal") throw new GenerateError(`${req.cycle}: ${reading.problem}`);
      if (turn >= MAX_TURNS) {
        throw new GenerateError(
          `${req.cycle}: ${reading.problem}, even after the model was asked to correct it (${tokens} tokens used)`,
        );
      }
      messages.push(
        { role: "assistant", content: reading.content },
        { role: "user", content: reading.followUp },
      );
    }
  }

  /** Judges one answer: a usable draft, something one more turn may repair, or a dead end. */
  #read(completion: ChatCompletion, req: GenerateRequest): Reading {
    const choice = completion.choices[0];
    if (!choice) return { kind: "fatal", problem: `model "${this.model}" answered without a choice` };
    const { message } = choice;
    if (message.refusal) {
      return {
        kind: "fatal",
        problem: `model "${this.model}" refused to write the item ("${message.refusal}"); review the pillar's points and the voice guide`,
      };
    }
    if (choice.finish_reason === "length") {
      return {
        kind: "fatal",
        problem: `model "${this.model}" was cut off at ${this.#maxTokens} tokens before it finished the item; raise generator.maxTokens in strategy.yaml (it also sets the budget reservation)`,
      };
    }
    if (choice.finish_reason === "content_filter") {
      return {
        kind: "fatal",
        problem: `the provider's content filter stopped model "${this.model}"; review the pillar's points and the voice guide`,
      };
    }
    const content = message.content ?? "";
    const parsed = parseAnswer(content);
    if (!parsed.ok) {
      return {
        kind: "repair",
        problem: `model "${this.model}" did not answer with a draft (${parsed.problem})`,
        followUp: invalidAnswerMessage(parsed.problem),
        content,
      };
    }
    const { body } = withDisclosures(parsed.draft.body, req.disclosures);
    const length = graphemeLength(body);
    if (length > req.maxLength) {
      return {
        kind: "repair",
        problem: `model "${this.model}" wrote a ${req.workflow.format} of ${length} characters, longer than channel "${req.channel.id}" allows (${req.maxLength}); raise maxLength on the channel or shorten the disclosures`,
        followUp: tooLongMessage(body, req.maxLength),
        content,
      };
    }
    return { kind: "draft", draft: { ...parsed.draft, body } };
  }

  /**
   * The SDK client, built on first use so that commands which never generate (check, report) work
   * without a key. Nothing is read from process.env: the key, the base URL and the organisation come
   * from the options only.
   */
  #connect(cycle: string): Connected {
    if (this.#client) return this.#client;
    const o = this.#options;
    const apiKeyEnv = o.apiKeyEnv ?? DEFAULT_API_KEY_ENV;
    if (!o.apiKey) {
      throw new GenerateError(
        `${cycle}: the OpenAI generator needs an API key in the environment variable ${apiKeyEnv}, which is not set; add it as a secret, or set generator.apiKeyEnv in strategy.yaml to the variable that holds the key`,
      );
    }
    const baseURL = resolveBaseURL(cycle, o.baseURL, o.baseUrlEnv);
    const api = new OpenAI({
      apiKey: o.apiKey,
      baseURL,
      organization: null,
      project: null,
      adminAPIKey: null,
      webhookSecret: null,
      maxRetries: this.#maxRetries,
      timeout: this.#timeoutMs,
    });
    this.#client = {
      api,
      context: {
        host: new URL(baseURL).host,
        apiKeyEnv,
        baseUrlEnv: o.baseUrlEnv,
        model: this.model,
        maxRetries: this.#maxRetries,
        timeoutMs: this.#timeoutMs,
        secrets: [o.apiKey],
      },
    };
    return this.#client;
  }
}

/**
 * The base URL, checked. A named variable that is not set is an error rather than a fall-back to
 * api.openai.com: the key belongs to the server the user chose and must not be sent anywhere else.
 * The URL itself is never quoted, since some carry credentials.
 */
function resolveBaseURL(cycle: string, value: string | undefined, env: string | undefined): string {
  if (env && !value) {
    throw new GenerateError(
      `${cycle}: generator.baseUrlEnv names ${env}, which is not set; set it to the server's URL (e.g. http://localhost:11434/v1), or remove baseUrlEnv to use api.openai.com`,
    );
  }
  if (!value) return OPENAI_BASE_URL;
  const name = env ?? "the base URL";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new GenerateError(`${cycle}: ${name} is not a URL; write e.g. https://llm.example.com/v1`);
  }
  // The key travels in a header: only TLS may carry it, except to a server on this machine.
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
    throw new GenerateError(
      `${cycle}: ${name} must use https:// so the API key is encrypted (plain http only reaches this machine); write https://${url.host}/…`,
    );
  }
  return value;
}
