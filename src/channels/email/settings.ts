// SMTP settings from the environment. The strategy names variables; their values (host, login) live
// in Actions secrets, so every message here names the variable and never repeats what it holds.
import type { Channel } from "../../config/types.ts";
import { ChannelError } from "../../errors.ts";
import { isLoopback, requiredEnv } from "../kit/index.ts";

export type EmailChannel = Extract<Channel, { type: "email" }>;

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465). */
  secure: boolean;
  /** Refuse to log in or send unless STARTTLS succeeds. */
  requireTLS: boolean;
  auth?: { user: string; pass: string };
  /** Where the values came from, so messages can point at the variable to fix. */
  names: { host: string; user?: string; password?: string };
}

export function smtpSettings(channel: EmailChannel, env: Record<string, string | undefined>): SmtpSettings {
  const { smtp } = channel;
  const host = fromEnv(channel.id, env, smtp.hostEnv, "smtp.hostEnv");
  const secure = smtp.secure === true;
  const port = smtp.portEnv
    ? parsePort(channel.id, fromEnv(channel.id, env, smtp.portEnv, "smtp.portEnv"), smtp.portEnv)
    : secure
      ? 465
      : 587;
  if (Boolean(smtp.userEnv) !== Boolean(smtp.passwordEnv)) {
    const [has, lacks] = smtp.userEnv ? ["userEnv", "passwordEnv"] : ["passwordEnv", "userEnv"];
    throw new ChannelError(
      channel.id,
      `smtp.${has} is set but smtp.${lacks} is not; name both variables in marketing/strategy.yaml, or neither for a relay that needs no login`,
    );
  }
  const auth =
    smtp.userEnv && smtp.passwordEnv
      ? {
          user: fromEnv(channel.id, env, smtp.userEnv, "smtp.userEnv"),
          pass: fromEnv(channel.id, env, smtp.passwordEnv, "smtp.passwordEnv"),
        }
      : undefined;
  return {
    host,
    port,
    secure,
    // Across a network the password and the newsletter must not travel in clear text, so without
    // `secure` STARTTLS is mandatory. Only a relay on this machine (a local MTA, a test server) is exempt.
    requireTLS: !secure && !isLoopback(host),
    ...(auth ? { auth } : {}),
    names: {
      host: smtp.hostEnv,
      ...(smtp.userEnv ? { user: smtp.userEnv } : {}),
      ...(smtp.passwordEnv ? { password: smtp.passwordEnv } : {}),
    },
  };
}

function fromEnv(
  channelId: string,
  env: Record<string, string | undefined>,
  name: string,
  key: string,
): string {
  return requiredEnv({ channelId, env, name, key });
}

/** Kept here for the SMTP settings' tests; the rule lives in the channel kit. */
export { isLoopback };

function parsePort(channelId: string, value: string, name: string): number {
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new ChannelError(
      channelId,
      `environment variable ${name} is not a port number (1-65535); set it to e.g. 587`,
    );
  }
  return port;
}
