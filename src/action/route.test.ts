import { describe, expect, it } from "vitest";
import { routeEvent } from "./route.ts";

const repo = { owner: "acme", repo: "site" };
const pr = (over: Record<string, unknown> = {}, head: Record<string, unknown> = {}) => ({
  action: "closed",
  pull_request: {
    number: 7,
    merged: true,
    head: { ref: "loopcast/weekly-blog@20261201T0800Z", repo: { full_name: "acme/site" }, ...head },
    ...over,
  },
});

describe("routeEvent", () => {
  it("runs a reconcile on schedule and by hand", () => {
    expect(routeEvent("schedule", { schedule: "0 * * * *" }, repo).kind).toBe("reconcile");
    expect(routeEvent("workflow_dispatch", {}, repo).kind).toBe("reconcile");
  });

  it("publishes a merged proposal at once, and reconciles other closed pull requests", () => {
    expect(routeEvent("pull_request", pr(), repo)).toEqual({
      kind: "merged",
      why: "#7 was merged",
      number: 7,
      branch: "loopcast/weekly-blog@20261201T0800Z",
    });
    expect(routeEvent("pull_request", pr({ merged: false }), repo)).toMatchObject({
      kind: "reconcile",
      why: "#7 was closed",
    });
    expect(routeEvent("pull_request", pr({}, { ref: "feature/x" }), repo)).toMatchObject({
      kind: "reconcile",
    });
    expect(routeEvent("pull_request", { ...pr(), action: "opened" }, repo).kind).toBe("ignore");
  });

  it("never acts on a fork's pull request or on pull_request_target", () => {
    const fork = routeEvent("pull_request", pr({}, { repo: { full_name: "mallory/site" } }), repo);
    expect(fork).toMatchObject({ kind: "ignore" });
    expect(fork.why).toContain("comes from a fork");
    expect(routeEvent("pull_request", pr({}, { repo: null }), repo).kind).toBe("ignore");
    expect(routeEvent("pull_request_target", pr(), repo)).toMatchObject({ kind: "ignore" });
  });

  it("records reviews of proposals only", () => {
    const review = {
      ...pr(),
      action: "submitted",
      review: { state: "changes_requested", user: { login: "alice" } },
    };
    expect(routeEvent("pull_request_review", review, repo)).toMatchObject({
      kind: "review",
      state: "changes_requested",
      by: "alice",
      number: 7,
    });
    expect(routeEvent("pull_request_review", { ...review, action: "edited" }, repo).kind).toBe("ignore");
  });

  it("applies dashboard edits by people, never the bot's own update", () => {
    const issue = { number: 3, body: "<!-- loopcast:dashboard -->\n- [x] <!-- loopcast-pause -->" };
    expect(
      routeEvent("issues", { action: "edited", issue, sender: { login: "alice", type: "User" } }, repo),
    ).toMatchObject({
      kind: "dashboard",
      by: "alice",
      number: 3,
    });
    expect(
      routeEvent("issues", { action: "edited", issue, sender: { login: "loopcast[bot]", type: "Bot" } }, repo)
        .kind,
    ).toBe("ignore");
    expect(
      routeEvent("issues", { action: "edited", issue: { number: 4, body: "hello" }, sender: {} }, repo).kind,
    ).toBe("ignore");
    expect(
      routeEvent(
        "issues",
        { action: "labeled", label: { name: "loopcast:pause" }, issue, sender: { type: "User" } },
        repo,
      ).kind,
    ).toBe("reconcile");
  });

  it("takes metrics only from repository_dispatch of type loopcast-metrics", () => {
    expect(
      routeEvent("repository_dispatch", { action: "loopcast-metrics", client_payload: {} }, repo).kind,
    ).toBe("metrics");
    expect(routeEvent("repository_dispatch", { action: "deploy" }, repo).kind).toBe("ignore");
    expect(routeEvent("push", {}, repo)).toMatchObject({
      kind: "ignore",
      why: "Loopcast does not act on push events",
    });
  });
});
