import { describe, expect, it } from "vitest";
import { ChannelError } from "../../errors.ts";
import { type EmailChannel, isLoopback, smtpSettings } from "./settings.ts";

const channel: EmailChannel = {
  id: "newsletter",
  type: "email",
  from: "news@loopcast.dev",
  to: "list@loopcast.dev",
  smtp: { hostEnv: "H", portEnv: "P", userEnv: "U", passwordEnv: "W" },
};
const env = { H: "smtp.example.com", P: "2525", U: "login-u1", W: "FAKE-pass-5e1f" };

function thrown(fn: () => unknown): ChannelError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ChannelError);
    return err as ChannelError;
  }
  throw new Error("expected a ChannelError");
}

describe("smtpSettings", () => {
  it("reads host, port and login from the named variables and requires STARTTLS off loopback", () => {
    expect(smtpSettings(channel, env)).toEqual({
      host: "smtp.example.com",
      port: 2525,
      secure: false,
      requireTLS: true,
      auth: { user: "login-u1", pass: "FAKE-pass-5e1f" },
      names: { host: "H", user: "U", password: "W" },
    });
  });

  it("defaults the port to 587, or 465 with secure, and needs no login when none is named", () => {
    const bare = { ...channel, smtp: { hostEnv: "H" } };
    expect(smtpSettings(bare, env)).toMatchObject({ port: 587, secure: false, requireTLS: true });
    expect(smtpSettings(bare, env).auth).toBeUndefined();
    expect(smtpSettings({ ...channel, smtp: { hostEnv: "H", secure: true } }, env)).toMatchObject({
      port: 465,
      secure: true,
      requireTLS: false,
    });
  });

  it("allows a clear-text session only to a relay on this machine", () => {
    expect(smtpSettings(channel, { ...env, H: "127.0.0.1" }).requireTLS).toBe(false);
    expect(isLoopback("localhost")).toBe(true);
    expect(isLoopback("[::1]")).toBe(true);
    expect(isLoopback("127.0.0.1.example.com")).toBe(false);
    expect(isLoopback("10.0.0.1")).toBe(false);
  });

  it("names a missing or empty variable without repeating any value", () => {
    const err = thrown(() => smtpSettings(channel, { ...env, W: "" }));
    expect(err.message).toContain("environment variable W (named by smtp.passwordEnv) is not set");
    expect(err.message).toContain("Actions secret");
    for (const value of Object.values(env)) expect(err.message).not.toContain(value);
  });

  it("rejects a port that is not a number, and a login named by half", () => {
    expect(thrown(() => smtpSettings(channel, { ...env, P: "smtp" })).message).toContain(
      "environment variable P is not a port number",
    );
    const half = { ...channel, smtp: { hostEnv: "H", userEnv: "U" } };
    expect(thrown(() => smtpSettings(half, env)).message).toContain(
      "smtp.userEnv is set but smtp.passwordEnv is not",
    );
  });
});
