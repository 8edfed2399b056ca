// The fake GitHubs started in this process, so that a vitest setup file (test/setup/fake-github-contract.ts)
// can fail every test whose fakes recorded a violation, whether or not the test remembered to call
// `fake.assertNoViolations()`. Off until that file calls watchFakes(): a script that starts fakes (the
// benchmarks) keeps nothing. The registry lives on globalThis, so a second copy of this module (another
// import path, a bundle) still reports to the same place. Types only: the setup file loads nothing heavy.
import type { Violation } from "./types.ts";

/** What the watcher reads of a fake: where it listens and what it recorded. */
export interface WatchedFake {
  readonly apiUrl: string;
  readonly violations: readonly Violation[];
}

interface Entry {
  fake: WatchedFake;
  closed: boolean;
}

interface Registry {
  entries: Set<Entry>;
  /** Violations already reported (and so already failed a test): each is reported once. */
  reported: WeakSet<Violation>;
}

const KEY = Symbol.for("loopcast.fake-github.live");
type Holder = { [KEY]?: Registry };

/** Starts recording every fake started from now on (idempotent). */
export function watchFakes(): void {
  (globalThis as Holder)[KEY] ??= { entries: new Set(), reported: new WeakSet() };
}

/** Called by startFakeGitHub; `closed()` is called by the fake's close(). A no-op unless watched. */
export function registerFake(fake: WatchedFake): { closed(): void } {
  const registry = (globalThis as Holder)[KEY];
  if (!registry) return { closed() {} };
  const entry: Entry = { fake, closed: false };
  registry.entries.add(entry);
  return {
    closed() {
      entry.closed = true;
    },
  };
}

export interface UnreportedViolations {
  apiUrl: string;
  violations: Violation[];
}

/**
 * The violations recorded since the last call by every fake started since watchFakes() (those a test
 * took with `fake.takeViolations()` are gone from the fake, so not reported). Forgets the fakes that have
 * been closed since: they cannot record any more.
 */
export function takeUnreportedViolations(): UnreportedViolations[] {
  const registry = (globalThis as Holder)[KEY];
  if (!registry) return [];
  const out: UnreportedViolations[] = [];
  for (const entry of registry.entries) {
    const fresh = entry.fake.violations.filter((v) => !registry.reported.has(v));
    for (const v of fresh) registry.reported.add(v);
    if (fresh.length > 0) out.push({ apiUrl: entry.fake.apiUrl, violations: fresh });
    if (entry.closed) registry.entries.delete(entry);
  }
  return out;
}

/** One line per violation, as `fake.assertNoViolations()` words them. */
export function describeViolations(found: readonly UnreportedViolations[]): string {
  const lines = found.flatMap(({ apiUrl, violations }) =>
    violations.map(
      (v) =>
        `${apiUrl}: ${v.kind} ${v.method} ${v.path}${v.operationId ? ` [${v.operationId}]` : ""}: ${v.message}`,
    ),
  );
  return `fake-github: ${lines.length} violation(s) of GitHub's published description or schema:\n  ${lines.join("\n  ")}`;
}
