// A YAML file parsed with positions, so every problem can name file:line:col.
import {
  type Alias,
  type Document,
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import type { Problem } from "../errors.ts";

export interface YamlSource {
  file: string;
  data: unknown;
  /** Position of the value at a JSON path (the closest existing ancestor when the path is missing). */
  position(path: ReadonlyArray<string | number>): { line: number; column: number };
  /** Position of a mapping key at a path (for unknown-property errors). */
  keyPosition(path: ReadonlyArray<string | number>, key: string): { line: number; column: number };
  /** Every string scalar with its path, for content scans such as the secret check. */
  strings(): Array<{
    path: Array<string | number>;
    key: string | undefined;
    value: string;
    line: number;
    column: number;
    /** Offsets of the scalar in the text, quotes included: [start, end). */
    range: [number, number];
  }>;
}

export function parseYaml(file: string, text: string): { source?: YamlSource; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [
    ...doc.errors,
    ...doc.warnings.filter((w) => w.code !== "TAG_RESOLVE_FAILED"),
  ].map((e) => {
    const pos = lineCounter.linePos(e.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      message: `YAML: ${e.message.split("\n")[0]}`,
      hint:
        e.code === "DUPLICATE_KEY"
          ? "each key may appear once in a mapping; remove or rename the repeated one"
          : "check indentation and quoting at this place",
    };
  });
  if (doc.errors.length) return { problems };

  const at = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const nodeAt = (path: ReadonlyArray<string | number>): Node | undefined => {
    let node: unknown = doc.contents;
    let last: Node | undefined = doc.contents ?? undefined;
    for (const seg of path) {
      if (isMap(node)) node = node.get(String(seg), true);
      else if (isSeq(node)) node = node.get(Number(seg), true);
      else break;
      if (!node) break;
      last = node as Node;
    }
    return last;
  };

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? null;
  } catch (err) {
    // yaml refuses aliases that expand past the count (a "billion laughs" file) with a ReferenceError, and
    // an alias to an anchor that is not defined yet likewise: both are problems in the file, at an alias.
    if (!(err instanceof ReferenceError)) throw err;
    const bomb = err.message.startsWith("Excessive alias count");
    const alias = culprit(doc, bomb);
    const pos = lineCounter.linePos(alias?.range?.[0] ?? 0);
    problems.push({
      file,
      line: pos.line,
      column: pos.col,
      message: bomb
        ? `YAML: aliases here expand to more than ${MAX_ALIAS_COUNT} copies; the file is not read (an alias bomb?)`
        : `YAML: ${err.message}`,
      hint: bomb
        ? "write the values out, or use fewer aliases (*name) of anchors (&name) that themselves hold aliases"
        : "define the anchor (&name) before the alias (*name) that uses it",
    });
    return { problems };
  }

  const source: YamlSource = {
    file,
    data,
    position: (path) => at(nodeAt(path)?.range?.[0]),
    keyPosition: (path, key) => {
      const parent = nodeAt(path);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (pair && isScalar(pair.key)) return at(pair.key.range?.[0]);
      }
      return at(parent?.range?.[0]);
    },
    strings: () => {
      const found: ReturnType<YamlSource["strings"]> = [];
      const walk = (node: unknown, path: Array<string | number>, key: string | undefined) => {
        if (isScalar(node) && typeof node.value === "string") {
          const [start = 0, end = start] = node.range ?? [];
          found.push({ path, key, value: node.value, ...at(start), range: [start, end] });
        } else if (isMap(node)) {
          for (const pair of node.items) {
            if (!isPair(pair)) continue;
            const k = isScalar(pair.key) ? String(pair.key.value) : "";
            walk(pair.value, [...path, k], k);
          }
        } else if (isSeq(node)) {
          node.items.forEach((item, i) => {
            walk(item, [...path, i], key);
          });
        }
      };
      walk(doc.contents, [], undefined);
      return found;
    },
  };
  return { source, problems };
}

/** The most expansions of aliases the configuration may hold (yaml's guard against alias bombs). */
const MAX_ALIAS_COUNT = 100;

/**
 * The alias to point at when the aliases could not be expanded: for a bomb, the first alias of an anchor
 * that itself holds aliases (where the expansion multiplies); otherwise, or failing that, the first alias.
 */
function culprit(doc: Document, bomb: boolean): Alias | undefined {
  const aliases: Alias[] = [];
  visit(doc, {
    Alias: (_key, node) => {
      aliases.push(node);
    },
  });
  if (bomb) {
    const nested = aliases.find((a) => {
      const target = a.resolve(doc);
      let holds = false;
      if (isCollection(target))
        visit(target, {
          Alias: () => {
            holds = true;
            return visit.BREAK;
          },
        });
      return holds || isAlias(target);
    });
    if (nested) return nested;
  }
  return aliases[0];
}
