// The progress line on stderr: a bar redrawn in place on a terminal; elsewhere (CI logs) a plain line
// every tenth of the journey, so a log is not flooded with carriage returns.
export interface ProgressState {
  day: number;
  days: number;
  published: number;
  open: number;
  /** The latest change on the ladder, if any. */
  news?: string;
}

export function renderBar(s: ProgressState, width = 24): string {
  const done = Math.round((Math.min(s.day, s.days) / s.days) * width);
  const bar = `${"█".repeat(done)}${"░".repeat(width - done)}`;
  const pad = String(s.days).length;
  return `${bar} day ${String(s.day).padStart(pad)}/${s.days} · ${s.published} published · ${s.open} proposal(s) open${s.news ? ` · ${s.news}` : ""}`;
}

export function progress(stream: NodeJS.WriteStream = process.stderr): {
  update(s: ProgressState): void;
  done(): void;
} {
  const tty = stream.isTTY === true;
  let lastStep = -1;
  let drawn = false;
  return {
    update(s) {
      if (tty) {
        const line = renderBar(s).slice(0, Math.max(20, (stream.columns ?? 100) - 1));
        stream.write(`\r\x1b[2K${line}`);
        drawn = true;
        return;
      }
      const step = Math.floor((s.day / s.days) * 10);
      if (step !== lastStep) {
        lastStep = step;
        stream.write(`${renderBar(s)}\n`);
      }
    },
    done() {
      if (tty && drawn) stream.write("\n");
    },
  };
}
