import type { Span, TextProblem } from '../types.js';

/**
 * How deep block quotes and list items may nest before a line is left unread. Past a few
 * hundred levels remark (micromark) overflows the stack, and long before that its cost per
 * line grows with the depth (`'> - ' × 2000`, 8 KB, took seconds and then threw); no
 * article needs more than a handful.
 */
export const MAX_NESTING = 32;

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const GT = 62;

/**
 * An upper bound of how many containers (block quotes, list items) are open on the line
 * `text[p, end)`, or 0 when it opens none: each `>` (and a space after it) and list marker
 * (`-`, `*`, `+`, or up to nine digits and `.` or `)`, then a space, a tab or the line's end) of its prefix, plus
 * one for every two columns of white space before the last of them (an open list item is
 * continued only by indenting its content, by two columns at least). A line that opens no
 * container is no deeper than the line that opened the deepest one still open.
 */
export function nestingBound(text: string, p: number, end: number): number {
  let markers = 0;
  let columns = 0;
  let before = 0;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === SPACE) columns++;
    else if (c === TAB) columns += 4;
    else if (c === GT) {
      markers++;
      before = columns;
      // The marker and the one space that may follow it.
      if (p + 1 < end && text.charCodeAt(p + 1) === SPACE) p++;
    } else {
      let q = p;
      if (c === 45 || c === 42 || c === 43) q++;
      else {
        while (q < end && q - p < 9 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
        const d = text.charCodeAt(q);
        if (q === p || !(d === 46 || d === 41)) break;
        q++;
      }
      const d = q < end ? text.charCodeAt(q) : SPACE;
      if (d !== SPACE && d !== TAB) break;
      markers++;
      before = columns;
      // The marker and the one space or tab that must follow it.
      p = q + 1;
      continue;
    }
    p++;
  }
  return markers ? markers + (before >> 1) : 0;
}

/** Whether `text[p, end)` is a thematic break (three or more of one of `-*_`, spaces and tabs): no container however many markers it holds. */
function isThematicBreak(text: string, p: number, end: number): boolean {
  let marker = -1;
  let count = 0;
  for (let i = p; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === SPACE || c === TAB) continue;
    if (marker < 0 && (c === 45 || c === 42 || c === 95)) marker = c;
    if (c !== marker) return false;
    count++;
  }
  return count >= 3;
}

/**
 * `text[from, to)` as remark may read it: every line nested deeper than {@link MAX_NESTING}
 * (by {@link nestingBound}) is replaced by as many NULs (a paragraph line remark reads at no
 * depth, at the same offsets), masked, and reported as an `article.too-deep` problem. The
 * slice itself when no line is too deep (the usual case: one pass over the line starts).
 */
export function boundNesting(text: string, from: number, to: number, problems: TextProblem[], masked: Span[]): string {
  let out: string | undefined;
  let copied = from;
  let line = from;
  while (line < to) {
    let eol = line;
    // Only a line that starts with white space, `>`, a bullet or a digit can open a container.
    const c = text.charCodeAt(line);
    const candidate = c === SPACE || c === TAB || c === GT || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
    while (eol < to && text.charCodeAt(eol) !== LF && text.charCodeAt(eol) !== CR) eol++;
    // Each level takes a character at least, or half of one (a tab is four columns).
    if (candidate && eol - line > MAX_NESTING >> 1) {
      const depth = nestingBound(text, line, eol);
      if (depth > MAX_NESTING && !isThematicBreak(text, line, eol)) {
        out = (out ?? '') + text.slice(copied, line) + '\u0000'.repeat(eol - line);
        copied = eol;
        masked.push({ start: line, end: eol });
        problems.push({
          code: 'article.too-deep',
          span: { start: line, end: eol },
          message: `Quotes and lists nest more than ${MAX_NESTING} levels deep here: this line is not analysed`,
        });
      }
    }
    line = eol + 1;
    if (eol < to && text.charCodeAt(eol) === CR && text.charCodeAt(eol + 1) === LF) line++;
  }
  return out === undefined ? text.slice(from, to) : out + text.slice(copied, to);
}
