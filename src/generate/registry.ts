// Generator providers by id. The template generator is the embedded default; openai speaks to any
// OpenAI-compatible API named in the strategy.
import type { Strategy } from "../config/types.ts";
import { openAIGeneratorFrom } from "./openai.ts";
import { TemplateGenerator } from "./template.ts";
import type { Generator } from "./types.ts";

export function createGenerator(
  settings: Strategy["generator"],
  env: Record<string, string | undefined>,
): Generator {
  const provider = settings?.provider ?? "template";
  switch (provider) {
    case "template":
      return new TemplateGenerator();
    case "openai":
      // The key is checked on the first generate(), so commands that write nothing work without it.
      return openAIGeneratorFrom(settings, env);
    default:
      throw new Error(`unknown generator "${provider}"; use provider: template or openai`);
  }
}
