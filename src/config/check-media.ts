// A workflow's media pool (workflow.schema.json `media`): every photo the drafts may carry is checked once
// by `validate`, against the kind of the workflow's channel, so a wrong file is found when it is added, not
// on the morning its turn comes. The same limits and alt-text rules as the item check (kit/media.ts,
// voice/alt-text.ts); an item's own images are checked again when it is proposed and published.
import { join } from "node:path";
import { CHANNEL_KINDS, type MediaLimits } from "../channels/catalogue.ts";
import { checkMediaSync } from "../channels/kit/media.ts";
import type { Problem } from "../errors.ts";
import { altTextFindings } from "../voice/alt-text.ts";
import { type Config, channelById } from "./types.ts";

export function checkMediaPools(config: Config): Problem[] {
  const problems: Problem[] = [];
  const files = [...config.sources.keys()].filter((k) => k.startsWith("workflows/"));
  config.workflows.forEach((w, i) => {
    const channel = channelById(config, w.channel);
    // An unknown channel is check-references' problem.
    if (!channel) return;
    const source = config.sources.get(files[i] ?? "");
    const file = source?.file ?? `workflows/${w.id}.yaml`;
    const at = (path: Array<string | number>) => source?.position(path) ?? { line: 1, column: 1 };
    const limits: MediaLimits = CHANNEL_KINDS[channel.type].media;
    const kindName = `the ${channel.type} channel "${channel.id}"`;
    const pool = w.media?.pool ?? [];
    const perItem = w.media ? (w.media.perItem ?? 1) : 0;
    const min = limits.minCount ?? 0;
    if (perItem < min)
      problems.push({
        file,
        ...at(w.media ? ["media", "perItem"] : ["channel"]),
        message: `${kindName} needs at least ${min} image(s) per item, and "${w.id}" attaches ${perItem}`,
        hint: w.media
          ? `set media.perItem to ${min} or more`
          : `add photos under media.pool (docs/media.md), e.g.\nmedia:\n  pool:\n    - file: croissants.jpg\n      alt: Three croissants cooling on a wooden board`,
      });
    if (perItem > limits.maxCount)
      problems.push({
        file,
        ...at(["media", "perItem"]),
        message: `media.perItem is ${perItem}, and ${kindName} takes at most ${limits.maxCount} image(s) per item`,
        hint: `set media.perItem to ${limits.maxCount} or fewer`,
      });
    if (perItem > pool.length && pool.length > 0)
      problems.push({
        file,
        ...at(["media", "perItem"]),
        message: `media.perItem is ${perItem}, but the pool holds ${pool.length} photo(s)`,
        hint: `add photos to media.pool or lower media.perItem to ${pool.length}`,
      });
    pool.forEach((image, j) => {
      const wrong = checkMediaSync(join(config.dir, "media"), image, limits, kindName);
      if (wrong)
        problems.push({
          file,
          ...at(["media", "pool", j, "file"]),
          message: wrong,
          hint: "fix or replace the file in marketing/media/, or remove this entry from the pool",
        });
      for (const f of altTextFindings({
        media: [image],
        position: () => at(["media", "pool", j, "alt"]),
        ...(config.guardrails.voice ? { rules: config.guardrails.voice } : {}),
      })) {
        if (f.severity !== "error") continue;
        problems.push({
          file,
          line: f.line,
          column: f.column,
          message: f.message.replace("media[0]", `media.pool[${j}]`),
          hint: "every item drafted with this photo would be refused: rewrite the alt text",
        });
      }
    });
  });
  return problems;
}
