import { SUMMARY_PREFIX } from './record';

/**
 * Splits an imported text into the pieces the HR import reads, in one pass (O(n), so a
 * 10 MB file does not stall the page): QR summary lines (`CSCR1:{…}`), top-level JSON
 * values (a record, an array of records, or several pasted one after another), and what
 * is neither. JSON is found by matching brackets outside strings, which needs no parse.
 */

/** A piece of imported text; `line` is 1-based, for messages. */
export type Segment =
  | { kind: 'summary'; line: number; text: string }
  | { kind: 'json'; line: number; text: string }
  /** A JSON value that never closes: a file cut short. */
  | { kind: 'truncated'; line: number }
  /** Text that is neither (a CSV, a letter, a picture's bytes): reported once per input. */
  | { kind: 'other'; line: number };

/** The end index (exclusive) of the JSON value opening at `start`, or -1 when it never closes. */
function jsonEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i += 1;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) depth += 1;
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF';

/** The segments of `text` in order. At most one `other` segment is returned per text. */
export function splitText(text: string): Segment[] {
  const segments: Segment[] = [];
  let sawOther = false;
  let line = 1;
  let i = 0;
  // Line numbers are counted only over skipped text and segment bodies, so the walk stays linear.
  const advance = (to: number) => {
    for (let j = i; j < to; j += 1) if (text.charCodeAt(j) === 10) line += 1;
    i = to;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      advance(i + 1);
      continue;
    }
    if (text.startsWith(SUMMARY_PREFIX, i)) {
      const nl = text.indexOf('\n', i);
      const end = nl === -1 ? text.length : nl;
      segments.push({ kind: 'summary', line, text: text.slice(i + SUMMARY_PREFIX.length, end).trim() });
      advance(end);
    } else if (c === '{' || c === '[') {
      const end = jsonEnd(text, i);
      if (end === -1) {
        segments.push({ kind: 'truncated', line });
        break;
      }
      const at = line;
      const body = text.slice(i, end);
      advance(end);
      segments.push({ kind: 'json', line: at, text: body });
    } else {
      if (!sawOther) segments.push({ kind: 'other', line });
      sawOther = true;
      const nl = text.indexOf('\n', i);
      advance(nl === -1 ? text.length : nl);
    }
  }
  return segments;
}
