// Required disclosures (guardrails.yaml voice.requiredDisclosures) name channels and workflows by id; an id
// that names nothing would silently ask no item for the text, so `validate` refuses it.
import type { Problem } from "../errors.ts";
import { closest } from "./schemas.ts";
import type { Config } from "./types.ts";

export function checkDisclosures(config: Config): Problem[] {
  const problems: Problem[] = [];
  const source = config.sources.get("guardrails.yaml");
  const known = {
    channel: config.strategy.channels.map((c) => c.id),
    workflow: config.workflows.map((w) => w.id),
  };
  config.guardrails.voice?.requiredDisclosures?.forEach((d, i) => {
    for (const kind of ["channel", "workflow"] as const) {
      d[`${kind}s`]?.forEach((id, j) => {
        if (known[kind].includes(id)) return;
        const path = ["voice", "requiredDisclosures", i, `${kind}s`, j];
        const near = closest(id, known[kind]);
        problems.push({
          file: source?.file ?? "guardrails.yaml",
          ...(source ? source.position(path) : { line: 1, column: 1 }),
          message: `unknown ${kind} "${id}" in the disclosure "${d.text}"`,
          hint: near
            ? `did you mean "${near}"?`
            : `known ${kind}s: ${known[kind].join(", ") || "none"}; ${kind === "workflow" ? "a workflow's id is its file name in workflows/" : "channels are declared in strategy.yaml"}`,
        });
      });
    }
  });
  return problems;
}
