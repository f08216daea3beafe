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
 * How many levels of nesting (summed over the lines, by {@link nestingBound}) one remark run
 * may read. remark's memory and time grow with the depth of every line: a megabyte of
 * quotes 20 deep took 33 s and 944 MB (12.7 MB ran out of memory), one deep took 5.6 s and
 * 205 MB. A long article with many lists and quotes sums to a few thousand.
 */
export const NESTING_BUDGET = 50_000;

/** What one remark run has left of {@link NESTING_BUDGET}. */
export interface NestingBudget {
  left: number;
}

const TOO_DEEP = `Quotes and lists nest more than ${MAX_NESTING} levels deep here: this is not analysed`;
const TOO_MUCH = 'Too many nested quotes and lists in this article to analyse them all: from here on they are not analysed';

/**
 * `text[from, to)` as remark may read it: every line nested deeper than {@link MAX_NESTING}
 * (by {@link nestingBound}) is replaced by as many NULs (a paragraph line remark reads at no
 * depth, at the same offsets), every nested line once the run's budget is spent by as many
 * spaces (a blank line), masked, and reported as an `article.too-deep` problem (one for each run of such lines).
 * The slice itself when no line is left out (the usual case: one pass over the line starts).
 */
export function boundNesting(text: string, from: number, to: number, problems: TextProblem[], masked: Span[], budget: NestingBudget): string {
  let out: string | undefined;
  let copied = from;
  let line = from;
  let lastMask: Span | undefined;
  let lastProblem: TextProblem | undefined;
  while (line < to) {
    let eol = line;
    // Only a line that starts with white space, `>`, a bullet or a digit can open a container.
    const c = text.charCodeAt(line);
    const candidate = c === SPACE || c === TAB || c === GT || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57);
    while (eol < to && text.charCodeAt(eol) !== LF && text.charCodeAt(eol) !== CR) eol++;
    if (candidate) {
      const depth = nestingBound(text, line, eol);
      if (depth > 0 && !isThematicBreak(text, line, eol)) {
        const message = depth > MAX_NESTING ? TOO_DEEP : depth > budget.left ? TOO_MUCH : undefined;
        if (message) {
          // Past the budget a blank line (spaces), which closes the quotes and list items
          // open before it: a NUL line would go on in them, and cost as much again.
          out = (out ?? '') + text.slice(copied, line) + (message === TOO_MUCH ? ' ' : '\u0000').repeat(eol - line);
          copied = eol;
          // A run of lines left out is one mask and one problem.
          const joined = lastMask !== undefined && isLineBreakOnly(text, lastMask.end, line);
          if (joined) lastMask!.end = eol;
          else masked.push((lastMask = { start: line, end: eol }));
          if (joined && lastProblem!.message === message) lastProblem!.span.end = eol;
          else problems.push((lastProblem = { code: 'article.too-deep', span: { start: line, end: eol }, message }));
        } else budget.left -= depth;
      }
    }
    line = eol + 1;
    if (eol < to && text.charCodeAt(eol) === CR && text.charCodeAt(eol + 1) === LF) line++;
  }
  return out === undefined ? text.slice(from, to) : out + text.slice(copied, to);
}

/** Whether `text[from, to)` is one line break (LF, CR or CRLF). */
function isLineBreakOnly(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 1) return text.charCodeAt(from) === LF || text.charCodeAt(from) === CR;
  return n === 2 && text.charCodeAt(from) === CR && text.charCodeAt(from + 1) === LF;
}
