// Secrets in channels: read only from the environment the strategy names, and never repeated in a message,
// even when a server echoes what it was sent.
import { ChannelError } from "../../errors.ts";

/** The text with every secret replaced by ***. Empty secrets are ignored (they would match everywhere). */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join("***");
  return out;
}

export interface RequiredEnv {
  channelId: string;
  env: Record<string, string | undefined>;
  /** The variable's name, as written in the strategy. */
  name: string;
  /** The strategy key that names it, e.g. tokenEnv or smtp.hostEnv. */
  key: string;
  /** What the variable holds, for the hint: "the access token". Default "it". */
  what?: string;
}

/** The value of a variable the strategy names; a missing or empty one says how to provide it. */
export function requiredEnv({ channelId, env, name, key, what = "it" }: RequiredEnv): string {
  const value = env[name];
  if (value === undefined || value === "") {
    throw new ChannelError(
      channelId,
      `environment variable ${name} (named by ${key}) is not set; add ${what} as an Actions secret and pass it to the Loopcast step (env: ${name}: \${{ secrets.${name} }}), or export it when running locally`,
    );
  }
  return value;
}
