// Changes beyond the item (issue 14, item 7): a proposal may change only its own item's files. On GitHub
// the pull request's "Files changed" (head against the merge base with the base, so a person's "Update
// branch" brings in nothing) less the files Loopcast's own commit changed are the foreign ones — the
// same rule as the local forge's. Such a pull request carries a loud warning at the top of its
// description, and neither the dashboard nor Loopcast merges it. Pure functions; the forge calls them.

const START = "<!-- loopcast:foreign-files -->";
const END = "<!-- /loopcast:foreign-files -->";
const SECTION = /<!-- loopcast:foreign-files -->[\s\S]*?<!-- \/loopcast:foreign-files -->[\r\n]*/g;
/** A description stays readable (and far under GitHub's 65,536 characters) with this many names. */
const MAX_LISTED = 30;

/** The pull request's files that are not among Loopcast's own, sorted. */
export function foreignFiles(pullFiles: readonly string[], own: ReadonlySet<string>): string[] {
  return [...new Set(pullFiles.filter((f) => !own.has(f)))].sort();
}

/**
 * A path as inline code that renders literally on one line. A file name is chosen by whoever pushed it:
 * a newline in it must never start a line of its own in a body whose lines are read back as checkboxes.
 */
export function mdPath(path: string): string {
  const flat = path.replace(/[\p{Cc}\u2028\u2029]/gu, "?").replace(/`/g, "'");
  return `\`${flat}\``;
}

/** The list of names for one line: the first few and how many more. */
export function pathList(paths: readonly string[], max = 5): string {
  const shown = paths.slice(0, max).map(mdPath).join(", ");
  return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}

/** The description with the warning for these files at its top, or without any warning when there are none. */
export function withForeignWarning(body: string | null, files: readonly string[]): string {
  const rest = (body ?? "").replace(SECTION, "").replaceAll(START, "").replaceAll(END, "");
  if (!files.length) return rest;
  const listed = files.slice(0, MAX_LISTED).map((f) => `> - ${mdPath(f)}`);
  if (files.length > MAX_LISTED) listed.push(`> - … and ${files.length - MAX_LISTED} more`);
  return [
    START,
    "> [!CAUTION]",
    "> **This pull request changes files that are not its item.** Commits pushed after Loopcast's own change:",
    ...listed,
    ">",
    "> Loopcast will not merge it on its own and the dashboard will not approve it. Merge it by hand only if",
    "> every one of those changes is wanted; otherwise remove them (or close this pull request).",
    END,
    "",
    rest,
  ].join("\n");
}
