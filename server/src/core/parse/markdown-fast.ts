import type { Block, Span } from '../types.js';

/**
 * A fast path for the Markdown that news desks write: one top-level segment (the
 * lines between two blank lines) made of paragraphs and ATX headings, whose inline
 * content is prose with code spans, inline links and images, emphasis, escapes and
 * entities. For such a segment the scanner gives exactly the blocks and masked
 * spans that remark (micromark) gives; for anything else it gives up, and the
 * caller runs remark. It reads each character a bounded number of times: no
 * regular expressions, no backtracking.
 *
 * A segment may also be one block quote holding one paragraph, or one flat list
 * whose items are one paragraph each.
 *
 * What makes it give up: nested or mixed lists and quotes, fences, indented code, setext
 * underlines, thematic breaks, HTML and autolinks (`<`), empty headings or closing
 * `#` sequences, indented lines that could start a block, lone CRs, NUL, and a
 * `](` read far (over 256 characters) before it turns out not to be a link.
 * Reference links are read exactly only when the text defines no reference
 * (`links`): then every `[x]`, `[x][y]` and `[x][]` is text.
 */

/**
 * Scans the segment `text[from, to)` (`to` is where the next segment starts, so
 * the segment may end with blank lines). On success, pushes its blocks and masked
 * spans and returns true; otherwise pushes nothing and returns false.
 *
 * @param links whether `[` may be read as a link or image: pass false when the text
 *   has any `]:`, since a link reference definition anywhere turns `[x]` into links.
 */
export function scanMarkdownSegment(text: string, from: number, to: number, blocks: Block[], masked: Span[], links: boolean): boolean {
  const b0 = blocks.length;
  const m0 = masked.length;
  if (scanSegment(text, from, to, blocks, masked, links)) return true;
  blocks.length = b0;
  masked.length = m0;
  return false;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BANG = 33;
const DQUOTE = 34;
const HASH = 35;
const QUOTE = 39;
const LPAREN = 40;
const RPAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const LT = 60;
const EQUALS = 61;
const GT = 62;
const LBRACKET = 91;
const BACKSLASH = 92;
const RBRACKET = 93;
const UNDERSCORE = 95;
const BACKTICK = 96;
const TILDE = 126;
const DEL = 127;

const isSpaceOrTab = (c: number): boolean => c === SPACE || c === TAB;

function scanSegment(text: string, from: number, to: number, blocks: Block[], masked: Span[], links: boolean): boolean {
  // The segment ends after its last line's trailing spaces (remark keeps them in the block).
  let end = to;
  for (let c = text.charCodeAt(end - 1); end > from && (c === SPACE || c === TAB || c === LF || c === CR); c = text.charCodeAt(end - 1)) end--;
  if (end === from) return false;
  while (end < to && isSpaceOrTab(text.charCodeAt(end))) end++;
  // A lone CR ends a line for Markdown but not for this scanner. (A loop, not indexOf: with no
  // CR in the segment, indexOf would search the rest of the text, for every segment.)
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) !== LF) return false;
  const first = containerPrefix(text, from, end, -1);
  if (first >= 0) return scanContainer(text, from, end, blocks, masked, links);
  let para = -1;
  let paraEnd = -1;
  let line = from;
  while (line < end) {
    let next = text.indexOf('\n', line);
    if (next < 0 || next > end) next = end;
    const lineEnd = next > line && text.charCodeAt(next - 1) === CR ? next - 1 : next;
    // A blank line inside a segment (before an indented line) ends a block: remark's business.
    if (lineEnd === line) return false;
    const c = text.charCodeAt(line);
    if (isSpaceOrTab(c)) {
      // An indented line is fine only as the continuation of a paragraph, and only if it
      // could not start a block at any indentation.
      let p = line;
      while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
      if (para < 0 || p === lineEnd || text.charCodeAt(p) === HASH || !isParagraphLine(text, p, lineEnd)) return false;
      paraEnd = lineEnd;
    } else if (c === HASH) {
      let n = 1;
      while (n < 7 && line + n < lineEnd && text.charCodeAt(line + n) === HASH) n++;
      if (n <= 6 && (line + n === lineEnd || isSpaceOrTab(text.charCodeAt(line + n)))) {
        if (para >= 0 && !paragraph(text, para, paraEnd, blocks, masked, links)) return false;
        para = -1;
        let s = line + n;
        while (s < lineEnd && isSpaceOrTab(text.charCodeAt(s))) s++;
        let e = lineEnd;
        while (e > s && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
        // Empty headings and closing sequences (`## Title ##`) are left to remark.
        if (s === e || text.charCodeAt(e - 1) === HASH) return false;
        blocks.push({ start: line, end: lineEnd, kind: 'heading' });
        if (!scanInline(text, s, e, masked, links)) return false;
      } else {
        if (para < 0) para = line;
        paraEnd = lineEnd;
      }
    } else {
      if (!isParagraphLine(text, line, lineEnd)) return false;
      if (para < 0) para = line;
      paraEnd = lineEnd;
    }
    line = next + 1;
  }
  return para < 0 || paragraph(text, para, paraEnd, blocks, masked, links);
}

