// index.html: one self-contained page (inline CSS and SVG, no script, nothing fetched — a Content
// Security Policy says so), readable offline, on GitHub Pages and on a phone.
import { fmtTime } from "./format.ts";
import { esc } from "./html-escape.ts";
import {
  budgetHtml,
  decisionsHtml,
  exceptionsHtml,
  ladderHtml,
  outputHtml,
  perfHtml,
  reviewHtml,
  summaryCards,
} from "./html-sections.ts";
import { Linker } from "./md.ts";
import type { Views } from "./model.ts";
import type { ReportData } from "./types.ts";

const CSS = `
:root{color-scheme:light dark;--fg:#1d2330;--muted:#5b6475;--bg:#fff;--panel:#f5f7fa;--line:#d9dee7;--accent:#2f6fde;--ok:#1f8a4c;--warn:#b7791f;--bad:#c53030}
@media (prefers-color-scheme:dark){:root{--fg:#e6e9ef;--muted:#9aa3b2;--bg:#12151b;--panel:#1b2029;--line:#2e3542;--accent:#6ea1ff;--ok:#48bb78;--warn:#ecc94b;--bad:#fc8181}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}
header{padding-top:20px}
h1{font-size:1.5rem;margin:0 0 4px}
h2{font-size:1.2rem;margin:28px 0 10px;padding-top:10px;border-top:1px solid var(--line)}
h3{font-size:1rem;margin:16px 0 6px}
.asof,.legend,small,.empty{color:var(--muted)}
nav{display:flex;flex-wrap:wrap;gap:6px 14px;margin:10px 0}
a{color:var(--accent)}
.banner{background:var(--warn);color:#000;padding:8px 12px;border-radius:6px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:10px;margin:14px 0}
.card{background:var(--panel);border-radius:8px;padding:10px 12px}
.card b{display:block;font-size:1.5rem}
.card.warn b{color:var(--warn)}.card.bad b{color:var(--bad)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
.chart{margin:8px 0;background:var(--panel);border-radius:8px;padding:8px}
.chart figcaption{font-weight:600;font-size:.9rem}
.chart svg{display:block;width:100%;max-width:680px;height:auto}
.legend{margin:2px 0 0;font-size:.8rem}
.key{display:inline-block;width:12px;height:10px;margin:0 4px 0 8px;vertical-align:middle}
.key-bar{background:var(--accent)}.key-line{border-top:3px solid var(--ok)}.key-threshold{border-top:2px dashed var(--bad)}
.bar{fill:var(--accent)}.line{fill:none;stroke:var(--ok);stroke-width:2.5}.pt{fill:var(--ok)}
.threshold{stroke:var(--bad);stroke-width:1.5;stroke-dasharray:5 4}
.gl{stroke:var(--line);stroke-width:1}
.axis{fill:var(--muted);font-size:15px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;white-space:nowrap}
table.log td:first-child{white-space:nowrap}
img.thumb{width:48px;height:48px;object-fit:cover;border-radius:4px;vertical-align:middle}
code{font-size:.85em;word-break:break-all}
.ok{color:var(--ok)}.bad{color:var(--bad)}
.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:var(--warn)}
.st-published{color:var(--ok)}.st-failed,.st-blocked{color:var(--bad)}.st-skipped{color:var(--warn)}
.verdict{font-weight:600}.v-expand{color:var(--ok)}.v-tighten{color:var(--bad)}.v-hold{color:var(--warn)}
.meter{display:grid;grid-template-columns:minmax(110px,1fr) 2fr minmax(120px,auto);gap:8px;align-items:center;margin:6px 0;font-size:.9rem}
.track{display:inline-block;position:relative;height:10px;background:var(--line);border-radius:5px;overflow:hidden;width:100%}
.track.small{width:80px;vertical-align:middle}
.fill{position:absolute;left:0;top:0;bottom:0;background:var(--accent)}.fill.ok{background:var(--ok)}.fill.warn{background:var(--warn)}.fill.bad{background:var(--bad)}
footer{padding:24px 16px 40px;color:var(--muted);font-size:.85rem}
@media (max-width:600px){body{font-size:14px}h1{font-size:1.25rem}.meter{grid-template-columns:1fr;gap:2px}
table.stack thead{display:none}table.stack tr{display:block;border-bottom:1px solid var(--line);padding:6px 0}
table.stack td{display:grid;grid-template-columns:7.5em 1fr;gap:8px;border:0;padding:3px 0}
table.stack td::before{content:attr(data-label);color:var(--muted);font-size:.85em}
table.log td:first-child{white-space:normal}.grid{grid-template-columns:1fr}}
`.trim();

