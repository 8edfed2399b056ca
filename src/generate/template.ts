// The embedded default generator: deterministic items about the business in the configuration, built
// from its pillars and the workflow's templates (compose.ts), seeded by the cycle id, written the way a
// person's edits of earlier items showed (lessons.ts), and always within the channel's length limit.
import { GenerateError } from "../errors.ts";
import { chooseBrief } from "./brief.ts";
import { compose } from "./compose.ts";
import { learnLessons, textsWith, titleWith } from "./lessons.ts";
import { fitLayout } from "./render.ts";
import type { Draft, GenerateRequest, Generator } from "./types.ts";

export class TemplateGenerator implements Generator {
  readonly id = "template";

  async generate(req: GenerateRequest): Promise<Draft> {
    // The same brief (pillar, point, variants, arms) the OpenAI generator draws; a retry draws another
    // (its seed includes the attempt) and applies the fixes it was given.
    const brief = chooseBrief(req);
    const lessons = learnLessons(req, this.id);
    const { title, pieces } = compose(req, brief);
    const texts = textsWith(pieces, lessons).map((t) => applyFixes(t, req.feedback));
    const fitted = fitLayout(pieces, texts, req.disclosures, req.maxLength);
    if (!("body" in fitted)) {
      throw new GenerateError(
        `${req.cycle}: even the shortest ${req.workflow.format} (${fitted.shortest} characters) is longer than channel "${req.channel.id}" allows (${req.maxLength}); raise maxLength or shorten the templates and disclosures`,
      );
    }
    return {
      title: applyFixes(titleWith(title, lessons), req.feedback),
      summary: applyFixes(brief.point.trim().replace(/[.]+$/, ""), req.feedback),
      body: fitted.body,
      arms: brief.arms,
      tokens: 0,
    };
  }
}

/** Replaces words a finding names with the replacement it suggests (banned terms, brand capitalisation). */
function applyFixes(text: string, feedback: GenerateRequest["feedback"]): string {
  let out = text;
  for (const f of feedback ?? []) {
    const replacement = f.expected?.[0];
    if (f.actual && replacement !== undefined) out = out.split(f.actual).join(replacement);
  }
  return out;
}
