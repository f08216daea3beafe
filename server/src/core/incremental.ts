import { isMarkdownUri, parseArticle } from './parse/article.js';
import { parseFrontMatter } from './parse/front-matter.js';
import type { Article, Block, FrontMatter, Marker, Sentence, Span } from './types.js';

/**
 * The parse of one segment where it sat last time: its first character at `base`, its
 * first block at index `blockBase`. Reused as is while the segment stays there, shifted
 * (copied) when it moves.
 */
interface SegmentParse {
  base: number;
  blockBase: number;
  blocks: Block[];
  sentences: Sentence[];
  markers: Marker[];
  masked: Span[];
}

/** The fields of {@link Article} that this module knows how to shift; any other field means "parse whole". */
const KNOWN_FIELDS = new Set(['uri', 'text', 'frontMatter', 'bodyStart', 'blocks', 'sentences', 'markers', 'masked']);

/**
 * Markdown that makes one top-level block span blank lines, or makes one part of
 * the text depend on another: fenced code (handled while cutting), HTML blocks
 * (kinds 1–5, `<script>`, `<pre>`, `<style>`, `<textarea>`, comments, `<?`, `<!`,
 * span blank lines; kinds 6–7, any tag at a line start, swallow the lines up to the
 * next blank line, a fence marker among them, so the fence the cutter would see is
 * not one), and link reference definitions (a `[text][ref]` anywhere depends on
 * them; a definition may sit in a quote or a list item, its label may span lines and
 * hold escaped brackets, but it always holds `]:`). Texts with these are parsed whole.
 */
const WHOLE_ONLY = /^ {0,3}<[A-Za-z/!?]|\]:/m;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A line that never opens a segment: indented (a list continuation, indented code), or an
 * empty list item, which micromark reads as a paragraph after indented code and blank
 * lines but as a list alone.
 */
const NO_START = /^(?:[ \t]|(?:[-*+]|\d{1,9}[.)])[ \t]*\r?$)/;

/**
 * Cuts the body of a text into top-level segments at blank lines, so that each
 * segment parses alone exactly as it does inside the whole text: a blank line
 * inside a fenced code block does not cut, and a segment whose first line is
 * indented (a list continuation, indented code) or an empty list item stays with
 * the one before.
 * Returns the segment start offsets (the first is `from`), or undefined when the
 * text must be parsed whole.
 */
export function cutSegments(text: string, from: number, markdown = true): number[] | undefined {
  const body = from === 0 ? text : text.slice(from);
  // A lone CR ends a line for Markdown but not for this line scanner: such texts are parsed whole.
  if (markdown && (WHOLE_ONLY.test(body) || /\r(?!\n)/.test(body))) return undefined;
  const starts = [from];
  const state: LineScan = { markdown, fence: undefined, blank: false, list: false, unsure: false };
  let at = from;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (scanLine(text.slice(at, end), state) && at > starts[starts.length - 1]!) starts.push(at);
    at = end + 1;
  }
  return state.unsure ? undefined : starts;
}

/** The line scanner's state between lines: inside which fence, after a blank line or not. */
interface LineScan {
  markdown: boolean;
  fence: string | undefined;
  blank: boolean;
  /** Whether a line of the current segment may open a list item (see LIST_ITEM). */
  list: boolean;
  /**
   * Whether a fence opened on an indented line after a list item: it may lie in the item, and
   * then it ends with the item, where remark may open another fence that the scanner would
   * read as its close (`1.⏎   ```⏎```⏎⏎Text`). Such texts are parsed whole.
   */
  unsure: boolean;
}

/** A line that may open a list item, maybe inside quotes. */
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|\r?$)/;

/**
 * Reads one line (without its line break) into the scanner's state, and tells whether a segment
 * may start at it: a line after a blank one, outside a fence, that continues no block ({@link NO_START}).
 * A blank line is one as the parser sees it: remark also ends lines at CR, the plain-text splitter does not.
 */
function scanLine(line: string, state: LineScan): boolean {
  const isBlank = (state.markdown ? BLANK_MARKDOWN : BLANK_TEXT).test(line);
  let start = false;
  const { fence } = state;
  if (fence && state.markdown) {
    const close = FENCE.exec(line);
    if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && line.trim() === close[1]) state.fence = undefined;
  } else if (!isBlank) {
    start = state.blank && !NO_START.test(line);
    if (start) state.list = false;
    if (state.markdown) {
      const open = FENCE.exec(line);
      if (open && !(open[1]![0] === '`' && line.slice(open[0].length).includes('`'))) {
        state.fence = open[1];
        if (state.list && open[0].length > open[1]!.length) state.unsure = true;
      } else if (!state.list && LIST_ITEM.test(line)) state.list = true;
    }
  }
  state.blank = isBlank;
  return start;
}

