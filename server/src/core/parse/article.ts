import type { Nodes as MdNode, Root as MdRoot } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Article, Block, Marker, Span, TextProblem } from '../types.js';
import { boundNesting, NESTING_BUDGET, type NestingBudget } from './depth.js';
import { parseFrontMatter } from './front-matter.js';
import { scanMarkdownSegment } from './markdown-fast.js';
import { splitSentences, type SentenceSplitter } from './sentences.js';
import { cutSegments, isPlainProse, isPlainProseAt } from './segments.js';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** `[@fact-id]` markers, also `[@a; @b]` groups (each id is a marker). */
const MARKER_GROUP = /\[(@[^\]\n]{1,400})\]/g;
const MARKER_ID = /@([A-Za-z0-9][\w.:-]*)/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()\]]+/g;

/** Whether a URI names a Markdown document (otherwise it is plain text). */
export function isMarkdownUri(uri: string): boolean {
  return /\.(md|markdown|mdown|mkd)$/i.test(uri.replace(/[?#].*$/s, ''));
}

/** Options of {@link parseArticle}. */
export interface ParseOptions {
  /** Read the text as Markdown (default: by the URI's extension). */
  markdown?: boolean;
  /**
   * Read common Markdown segments with the hand-written scanner (markdown-fast.ts) instead
   * of remark (default true; false is the reference path for tests).
   */
  fastMarkdown?: boolean;
  /**
   * Cut the body into top-level segments (default true); false reads the whole body with one
   * remark run, the reference that the cut and the fast paths must equal (for tests).
   */
  segments?: boolean;
  /**
   * The text goes on after its end (a segment parsed alone by the incremental parser): an
   * unclosed block ends there as it does before the next segment (default false).
   */
  continued?: boolean;
  /** Who splits prose into sentences and words (default the fast tokenizer). */
  sentences?: SentenceSplitter;
}

/**
 * Parses an article: front matter, Markdown structure (remark) or plain-text
 * paragraphs, then sentences and words (retext-english) of every prose block.
 * Code, HTML, URLs, link targets and front matter are masked out of the prose.
 */
export function parseArticle(uri: string, text: string, options: ParseOptions = {}): Article {
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const isMd = options.markdown ?? isMarkdownUri(uri);
  const masked: Span[] = [];
  if (frontMatter) masked.push(frontMatter.span);
  const problems: TextProblem[] = [];
  const blocks: Block[] = isMd ? markdownBlocks(text, bodyStart, masked, problems, options.fastMarkdown ?? true, options.segments ?? true, options.continued ?? false) : plainBlocks(text, bodyStart);
  const markers = findMarkers(text, blocks, masked);
  masked.sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text, blocks, masked, options.sentences);
  const article: Article = { uri, text, frontMatter, bodyStart, blocks, sentences, markers, masked };
  if (problems.length) article.problems = problems;
  return article;
}

function markdownBlocks(text: string, bodyStart: number, masked: Span[], problems: TextProblem[], fast: boolean, segments: boolean, continued: boolean): Block[] {
  const blocks: Block[] = [];
  // Top-level segments (between blank lines) of plain prose are paragraphs whatever remark
  // would say; the fast scanner reads the common others; remark parses only the rest, chunk
  // by chunk, which makes it several times cheaper.
  const chunks: Span[] = [];
  const starts = segments ? cutSegments(text, bodyStart, true) : undefined;
  let links: boolean | undefined;
  // Whether the segment before went to remark and holds a list (see LIST_LINE).
  let afterList = false;
  if (starts) {
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]!; // in range: i < starts.length
      const to = starts[i + 1] ?? text.length;
      // remark ends a block after the white space that ends its last line (but not its line break).
      let end = trimEnd(text, from, to);
      if (end === from) continue;
      while (end < to && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      if (isPlainProseAt(text, from, end)) {
        blocks.push({ start: from, end, kind: 'paragraph' });
        afterList = false;
        continue;
      }
      const segment = text.slice(from, end);
      if (isPlainHeading(segment)) {
        blocks.push({ start: from, end, kind: 'heading' });
        afterList = false;
        continue;
      }
      // A link reference definition anywhere (always after a `]:`) turns `[x]` into links anywhere.
      if (fast && !afterList && scanMarkdownSegment(text, from, to, blocks, masked, (links ??= text.indexOf(']:', bodyStart) < 0))) continue;
      const previous = chunks.at(-1);
      if (previous?.end === from) previous.end = to;
      else chunks.push({ start: from, end: to });
      afterList = LIST_LINE.test(segment);
    }
  } else chunks.push({ start: bodyStart, end: text.length });
  if (chunks.length) remarkBlocks(text, chunks, blocks, masked, problems, continued);
  return blocks.sort((x, y) => x.start - y.start);
}

/**
 * The blocks and masked spans of one segment `text[from, to)` by remark alone: the
 * reference that the fast scanner must equal (for tests).
 */
export function remarkSegment(text: string, from: number, to: number): { blocks: Block[]; masked: Span[] } {
  const blocks: Block[] = [];
  const masked: Span[] = [];
  remarkBlocks(text, [{ start: from, end: to }], blocks, masked, []);
  return { blocks: blocks.sort((x, y) => x.start - y.start), masked };
}

/**
 * Parses chunks of a text with one remark run and collects their blocks and masks. Lines
 * nested too deep are left out (see depth.ts); should remark still fail, the chunks are
 * masked whole and reported: the core never throws on text.
 */
function remarkBlocks(text: string, chunks: Span[], blocks: Block[], masked: Span[], problems: TextProblem[], continued = false): void {
  // One remark run over the chunks joined by blank lines (each starts a top-level block, so
  // each parses as it does in place); the source starts with a newline, so that no chunk
  // reads as front matter. Top-level nodes then move back to their chunk's offsets.
  let source = '\n\n';
  const at: number[] = [];
  const budget: NestingBudget = { left: NESTING_BUDGET };
  for (const chunk of chunks) {
    at.push(source.length);
    source += boundNesting(text, chunk.start, chunk.end, problems, masked, budget);
    // Where the text goes on after a chunk (always after a blank line, at a line start), a
    // paragraph of its own (NUL) ends any list or quote as the next segment does, and stops
    // an unclosed fence in a list item at the same place: each chunk parses as it does in
    // place, whatever is read by remark around it. Its node is dropped below.
    if (chunk.end < text.length || continued) source += '\u0000\n\n';
  }
  const b0 = blocks.length;
  const m0 = masked.length;
  try {
    const tree = markdown.parse(source) as MdRoot;
    let c = 0;
    tree.children = tree.children.filter((child) => {
      const offset = child.position?.start.offset ?? 0;
      // in range: 0 <= c < at.length (tested), and at has one offset a chunk
      while (c + 1 < at.length && at[c + 1]! <= offset) c++;
      // in range: as above
      if (offset >= at[c]! + (chunks[c]!.end - chunks[c]!.start)) return false;
      shiftPositions(child, chunks[c]!.start - at[c]!); // in range: as above
      return true;
    });
    collectBlocks(tree, blocks, masked);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    blocks.length = b0;
    masked.length = m0;
    for (const chunk of chunks) {
      const end = trimEnd(text, chunk.start, chunk.end);
      if (end === chunk.start) continue;
      masked.push({ start: chunk.start, end });
      problems.push({ code: 'article.too-deep', span: { start: chunk.start, end }, message: 'This Markdown nests too deep to be read: it is not analysed' });
    }
  }
}

/** The end of `text[from, to)` without its trailing white space (as `\s` in a regular expression). */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isJsSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** `\s` in a JavaScript regular expression. */
function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A line that may hold a list item. A list goes on across blank lines, and how an item
 * ends (an unclosed fence in it takes the blank lines or not) depends on the block after
 * them: so the segment after a remark segment with a list is read by remark in the same run
 * (unless it is plain prose or a plain heading, which the NUL paragraph after a chunk stands for).
 */
const LIST_LINE = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/m;

/** An ATX heading alone on its line: `#`–`######`, a space, then plain prose (no inline code, HTML or links). */
const ATX = /^#{1,6}[ \t]+(?=\S)/;

function isPlainHeading(segment: string): boolean {
  if (segment.includes('\n') || segment.includes('\r')) return false;
  const m = ATX.exec(segment);
  if (!m) return false;
  const content = segment.slice(m[0].length);
  // A closing sequence ("## Title ##") and escapes are remark's business.
  return !/#\s*$|\\/.test(content) && isPlainProse(content);
}

/** Moves every position of a tree by `by` offsets (lines and columns are not used). */
function shiftPositions(node: MdNode, by: number): void {
  if (node.position) {
    node.position.start.offset = node.position.start.offset! + by;
    node.position.end.offset = node.position.end.offset! + by;
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child as MdNode, by);
}

/** Collects the prose blocks of a Markdown tree and masks what is not prose. */
function collectBlocks(tree: MdRoot, blocks: Block[], masked: Span[]): void {
  const visit = (node: MdNode): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        if (start !== undefined && end !== undefined) masked.push({ start, end });
        return;
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        if (start !== undefined && end !== undefined) {
          blocks.push({ start, end, kind: node.type === 'heading' ? 'heading' : node.type === 'paragraph' ? 'paragraph' : 'other' });
          maskInline(node, masked);
        }
        return;
      default:
        if ('children' in node) for (const child of node.children) visit(child as MdNode);
    }
  };
  visit(tree);
}

