// The words of the configuration become the words of items: a workflow's templates (titles, hooks, calls to
// action), the strategy's business and its pillars and points. Generated text is text (guardrails/markup.ts), so raw HTML, links that
// run code and static-site template tags are refused here, at the file and line a person wrote them, rather
// than in every item the generator builds from them.
import type { Problem } from "../errors.ts";
import { findMarkup } from "../guardrails/markup.ts";
import type { Config } from "./types.ts";

const WHAT = {
  html: "raw HTML",
  link: "a link that runs code",
  template: "a static-site template tag",
} as const;

/** The parts whose words go into items (what the generators read): the business and its pillars, a workflow's templates. */
const FED_BY_STRATEGY = ["business", "pillars"];
const FED_BY_WORKFLOW = ["templates"];

export function checkMarkup(config: Config): Problem[] {
  const problems: Problem[] = [];
  for (const [name, source] of config.sources) {
    const fed =
      name === "strategy.yaml" ? FED_BY_STRATEGY : name.startsWith("workflows/") ? FED_BY_WORKFLOW : [];
    for (const s of source.strings()) {
      if (!fed.includes(String(s.path[0]))) continue;
      const hit = findMarkup(s.value)[0];
      if (!hit) continue;
      problems.push({
        file: source.file,
        line: s.line,
        column: s.column,
        message: `${s.path.join(".")} holds ${WHAT[hit.kind]} (${hit.text}); items are built from it, and generated text is text`,
        hint:
          hit.kind === "template"
            ? "remove the tag: the blog's site generator would run it ({{ … }}, {% … %}); write the words it stood for"
            : hit.kind === "link"
              ? "link to a web page (https://…) or write the text without the link"
              : "write it as text; Markdown emphasis, lists and https links are fine",
      });
    }
  }
  return problems;
}
