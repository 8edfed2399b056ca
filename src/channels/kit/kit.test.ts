import { describe, expect, it } from "vitest";
import { ChannelError } from "../../errors.ts";
import {
  excerpt,
  isLoopback,
  isRetryableStatus,
  networkReason,
  requiredEnv,
  scrub,
  secureUrl,
} from "./index.ts";

describe("channel kit", () => {
  it("scrub replaces every occurrence of every secret, and ignores empty ones", () => {
    expect(scrub("token abc in abc", ["abc", ""])).toBe("token *** in ***");
    expect(scrub("nothing", [])).toBe("nothing");
  });

  it("requiredEnv returns the value, or says which variable, which key names it and how to set it", () => {
    const env = { TOKEN: "t0k", EMPTY: "" };
    expect(requiredEnv({ channelId: "c", env, name: "TOKEN", key: "tokenEnv" })).toBe("t0k");
    for (const name of ["EMPTY", "UNSET"]) {
      const call = () =>
        requiredEnv({ channelId: "c", env, name, key: "tokenEnv", what: "the access token" });
      expect(call).toThrow(ChannelError);
      expect(call).toThrow(
        `channel c: environment variable ${name} (named by tokenEnv) is not set; add the access token as an Actions secret and pass it to the Loopcast step (env: ${name}: \${{ secrets.${name} }})`,
      );
    }
  });

  it("secureUrl takes https anywhere and http only on this machine", () => {
    const at = (value: string) => () =>
      secureUrl({
        channelId: "c",
        key: "serviceUrl",
        value,
        example: "https://x.example",
        secret: "the password",
      });
    expect(at("https://pds.example.com")().href).toBe("https://pds.example.com/");
    expect(at("http://127.0.0.1:2583")().port).toBe("2583");
    expect(at("http://[::1]:80/")().hostname).toBe("[::1]");
    expect(at("http://pds.example.com")).toThrow(
      "serviceUrl must use https:// so the password is encrypted; write https://pds.example.com",
    );
    expect(at("pds.example.com")).toThrow(
      'serviceUrl "pds.example.com" is not a URL; write e.g. https://x.example',
    );
    expect(isLoopback("127.0.0.1.example.com")).toBe(false);
  });

  it("networkReason names a timeout or the network's code", () => {
    expect(networkReason({ name: "TimeoutError" }, 5000)).toBe("no answer within 5 s");
    expect(networkReason(new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }))).toBe(
      "ECONNREFUSED",
    );
    expect(networkReason(new Error("boom"))).toBe("boom");
  });

  it("retries 408, 429 and 5xx only", () => {
    expect([400, 401, 403, 404, 408, 422, 429, 500, 503].filter(isRetryableStatus)).toEqual([
      408, 429, 500, 503,
    ]);
  });

  it("excerpt makes one short line", () => {
    expect(excerpt("a\n  b\tc")).toBe("a b c");
    expect(excerpt("x".repeat(10), 4)).toBe("xxxx…");
  });
});