const BLANK_MARKDOWN = /^[ \t]*\r?$/;
const BLANK_TEXT = /^[ \t]*$/;

/**
 * The cut of a text after an edit, from the cut of the text before it: only the lines
 * from the last segment start before the first changed character up to the first
 * start after the changed range where the scan is back in step (outside a fence,
 * after a blank line, at a start the old cut had) are scanned again; the starts
 * around them are the old ones, those after moved by the change of length.
 * Returns undefined when the old cut gives nothing to go on (the change reaches
 * the first segment), `starts` undefined when the text must now be parsed whole,
 * and with the starts how many leading segments are unchanged in place (`head`)
 * and how many trailing ones are unchanged but moved (`tail`).
 */
export function recutSegments(
  prev: string,
  prevStarts: readonly number[],
  text: string,
  markdown: boolean,
): { starts: number[] | undefined; head: number; tail: number } | undefined {
  const p = commonPrefix(prev, text);
  if (p === prev.length && p === text.length) return { starts: prevStarts.slice(), head: prevStarts.length, tail: 0 };
  const changeEnd = text.length - commonSuffix(prev, text, Math.min(prev.length, text.length) - p);
  // The last start before the first changed character: everything before it is unchanged,
  // so the scan enters it outside a fence, after the same blank line, and it is still a start
  // if its first character says so (not a space or a tab); one that could open an empty list
  // item must also keep its line and line break. The first start always is one.
  let j = prevStarts.length - 1;
  while (j >= 0 && prevStarts[j]! >= p) j--;
  if (j > 0 && /[-*+\d]/.test(prev[prevStarts[j]!]!)) {
    const eol = prev.indexOf('\n', prevStarts[j]!);
    if (eol < 0 || eol >= p) j--;
  }
  if (j < 0) return undefined;
  const d = text.length - prev.length;
  const from = prevStarts[j]!;
  const starts = prevStarts.slice(0, j + 1);
  const state: LineScan = { markdown, fence: undefined, blank: false, list: false, unsure: false };
  let at = from;
  let m = j + 1;
  let tail = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (scanLine(text.slice(at, end), state) && at > starts[starts.length - 1]!) {
      starts.push(at);
      // Past the change (the line break before this line included), at a start of the old
      // cut, in the same state: the rest of the old cut holds, moved by `d`.
      if (at > changeEnd) {
        while (m < prevStarts.length && prevStarts[m]! + d < at) m++;
        if (m < prevStarts.length && prevStarts[m]! + d === at) {
          for (let k = m + 1; k < prevStarts.length; k++) starts.push(prevStarts[k]! + d);
          tail = prevStarts.length - m;
          break;
        }
      }
    }
    at = end + 1;
  }
  // The old text held nothing that forces a whole parse: only the lines scanned again can.
  if (markdown) {
    const scanned = text.slice(from, tail ? starts[starts.length - tail]! : text.length);
    if (state.unsure || WHOLE_ONLY.test(scanned) || /\r(?!\n)/.test(scanned)) return { starts: undefined, head: 0, tail: 0 };
  }
  return { starts, head: j, tail };
}

/** How many characters two texts share at their start (compared a chunk at a time, then by character). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + CHUNK <= n && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters (at most `limit`) two texts share at their end. */
function commonSuffix(a: string, b: string, limit: number): number {
  const la = a.length;
  const lb = b.length;
  let i = 0;
  while (i + CHUNK <= limit && a.slice(la - i - CHUNK, la - i) === b.slice(lb - i - CHUNK, lb - i)) i += CHUNK;
  while (i < limit && a.charCodeAt(la - i - 1) === b.charCodeAt(lb - i - 1)) i++;
  return i;
}

const CHUNK = 512;

/** The latest text the cache parsed by segments: its cut and each segment's parse, in order. */
interface LastCut {
  text: string;
  markdown: boolean;
  bodyStart: number;
  starts: number[];
  parses: SegmentParse[];
}

