// The voice rules' types come from schemas/voice-rules.schema.json, generated once by scripts/gen-types.ts.
export type * from "../schema-types/voice-rules.generated.ts";
