// An in-memory Forge and a temporary copy of the example configuration, for unit tests of the pipeline
// steps that must stay in milliseconds (no git). The forge records what a step asked of it.
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { requireConfig } from "../../src/config/load.ts";
import type { Config } from "../../src/config/types.ts";
import type { Forge, Proposal, ProposalInput } from "../../src/forge/types.ts";
import type { Generator } from "../../src/generate/types.ts";
import type { RunContext } from "../../src/pipeline/reconcile.ts";
import { EXAMPLE_CONFIG } from "./repo.ts";

export class MemoryForge implements Forge {
  readonly id = "memory";
  readonly baseBranch = "main";
  proposals = new Map<string, Proposal>();
  /** Files by `ref:path`, answered by readFiles. */
  files = new Map<string, string>();
  opened: ProposalInput[][] = [];
  commits: Array<{ message: string; paths: string[] }> = [];
  merges: Array<{ branch: string; opts?: { by?: string; asBot?: boolean } }> = [];
  /** Errors thrown by mergeProposal, by branch. */
  mergeErrors = new Map<string, Error>();
  /** Errors returned by openProposals, by branch. */
  openErrors = new Map<string, Error>();
  /** The sha commitState returns; undefined when there is nothing to commit. */
  commitSha: string | undefined = "c0ffee";
  /** Lock taken and released, in order: "lock", "release". */
  lockLog: string[] = [];

  async lock(): Promise<() => Promise<void>> {
    this.lockLog.push("lock");
    return async () => {
      this.lockLog.push("release");
    };
  }

  async listOpenProposals(): Promise<Proposal[]> {
    return [...this.proposals.values()].filter((p) => p.state === "open");
  }
  async getProposal(branch: string): Promise<Proposal | undefined> {
    return this.proposals.get(branch);
  }
  async openProposals(inputs: ProposalInput[]): Promise<Array<Proposal | Error>> {
    this.opened.push(inputs);
    return inputs.map((input) => {
      const error = this.openErrors.get(input.branch);
      if (error) return error;
      const p: Proposal = {
        id: `#${this.proposals.size + 1}`,
        branch: input.branch,
        title: input.title,
        url: `https://forge.example/${input.branch}`,
        state: "open",
        labels: input.labels,
        botSha: "bot",
        headSha: "bot",
        humanCommits: 0,
      };
      this.proposals.set(input.branch, p);
      return p;
    });
  }
  async mergeProposal(branch: string, opts?: { by?: string; asBot?: boolean }): Promise<Proposal> {
    this.merges.push({ branch, ...(opts ? { opts } : {}) });
    const error = this.mergeErrors.get(branch);
    if (error) throw error;
    const p = this.proposals.get(branch);
    if (!p) throw new Error(`no proposal ${branch}`);
    const merged: Proposal = {
      ...p,
      state: "merged",
      mergedSha: "merge",
      ...(opts?.by ? { mergedBy: opts.by } : {}),
    };
    this.proposals.set(branch, merged);
    return merged;
  }
  async closeProposal(branch: string): Promise<Proposal> {
    const p = this.proposals.get(branch) as Proposal;
    const closed: Proposal = { ...p, state: "closed" };
    this.proposals.set(branch, closed);
    return closed;
  }
  async readFiles(specs: Array<{ ref: string; path: string }>): Promise<Array<string | undefined>> {
    return specs.map((s) => this.files.get(`${s.ref}:${s.path}`));
  }
  async commitState(message: string, paths: string[]): Promise<string | undefined> {
    this.commits.push({ message, paths });
    return this.commitSha;
  }
}

/** A generator that returns the drafts it is given, one per call (the last one again when they run out). */
export class ScriptedGenerator implements Generator {
  readonly id = "scripted";
  requests: Parameters<Generator["generate"]>[0][] = [];
  private readonly bodies: string[];
  constructor(bodies: string[]) {
    this.bodies = bodies;
  }
  async generate(request: Parameters<Generator["generate"]>[0]) {
    this.requests.push(request);
    const body = this.bodies[Math.min(this.requests.length - 1, this.bodies.length - 1)] as string;
    return {
      title: `Title ${this.requests.length}`,
      summary: "A summary.",
      body,
      arms: { hook: "1" },
      tokens: 0,
    };
  }
}

let example: Config | undefined;

/** A run context on a fresh temporary copy of the example configuration (state folders empty). */
export async function memoryContext(
  opts: { now?: Date; bodies?: string[]; config?: (c: Config) => Config } = {},
): Promise<RunContext & { forge: MemoryForge; generator: ScriptedGenerator }> {
  const repoDir = await mkdtemp(join(tmpdir(), "loopcast-unit-"));
  await cp(EXAMPLE_CONFIG, join(repoDir, "marketing"), {
    recursive: true,
    filter: (src) =>
      !/\/(content|ledger|reports|metrics|exceptions|decisions|autonomy|queue)(\/|$)/.test(
        src.slice(EXAMPLE_CONFIG.length),
      ),
  });
  example ??= await requireConfig(EXAMPLE_CONFIG);
  const config = { ...example, dir: join(repoDir, "marketing") };
  return {
    config: opts.config ? opts.config(config) : config,
    repoDir,
    now: opts.now ?? new Date("2026-12-01T06:00:00Z"),
    configRel: "marketing",
    forge: new MemoryForge(),
    generator: new ScriptedGenerator(opts.bodies ?? ["Review your marketing like code."]),
    channels: {},
    env: {},
  };
}
