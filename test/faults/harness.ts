// The harness of the fault tests: the CLI as a real process, lock contenders started together, a
// repository prepared once and copied per trial (with its .git/loopcast/ records), a stale run lock, and
// the ledger's events counted.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../helpers/repo.ts";

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliProcessOptions {
  /** Gets the process as it starts (to kill it). */
  onStart?: (child: ChildProcess) => void;
  /** Variables besides PATH, HOME and CI: the secrets the configuration names. */
  env?: Record<string, string>;
}

/** `node src/cli.ts ARGS` in `cwd`, with the small environment of a CI shell. */
export function cliProcess(args: string[], cwd: string, options: CliProcessOptions = {}): Promise<Exit> {
  const child = spawn(process.execPath, [join(ROOT, "src/cli.ts"), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", CI: "true", ...options.env },
  });
  options.onStart?.(child);
  return collect(child);
}

function collect(child: ChildProcess): Promise<Exit> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  return new Promise((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/**
 * `count` processes that each take the run lock of `repoDir` at the same moment (lock-contender.ts)
 * and hold it `holdMs`. Returns their outputs.
 */
export async function contend(repoDir: string, count: number, holdMs = 200): Promise<string[]> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, [join(ROOT, "test/faults/lock-contender.ts"), repoDir, String(holdMs)]),
  );
  const exits = children.map(collect);
  // Each says "ready" once its forge is open; then all are told to go at once.
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve, reject) => {
          let seen = "";
          c.stdout?.on("data", (d) => {
            seen += d;
            if (seen.includes("ready")) resolve();
          });
          c.on("close", () => reject(new Error(`a contender ended before it was ready: ${seen}`)));
        }),
    ),
  );
  for (const c of children) c.stdin?.write("go\n");
  return (await Promise.all(exits)).map((e) => `${e.stdout}${e.stderr}`.replace("ready\n", "").trim());
}

/** Whether any two "acquired FROM TO" intervals overlap: two holders at once. */
export function overlapping(outputs: string[]): boolean {
  const held = outputs
    .map((o) => /^acquired (\d+) (\d+)$/m.exec(o))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [Number(m[1]), Number(m[2])] as const)
    .sort((a, b) => a[0] - b[0]);
  let until = 0;
  for (const [from, to] of held) {
    if (from < until) return true;
    until = Math.max(until, to);
  }
  return false;
}

/** A copy of a prepared repository, .git and all. */
export function copyRepo(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), "loopcast-fault-"));
  cpSync(template, dir, { recursive: true });
  return dir;
}

/** A pid that was alive a moment ago and is not now. */
const DEAD = spawnSync(process.execPath, ["-e", ""]).pid as number;

/** The run lock a killed run of an older Loopcast leaves: a dead pid. */
export function staleLock(dir: string): void {
  mkdirSync(join(dir, ".git/loopcast"), { recursive: true });
  writeFileSync(join(dir, ".git/loopcast/run.lock"), String(DEAD));
}

/** Every ledger event type per cycle, counted. */
export function eventCounts(dir: string): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".jsonl")) {
        const byType = new Map<string, number>();
        for (const line of readFileSync(path, "utf8").split("\n").filter(Boolean)) {
          const type = (JSON.parse(line) as { type: string }).type;
          byType.set(type, (byType.get(type) ?? 0) + 1);
        }
        counts.set(entry.name.replace(/\.jsonl$/, ""), byType);
      }
    }
  };
  walk(join(dir, "marketing/ledger"));
  return counts;
}

/**
 * Cycles proposed or published more than once. (A `publishing` intent may repeat: a publish whose outcome
 * a killed run did not record is retried, on the channels that take an idempotency key.)
 */
export function duplicates(dir: string): string[] {
  const out: string[] = [];
  for (const [cycle, byType] of eventCounts(dir))
    for (const type of ["proposed", "published"])
      if ((byType.get(type) ?? 0) > 1) out.push(`${cycle}: ${type} ×${byType.get(type)}`);
  return out;
}