function paragraph(text: string, start: number, end: number, blocks: Block[], masked: Span[], links: boolean, quoted = false): boolean {
  blocks.push({ start, end, kind: 'paragraph' });
  return scanInline(text, start, end, masked, links, quoted);
}

/**
 * The marker that opens a list item or a block quote line at `p`: `>` (then an
 * optional space), or `-`, `*`, `+`, or 1–9 digits and `.` or `)`, then one space.
 * Returns the marker's kind (`>`, the bullet, or the delimiter + 256 for ordered
 * items), or -1. With `kind` >= 0, only that kind is taken.
 */
function containerPrefix(text: string, p: number, end: number, kind: number): number {
  const c = text.charCodeAt(p);
  let found = -1;
  let after = p + 1;
  if (c === GT) found = GT;
  else if (c === DASH || c === STAR || c === PLUS) found = c;
  else if (isDigit(c)) {
    while (after < end && after - p < 9 && isDigit(text.charCodeAt(after))) after++;
    const d = text.charCodeAt(after);
    if (after < end && (d === DOT || d === RPAREN)) {
      found = d + 256;
      after++;
    }
  }
  if (found < 0 || (kind >= 0 && found !== kind)) return -1;
  return found === GT || (after < end && text.charCodeAt(after) === SPACE) ? found : -1;
}

/** Where the content of a line that starts with a container marker (see {@link containerPrefix}) begins. */
function contentStart(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c === GT) return p + 1 < end && text.charCodeAt(p + 1) === SPACE ? p + 2 : p + 1;
  while (isDigit(text.charCodeAt(p))) p++;
  return p + 2;
}

/**
 * A segment that is one block quote (`>` lines holding one paragraph, lazy lines
 * allowed) or one list of one kind whose items are one paragraph each (indented or
 * lazy continuation lines allowed). No nesting, no blank lines, no other blocks.
 */
function scanContainer(text: string, from: number, end: number, blocks: Block[], masked: Span[], links: boolean): boolean {
  const kind = containerPrefix(text, from, end, -1);
  const quote = kind === GT;
  // After indented code, micromark starts an ordered list only at `1.` or `1)` (as if it
  // interrupted a paragraph), so other lists read differently alone and in place.
  if (kind > 256 && (text.charCodeAt(from) !== 49 || isDigit(text.charCodeAt(from + 1)))) return false;
  let para = -1;
  let paraEnd = -1;
  let line = from;
  while (line < end) {
    let next = text.indexOf('\n', line);
    if (next < 0 || next > end) next = end;
    const lineEnd = next > line && text.charCodeAt(next - 1) === CR ? next - 1 : next;
    let p: number;
    if (containerPrefix(text, line, lineEnd, kind) >= 0) {
      p = contentStart(text, line, lineEnd);
      if (!quote && para >= 0) {
        if (!paragraph(text, para, paraEnd, blocks, masked, links)) return false;
        para = -1;
      }
    } else {
      // A continuation line: indented or lazy, of the open paragraph.
      if (para < 0) return false;
      p = line;
      while (p < lineEnd && isSpaceOrTab(text.charCodeAt(p))) p++;
    }
    // The content must read as paragraph text, whatever its indentation (no heading, list, quote, code).
    if (p >= lineEnd || isSpaceOrTab(text.charCodeAt(p)) || text.charCodeAt(p) === HASH || !isParagraphLine(text, p, lineEnd)) return false;
    if (para < 0) para = p;
    paraEnd = lineEnd;
    line = next + 1;
  }
  return para < 0 || paragraph(text, para, paraEnd, blocks, masked, links, quote);
}

