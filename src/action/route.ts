// Which use case an Actions event starts. Pure: the event name and payload in, a route out. Everything
// that could come from someone else's code (a fork's pull request, pull_request_target) is ignored here,
// before any token is used.
import { isDashboardBody, PAUSE_LABEL } from "../forge/github/dashboard.ts";
import { PROPOSAL_PREFIX } from "../forge/github/pulls.ts";
import { DISPATCH_EVENT_TYPE } from "./dispatch-metrics.ts";

export type Route =
  | { kind: "reconcile"; why: string }
  | { kind: "merged"; why: string; number: number; branch: string }
  | { kind: "review"; why: string; number: number; branch: string; state: string; by: string }
  | { kind: "dashboard"; why: string; number: number; body: string; by: string }
  | { kind: "metrics"; why: string; payload: unknown }
  | { kind: "ignore"; why: string };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === "string" ? v : "");

export function routeEvent(name: string, payload: unknown, repo: { owner: string; repo: string }): Route {
  const event = obj(payload);
  const fullName = `${repo.owner}/${repo.repo}`.toLowerCase();
  const action = str(event.action);
  switch (name) {
    case "schedule":
      return { kind: "reconcile", why: "scheduled run" };
    case "workflow_dispatch":
      return { kind: "reconcile", why: "started by hand" };
    case "pull_request": {
      const pr = obj(event.pull_request);
      const head = obj(pr.head);
      const branch = str(head.ref);
      if (action !== "closed")
        return { kind: "ignore", why: `pull_request ${action || "event"}: nothing to do` };
      if (str(obj(head.repo).full_name).toLowerCase() !== fullName) {
        return {
          kind: "ignore",
          why: `pull request #${String(pr.number ?? "?")} comes from a fork; Loopcast never acts on it`,
        };
      }
      if (pr.merged === true && branch.startsWith(PROPOSAL_PREFIX)) {
        return { kind: "merged", why: `#${pr.number} was merged`, number: Number(pr.number), branch };
      }
      // A rejected proposal or any other merge into the base: a reconcile records or picks it up.
      return { kind: "reconcile", why: `#${pr.number} was ${pr.merged === true ? "merged" : "closed"}` };
    }
    case "pull_request_target":
      return {
        kind: "ignore",
        why: "Loopcast never runs on pull_request_target (it would run with secrets on untrusted code)",
      };
    case "pull_request_review": {
      const pr = obj(event.pull_request);
      const head = obj(pr.head);
      const branch = str(head.ref);
      if (action !== "submitted" || !branch.startsWith(PROPOSAL_PREFIX)) {
        return { kind: "ignore", why: "not a review of a Loopcast proposal" };
      }
      if (str(obj(head.repo).full_name).toLowerCase() !== fullName) {
        return { kind: "ignore", why: "a review of a pull request from a fork" };
      }
      const review = obj(event.review);
      return {
        kind: "review",
        why: `review of #${pr.number}`,
        number: Number(pr.number),
        branch,
        state: str(review.state).toLowerCase(),
        by: str(obj(review.user).login) || str(obj(event.sender).login),
      };
    }
    case "issues": {
      const issue = obj(event.issue);
      const body = str(issue.body);
      if (!isDashboardBody(body)) return { kind: "ignore", why: "not the Loopcast dashboard" };
      const sender = obj(event.sender);
      // The bot's own update of the dashboard (an App token does trigger workflows) must not loop.
      if (str(sender.type) === "Bot") return { kind: "ignore", why: "the dashboard was updated by a bot" };
      if (action === "edited") {
        return {
          kind: "dashboard",
          why: "the dashboard was edited",
          number: Number(issue.number),
          body,
          by: str(sender.login),
        };
      }
      if ((action === "labeled" || action === "unlabeled") && str(obj(event.label).name) === PAUSE_LABEL) {
        return {
          kind: "reconcile",
          why: `the ${PAUSE_LABEL} label was ${action === "labeled" ? "added" : "removed"}`,
        };
      }
      return { kind: "ignore", why: `issues ${action}: nothing to do` };
    }
    case "repository_dispatch":
      if (action !== DISPATCH_EVENT_TYPE)
        return { kind: "ignore", why: `repository_dispatch type "${action}" is not ${DISPATCH_EVENT_TYPE}` };
      return { kind: "metrics", why: "metrics sent by repository_dispatch", payload };
    default:
      return { kind: "ignore", why: `Loopcast does not act on ${name || "this"} events` };
  }
}
