import { describe, expect, it } from "vitest";
import { parsePorcelain } from "./git-remote.ts";
import { isOwnProposal, type PullSummary, readMarker, withMarker } from "./pulls.ts";

const sha = "a".repeat(40);

describe("the proposal marker", () => {
  it("round-trips the cycle and the bot's commit through a body a person may edit around", () => {
    const body = withMarker("**Title**\n\nPreview", { cycle: "w@20261201T0900Z", botSha: sha });
    expect(readMarker(`${body}\n\nA reviewer's note.`)).toEqual({ cycle: "w@20261201T0900Z", botSha: sha });
  });

  it("ignores a missing or mangled marker", () => {
    expect(readMarker(null)).toBeUndefined();
    expect(readMarker('<!-- loopcast:proposal {"cycle":"x","botSha":"nope"} -->')).toBeUndefined();
    expect(readMarker("<!-- loopcast:proposal {not json} -->")).toBeUndefined();
  });
});

describe("own proposals", () => {
  const pull = (ref: string, fullName: string | null) =>
    ({ head: { ref, sha, repo: fullName ? { full_name: fullName } : null } }) as unknown as PullSummary;
  it("are Loopcast branches of this repository, never a fork's", () => {
    const repo = { owner: "Acme", repo: "site" };
    expect(isOwnProposal(pull("loopcast/w@20261201T0900Z", "acme/site"), repo)).toBe(true);
    expect(isOwnProposal(pull("loopcast/w@20261201T0900Z", "mallory/site"), repo)).toBe(false);
    expect(isOwnProposal(pull("loopcast/w@20261201T0900Z", null), repo)).toBe(false);
    expect(isOwnProposal(pull("feature/w", "acme/site"), repo)).toBe(false);
  });
});

describe("git push --porcelain", () => {
  it("gives each ref's result", () => {
    const out = [
      "To https://github.com/acme/site",
      "*\trefs/heads/loopcast/a:refs/heads/loopcast/a\t[new branch]",
      "!\trefs/heads/loopcast/b:refs/heads/loopcast/b\t[rejected] (stale info)",
      "!\tHEAD:refs/heads/main\t[remote rejected] (protected branch hook declined)",
      "Done",
    ].join("\n");
    expect(parsePorcelain(out)).toEqual([
      { flag: "*", from: "refs/heads/loopcast/a", to: "refs/heads/loopcast/a", summary: "[new branch]" },
      {
        flag: "!",
        from: "refs/heads/loopcast/b",
        to: "refs/heads/loopcast/b",
        summary: "[rejected] (stale info)",
      },
      {
        flag: "!",
        from: "HEAD",
        to: "refs/heads/main",
        summary: "[remote rejected] (protected branch hook declined)",
      },
    ]);
  });
});