/**
 * A per-document cache of parsed segments: an edit re-parses only the segments
 * (top-level Markdown blocks between blank lines) whose text changed, and shifts
 * the offsets of the others. Keep one per open document; it holds only the
 * segments of the latest text.
 */
export class AnalysisCache {
  /** The latest text parsed by segments (undefined after a whole parse). */
  private last?: LastCut;
  /** The latest front matter and the text it was read from, up to and with its closing line. */
  private frontMatter?: { head: string; value: FrontMatter };
  /** Segments parsed and reused by the latest {@link parse} (for tests and the bench). */
  stats = { parsed: 0, reused: 0 };

  /** Parses an article like {@link parseArticle}, reusing unchanged segments of the previous text. */
  parse(uri: string, text: string, options: { markdown?: boolean } = {}): Article {
    const markdown = options.markdown ?? isMarkdownUri(uri);
    const frontMatter = this.readFrontMatter(text);
    const bodyStart = frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
    // A change of mode drops the old parses; a change of where the body starts (an edit of the
    // front matter) keeps them, found by their text.
    const last = this.last?.markdown === markdown ? this.last : undefined;
    // The old cut around the change, or a new one; the old parses by position: unchanged
    // segments before the change in place, after it moved; those between by their text.
    const recut = last && last.bodyStart === bodyStart ? recutSegments(last.text, last.starts, text, markdown) : undefined;
    const starts = recut ? recut.starts : cutSegments(text, bodyStart, markdown);
    if (!starts || starts.length < 2) return this.whole(uri, text, markdown);
    const head = recut ? recut.head : 0;
    const tail = recut ? recut.tail : 0;
    const n = starts.length;
    // The last segment's key is marked (a NUL after it: a segment key otherwise ends with a line
    // break): it parses as the end of the text, where an unclosed block runs to the end.
    const keyOf = (i: number): string => (i + 1 < n ? text.slice(starts[i]!, starts[i + 1]!) : `${text.slice(starts[i]!)}\u0000`);
    // The old segments between head and tail, by their text (a key seen twice keeps its first).
    const old = new Map<string, SegmentParse>();
    if (last) {
      const on = last.starts.length;
      for (let i = head; i < on - tail; i++) {
        const key = i + 1 < on ? last.text.slice(last.starts[i]!, last.starts[i + 1]!) : `${last.text.slice(last.starts[i]!)}\u0000`;
        if (!old.has(key)) old.set(key, last.parses[i]!);
      }
    }
    // Many new segments (a first parse, a paste): one whole parse is cheaper than many small ones
    // (each Markdown run has a fixed cost); its results are then filed by segment for later edits.
    let missing = 0;
    for (let i = head; i < n - tail && missing <= 2; i++) if (!old.has(keyOf(i))) missing++;
    if (missing > 2) return this.wholeBySegment(uri, text, markdown, bodyStart, starts);
    const article: Article = { uri, text, frontMatter, bodyStart, blocks: [], sentences: [], markers: [], masked: frontMatter ? [frontMatter.span] : [] };
    const parses: SegmentParse[] = [];
    let parsedCount = 0;
    for (let i = 0; i < n; i++) {
      let parsed: SegmentParse | undefined;
      if (i < head) parsed = last!.parses[i]!;
      else if (i >= n - tail) parsed = last!.parses[i - n + last!.starts.length]!;
      else {
        const key = keyOf(i);
        parsed = old.get(key);
        if (!parsed) {
          parsed = parseSegment(uri, key, markdown);
          if (!parsed) return this.whole(uri, text, markdown);
          parsedCount++;
          old.set(key, parsed);
        }
      }
      parses.push(append(article, parsed, starts[i]!));
    }
    // Each segment's masks are sorted and lie in its text: the whole list is sorted but for ties.
    if (!isSortedSpans(article.masked)) article.masked.sort((a, b) => a.start - b.start || a.end - b.end);
    this.last = { text, markdown, bodyStart, starts, parses };
    this.stats = { parsed: parsedCount, reused: n - parsedCount };
    return article;
  }

  /**
   * {@link parseFrontMatter}, reused while the text still starts with the same front matter
   * (closing line and line break included: nothing after them changes what it reads). The
   * YAML parser costs about a sixth of a bare parse of a 1,000-word article, on every keystroke.
   */
  private readFrontMatter(text: string): FrontMatter | undefined {
    const last = this.frontMatter;
    if (last && text.startsWith(last.head)) return last.value;
    const value = parseFrontMatter(text);
    const head = value ? text.slice(0, value.span.end) : '';
    this.frontMatter = value && head.endsWith('\n') ? { head, value } : undefined;
    return value;
  }

