// The metrics inbox: exports waiting in `<dir>/inbox/`. Apart from the readers, so a run that finds the
// inbox empty does not load them.
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Files waiting in `<dir>/inbox/`, sorted, hidden files left out. Missing inbox = nothing to do. */
export async function listInboxFiles(dir: string): Promise<string[]> {
  const inbox = join(dir, "inbox");
  try {
    const entries = await readdir(inbox, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !e.name.startsWith("."))
      .map((e) => join(inbox, e.name))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
}
