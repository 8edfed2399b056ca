// The exit-code table (README "Exit codes"): 2 for usage, 3 only when an outside service could not be
// reached or failed on its side, 1 for anything a person must fix — and 1 over 3 when a run has both.
import { describe, expect, it } from "vitest";
import { ChannelError, ConfigError, ForgeError, GenerateError, StateError, UsageError } from "../errors.ts";
import { describe as describeError, EXIT, exitCodeFor, outcomeCode } from "./exit.ts";

describe("exitCodeFor", () => {
  it("gives 2 to usage errors and 1 to what a person must fix", () => {
    expect(exitCodeFor(new UsageError("--at: bad"))).toBe(2);
    expect(exitCodeFor(new ConfigError([]))).toBe(1);
    expect(exitCodeFor(new StateError("dirty tree"))).toBe(1);
    expect(exitCodeFor(new GenerateError("nothing fits"))).toBe(1);
    expect(exitCodeFor(new Error("a bug"))).toBe(1);
  });

  it("gives 3 to a channel or forge that could not be reached or failed on its side, 1 to a refusal", () => {
    expect(exitCodeFor(new ChannelError("mastodon", "could not reach", true))).toBe(3);
    expect(exitCodeFor(new ChannelError("mastodon", "token not set", false))).toBe(1);
    expect(exitCodeFor(new ForgeError("GitHub request failed: fetch failed"))).toBe(3);
    for (const status of [500, 502, 503, 408, 429]) expect(exitCodeFor(new ForgeError("x", status))).toBe(3);
    for (const status of [401, 403, 404, 422]) expect(exitCodeFor(new ForgeError("x", status))).toBe(1);
  });

  it("gives 3 to a network error no wrapper caught, however deep its cause", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    expect(exitCodeFor(new TypeError("fetch failed", { cause: refused }))).toBe(3);
    const dns = Object.assign(new Error("getaddrinfo ENOTFOUND example.invalid"), { code: "ENOTFOUND" });
    expect(exitCodeFor(new Error("outer", { cause: new Error("middle", { cause: dns }) }))).toBe(3);
    expect(exitCodeFor(Object.assign(new Error("no such file"), { code: "ENOENT" }))).toBe(1);
  });

  it("says an unreached service plainly, with its cause, rather than as an unexpected error", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" });
    expect(describeError(new TypeError("fetch failed", { cause: refused }), {})).toBe(
      "loopcast: could not reach an outside service: fetch failed (connect ECONNREFUSED 127.0.0.1:9); try again later",
    );
    expect(describeError(new Error("a bug"), {})).toMatch(/^loopcast: unexpected error: a bug\n/);
  });
});

describe("outcomeCode", () => {
  it("is 1 when anything needs a person, else 3 when a service was unreachable, else 0", () => {
    expect(outcomeCode({ problems: 0, unreachable: 0 })).toBe(EXIT.done);
    expect(outcomeCode({ problems: 0, unreachable: 2 })).toBe(EXIT.unreachable);
    expect(outcomeCode({ problems: 1, unreachable: 2 })).toBe(EXIT.problems);
    expect(outcomeCode({ problems: 1, unreachable: 0 })).toBe(EXIT.problems);
    expect(EXIT).toEqual({ done: 0, problems: 1, usage: 2, unreachable: 3 });
  });
});
