// In-memory state of the fake GitHub: users and tokens, repositories (each backed by a real bare
// repository under `root`), and the counters that make ids and node ids stable within one fake.
import { join } from "node:path";
import { commitFiles, type Identity, initBare, updateRef } from "./git-store.ts";
import type { AppSpec, FakeGitHubOptions, Issue, Repo, RepoSpec, User, UserSpec } from "./types.ts";

export const DEFAULT_USERS: UserSpec[] = [
  {
    login: "loopcast[bot]",
    type: "Bot",
    tokens: ["bot-token"],
    name: "loopcast[bot]",
    email: "41898282+loopcast[bot]@users.noreply.github.com",
  },
  {
    login: "alice",
    type: "User",
    tokens: ["alice-token"],
    name: "Alice Example",
    email: "alice@example.com",
  },
];

export const DEFAULT_APPS: AppSpec[] = [{ id: 1, slug: "loopcast", installationId: 1 }];

/** GitHub's timestamps have second precision and a `Z` suffix. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export class FakeState {
  readonly root: string;
  readonly users = new Map<string, User>();
  readonly apps: AppSpec[];
  readonly repos = new Map<string, Repo>();
  private readonly tokens = new Map<string, { login: string; expiresAt?: number }>();
  private readonly emailToLogin = new Map<string, string>();
  private readonly clock: () => Date;
  private lastId = 1000;

  constructor(root: string, options: FakeGitHubOptions) {
    this.root = root;
    this.clock = options.now ?? (() => new Date());
    this.apps = options.apps ?? DEFAULT_APPS;
    for (const spec of options.users ?? DEFAULT_USERS) this.addUser(spec);
    for (const app of this.apps) {
      const login = `${app.slug}[bot]`;
      if (!this.users.has(login)) this.addUser({ login, type: "Bot", tokens: [] });
    }
    for (const [email, login] of Object.entries(options.emailToLogin ?? {})) {
      this.emailToLogin.set(email.toLowerCase(), login);
    }
  }

  addUser(spec: UserSpec): User {
    const id = this.nextId();
    const user: User = {
      login: spec.login,
      id,
      nodeId: this.nodeId(spec.type === "Bot" ? "BOT" : "U", id),
      type: spec.type ?? (spec.login.endsWith("[bot]") ? "Bot" : "User"),
      name: spec.name ?? spec.login,
      email: spec.email ?? `${id}+${spec.login}@users.noreply.github.com`,
    };
    this.users.set(user.login, user);
    for (const token of spec.tokens) this.tokens.set(token, { login: user.login });
    if (!this.emailToLogin.has(user.email.toLowerCase()))
      this.emailToLogin.set(user.email.toLowerCase(), user.login);
    return user;
  }

  user(login: string): User {
    const user = this.users.get(login);
    if (!user) {
      throw new Error(`fake-github: unknown user "${login}"; known: ${[...this.users.keys()].join(", ")}.`);
    }
    return user;
  }

  /** The login a token authenticates as, or null (unknown or expired). */
  loginForToken(token: string): string | null {
    const entry = this.tokens.get(token);
    if (!entry) return null;
    if (entry.expiresAt !== undefined && entry.expiresAt <= this.clock().getTime()) return null;
    return entry.login;
  }

  addToken(token: string, login: string, expiresAt?: Date): void {
    this.tokens.set(token, { login, ...(expiresAt ? { expiresAt: expiresAt.getTime() } : {}) });
  }

  /** The first token of a user, for tests that need to act as them over HTTP. */
  tokenFor(login: string): string {
    for (const [token, entry] of this.tokens) if (entry.login === login) return token;
    throw new Error(`fake-github: user "${login}" has no token; add one in the users option.`);
  }

  loginForEmail(email: string): string | null {
    return this.emailToLogin.get(email.toLowerCase()) ?? null;
  }

  now(): Date {
    return this.clock();
  }

  timestamp(): string {
    return isoSeconds(this.clock());
  }

  identity(login: string): Identity {
    const user = this.user(login);
    return { name: user.name, email: user.email, date: this.clock() };
  }

  nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** Stable, opaque node ids shaped like GitHub's (`PR_…`, `I_…`), unique within this fake. */
  nodeId(prefix: string, id: number): string {
    return `${prefix}_kwDO${Buffer.from(`fake:${prefix}:${id}`).toString("base64url")}`;
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  /** Looks a repository up by "owner/name", failing with the list of known ones. */
  repoByFullName(fullName: string): Repo {
    const [owner, name] = fullName.split("/");
    const repo = owner && name ? this.repo(owner, name) : undefined;
    if (!repo) {
      throw new Error(
        `fake-github: no repository "${fullName}"; known: ${[...this.repos.keys()].join(", ")}.`,
      );
    }
    return repo;
  }

  async createRepo(spec: RepoSpec): Promise<Repo> {
    const key = `${spec.owner}/${spec.name}`.toLowerCase();
    if (this.repos.has(key))
      throw new Error(`fake-github: repository ${spec.owner}/${spec.name} exists already.`);
    const id = this.nextId();
    const defaultBranch = spec.defaultBranch ?? "main";
    const repo: Repo = {
      id,
      nodeId: this.nodeId("R", id),
      owner: spec.owner,
      name: spec.name,
      defaultBranch,
      allowAutoMerge: spec.allowAutoMerge ?? false,
      protectedBranches: new Map(Object.entries(spec.protectedBranches ?? {})),
      gitDir: join(this.root, spec.owner, `${spec.name}.git`),
      createdAt: this.timestamp(),
      nextNumber: 1,
      issues: new Map(),
      labels: new Map(),
      statuses: new Map(),
    };
    await initBare(repo.gitDir, defaultBranch);
    const author = spec.initialAuthor ?? [...this.users.keys()][0] ?? "alice";
    const sha = await commitFiles(repo.gitDir, {
      parent: null,
      files: spec.files ?? { "README.md": `# ${spec.name}\n` },
      message: "Initial commit",
      author: this.identity(author),
    });
    await updateRef(repo.gitDir, `refs/heads/${defaultBranch}`, sha);
    this.repos.set(key, repo);
    return repo;
  }

  /** Creates the label on first use, as GitHub does when labels are added to an issue. */
  ensureLabel(repo: Repo, name: string): void {
    if (repo.labels.has(name.toLowerCase())) return;
    const id = this.nextId();
    repo.labels.set(name.toLowerCase(), {
      id,
      nodeId: this.nodeId("LA", id),
      name,
      color: "ededed",
      description: null,
    });
  }

  /** Allocates the next number (shared by issues and pulls) and stores the issue. */
  addIssue(repo: Repo, fields: Omit<Issue, "number" | "id" | "nodeId">): Issue {
    const id = this.nextId();
    const issue: Issue = {
      ...fields,
      number: repo.nextNumber++,
      id,
      nodeId: this.nodeId(fields.pull ? "PR" : "I", id),
    };
    repo.issues.set(issue.number, issue);
    return issue;
  }
}
