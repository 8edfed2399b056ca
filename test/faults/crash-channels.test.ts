// The crash loop of issue 14's proof, with every channel kind: a publishing run with three items due on
// each channel (blog, e-mail over SMTP, Mastodon, webhook, Instagram with its images fetched from a media
// server, Mailchimp — on local stand-ins — and Bluesky, on a real local PDS) is killed with SIGKILL or
// SIGTERM after a random delay, at the n-th state write, or the moment a stand-in receives its n-th call
// (before it answers: the window where an item went out and the run never heard). Then a normal run at the
// same time, and the count — by delivery, not by the ledger:
// - duplicates: an item that reached its audience twice (e-mails accepted, statuses held, Bluesky posts
//   created, Instagram media published, Mailchimp campaigns sent or scheduled, posts in the site folder,
//   webhook deliveries with distinct idempotency keys; raw webhook deliveries, replays of a key included,
//   are printed: README's "How a run works" tells a receiver to drop a key it has seen, and promises that a
//   repeated delivery never comes under a second key);
// - stranded: an item in doubt (last event `publishing`, or a failure with an unknown outcome) that no open
//   exception names, so no person is asked to settle it;
// - blocked: the normal run refused to start, or left a dirty tree or a lock file;
// - lost / unrecorded: an item neither in doubt nor delivered, or delivered and not recorded as published;
// - leaks: a credential from the runs' environment in what the killed run or the next one printed (the CLI
//   redacts its own lines; this catches what bypasses it, such as a library's or a crash's output).
import { existsSync, rmSync, watch } from "node:fs";
import { join } from "node:path";
import { simpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loopcast } from "../helpers/cli.ts";
import { AT, type ChannelWorld, channelType, createChannelWorld } from "./channel-world.ts";
import { countDeliveries, recorded } from "./deliveries.ts";
import { cliProcess, copyRepo } from "./harness.ts";

const TRIALS = Number(process.env.LOOPCAST_FAULT_TRIALS ?? 30);
/** What a run writes: state under marketing/, and the blog's posts and feeds. */
const WRITES = /^(marketing\/(ledger|reports|exceptions|decisions|metrics|autonomy)|site)\//;
const MODES = ["delay", "state write", "channel call"] as const;

