// A tiny SVG chart renderer for index.html: bars and lines over labelled columns, drawn as static markup
// (no script, no library, nothing fetched), scaled by its viewBox so it fits a phone and a desktop alike.
import { esc } from "./html-escape.ts";
import { niceMax } from "./mermaid.ts";

export interface ChartLine {
  label: string;
  values: Array<number | undefined>;
  dashed?: boolean;
}

export interface ChartSpec {
  /** data-chart attribute: which chart this is (tests look for it). */
  id: string;
  title: string;
  labels: string[];
  bars?: { label: string; values: Array<number | undefined> };
  lines?: ChartLine[];
  format: (n: number) => string;
}

const W = 520;
const H = 230;
const PAD = { left: 60, right: 10, top: 14, bottom: 40 };

const n2 = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** The chart as a <figure>, or "" when it has nothing to show (the caller says why instead). */
export function svgChart(spec: ChartSpec): string {
  const barValues = spec.bars?.values ?? [];
  const all = [...barValues, ...(spec.lines ?? []).flatMap((l) => l.values)].filter(
    (v): v is number => v !== undefined && Number.isFinite(v),
  );
  const hasBar = barValues.some((v) => v !== undefined && v > 0);
  const hasPoint = (spec.lines ?? []).some((l) => !l.dashed && l.values.some((v) => v !== undefined));
  if (!spec.labels.length || (!hasBar && !hasPoint)) return "";
  const top = niceMax(Math.max(0, ...all));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const n = spec.labels.length;
  const step = plotW / n;
  const x = (i: number) => PAD.left + step * i + step / 2;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const parts: string[] = [];
  // Grid and y labels: 0, half, top.
  for (const f of [0, 0.5, 1]) {
    const gy = y(top * f);
    parts.push(
      `<line class="gl" x1="${PAD.left}" x2="${W - PAD.right}" y1="${n2(gy)}" y2="${n2(gy)}"/>`,
      `<text class="axis" x="${PAD.left - 6}" y="${n2(gy + 4)}" text-anchor="end">${esc(spec.format(top * f))}</text>`,
    );
  }
  // Every label when they fit, else every k-th, so a year of weeks stays readable on a phone.
  const every = Math.max(1, Math.ceil(n / 8));
  spec.labels.forEach((label, i) => {
    if (i % every !== 0 && i !== n - 1) return;
    parts.push(
      `<text class="axis" x="${n2(x(i))}" y="${H - PAD.bottom + 20}" text-anchor="middle">${esc(label.length > 12 ? `${label.slice(0, 11)}…` : label)}</text>`,
    );
  });
  if (spec.bars) {
    const bw = Math.min(48, Math.max(2, step * 0.6));
    spec.bars.values.forEach((v, i) => {
      if (v === undefined) return;
      const by = y(v);
      parts.push(
        `<rect class="bar" x="${n2(x(i) - bw / 2)}" y="${n2(by)}" width="${n2(bw)}" height="${n2(PAD.top + plotH - by)}"><title>${esc(`${spec.labels[i]}: ${spec.format(v)}`)}</title></rect>`,
      );
    });
  }
  for (const line of spec.lines ?? []) {
    const pts = line.values.map((v, i) => (v === undefined ? undefined : ([x(i), y(v)] as const)));
    const d = pts
      .map((p, i) => (p ? `${i === 0 || !pts[i - 1] ? "M" : "L"}${n2(p[0])} ${n2(p[1])}` : ""))
      .join("");
    if (line.dashed) {
      // A threshold runs across the whole plot, not from the first to the last column's centre.
      const v = line.values.find((x) => x !== undefined);
      if (v !== undefined)
        parts.push(
          `<line class="threshold" x1="${PAD.left}" x2="${W - PAD.right}" y1="${n2(y(v))}" y2="${n2(y(v))}"><title>${esc(`${line.label}: ${spec.format(v)}`)}</title></line>`,
        );
      continue;
    }
    if (d) parts.push(`<path class="line" d="${d}"/>`);
    pts.forEach((p, i) => {
      if (!p) return;
      parts.push(
        `<circle class="pt" cx="${n2(p[0])}" cy="${n2(p[1])}" r="3.5"><title>${esc(`${spec.labels[i]}: ${spec.format(line.values[i] as number)}`)}</title></circle>`,
      );
    });
  }
  const legend = [
    ...(spec.bars ? [`<span class="key key-bar"></span>${esc(spec.bars.label)}`] : []),
    ...(spec.lines ?? []).map(
      (l) => `<span class="key ${l.dashed ? "key-threshold" : "key-line"}"></span>${esc(l.label)}`,
    ),
  ].join(" ");
  return `<figure class="chart"><figcaption>${esc(spec.title)}</figcaption><svg data-chart="${esc(spec.id)}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(spec.title)}" preserveAspectRatio="xMidYMid meet">${parts.join("")}</svg><p class="legend">${legend}</p></figure>`;
}
