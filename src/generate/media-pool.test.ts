import { describe, expect, it } from "vitest";
import { pickMedia, withPending } from "./media-pool.ts";

const pool = ["a.jpg", "b.jpg", "c.jpg", "d.jpg"].map((file) => ({ file, alt: `Photo ${file} of the shop` }));
const used = (day: number, ...files: string[]) => ({
  cycle: `w@202612${String(day).padStart(2, "0")}T0900Z`,
  media: files.map((file) => ({ file, alt: "x" })),
});
const files = (media: ReadonlyArray<{ file: string }>) => media.map((m) => m.file);

describe("pickMedia", () => {
  it("takes unused photos first, in the pool's order, then the least recently used", () => {
    expect(files(pickMedia({ pool }, []))).toEqual(["a.jpg"]);
    expect(files(pickMedia({ pool, perItem: 2 }, [used(1, "a.jpg")]))).toEqual(["b.jpg", "c.jpg"]);
    const all = [used(1, "c.jpg"), used(2, "a.jpg"), used(3, "d.jpg"), used(4, "b.jpg")];
    expect(files(pickMedia({ pool }, all))).toEqual(["c.jpg"]);
    // A photo used again later is recent again; the alt text comes from the pool, not the old item.
    expect(pickMedia({ pool }, [...all, used(5, "c.jpg")])).toEqual([pool[0]]);
  });

  it("attaches none without a pool or with perItem 0, and never more than the pool holds", () => {
    expect(pickMedia(undefined, [])).toEqual([]);
    expect(pickMedia({ pool, perItem: 0 }, [])).toEqual([]);
    expect(pickMedia({ pool: pool.slice(0, 2), perItem: 3 }, [])).toHaveLength(2);
  });

  it("counts photos from outside the pool (a person's swap) as nothing to avoid", () => {
    expect(files(pickMedia({ pool }, [used(1, "z.jpg")]))).toEqual(["a.jpg"]);
  });
});

describe("withPending", () => {
  it("fills in open proposals with what they were drafted with, in slot order", () => {
    const history = withPending(
      { pool },
      [used(1, "a.jpg"), used(4, "c.jpg")],
      [used(3).cycle, used(2).cycle],
    );
    expect(history.map((h) => [h.cycle.slice(8, 10), ...files(h.media ?? [])])).toEqual([
      ["01", "a.jpg"],
      ["02", "b.jpg"],
      ["03", "c.jpg"],
      ["04", "c.jpg"],
    ]);
    expect(files(pickMedia({ pool }, history))).toEqual(["d.jpg"]);
  });
});
