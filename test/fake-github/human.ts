// What a person (or another system, like CI) does on GitHub while the code under test runs: merge
// or close a pull, review, label, edit the dashboard issue, push a commit, delete a branch, report a
// status. These act on the state directly, so they do not appear in `fake.requests`.
import { commitFiles, deleteRef, readRef, updateRef } from "./git-store.ts";
import { closePull, GitHubError, mergePull, pullOf, runAutoMerges, syncPulls } from "./pulls.ts";
import type { FakeState } from "./state.ts";
import type { Issue, MergeMethod, Repo, ReviewState, StatusState } from "./types.ts";

export interface Human {
  mergePull(repo: string, number: number, options?: { method?: MergeMethod; sha?: string }): Promise<string>;
  closePull(repo: string, number: number): Promise<void>;
  review(repo: string, number: number, state: ReviewState, body?: string): Promise<void>;
  addLabel(repo: string, number: number, label: string): Promise<void>;
  removeLabel(repo: string, number: number, label: string): Promise<void>;
  comment(repo: string, number: number, body: string): Promise<void>;
  editIssueBody(repo: string, number: number, body: string): Promise<void>;
  /** Commits `files` (path → content, null deletes) on `branch`, creating it from `from` (default branch). */
  pushCommit(
    repo: string,
    branch: string,
    files: Record<string, string | null>,
    options?: { message?: string; from?: string },
  ): Promise<string>;
  deleteBranch(repo: string, branch: string): Promise<void>;
  /** Reports a commit status (as CI would) on a sha or branch; may trigger auto-merge. */
  setStatus(
    repo: string,
    ref: string,
    context: string,
    state: StatusState,
    description?: string,
  ): Promise<void>;
}

/** `run` serialises with the server's request handling, so helpers never interleave with a request. */
export function humanActions(
  state: FakeState,
  login: string,
  run: <T>(work: () => Promise<T>) => Promise<T>,
): Human {
  state.user(login); // fail early on an unknown login
  const issueIn = (repo: Repo, number: number): Issue => {
    const issue = repo.issues.get(number);
    if (!issue) throw new Error(`fake-github: ${repo.owner}/${repo.name} has no issue or pull #${number}.`);
    return issue;
  };
  const withIssue = <T>(
    fullName: string,
    number: number,
    work: (repo: Repo, issue: Issue) => Promise<T> | T,
  ) =>
    run(async () => {
      const repo = state.repoByFullName(fullName);
      await syncPulls(state, repo);
      return work(repo, issueIn(repo, number));
    });
  const touch = (issue: Issue) => {
    issue.updatedAt = state.timestamp();
  };

  return {
    mergePull: (fullName, number, options = {}) =>
      withIssue(fullName, number, async (repo, issue) => {
        try {
          return (await mergePull(state, repo, issue, { login, ...options })).sha;
        } catch (error) {
          if (error instanceof GitHubError)
            throw new Error(`fake-github: ${login} cannot merge #${number}: ${error.message}`);
          throw error;
        }
      }),
    closePull: (fullName, number) =>
      withIssue(fullName, number, (_repo, issue) => closePull(state, issue, login)),
    review: (fullName, number, reviewState, body = "") =>
      withIssue(fullName, number, async (repo, issue) => {
        const pull = pullOf(issue);
        const id = state.nextId();
        pull.reviews.push({
          id,
          nodeId: state.nodeId("PRR", id),
          user: login,
          state: reviewState,
          body,
          commitId: pull.headSha,
          submittedAt: state.timestamp(),
        });
        touch(issue);
        await runAutoMerges(state, repo);
      }),
    addLabel: (fullName, number, label) =>
      withIssue(fullName, number, (repo, issue) => {
        state.ensureLabel(repo, label);
        const stored = repo.labels.get(label.toLowerCase())?.name ?? label;
        if (!issue.labels.some((l) => l.toLowerCase() === label.toLowerCase())) issue.labels.push(stored);
        touch(issue);
      }),
    removeLabel: (fullName, number, label) =>
      withIssue(fullName, number, (_repo, issue) => {
        issue.labels = issue.labels.filter((l) => l.toLowerCase() !== label.toLowerCase());
        touch(issue);
      }),
    comment: (fullName, number, body) =>
      withIssue(fullName, number, (_repo, issue) => {
        const id = state.nextId();
        const now = state.timestamp();
        issue.comments.push({
          id,
          nodeId: state.nodeId("IC", id),
          user: login,
          body,
          createdAt: now,
          updatedAt: now,
        });
        touch(issue);
      }),
    editIssueBody: (fullName, number, body) =>
      withIssue(fullName, number, (_repo, issue) => {
        issue.body = body;
        touch(issue);
      }),
    pushCommit: (fullName, branch, files, options = {}) =>
      run(async () => {
        const repo = state.repoByFullName(fullName);
        const current = await readRef(repo.gitDir, `refs/heads/${branch}`);
        const from = options.from ?? repo.defaultBranch;
        const parent = current ?? (await readRef(repo.gitDir, from));
        if (!parent) throw new Error(`fake-github: cannot branch ${branch} from missing ref ${from}.`);
        const sha = await commitFiles(repo.gitDir, {
          parent,
          files,
          message: options.message ?? `Update ${Object.keys(files).join(", ")}`,
          author: state.identity(login),
        });
        await updateRef(repo.gitDir, `refs/heads/${branch}`, sha, current ?? undefined);
        await syncPulls(state, repo);
        return sha;
      }),
    deleteBranch: (fullName, branch) =>
      run(async () => {
        const repo = state.repoByFullName(fullName);
        const sha = await readRef(repo.gitDir, `refs/heads/${branch}`);
        if (!sha) throw new Error(`fake-github: ${fullName} has no branch ${branch}.`);
        await deleteRef(repo.gitDir, `refs/heads/${branch}`, sha);
        await syncPulls(state, repo);
      }),
    setStatus: (fullName, ref, context, statusState, description) =>
      run(async () => {
        const repo = state.repoByFullName(fullName);
        const sha = await readRef(repo.gitDir, ref);
        if (!sha) throw new Error(`fake-github: ${fullName} has no commit or branch ${ref}.`);
        const id = state.nextId();
        const now = state.timestamp();
        const status = {
          id,
          nodeId: state.nodeId("SC", id),
          state: statusState,
          context,
          description: description ?? null,
          targetUrl: null,
          creator: login,
          createdAt: now,
          updatedAt: now,
        };
        repo.statuses.set(sha, [...(repo.statuses.get(sha) ?? []), status]);
        await runAutoMerges(state, repo);
      }),
  };
}
