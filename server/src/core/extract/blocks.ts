import { blank } from '../parse/sentences.js';
import type { ActorMention, Article, DateMention, Span } from '../types.js';
import { tokenizeProse, type Token } from './tokens.js';
import type { ScanRun } from './unregistered.js';

/**
 * How far extractors look outside a token for cues ("Mr." before a name, "said"
 * after it, a full stop after an initialism): a block's results hold while its
 * text, its parse and this much text on either side stay the same.
 */
export const CONTEXT = 48;

/** A split run of capitalised words, remembered with the answers it read from the article's lowercase words. */
export interface RunMemo {
  /** Each word looked up in the article's lowercase words, with the answer. */
  deps: [string, boolean][];
  parts: unknown;
}

/**
 * The extraction of one prose block, with offsets relative to the block's
 * start and block index 0: the same for the same block wherever it sits, so an
 * edit elsewhere reuses it. Extractors fill the optional slots on first use.
 */
export interface BlockUnit {
  /** The block's text with masked parts blanked. */
  prose: string;
  /** Word tokens, relative. */
  tokens: Token[];
  /** Registry matches, persons' surnames (in order), runs of capitalised words and lowercase words, for one matcher (registry). */
  scan?: { matcher: object; mentions: ActorMention[]; surnames: [string, string][]; runs: ScanRun[]; lowercase: string[] };
  /** Split runs of capitalised words, by first token and text. */
  runs?: Map<string, RunMemo>;
  /** Date mentions, for one reference date. */
  dates?: { reference: string; mentions: DateMention[] };
}

/** The blocks of one article as units (one per block, in order). */
export interface ArticleUnits {
  units: BlockUnit[];
}

/** Units of the latest text of one document, by key; an analysis reuses those whose key it meets again. */
export class UnitCache {
  private units = new Map<string, BlockUnit>();
  /** Units reused and built by the latest analysis (for tests and the bench). */
  stats = { reused: 0, built: 0 };

  /** The units of an article, reusing the previous analysis's units where a block's key is unchanged. */
  collect(article: Article): ArticleUnits {
    const next = new Map<string, BlockUnit>();
    this.stats = { reused: 0, built: 0 };
    const result = build(article, (key, make) => {
      let unit = next.get(key) ?? this.units.get(key);
      if (unit) this.stats.reused++;
      else {
        unit = make();
        this.stats.built++;
      }
      next.set(key, unit);
      return unit;
    });
    this.units = next;
    return result;
  }
}

/** The units of an article without a cache. */
export function articleUnits(article: Article): ArticleUnits {
  return build(article);
}

function build(article: Article, lookup?: (key: string, make: () => BlockUnit) => BlockUnit): ArticleUnits {
  const { text, blocks, masked, sentences } = article;
  const units: BlockUnit[] = [];
  let from = 0;
  let s = 0;
  blocks.forEach((block, index) => {
    while (from < masked.length && masked[from]!.end <= block.start) from++;
    const make = (): BlockUnit => {
      const prose = blank(text, block, masked, from);
      return { prose, tokens: tokenizeProse(prose, 0, 0) };
    };
    if (lookup) {
      while (s < sentences.length && sentences[s]!.block < index) s++;
      units.push(lookup(keyOf(article, block, index, from, s), make));
    } else units.push(make());
  });
  return { units };
}

/** A unit's tokens placed at an offset and block index. */
export function placeTokens(unit: BlockUnit, base: number, index: number): Token[] {
  return unit.tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base, block: index }));
}

/**
 * What a block's extraction depends on: its kind, its text with {@link CONTEXT}
 * characters either side, its masked spans and its sentences (spans and first
 * words), all relative to its start.
 */
function keyOf(article: Article, block: Article['blocks'][number], index: number, from: number, s: number): string {
  const { text, masked, sentences } = article;
  const base = block.start;
  let key = `${block.kind}\u0000${text.slice(Math.max(0, base - CONTEXT), block.end + CONTEXT)}\u0000${Math.min(base, CONTEXT)},${block.end - base}\u0000`;
  for (let i = from; i < masked.length && masked[i]!.start < block.end; i++) key += `${masked[i]!.start - base},${masked[i]!.end - base};`;
  key += '\u0000';
  for (let i = s; i < sentences.length && sentences[i]!.block === index; i++) {
    const x = sentences[i]!;
    key += `${x.start - base},${x.end - base},${x.words.length ? x.words[0]!.start - base : -1};`;
  }
  return key;
}

/** Shifts spans by `delta` (copies). */
export function shifted<T extends Span>(list: readonly T[], delta: number): T[] {
  return list.map((x) => ({ ...x, start: x.start + delta, end: x.end + delta }));
}
