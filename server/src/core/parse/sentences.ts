import type { Block, Sentence, Span } from '../types.js';
import { tokenizeSentences, type TokenSentence } from './tokenize.js';

/**
 * Splits one prose piece (masked offsets blanked) into sentences with their words, offsets
 * shifted by `base`; sentences without a word left out. The default is the fast port of
 * retext-english ({@link tokenizeSentences}); the retext plugin passes retext's own.
 */
export type SentenceSplitter = (piece: string, base: number) => TokenSentence[];

/**
 * Splits every prose block into sentences and words: the sentences and words
 * retext-english gives (see tokenize.ts, which reproduces it exactly), also cut at
 * line ends after terminal marks and after a number's full stop before a capital.
 * Masked offsets are blanked first (same length, so offsets hold).
 */
export function splitSentences(text: string, blocks: readonly Block[], masked: readonly Span[], split: SentenceSplitter = tokenizeSentences): Sentence[] {
  const sentences: Sentence[] = [];
  forEachProsePiece(text, blocks, masked, (part, base, index) => {
    for (const raw of split(part, base)) {
      const sentence: Sentence = { start: raw.start, end: raw.end, text: text.slice(raw.start, raw.end), block: index, words: raw.words };
      for (const piece of splitAtLineEnds(sentence)) sentences.push(piece);
    }
  });
  return sentences;
}

/**
 * Hands every prose block, masked offsets blanked, to `visit` in the pieces a
 * tokenizer reads at once (see {@link chunks}), with the offset of the piece's
 * first character and the block's index. Shared with the retext oracle of the tests,
 * so both read the same pieces.
 */
export function forEachProsePiece(
  text: string,
  blocks: readonly Block[],
  masked: readonly Span[],
  visit: (piece: string, base: number, block: number) => void,
): void {
  let m = 0;
  blocks.forEach((block, index) => {
    while (m < masked.length && masked[m]!.end <= block.start) m++; // in range: tested first
    const prose = blank(text, block, masked, m);
    for (const [from, to] of chunks(prose)) visit(from === 0 && to === prose.length ? prose : prose.slice(from, to), block.start + from, index);
  });
}

/** Longest text tokenized at once (retext was handed the same pieces; see chunks). */
const MAX_CHUNK = 8_000;
const SENTENCE_END = /[.!?]["'”’)\]]*\s+/g;

/**
 * Cuts a very long block into pieces of at most {@link MAX_CHUNK} characters, at a
 * sentence end where one lies in the second half of the window, else at a space.
 * retext's cost grew faster than the length of one huge sentence (a pasted
 * table, 1 MB on one line); the tokenizer is linear, but the pieces stay so that
 * sentences come out as they did (a cut can split what would be one sentence).
 * Ordinary paragraphs are one piece.
 */
function chunks(prose: string): [number, number][] {
  if (prose.length <= MAX_CHUNK) return [[0, prose.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (prose.length - from > MAX_CHUNK) {
    const window = prose.slice(from, from + MAX_CHUNK);
    let cut = -1;
    SENTENCE_END.lastIndex = MAX_CHUNK >> 1;
    for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cut = m.index + m[0].length;
    if (cut <= 0) cut = window.lastIndexOf(' ') + 1;
    if (cut <= 0) cut = MAX_CHUNK;
    out.push([from, from + cut]);
    from += cut;
  }
  out.push([from, prose.length]);
  return out;
}

/** The block's text with masked offsets replaced by spaces. */
export function blank(text: string, block: Span, masked: readonly Span[], from = 0): string {
  let out = '';
  let at = block.start;
  for (let i = from; i < masked.length; i++) {
    const s = masked[i]!; // in range: i < masked.length
    if (s.start >= block.end) break;
    if (s.end <= at) continue;
    const start = Math.max(s.start, at);
    const end = Math.min(s.end, block.end);
    out += text.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + text.slice(at, block.end);
}

/**
 * Sentence ends retext misses: terminal punctuation at a line end ("February 9.\nMinister"),
 * and a number's full stop before a capital ("on March 1. Chief executive ...").
 */
const LINE_END = /[.!?]["'”’)\]]*[ \t]*\r?\n|(?<=\d)[.!?]["'”’)\]]*[ \t]+(?=["“‘']?\p{Lu})/gu;

/**
 * Cuts a sentence at {@link LINE_END}. Each piece keeps the words wholly inside it,
 * starts at its first non-space character and ends at the cut. One walk over the
 * words (they are sorted and never hold a cut), so a long sentence with many cuts
 * costs its length.
 */
function splitAtLineEnds(sentence: Sentence): Sentence[] {
  if (!/\n|\d[.!?]/.test(sentence.text)) return [sentence];
  const cuts: number[] = [];
  for (const m of sentence.text.matchAll(LINE_END)) cuts.push(sentence.start + m.index! + m[0].trimEnd().length);
  if (!cuts.length) return [sentence];
  cuts.push(sentence.end);
  const out: Sentence[] = [];
  const full = sentence.text;
  const all = sentence.words;
  let start = sentence.start;
  let i = 0;
  for (const cut of cuts) {
    while (i < all.length && all[i]!.start < start) i++; // in range: tested first
    const first = i;
    while (i < all.length && all[i]!.end <= cut) i++; // in range: tested first
    if (i > first) {
      let from = start;
      while (from < cut && /\s/.test(full.charAt(from - sentence.start))) from++;
      out.push({ start: from, end: cut, text: full.slice(from - sentence.start, cut - sentence.start), block: sentence.block, words: all.slice(first, i) });
    }
    start = cut;
  }
  return out;
}
