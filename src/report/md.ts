// Markdown building blocks: escaping of repository data, tables and relative links.
import { posix } from "node:path";

/** Text from the repository (titles, reasons) as inline Markdown that renders literally, on one line. */
export function mdText(text: string): string {
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
  constructor(fromDir: string) {
    this.#from = fromDir;
  }
  href(repoPath: string): string {
    return encodeURI(posix.relative(this.#from, repoPath) || ".");
  }
  link(text: string, repoPath: string): string {
    return `[${text}](${this.href(repoPath)})`;
  }
}

/** A link to an outside address (a pull request, a published post); only http(s) is ever linked. */
export function mdUrl(text: string, url: string): string {
  return /^https?:\/\//.test(url) ? `[${text}](${url.replace(/[()\s]/g, encodeURIComponent)})` : text;
}
