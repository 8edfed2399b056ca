// A streaming splitter for JSON exports: yields the elements of a top-level array, or of the "rows"
// array of a top-level object, one at a time with the line each starts on. Memory holds one element,
// not the file, so a 50 MB export costs what one row costs. Each element is then parsed by JSON.parse.

export type ScanItem =
  | { kind: "element"; text: string; line: number }
  | { kind: "error"; line: number; reason: string; raw: string; fatal?: boolean };

// 0xfeff: a byte-order mark at the start of the file is not content.
const WS = new Set([32, 9, 10, 13, 0xfeff]);
const Q = 34; // "
const BS = 92; // \
const COMMA = 44;
const COLON = 58;
const OPEN_A = 91; // [
const CLOSE_A = 93; // ]
const OPEN_O = 123; // {
const CLOSE_O = 125; // }

export async function* scanJsonRows(
  chunks: AsyncIterable<string>,
  maxElementChars: number,
): AsyncGenerator<ScanItem> {
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let top: "array" | "object" | undefined;
  /** depth at which the wanted elements sit (1 in a top array, 2 inside {"rows": [...]}); 0 = not inside */
  let target = 0;
  let sawTarget = false;
  // The last string read at depth 1 of a top object, and whether a ":" followed it: the current key.
  let keyText = "";
  let keyCapturing = false;
  let key: string | undefined;
  // The element being captured.
  let capturing = false;
  let parts: string[] = [];
  let size = 0;
  let tooLarge = false;
  let startLine = 0;
  let lastOpenLine = 1;

  const take = (chunk: string, start: number, end: number): void => {
    if (!tooLarge) parts.push(chunk.slice(start, end));
  };

  const finishElement = function* (): Generator<ScanItem> {
    if (!capturing) return;
    capturing = false;
    const text = parts.join("").trim();
    parts = [];
    if (tooLarge) {
      yield {
        kind: "error",
        line: startLine,
        reason: `row starting on line ${startLine} is larger than ${maxElementChars} characters`,
        raw: text.slice(0, 1000),
      };
    } else if (text) yield { kind: "element", text, line: startLine };
    tooLarge = false;
    size = 0;
  };

  for await (const chunk of chunks) {
    let from = 0; // start of the part of this chunk that belongs to the element being captured
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BS) escaped = true;
        else if (c === Q) {
          inString = false;
          if (keyCapturing) keyCapturing = false;
        } else if (keyCapturing && keyText.length < 64) keyText += chunk[i];
        continue;
      }
      if (WS.has(c)) continue;
      if (top !== undefined && depth === 0) {
        yield {
          kind: "error",
          line,
          reason: `unexpected text after the end of the JSON on line ${line}; it was not read`,
          raw: chunk.slice(i, i + 200),
          fatal: true,
        };
        return;
      }
      if (top === undefined) {
        if (c === OPEN_A) {
          top = "array";
          target = 1;
          sawTarget = true;
        } else if (c === OPEN_O) top = "object";
        else {
          yield {
            kind: "error",
            line,
            reason: 'expected a JSON array of rows or an object with a "rows" array',
            raw: chunk.slice(i, i + 200),
            fatal: true,
          };
          return;
        }
        depth = 1;
        continue;
      }
      // Start of an element of the wanted array.
      if (target && depth === target && !capturing && c !== COMMA && c !== CLOSE_A) {
        capturing = true;
        startLine = line;
        from = i;
      }
      if (c === Q) {
        inString = true;
        if (top === "object" && depth === 1 && !target) {
          keyCapturing = true;
          keyText = "";
        }
      } else if (c === COLON && top === "object" && depth === 1) key = keyText;
      else if (c === OPEN_A || c === OPEN_O) {
        if (c === OPEN_A && top === "object" && depth === 1 && key === "rows" && !sawTarget) {
          target = 2;
          sawTarget = true;
          depth++;
          continue;
        }
        depth++;
        lastOpenLine = line;
      } else if (c === CLOSE_A || c === CLOSE_O) {
        if (target && depth === target) {
          if (capturing) {
            take(chunk, from, i);
            yield* finishElement();
          }
          target = 0;
        }
        depth--;
        if (depth < 0) {
          yield {
            kind: "error",
            line,
            reason: `unexpected "${chunk[i]}" on line ${line}`,
            raw: "",
            fatal: true,
          };
          return;
        }
      } else if (c === COMMA && target && depth === target && capturing) {
        take(chunk, from, i);
        yield* finishElement();
      }
      if (capturing && !tooLarge && size + (i - from) > maxElementChars) {
        // Keep the start for the quarantine record, then skip the rest of this element.
        take(chunk, from, i);
        tooLarge = true;
      }
    }
    if (capturing) {
      take(chunk, from, chunk.length);
      size += chunk.length - from;
    }
  }
  if (capturing || depth > 0 || inString) {
    const raw = parts.join("").slice(0, 1000);
    const where = capturing
      ? `the row starting on line ${startLine}`
      : `the ${top ?? "JSON"} opened near line ${lastOpenLine}`;
    yield {
      kind: "error",
      line: capturing ? startLine : line,
      reason: `the file ends before ${where} is complete (truncated or unbalanced brackets); it was not read`,
      raw,
      fatal: true,
    };
    return;
  }
  if (top === undefined) {
    yield { kind: "error", line: 1, reason: "file is empty: no rows", raw: "", fatal: true };
  } else if (!sawTarget) {
    yield {
      kind: "error",
      line: 1,
      reason: 'the JSON object has no "rows" array: use [ … ] or { "rows": [ … ] }',
      raw: "",
      fatal: true,
    };
  }
}