describe("a publishing run on every channel kind, killed at a random point", () => {
  let world: ChannelWorld;
  /** A whole run as a process: its time, state writes and stand-in calls, the ranges the kills fall in. */
  const whole = { ms: 0, writes: 0, calls: 0 };
  beforeAll(async () => {
    world = await createChannelWorld();
    const dir = copyRepo(world.template);
    const stop = watchWrites(dir, () => whole.writes++);
    world.onCall = () => whole.calls++;
    const started = Date.now();
    const run = await cliProcess(["run", "--at", AT], dir, { env: world.env });
    whole.ms = Date.now() - started;
    stop();
    world.onCall = undefined;
    expect(run.code, run.stderr).toBe(0);
    // Undisturbed, every item goes out once: the counting sees each delivery.
    const { byCycle, unattributed } = countDeliveries(world, dir);
    expect([...byCycle.values()].map((d) => d.count)).toEqual([...world.due.keys()].map(() => 1));
    expect(unattributed).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);
  afterAll(async () => {
    await world?.close();
    if (world) rmSync(world.template, { recursive: true, force: true });
  });

  it(`${TRIALS} trials, SIGKILL and SIGTERM: nothing delivered twice, nothing stranded, no run blocked`, async () => {
    const tally = {
      killedMidRun: 0,
      recovered: 0,
      inDoubtWithException: 0,
      webhookReplays: 0,
      duplicates: 0,
      stranded: 0,
      blocked: 0,
      lost: 0,
      unrecorded: 0,
      leaks: 0,
    };
    // The credentials the runs get: none may appear in what a run prints, however it was stopped.
    const secrets = Object.entries(world.env)
      .filter(([name]) => /TOKEN|PASSWORD|SECRET|API_KEY/.test(name))
      .map(([, value]) => value);
    for (let trial = 0; trial < TRIALS; trial++) {
      await world.reset();
      const dir = copyRepo(world.template);
      const mode = MODES[trial % MODES.length] as (typeof MODES)[number];
      const signal = Math.floor(trial / MODES.length) % 2 === 0 ? "SIGKILL" : "SIGTERM";
      const delay = Math.random() * whole.ms;
      const nth = 1 + Math.floor(Math.random() * (mode === "state write" ? whole.writes : whole.calls));
      const when = mode === "delay" ? `after ${Math.round(delay)} ms` : `at ${mode} ${nth}`;
      const what = `trial ${trial} (${signal} ${when})`;
      let stop = () => {};
      const killed = await cliProcess(["run", "--at", AT], dir, {
        env: world.env,
        onStart: (child) => {
          let seen = 0;
          const kill = () => {
            if (++seen === nth) child.kill(signal);
          };
          if (mode === "delay") {
            const timer = setTimeout(() => child.kill(signal), delay);
            stop = () => clearTimeout(timer);
          } else if (mode === "state write") stop = watchWrites(dir, kill);
          else world.onCall = kill;
        },
      });
      stop();
      world.onCall = undefined;
      if (killed.signal !== null || killed.code === 143) tally.killedMidRun++;
      else if (killed.code !== 0)
        console.log(`${what}: the run ended before the kill, exit ${killed.code}\n${killed.stderr}`);

      const next = await loopcast(["run", "--at", AT], { cwd: dir, env: world.env });
      const problems: string[] = [];
      if (next.stderr.includes("finished what an interrupted run")) tally.recovered++;
      // Refused before doing anything (a run whose items failed exits 1 too, but is not blocked).
      const refused = next.code !== 0 && /^loopcast: (?!the run is done)/m.test(next.stderr);
      const status = await simpleGit({ baseDir: dir }).raw(["status", "--porcelain"]);
      const locks = [".git/index.lock", ".git/loopcast/run.lock"].filter((p) => existsSync(join(dir, p)));
      if (refused || status || locks.length) {
        tally.blocked++;
        problems.push(`blocked: ${refused ? next.stderr : ""}${status}${locks.join(", ")}`);
      }

      const printed = `${killed.stdout}${killed.stderr}${next.stdout}${next.stderr}`;
      if (secrets.some((secret) => printed.includes(secret))) {
        tally.leaks++;
        problems.push("a credential from the environment appears in a run's output");
      }

      const { byCycle, unattributed } = countDeliveries(world, dir);
      const records = recorded(dir, world.due.keys());
      if (unattributed.length) problems.push(`arrived for no due item: ${unattributed.join("; ")}`);
      for (const [cycle, channel] of world.due) {
        const d = byCycle.get(cycle) ?? { count: 0 };
        const r = records.get(cycle) ?? { last: "none", exception: false };
        const inDoubt = r.last === "publishing" || r.last === "publish-failed (unknown)";
        const on = `${cycle} (${channelType(channel)}): ${d.count} delivered, last ${r.last}${r.exception ? ", exception open" : ""}`;
        tally.webhookReplays += (d.raw ?? d.count) - d.count;
        if (d.count > 1) {
          tally.duplicates++;
          problems.push(
            `duplicate ${on}${d.raw ? `, ${d.raw} raw` : ""}${d.keys ? `, ${d.keys} Message-ID(s)` : ""}`,
          );
        }
        if (inDoubt && r.exception) tally.inDoubtWithException++;
        else if (inDoubt) {
          tally.stranded++;
          problems.push(`stranded ${on}`);
        } else if (d.count === 0) {
          tally.lost++;
          problems.push(`lost ${on}`);
        } else if (r.last !== "published") {
          tally.unrecorded++;
          problems.push(`unrecorded ${on}`);
        }
      }
      if (problems.length)
        console.log(`${what}: ${dir}\n  ${problems.join("\n  ")}\n${next.stdout}${next.stderr}`);
      else rmSync(dir, { recursive: true, force: true });
    }
    console.log(
      `crash-channels: ${TRIALS} trials, ${world.due.size} items due on ${new Set(world.due.values()).size} channels (a whole run takes ${whole.ms} ms, ${whole.writes} state writes, ${whole.calls} stand-in calls): ${JSON.stringify(tally)}`,
    );
    expect(tally).toMatchObject({
      duplicates: 0,
      stranded: 0,
      blocked: 0,
      lost: 0,
      unrecorded: 0,
      leaks: 0,
    });
  });
});

/** Calls `onWrite` at each change to a file a run writes in `dir`; returns the function that stops it. */
function watchWrites(dir: string, onWrite: () => void): () => void {
  const watcher = watch(dir, { recursive: true }, (_, file) => {
    if (file && WRITES.test(file)) onWrite();
  });
  return () => watcher.close();
}
