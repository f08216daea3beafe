// The retext-english implementation of splitSentences that tokenize.ts replaced, kept as the
// oracle of test/core/tokenize.test.ts and as the bench's reference: same signature, same output.
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { forEachProsePiece } from '../../server/src/core/parse/sentences.js';
import type { Block, Sentence, Span } from '../../server/src/core/types.js';

const english = unified().use(retextEnglish);

/**
 * Splits every prose block into sentences and words with retext-english.
 * Masked offsets are blanked first (same length, so offsets hold).
 */
export function retextSplitSentences(text: string, blocks: readonly Block[], masked: readonly Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  // The same blanked pieces as splitSentences: the oracle differs only in who tokenizes them.
  forEachProsePiece(text, blocks, masked, (piece, base, index) => {
    const tree = english.parse(piece) as NlcstRoot;
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const node of paragraph.children) {
        if (node.type !== 'SentenceNode') continue;
        const sentence = toSentence(text, node, base, index);
        if (sentence) for (const part of splitAtLineEnds(sentence)) sentences.push(part);
      }
    }
  });
  return sentences;
}

function toSentence(text: string, node: NlcstSentence, base: number, block: number): Sentence | undefined {
  const words: Span[] = [];
  for (const child of node.children) {
    if (child.type === 'WordNode' && child.position) {
      words.push({ start: base + child.position.start.offset!, end: base + child.position.end.offset! });
    }
  }
  if (!node.position || words.length === 0) return undefined;
  const start = base + node.position.start.offset!;
  const end = base + node.position.end.offset!;
  return { start, end, text: text.slice(start, end), block, words };
}

/**
 * Sentence ends retext misses: terminal punctuation at a line end ("February 9.\nMinister"),
 * and a number's full stop before a capital ("on March 1. Chief executive ...").
 */
const LINE_END = /[.!?]["'”’)\]]*[ \t]*\r?\n|(?<=\d)[.!?]["'”’)\]]*[ \t]+(?=["“‘']?\p{Lu})/gu;

function splitAtLineEnds(sentence: Sentence): Sentence[] {
  if (!/\n|\d[.!?]/.test(sentence.text)) return [sentence];
  const cuts: number[] = [];
  for (const m of sentence.text.matchAll(LINE_END)) cuts.push(sentence.start + m.index! + m[0].trimEnd().length);
  if (!cuts.length) return [sentence];
  const out: Sentence[] = [];
  let start = sentence.start;
  for (const cut of [...cuts, sentence.end]) {
    const words = sentence.words.filter((w) => w.start >= start && w.end <= cut);
    if (words.length) {
      const s = words[0]!.start < start ? start : Math.min(start, words[0]!.start);
      let from = s;
      const full = sentence.text;
      while (from < cut && /\s/.test(full[from - sentence.start]!)) from++;
      out.push({ start: from, end: cut, text: full.slice(from - sentence.start, cut - sentence.start), block: sentence.block, words });
    }
    start = cut;
  }
  return out;
}

/** The sentences (with at least one word) and word spans of one bare retext-english parse, in tokenizeSentences' shape. */
export function retextTokenize(text: string): { start: number; end: number; words: Span[] }[] {
  const out: { start: number; end: number; words: Span[] }[] = [];
  const tree = english.parse(text) as NlcstRoot;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const node of paragraph.children) {
      if (node.type !== 'SentenceNode' || !node.position) continue;
      const words: Span[] = [];
      for (const child of node.children) {
        if (child.type === 'WordNode' && child.position) words.push({ start: child.position.start.offset!, end: child.position.end.offset! });
      }
      if (words.length) out.push({ start: node.position.start.offset!, end: node.position.end.offset!, words });
    }
  }
  return out;
}

/** The bare retext-english parse, for the bench's reference. */
export function retextParse(text: string): unknown {
  return english.parse(text);
}
