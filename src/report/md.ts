// Markdown building blocks: escaping of repository data, tables and relative links.
import { posix } from "node:path";

const SPECIAL = /[\r\n\\`*_[\]|#~<>]/;

/** Text from the repository (titles, reasons) as inline Markdown that renders literally, on one line. */
export function mdText(text: string): string {
  // Most text (ids, statuses, titles) has nothing to escape: one test instead of five replacements.
  if (!SPECIAL.test(text)) return text;
  return text
    .replace(/\r?\n/g, " ")
    .replace(/\\/g, "\\\\")
    .replace(/([`*_[\]|#~])/g, "\\$1")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

export function mdCode(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

export function mdTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Builds links relative to the folder of the file being written (paths are repository-relative). */
export class Linker {
  readonly #from: string;
  /** Relative path per target folder: a weekly report links hundreds of files in a few folders. */
  readonly #dirs = new Map<string, string>();
  constructor(fromDir: string) {
    this.#from = fromDir;
  }
  href(repoPath: string): string {
    const slash = repoPath.lastIndexOf("/");
    const name = repoPath.slice(slash + 1);
    if (slash < 0 || name === "" || name === "." || name === "..")
      return encodeURI(posix.relative(this.#from, repoPath) || ".");
    const dir = repoPath.slice(0, slash);
    let rel = this.#dirs.get(dir);
    if (rel === undefined) {
      rel = posix.relative(this.#from, dir);
      this.#dirs.set(dir, rel);
    }
    return encodeURI(rel ? `${rel}/${name}` : name);
  }
  link(text: string, repoPath: string): string {
    return `[${text}](${this.href(repoPath)})`;
  }
}

/** A link to an outside address (a pull request, a published post); only http(s) is ever linked. */
export function mdUrl(text: string, url: string): string {
  return /^https?:\/\//.test(url) ? `[${text}](${url.replace(/[()\s]/g, encodeURIComponent)})` : text;
}