/** Masks the non-prose parts of a block: inline code, HTML, link and image targets, URLs. */
function maskInline(node: MdNode, masked: Span[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as MdNode[]) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (child.type === 'inlineCode' || child.type === 'html' || child.type === 'image' || child.type === 'imageReference') {
      masked.push({ start, end });
    } else if (child.type === 'link' || child.type === 'linkReference') {
      // Keep the link text as prose; mask everything after its last child (the target).
      const last = child.children[child.children.length - 1]?.position?.end.offset;
      const first = child.children[0]?.position?.start.offset;
      if (first !== undefined && first > start) masked.push({ start, end: first });
      masked.push({ start: last ?? start, end });
      maskInline(child, masked);
    } else {
      maskInline(child, masked);
    }
  }
}

function plainBlocks(text: string, bodyStart: number): Block[] {
  const blocks: Block[] = [];
  const re = /\n[ \t]*\n/g;
  let start = bodyStart;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    if (e > s) blocks.push({ start: s, end: e, kind: 'paragraph' });
  };
  re.lastIndex = bodyStart;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return blocks;
}

/** Finds `[@id]` markers inside prose blocks, and masks them and every URL out of the prose. */
function findMarkers(text: string, blocks: Block[], masked: Span[]): Marker[] {
  const markers: Marker[] = [];
  // Only the masks of the structure can hold a marker (the ones pushed here lie in their own
  // block, after the markers they could hold): sorted by start, with the furthest end so far.
  const inside = coverage(masked);
  for (const block of blocks) {
    const slice = text.slice(block.start, block.end);
    // Most blocks hold no marker and no URL: each pattern needs its literal (`[@`; `://` or `www.`).
    if (slice.includes('[@')) {
      for (const m of slice.matchAll(MARKER_GROUP)) {
        const start = block.start + m.index!;
        const group = m[1]!; // in range: group 1 is not optional in MARKER_GROUP
        const end = start + m[0].length;
        if (inside(start)) continue;
        for (const id of group.matchAll(MARKER_ID)) {
          const idStart = start + 1 + id.index! + 1;
          const name = id[1]!; // in range: group 1 is not optional in MARKER_ID
          markers.push({ start, end, id: name, idSpan: { start: idStart, end: idStart + name.length } });
        }
        masked.push({ start, end });
      }
    }
    if (slice.includes('://') || slice.includes('www.')) {
      for (const m of slice.matchAll(URL)) masked.push({ start: block.start + m.index!, end: block.start + m.index! + m[0].length });
    }
  }
  return markers;
}

/**
 * Whether an offset lies in one of the spans (as they are now): a binary search for the
 * last span starting at or before it, then the furthest end of the spans up to that one.
 */
function coverage(spans: Span[]): (offset: number) => boolean {
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  const reach = new Array<number>(sorted.length);
  let far = -Infinity;
  for (let i = 0; i < sorted.length; i++) reach[i] = far = Math.max(far, sorted[i]!.end); // in range: i < length
  return (offset) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= offset) lo = mid + 1; // in range: lo <= mid < hi <= sorted.length
      else hi = mid;
    }
    return lo > 0 && reach[lo - 1]! > offset; // in range: 0 < lo <= reach.length
  };
}
