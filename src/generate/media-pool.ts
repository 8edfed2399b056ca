// Which photos of a workflow's media pool the next item carries: those the workflow used least recently,
// so a café's croissant photo does not come back every morning. Pure and deterministic: the same pool and
// history give the same choice, whichever generator then writes the text (the choice is made before it).
import type { Workflow } from "../config/types.ts";
import type { ItemMedia } from "../state/item.ts";

/** An item of the workflow and the images it carried (absent: none). */
export interface MediaUse {
  cycle: string;
  media?: readonly ItemMedia[];
}

/**
 * `perItem` photos of the pool (default 1), least recently used first: never used before used, then the
 * one whose latest use is oldest; ties go to the pool's order. `history` is the workflow's items before
 * this one, oldest first (as merged, with a person's edits: a photo they swapped in counts as used).
 */
export function pickMedia(media: Workflow["media"], history: readonly MediaUse[]): ItemMedia[] {
  if (!media) return [];
  const count = Math.min(media.perItem ?? 1, media.pool.length);
  const lastUse = new Map<string, number>();
  history.forEach((item, i) => {
    for (const m of item.media ?? []) lastUse.set(m.file, i);
  });
  return media.pool
    .map((image, order) => ({ image, order, last: lastUse.get(image.file) ?? -1 }))
    .sort((a, b) => a.last - b.last || a.order - b.order)
    .slice(0, count)
    .map(({ image }) => ({ file: image.file, alt: image.alt }));
}

/**
 * The workflow's history with the picks of `pending` items filled in: items proposed by earlier runs and
 * not merged yet, whose files are on their branches only. The picker being deterministic, each is given
 * what it was drafted with (unless a person changed it since), in slot order, so a proposal still open
 * does not make the next item take the same photo.
 */
export function withPending(
  media: Workflow["media"],
  known: readonly MediaUse[],
  pending: readonly string[],
): MediaUse[] {
  const history = [...known].sort((a, b) => compareCycles(a.cycle, b.cycle));
  if (!media) return history;
  for (const cycle of [...pending].sort(compareCycles)) {
    if (history.some((h) => h.cycle === cycle)) continue;
    let at = history.findIndex((h) => compareCycles(h.cycle, cycle) > 0);
    if (at < 0) at = history.length;
    history.splice(at, 0, { cycle, media: pickMedia(media, history.slice(0, at)) });
  }
  return history;
}

// Cycle ids of one workflow sort by their slot (workflow@YYYYMMDDTHHMMZ).
function compareCycles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