  /** Parses the whole text, and files its blocks, sentences, markers and masks by segment. */
  private wholeBySegment(uri: string, text: string, markdown: boolean, bodyStart: number, starts: number[]): Article {
    const article = parseArticle(uri, text, { markdown });
    for (const key of Object.keys(article)) if (!KNOWN_FIELDS.has(key)) return this.whole(uri, text, markdown);
    const parses: SegmentParse[] = [];
    let b = 0;
    let s = 0;
    let m = 0;
    let k = 0;
    const masked = article.masked.filter((x) => x.start >= article.bodyStart);
    for (let i = 0; i < starts.length; i++) {
      const base = starts[i]!;
      const end = starts[i + 1] ?? text.length;
      const blockBase = b;
      const take = <T extends Span>(list: T[], from: number): number => {
        let j = from;
        while (j < list.length && list[j]!.start < end) j++;
        return j;
      };
      const b2 = take(article.blocks, b);
      const s2 = take(article.sentences, s);
      const m2 = take(article.markers, m);
      const k2 = take(masked, k);
      parses.push({
        base,
        blockBase,
        blocks: article.blocks.slice(b, b2),
        sentences: article.sentences.slice(s, s2),
        markers: article.markers.slice(m, m2),
        masked: masked.slice(k, k2),
      });
      [b, s, m, k] = [b2, s2, m2, k2];
    }
    this.last = { text, markdown, bodyStart, starts, parses };
    this.stats = { parsed: starts.length, reused: 0 };
    return article;
  }

  private whole(uri: string, text: string, markdown: boolean): Article {
    this.last = undefined;
    this.stats = { parsed: 1, reused: 0 };
    return parseArticle(uri, text, { markdown });
  }
}

/** Whether spans are in order of start, then end. */
function isSortedSpans(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
}

/**
 * Whether a segment is one paragraph of plain prose for Markdown: no line starts a
 * heading, list, quote, table, fence or HTML, and no inline code, HTML, autolink,
 * link or image. Such a segment has the same block and masks as plain text, so it
 * skips the Markdown parser (emphasis, escapes and entities mask nothing).
 */
export function isPlainProse(segment: string): boolean {
  return isPlainProseAt(segment, 0, segment.length);
}

/**
 * {@link isPlainProse} of `text[start, end)`, without slicing it: no line (after LF, CR,
 * U+2028 or U+2029) starts with a space, a tab, one of `#>*+=|<~\`-_` or up to nine
 * digits and `.` or `)`; no space or tab ends a line or the segment; and outside `[@id]`
 * marker groups (`[@`, 1–400 characters other than `]` and LF, `]`) no `` ` ``, `<` or `[`.
 */