/**
 * Whether a line starting at `p` (not a space, tab or ATX heading) reads as paragraph text, both
 * as a first line and as a continuation: not a quote, list item, fence, thematic break, setext
 * underline or HTML. Errs on the side of false.
 */
function isParagraphLine(text: string, p: number, end: number): boolean {
  const c = text.charCodeAt(p);
  switch (c) {
    case GT:
    case LT:
    case DASH:
    case PLUS:
    case EQUALS:
      return false;
    case STAR:
    case UNDERSCORE: {
      const next = p + 1 < end ? text.charCodeAt(p + 1) : -1;
      if (c === STAR && (next === -1 || isSpaceOrTab(next))) return false;
      // A thematic break: only the marker, spaces and tabs.
      for (let i = p + 1; i < end; i++) {
        const d = text.charCodeAt(i);
        if (d !== c && !isSpaceOrTab(d)) return true;
      }
      return false;
    }
    case BACKTICK:
    case TILDE:
      return !(p + 2 < end && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === c);
    default:
      if (c >= 48 && c <= 57) {
        // An ordered list item: up to nine digits, `.` or `)`, then a space, a tab or nothing.
        let i = p + 1;
        while (i < end && i - p < 10 && isDigit(text.charCodeAt(i))) i++;
        const d = i < end ? text.charCodeAt(i) : -1;
        if (d === DOT || d === RPAREN) return !(i + 1 === end || isSpaceOrTab(text.charCodeAt(i + 1)));
      }
      return true;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** ASCII punctuation, which a backslash escapes. */
function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** An open `[` or `![` (micromark's label start). */
interface Opener {
  at: number;
  image: boolean;
  /** A link opener before a link: it can no longer make a link (no links in links). */
  inactive: boolean;
  /** Closed without making a link: it is text now. */
  balanced: boolean;
  /** `masked.length` when it opened: the masks pushed since lie inside it. */
  mask: number;
}

/**
 * Masks the inline content `text[start, end)` of one block as `maskInline` in
 * article.ts does over remark's tree: code spans, images whole, and the `[` and
 * `](target)` of links. Returns false for what it does not read exactly.
 */
function scanInline(text: string, start: number, end: number, masked: Span[], links: boolean, quoted = false): boolean {
  const openers: Opener[] = [];
  // Code span lengths with no closing run after some earlier point (so after any later one either).
  let unclosed: Set<number> | undefined;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    switch (c) {
      case BACKSLASH:
        i += i + 1 < end && isAsciiPunctuation(text.charCodeAt(i + 1)) ? 2 : 1;
        break;
      case BACKTICK: {
        let j = i + 1;
        while (j < end && text.charCodeAt(j) === BACKTICK) j++;
        const size = j - i;
        const close = unclosed?.has(size) ? -1 : closingRun(text, j, end, size);
        if (close < 0) {
          (unclosed ??= new Set()).add(size);
          i = j;
        } else {
          masked.push({ start: i, end: close });
          i = close;
        }
        break;
      }
      case LT:
      case 0:
        return false;
      case BANG:
        if (i + 1 < end && text.charCodeAt(i + 1) === LBRACKET) {
          if (!links) return false;
          openers.push({ at: i, image: true, inactive: false, balanced: false, mask: masked.length });
          i += 2;
        } else i++;
        break;
      case LBRACKET:
        if (!links) return false;
        openers.push({ at: i, image: false, inactive: false, balanced: false, mask: masked.length });
        i++;
        break;
      case RBRACKET: {
        while (openers.at(-1)?.balanced) openers.pop();
        const open = openers[openers.length - 1];
        if (!open) {
          i++;
          break;
        }
        if (open.inactive || i + 1 >= end || text.charCodeAt(i + 1) !== LPAREN) {
          // No definitions, so `[x]`, `[x][y]` and `[x][]` are text.
          open.balanced = true;
          i++;
          break;
        }
        const after = resource(text, i + 1, end);
        // In a quote, a line break inside `(…)` is followed by a `>` that remark skips: left to remark.
        if (quoted && hasLineEnding(text, i + 1, after < 0 ? ~after : after)) return false;
        if (after < 0) {
          // Not a link: the `]` is text. A long failed attempt is left to remark, which keeps this linear.
          if (~after - i > MAX_FAILED_RESOURCE) return false;
          open.balanced = true;
          i++;
          break;
        }
        openers.pop();
        if (open.image) {
          // maskInline masks an image whole and looks no further inside it.
          masked.length = open.mask;
          masked.push({ start: open.at, end: after });
        } else {
          for (const o of openers) if (!o.image) o.inactive = true;
          const first = linkTextStart(text, open.at + 1, i);
          if (i > first) masked.push({ start: open.at, end: first }, { start: i, end: after });
          else masked.push({ start: open.at, end: after });
        }
        i = after;
        break;
      }
      default:
        i++;
    }
  }
  return true;
}

/**
 * Where remark's first child of a link whose text runs from `from` to `to` starts: at
 * `from`, except when the text opens with spaces or tabs that end their line, which
 * remark drops as the line's trailing whitespace (`[ ⏎x](y)`: the text starts at the line ending).
 */
function linkTextStart(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  const c = text.charCodeAt(k);
  return k > from && k < to && (c === 0x0a || c === 0x0d) ? k : from;
}

/** How far a `](` that turns out not to be a link may have been read. */
const MAX_FAILED_RESOURCE = 256;

/** The end of the first backtick run of exactly `size` at or after `from`, or -1. */
function closingRun(text: string, from: number, end: number, size: number): number {
  let p = from;
  for (;;) {
    p = text.indexOf('`', p);
    if (p < 0 || p >= end) return -1;
    let j = p + 1;
    while (j < end && text.charCodeAt(j) === BACKTICK) j++;
    if (j - p === size) return j;
    p = j;
  }
}

function hasLineEnding(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === LF) return true;
  return false;
}

/** Spaces, tabs and line endings (micromark's factoryWhitespace). */
function skipWhitespace(text: string, p: number, end: number): number {
  for (let c = text.charCodeAt(p); p < end && (c === SPACE || c === TAB || c === LF || c === CR); c = text.charCodeAt(p)) p++;
  return p;
}

/**
 * An inline link's resource `(destination "title")` at `p` (the `(`), as
 * micromark reads it: returns the offset after its `)`, or `~p` where `p` is where it failed.
 */
function resource(text: string, p: number, end: number): number {
  p = skipWhitespace(text, p + 1, end);
  if (p >= end) return ~p;
  let c = text.charCodeAt(p);
  if (c === RPAREN) return p + 1;
  if (c === LT) {
    // `<destination>`: no `<` or line ending inside; `\<`, `\>` and `\\` are escapes.
    for (p++; ; ) {
      if (p >= end) return ~p;
      c = text.charCodeAt(p);
      if (c === GT) break;
      if (c === LT || c === LF || c === CR) return ~p;
      p += c === BACKSLASH && p + 1 < end && isEnclosedEscape(text.charCodeAt(p + 1)) ? 2 : 1;
    }
    p++;
  } else {
    if (c < SPACE || c === DEL || c === SPACE) return ~p;
    // A raw destination: balanced parentheses (at most 32 deep), no spaces or controls.
    let balance = 0;
    for (;;) {
      if (p >= end) {
        if (balance) return ~p;
        break;
      }
      c = text.charCodeAt(p);
      if (balance === 0 && (c === RPAREN || c === SPACE || c === TAB || c === LF || c === CR)) break;
      if (c === LPAREN) {
        if (balance >= 32) return ~p;
        balance++;
      } else if (c === RPAREN) balance--;
      else if (c <= SPACE || c === DEL) return ~p;
      p++;
      if (c === BACKSLASH && p < end) {
        const d = text.charCodeAt(p);
        if (d === LPAREN || d === RPAREN || d === BACKSLASH) p++;
      }
    }
  }
  const afterDestination = p;
  p = skipWhitespace(text, p, end);
  if (p >= end) return ~p;
  c = text.charCodeAt(p);
  if (p > afterDestination && (c === DQUOTE || c === QUOTE || c === LPAREN)) {
    const marker = c === LPAREN ? RPAREN : c;
    for (p++; ; ) {
      if (p >= end) return ~p;
      c = text.charCodeAt(p);
      if (c === marker) break;
      p += c === BACKSLASH && p + 1 < end && (text.charCodeAt(p + 1) === marker || text.charCodeAt(p + 1) === BACKSLASH) ? 2 : 1;
    }
    p = skipWhitespace(text, p + 1, end);
    if (p >= end) return ~p;
    c = text.charCodeAt(p);
  }
  return c === RPAREN ? p + 1 : ~p;
}

const isEnclosedEscape = (c: number): boolean => c === LT || c === GT || c === BACKSLASH;
