// Buffered values of one item, kept as parallel arrays rather than one object per value: a large ingest
// holds a hundred thousand of them, and objects would cost several times the memory and the GC time.
// The JSON form (one flat array) is what spills to disk.

export class Batch {
  readonly seq: number[] = [];
  readonly src: number[] = [];
  readonly date: Array<string | undefined> = [];
  readonly metric: string[] = [];
  readonly value: number[] = [];
  readonly currency: Array<string | undefined> = [];
  readonly line: number[] = [];

  get length(): number {
    return this.seq.length;
  }

  push(
    seq: number,
    src: number,
    date: string | undefined,
    metric: string,
    value: number,
    currency: string | undefined,
    line: number,
  ): void {
    this.seq.push(seq);
    this.src.push(src);
    this.date.push(date);
    this.metric.push(metric);
    this.value.push(value);
    this.currency.push(currency);
    this.line.push(line);
  }

  /** The values as one flat JSON array (7 fields per value): JSON.parse reads it back fastest. */
  toJson(): string {
    const flat: unknown[] = [];
    for (let i = 0; i < this.seq.length; i++) {
      flat.push(
        this.seq[i],
        this.src[i],
        this.date[i] ?? null,
        this.metric[i],
        this.value[i],
        this.currency[i] ?? null,
        this.line[i],
      );
    }
    return JSON.stringify(flat);
  }

  /** Appends the values of a `toJson` text. */
  addJson(text: string): void {
    const flat = JSON.parse(text) as Array<number | string | null>;
    if (!Array.isArray(flat) || flat.length % 7 !== 0) throw new Error("corrupt spill segment");
    for (let i = 0; i < flat.length; i += 7) {
      this.push(
        flat[i] as number,
        flat[i + 1] as number,
        (flat[i + 2] as string | null) ?? undefined,
        flat[i + 3] as string,
        flat[i + 4] as number,
        (flat[i + 5] as string | null) ?? undefined,
        flat[i + 6] as number,
      );
    }
  }
}