export function isPlainProseAt(text: string, start: number, end: number): boolean {
  let lineStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (lineStart) {
      lineStart = false;
      if (BLOCK_START_CHAR[c] === 1) return false;
      if (c >= 48 && c <= 57) {
        let j = i + 1;
        while (j < end && j - i < 9 && isDigitCode(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        if (j < end && (d === 46 || d === 41)) return false;
      }
    }
    switch (c) {
      case 10:
      case 13:
      case 0x2028:
      case 0x2029:
        lineStart = true;
        break;
      case 32:
      case 9: {
        // A space or tab at the end of a line (before LF, CR or CRLF) or of the segment.
        const d = i + 1 < end ? text.charCodeAt(i + 1) : 10;
        if (d === 10 || d === 13) return false;
        break;
      }
      case 96:
      case 60:
        if (!inMarker(text, i, start, end)) return false;
        break;
      case 91:
        if (!inMarker(text, i, start, end)) return false;
        break;
    }
  }
  return true;
}

/** Characters that start a Markdown block other than a paragraph at a line start (see BLOCK_START). */
const BLOCK_START_CHAR = new Uint8Array(128);
for (const ch of ' \t#>*+=|<~`-_') BLOCK_START_CHAR[ch.charCodeAt(0)] = 1;

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Whether offset `at` lies in a `[@id]` marker group as `/\[@[^\]\n]{1,400}\]/g`
 * finds them, leftmost first. A group holds no `]` or LF, so its `]` is the first
 * after `at`, and it opens at the leftmost `[@` before `at` (no `]` or LF between)
 * that leaves 1–400 characters before that `]`.
 */
function inMarker(text: string, at: number, start: number, end: number): boolean {
  let close = at + 1;
  while (close < end && close - at <= 402) {
    const c = text.charCodeAt(close);
    if (c === 93) break;
    if (c === 10) return false;
    close++;
  }
  if (close >= end || text.charCodeAt(close) !== 93) return false;
  let open = -1;
  for (let k = at; k >= start && close - k - 2 <= 400; k--) {
    const c = text.charCodeAt(k);
    if (k < at && (c === 93 || c === 10)) break;
    if (c === 91 && text.charCodeAt(k + 1) === 64 && close - k - 2 >= 1) open = k;
  }
  return open >= 0;
}

/**
 * Parses one segment alone (after a newline, so it can never read as front matter), as
 * followed by more text unless it is the last. A segment of plain prose is read as plain
 * text, which gives the same paragraph unless it starts or ends with white space other than
 * a space or a tab (a no-break space): plain text trims it, Markdown keeps it in the paragraph.
 */
function parseSegment(uri: string, key: string, markdown: boolean): SegmentParse | undefined {
  // A key ending with a NUL is the last segment (see keyOf); any other is followed by more text.
  const last = key.charCodeAt(key.length - 1) === 0;
  const segment = last ? key.slice(0, -1) : key;
  const plain = isPlainProse(segment) && !/^\s/.test(segment) && !/\s$/.test(segment.replace(/[\r\n]+$/, ''));
  const a = parseArticle(uri, `\n${segment}`, { markdown: markdown && !plain, continued: !last });
  for (const key of Object.keys(a)) if (!KNOWN_FIELDS.has(key)) return undefined;
  // Parsed after a newline: the segment's first character sits at offset 1.
  return { base: 1, blockBase: 0, blocks: a.blocks, sentences: a.sentences, markers: a.markers, masked: a.masked };
}

/**
 * A segment's parse moved to `base` and `blockBase`: new objects built as literals in the
 * order the parser builds them (blocks, sentences, words, markers, masks), so they share
 * its hidden classes. Spreads (`{ ...s, start }`) gave each generation of copies a new
 * map and sent the copy site megamorphic, to the runtime: most of an edit's parse.
 * Every field is copied by name: a new field of these types must be added here (the
 * differential tests compare with a fresh parse).
 */
function shiftParse(parsed: SegmentParse, base: number, blockBase: number): SegmentParse {
  const by = base - parsed.base;
  const blockBy = blockBase - parsed.blockBase;
  // Arrays grown by push stay packed, as the parser's are.
  const blocks: Block[] = [];
  for (const b of parsed.blocks) blocks.push({ start: b.start + by, end: b.end + by, kind: b.kind });
  const sentences: Sentence[] = [];
  for (const s of parsed.sentences) sentences.push({ start: s.start + by, end: s.end + by, text: s.text, block: s.block + blockBy, words: s.words.map((w) => ({ start: w.start + by, end: w.end + by })) });
  const markers: Marker[] = [];
  for (const m of parsed.markers) markers.push({ start: m.start + by, end: m.end + by, id: m.id, idSpan: { start: m.idSpan.start + by, end: m.idSpan.end + by } });
  return { base, blockBase, blocks, sentences, markers, masked: shiftSpans(parsed.masked, by) };
}

/** Plain spans moved by `by`. */
function shiftSpans(spans: readonly Span[], by: number): Span[] {
  const out: Span[] = [];
  for (const w of spans) out.push({ start: w.start + by, end: w.end + by });
  return out;
}

/**
 * Appends a segment's parse to an article, shifted to `base`. A segment that
 * sits where it sat last time (every segment before an edit) reuses its
 * shifted objects: an edit allocates only for the segments after it.
 */
function append(article: Article, parsed: SegmentParse, base: number): SegmentParse {
  const blockBase = article.blocks.length;
  const placed = parsed.base === base && parsed.blockBase === blockBase ? parsed : shiftParse(parsed, base, blockBase);
  for (const b of placed.blocks) article.blocks.push(b);
  for (const s of placed.sentences) article.sentences.push(s);
  for (const m of placed.markers) article.markers.push(m);
  for (const m of placed.masked) article.masked.push(m);
  return placed;
}
