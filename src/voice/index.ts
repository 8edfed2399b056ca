export { checkVoice, type VoiceInput } from "./check.ts";
export type { Finding, Severity } from "./finding.ts";
export { formatFindings } from "./format.ts";
export type * from "./types.ts";
