// A body longer than one post becomes a thread. Bluesky counts a post's length in grapheme clusters (an
// emoji with its modifiers is one), at most 300. Breaks fall at the last paragraph end that fits, else the
// last sentence end, else the last space; only a single word longer than a post is cut inside.

export const POST_GRAPHEMES = 300;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export function splitThread(text: string, limit = POST_GRAPHEMES): string[] {
  const posts: string[] = [];
  let rest = graphemes(text.trim());
  while (rest.length > limit) {
    const cut = breakAt(rest, limit);
    const post = rest.slice(0, cut).join("").trim();
    if (post) posts.push(post);
    rest = graphemes(rest.slice(cut).join("").trimStart());
  }
  const last = rest.join("").trim();
  if (last || posts.length === 0) posts.push(last);
  return posts;
}

/** Where to end a post that cannot hold all of `g`: a position in (0, limit]. */
function breakAt(g: string[], limit: number): number {
  const window = g.slice(0, limit + 1);
  // A break in the first third would leave a stub of a post; prefer a smaller kind of break further on.
  const floor = Math.floor(limit / 3);
  const last = (test: (i: number) => boolean): number => {
    for (let i = limit; i > floor; i--) if (test(i)) return i;
    return -1;
  };
  const paragraph = last((i) => window[i] === "\n" && window[i - 1] === "\n");
  if (paragraph > 0) return paragraph;
  const sentence = last(
    (i) => /\s/.test(window[i] ?? "") && /[.!?…]["”’)]?$/.test(window.slice(i - 2, i).join("")),
  );
  if (sentence > 0) return sentence;
  const space = last((i) => /\s/.test(window[i] ?? ""));
  if (space > 0) return space;
  return limit;
}
