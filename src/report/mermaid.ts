// Mermaid charts for the Markdown reports (GitHub renders them in place). Labels come from the
// repository (workflow ids, item titles), so they are reduced to characters Mermaid cannot misread.
import { round } from "./format.ts";

/** A label safe inside Mermaid's double quotes: no quotes, brackets, colons or line breaks. */
export function mermaidText(text: string, max = 40): string {
  const clean = text
    .replace(/["`[\]{}:;#<>\\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean || "-";
}

export interface XySeries {
  kind: "bar" | "line";
  values: number[];
}

/** An xychart-beta block; the y axis starts at 0 so bars are not exaggerated. */
export function xyChart(opts: { title: string; x: string[]; yLabel: string; series: XySeries[] }): string {
  const all = opts.series.flatMap((s) => s.values);
  const top = niceMax(Math.max(0, ...all));
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title "${mermaidText(opts.title, 80)}"`,
    `  x-axis [${opts.x.map((l) => `"${mermaidText(l, 20)}"`).join(", ")}]`,
    `  y-axis "${mermaidText(opts.yLabel)}" 0 --> ${top}`,
    ...opts.series.map((s) => `  ${s.kind} [${s.values.map((v) => String(round(v, 4))).join(", ")}]`),
    "```",
  ];
  return lines.join("\n");
}

/** A pie block; slices with nothing in them are left out (Mermaid draws them as noise). */
export function pieChart(title: string, slices: Array<{ label: string; value: number }>): string {
  return [
    "```mermaid",
    `pie title ${mermaidText(title, 80)}`,
    ...slices.filter((s) => s.value > 0).map((s) => `  "${mermaidText(s.label)}" : ${round(s.value, 2)}`),
    "```",
  ].join("\n");
}

/** A round upper bound for an axis: 1, 2, 5 × 10^n above the largest value. */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const exp = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * exp >= x) return round(m * exp, 6);
  return round(10 * exp, 6);
}
