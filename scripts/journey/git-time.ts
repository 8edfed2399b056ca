// How much of the journey's wall time a git process was running: every execFile and spawn of `git` is
// timed, overlapping processes counted once. Wraps node:child_process for this process only (and
// re-syncs the ES module bindings, so modules that imported execFile by name see the wrapper too).
import type { ChildProcess } from "node:child_process";
import { createRequire, syncBuiltinESMExports } from "node:module";

export interface GitClock {
  /** Milliseconds during which at least one git process ran. */
  busyMs(): number;
  processes(): number;
}

export function timeGit(): GitClock {
  const cp = createRequire(import.meta.url)("node:child_process") as typeof import("node:child_process");
  let active = 0;
  let since = 0;
  let busy = 0;
  let count = 0;
  const started = () => {
    if (active++ === 0) since = performance.now();
    count++;
  };
  const ended = () => {
    if (--active === 0) busy += performance.now() - since;
  };
  const watch = (child: ChildProcess) => {
    started();
    let done = false;
    const end = () => {
      if (!done) {
        done = true;
        ended();
      }
    };
    child.once("close", end);
    child.once("error", end);
    return child;
  };
  const { execFile, spawn } = cp;
  cp.execFile = ((file: string, ...rest: unknown[]) => {
    const child = (execFile as (...a: unknown[]) => ChildProcess)(file, ...rest);
    return file === "git" ? watch(child) : child;
  }) as typeof cp.execFile;
  cp.spawn = ((command: string, ...rest: unknown[]) => {
    const child = (spawn as (...a: unknown[]) => ChildProcess)(command, ...rest);
    return command === "git" ? watch(child) : child;
  }) as typeof cp.spawn;
  syncBuiltinESMExports();
  return {
    busyMs: () => busy + (active > 0 ? performance.now() - since : 0),
    processes: () => count,
  };
}
