import { isMarkdownUri, parseArticle } from './parse/article.js';
import { parseFrontMatter } from './parse/front-matter.js';
import { cutSegments, isPlainProse, recutSegments } from './parse/segments.js';
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
    // in range: callers pass 0 <= i < n, and i + 1 < n is tested
    const keyOf = (i: number): string => (i + 1 < n ? text.slice(starts[i]!, starts[i + 1]!) : `${text.slice(starts[i]!)}\u0000`);
    // The old segments between head and tail, by their text (a key seen twice keeps its first).
    const old = new Map<string, SegmentParse>();
    if (last) {
      const on = last.starts.length;
      // in range: head <= i < on - tail, and last.parses has one parse a segment of last.starts
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
      // in range: the head and tail segments are the old cut's first and last (recutSegments), so
      // i < head and i - n + on for i >= n - tail index last.parses
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
      parses.push(append(article, parsed, starts[i]!)); // in range: i < n
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
      const base = starts[i]!; // in range: i < starts.length
      const end = starts[i + 1] ?? text.length;
      const blockBase = b;
      const take = <T extends Span>(list: T[], from: number): number => {
        let j = from;
        while (j < list.length && list[j]!.start < end) j++; // in range: tested first
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
  // in range: 1 <= i < spans.length
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return false;
  }
  return true;
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