const SECTIONS: Array<[string, string]> = [
  ["output", "Output log"],
  ["performance", "Performance delta"],
  ["decisions", "Decision log"],
  ["exceptions", "Exception queue"],
  ["budget", "Budget tracker"],
  ["ladder", "Autonomy ladder"],
  ["review", "30-day review"],
];

// The page runs nothing and fetches nothing from elsewhere: images are inline data or, for the items'
// thumbnails, files of the repository itself ('self': marketing/media/, linked relative to the report).
function page(title: string, header: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>${header}</header>
<main>${body}</main>
<footer>Generated by Loopcast from the repository state (<code>loopcast report</code>); every run rewrites this page. The same state gives the same page.</footer>
</body>
</html>
`;
}

const nav = () => `<nav>${SECTIONS.map(([id, label]) => `<a href="#${id}">${label}</a>`).join("")}</nav>`;

export function renderHtml(data: ReportData, v: Views | undefined): string {
  const business = data.config.strategy.business.name;
  const title = `${business} marketing dashboard`;
  const L = new Linker(`${data.configRel}/reports`);
  if (!v) {
    const empty = (text: string) => `<p class="empty">${text}</p>`;
    const body = SECTIONS.map(
      ([id, label]) =>
        `<section id="${id}"><h2>${label}</h2>${empty(
          {
            output: "No items yet. Every item appears here once <code>loopcast run</code> proposes it.",
            performance:
              "No metrics yet — drop an export in <code>marketing/metrics/inbox/</code> or see README › Metrics.",
            decisions:
              "No decisions yet: this log lists the files in <code>marketing/decisions/</code>, each one change of course for a workflow with the signal behind it. Runs write them when a workflow's course changes or a drop is detected; a person may add others.",
            exceptions: "No exceptions. Items flagged for a person wait here.",
            budget: "Nothing reserved or spent yet; spend is tracked against each cap from the first run.",
            ladder: `${data.config.workflows.length} workflow(s), none with a track record yet.`,
            review:
              "Once a workflow runs at L4 or L5, its last 30 days are compared with its approval-mode baseline.",
          }[id] ?? "",
        )}</section>`,
    ).join("");
    return page(
      title,
      `<h1>${esc(title)}</h1><p class="asof">Nothing has run yet. Run <code>loopcast plan</code> to see what is due, then <code>loopcast run</code>.</p>${nav()}`,
      body,
    );
  }
  const header = `<h1>${esc(title)}</h1><p class="asof">As of ${esc(fmtTime(v.scope.asOf, v.tz))} (${esc(v.tz)}) · week ${esc(v.scope.week)} · <a href="${L.href(`${data.configRel}/reports/dashboard.md`)}">dashboard.md</a></p>${
    v.paused
      ? '<p class="banner"><b>Paused.</b> The kill switch stops generation and publishing; measuring and reporting go on.</p>'
      : ""
  }${nav()}`;
  const sections: Record<string, string> = {
    output: outputHtml(v, L),
    performance: perfHtml(v),
    decisions: decisionsHtml(v, L),
    exceptions: exceptionsHtml(v, L, data.configRel),
    budget: budgetHtml(v),
    ladder: ladderHtml(v),
    review: reviewHtml(v),
  };
  const body = `${summaryCards(v)}${SECTIONS.map(([id, label]) => `<section id="${id}"><h2>${label}</h2>${sections[id]}</section>`).join("")}`;
  return page(title, header, body);
}
