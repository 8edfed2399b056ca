// Generator providers by id. The template generator is the embedded default; openai speaks to any
// OpenAI-compatible API named in the strategy. The OpenAI SDK is loaded only when a draft is written with
// it, so commands that write nothing start fast.
import type { Strategy } from "../config/types.ts";
import { TemplateGenerator } from "./template.ts";
import { DEFAULT_MODEL, type Generator } from "./types.ts";

export function createGenerator(
  settings: Strategy["generator"],
  env: Record<string, string | undefined>,
): Generator {
  const provider = settings?.provider ?? "template";
  switch (provider) {
    case "template":
      return new TemplateGenerator();
    case "openai": {
      // The key is checked on the first generate(), so commands that write nothing work without it.
      let loaded: Promise<Generator> | undefined;
      return {
        id: `openai:${settings?.model ?? DEFAULT_MODEL}`,
        async generate(request) {
          loaded ??= import("./openai.ts").then((m) => m.openAIGeneratorFrom(settings, env));
          return (await loaded).generate(request);
        },
      };
    }
    default:
      throw new Error(`unknown generator "${provider}"; use provider: template or openai`);
  }
}
