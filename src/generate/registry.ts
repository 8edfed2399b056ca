// Generator providers by id. The template generator is the embedded default.
import type { Strategy } from "../config/types.ts";
import { TemplateGenerator } from "./template.ts";
import type { Generator } from "./types.ts";

export function createGenerator(
  settings: Strategy["generator"],
  _env: Record<string, string | undefined>,
): Generator {
  const provider = settings?.provider ?? "template";
  switch (provider) {
    case "template":
      return new TemplateGenerator();
    default:
      throw new Error(`generator "${provider}" is not available yet; use provider: template`);
  }
}
