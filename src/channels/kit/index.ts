// The channel kit: what every channel adapter shares. Re-exports only.
export {
  excerpt,
  isLoopback,
  isRetryableStatus,
  networkReason,
  type SecureUrl,
  secureUrl,
  TIMEOUT_MS,
} from "./http.ts";
export {
  checkItemMedia,
  checkMedia,
  checkMediaSync,
  formatBytes,
  type LoadedMedia,
  loadMedia,
  type MediaProblem,
  mediaPath,
  sniffMediaType,
} from "./media.ts";
export { type RequiredEnv, requiredEnv, scrub } from "./secrets.ts";
