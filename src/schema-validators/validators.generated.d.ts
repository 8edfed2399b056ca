/* Generated from schemas/*.schema.json by scripts/gen-validators.ts. Do not edit: change the schema and run npm run gen:types. */
import type { ErrorObject } from "ajv";

/** Ajv's ValidateFunction as standalone code has it: a call and `errors`, no `schema` or `schemaEnv`. */
export interface PrecompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const autonomyEvent: PrecompiledValidator;
export declare const benchmarks: PrecompiledValidator;
export declare const decision: PrecompiledValidator;
export declare const exception: PrecompiledValidator;
export declare const guardrails: PrecompiledValidator;
export declare const ledgerEvent: PrecompiledValidator;
export declare const metricsRow: PrecompiledValidator;
export declare const scenario: PrecompiledValidator;
export declare const strategy: PrecompiledValidator;
export declare const voiceRules: PrecompiledValidator;
export declare const workflow: PrecompiledValidator;

/** Every validator by name, for lookups by a name held in a variable. */
export declare const validators: {
  autonomyEvent: PrecompiledValidator;
  benchmarks: PrecompiledValidator;
  decision: PrecompiledValidator;
  exception: PrecompiledValidator;
  guardrails: PrecompiledValidator;
  ledgerEvent: PrecompiledValidator;
  metricsRow: PrecompiledValidator;
  scenario: PrecompiledValidator;
  strategy: PrecompiledValidator;
  voiceRules: PrecompiledValidator;
  workflow: PrecompiledValidator;
};
