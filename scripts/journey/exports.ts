// The market's side of the loop: once a published item's measurement window has closed, its numbers
// arrive as a CSV export in marketing/metrics/inbox/ — one file per channel, committed by the analytics
// tool's account as a scheduled export would be — and the next run ingests, matches and judges them.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../../src/config/types.ts";
import { channelById } from "../../src/config/types.ts";
import { cycleId, parseDuration } from "../../src/core/time.ts";
import type { ChannelType } from "../../src/metrics/catalogue.ts";
import { lastOf, readLedgerCycles } from "../../src/state/ledger.ts";
import { type Drop, type MarketItem, measureItem } from "./market.ts";
import { gitEnv } from "./setup.ts";

function git(cwd: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile("git", args, { cwd, env }, (err, _out, stderr) =>
      err ? reject(new Error(`git ${args[0]} failed: ${stderr.trim() || err.message}`)) : resolve(),
    ),
  );
}

export const EXPORTER = { name: "Analytics export", email: "analytics@example.com" };

interface Waiting {
  item: MarketItem;
  channel: string;
  /** The channel's id for the published item (a Mastodon status id). */
  receiptId: string;
  /** When the last benchmark's window for the item closes. */
  due: number;
}

interface MarketOptions {
  repoDir: string;
  seed: string;
  timezone: string;
  drop?: Drop;
  /** Told each item's counts when they are measured: the channel's stand-in shows them from then on. */
  onMeasured?: (m: { receiptId: string; counts: Record<string, number> }) => void;
}

/** Items published and not yet measured, in the order their windows close. */
export class Market {
  private readonly waiting: Waiting[] = [];
  /** Every item measured so far with its counts, for the closing summary. */
  readonly measured: Array<{ item: MarketItem; counts: Record<string, number> }> = [];

  private readonly opts: MarketOptions;

  constructor(opts: MarketOptions) {
    this.opts = opts;
  }

  /** Notes the items a run published: their arms and publish time come from the ledger. */
  async published(config: Config, cycles: readonly string[]): Promise<void> {
    if (!cycles.length) return;
    for (const [cycle, events] of await readLedgerCycles(config.dir, [...cycles])) {
      const proposed = lastOf(events, "proposed");
      const published = lastOf(events, "published");
      const channel = published && channelById(config, published.channel);
      if (!proposed || !published || !channel) continue;
      const windows = config.benchmarks.benchmarks
        .filter((b) => b.workflow === proposed.workflow || b.channel === channel.id)
        .map((b) => parseDuration(b.window));
      const publishedAt = new Date(published.at);
      this.waiting.push({
        item: {
          cycle,
          workflow: proposed.workflow,
          channelType: channel.type as ChannelType,
          slot: new Date(proposed.slot),
          publishedAt,
          arms: proposed.arms,
        },
        channel: channel.id,
        receiptId: published.receipt.id,
        due: publishedAt.getTime() + Math.max(0, ...windows),
      });
    }
  }

  /**
   * Writes and commits the exports of every item whose window has closed by `now`; returns how many
   * items were exported.
   */
  async exportDue(now: Date): Promise<number> {
    const due = this.waiting.filter((w) => w.due <= now.getTime());
    if (!due.length) return 0;
    this.waiting.splice(0, this.waiting.length, ...this.waiting.filter((w) => w.due > now.getTime()));
    const byChannel = new Map<string, Array<{ cycle: string; counts: Record<string, number> }>>();
    for (const w of due) {
      const counts = measureItem(w.item, this.opts);
      this.measured.push({ item: w.item, counts });
      this.opts.onMeasured?.({ receiptId: w.receiptId, counts });
      byChannel.set(w.channel, [...(byChannel.get(w.channel) ?? []), { cycle: w.item.cycle, counts }]);
    }
    const inbox = join(this.opts.repoDir, "marketing/metrics/inbox");
    await mkdir(inbox, { recursive: true });
    const stamp = cycleId("x", now).slice(2);
    const files: string[] = [];
    for (const [channel, rows] of byChannel) {
      const rel = `marketing/metrics/inbox/${channel}-${stamp}.csv`;
      await writeFile(join(this.opts.repoDir, rel), toCsv(rows));
      files.push(rel);
    }
    const env = {
      ...gitEnv(now),
      GIT_AUTHOR_NAME: EXPORTER.name,
      GIT_AUTHOR_EMAIL: EXPORTER.email,
      GIT_COMMITTER_NAME: EXPORTER.name,
      GIT_COMMITTER_EMAIL: EXPORTER.email,
    };
    await git(this.opts.repoDir, ["add", "--", ...files], env);
    const message = `Metrics export: ${due.length} item(s)`;
    await git(this.opts.repoDir, ["commit", "-q", "--no-verify", "-m", message, "--", ...files], env);
    return due.length;
  }
}

/** One row per item: the cycle id, then every count any of the rows has (0 where a row lacks it). */
export function toCsv(rows: ReadonlyArray<{ cycle: string; counts: Record<string, number> }>): string {
  const metrics = [...new Set(rows.flatMap((r) => Object.keys(r.counts)))];
  const lines = [["cycle", ...metrics].join(",")];
  for (const r of rows) lines.push([r.cycle, ...metrics.map((m) => String(r.counts[m] ?? 0))].join(","));
  return `${lines.join("\n")}\n`;
}
