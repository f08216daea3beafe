import { blank } from '../parse/sentences.js';
import type { ActorMention, Article, DateMention, Span } from '../types.js';
import { tokenizeProse, type Token } from './tokens.js';
import type { ScanRun } from './runs.js';
import type { BlockDates } from './date-resolve.js';

/**
 * How far extractors look outside a token for cues ("Mr." before a name, "said"
 * after it, a full stop after an initialism): a block's results hold while its
 * text, its parse and this much text on either side stay the same.
 */
export const CONTEXT = 48;

/**
 * The extraction of one prose block, with offsets relative to the block's
 * start (its tokens excepted, see {@link placeTokens}): the same for the same
 * block wherever it sits, so an edit elsewhere reuses it. Extractors fill the
 * optional slots on first use.
 */
export interface BlockUnit {
  /** The block's text with masked parts blanked. */
  prose: string;
  /** Word tokens, placed at `base` and block `index` (where the block sat when they were last placed). */
  tokens: Token[];
  base: number;
  index: number;
  /** What the cache checks beside the block's text and context (see `sigOf`). */
  sig?: number[];
  /** Distinct normalised words written in lowercase (filled by the cache). */
  lowercase?: string[];
  /** Registry matches, persons' surnames (in order) and runs of capitalised words, for one matcher (registry). */
  scan?: { matcher: object; mentions: ActorMention[]; surnames: [string, string][]; runs: ScanRun[] };
  /** Date mentions, for one reference date, relative to the block. */
  dates?: BlockDates;
  /** Those date mentions placed at offset `base` (a block that has not moved reuses them). */
  placedDates?: { dates: NonNullable<BlockUnit['dates']>; base: number; mentions: DateMention[] };
  /** Holidays of the article's country written with a lowercase word (`andre pinsedag`), dated, relative to the block: for one reference date and country. */
  lowercaseHolidays?: { reference: string; country: string | undefined; mentions: DateMention[] };
  /** Names of holidays and festivals found by their context (`Día del Campesino`, `the Obon holiday`), relative to the block. */
  events?: (Span & { soft?: boolean })[];
}

/** The blocks of one article as units (one per block, in order). */
export interface ArticleUnits {
  units: BlockUnit[];
  /** The normalised words the article writes in lowercase somewhere. */
  lowercase: { has(word: string): boolean };
  /** With a cache: a number that changes whenever a word comes into or goes out of `lowercase`. */
  epoch?: number;
}

/**
 * Units of the latest text of one document: an analysis reuses those whose key
 * (the block's text with {@link CONTEXT} characters either side) and `sig` it
 * meets again. Blocks before and after an edit are found at the same place
 * counted from the start or from the end, by comparing keys; only the rest are
 * looked up by key among the units those did not take.
 */
export class UnitCache {
  /** Units of the latest article, in order, with their keys, and how many blocks write each lowercase word. */
  private previous: BlockUnit[] = [];
  private keys: string[] = [];
  private counts = new Map<string, number>();
  private epoch = 0;
  /** Units reused and built by the latest analysis (for tests and the bench). */
  stats = { reused: 0, built: 0 };

  /** The units of an article, reusing the previous analysis's units where a block's key is unchanged. */
  collect(article: Article): ArticleUnits {
    const { text, blocks, masked, sentences } = article;
    const prev = this.previous;
    const prevKeys = this.keys;
    const shift = blocks.length - prev.length;
    const units = new Array<BlockUnit>(blocks.length);
    const keys = new Array<string>(blocks.length);
    const taken = new Uint8Array(prev.length);
    const misses: { index: number; from: number; sig: number[] }[] = [];
    let from = 0;
    let s = 0;
    for (let index = 0; index < blocks.length; index++) {
      const block = blocks[index]!; // in range: index < blocks.length
      // in range: from and s are tested against their lengths first
      while (from < masked.length && masked[from]!.end <= block.start) from++;
      while (s < sentences.length && sentences[s]!.block < index) s++; // in range: as above
      const key = text.slice(Math.max(0, block.start - CONTEXT), block.end + CONTEXT);
      keys[index] = key;
      // in range: index < prev.length and 0 <= k < prev.length are tested first
      let j = index < prev.length && !taken[index] && prevKeys[index] === key && sigFits(prev[index]!.sig, article, block, index, from, s) ? index : -1;
      const k = index - shift;
      // in range: as above
      if (j < 0 && k >= 0 && k < prev.length && !taken[k] && prevKeys[k] === key && sigFits(prev[k]!.sig, article, block, index, from, s)) j = k;
      if (j >= 0) {
        taken[j] = 1;
        units[index] = prev[j]!; // in range: j is index or k, both tested above
      } else misses.push({ index, from, sig: sigOf(article, block, index, from, s) });
    }
    const stats = { reused: blocks.length - misses.length, built: 0 };
    // What changed: the units no block took at its place, and the blocks that found none there.
    const delta = new Map<BlockUnit, number>();
    if (misses.length) {
      const byKey = new Map<string, BlockUnit>();
      for (let j = 0; j < prev.length; j++) if (!taken[j]) byKey.set(prevKeys[j]!, prev[j]!); // in range: prevKeys has one key a unit
      for (const { index, from, sig } of misses) {
        const key = keys[index]!; // in range: keys has one key a block, set above
        let unit = byKey.get(key);
        if (unit && !sameSig(unit.sig, sig)) unit = undefined;
        if (unit) stats.reused++;
        else {
          unit = makeUnit(article, index, from, sig);
          stats.built++;
        }
        byKey.set(key, unit);
        units[index] = unit;
        delta.set(unit, (delta.get(unit) ?? 0) + 1);
      }
    }
    for (let j = 0; j < prev.length; j++) if (!taken[j]) delta.set(prev[j]!, (delta.get(prev[j]!) ?? 0) - 1); // in range: j < prev.length
    this.stats = stats;
    this.previous = units;
    this.keys = keys;
    this.count(delta);
    return { units, lowercase: this.counts, epoch: this.epoch };
  }

  /** Updates the lowercase word counts by how many more (or fewer) blocks each unit stands for. */
  private count(delta: Map<BlockUnit, number>): void {
    for (const [unit, d] of delta) {
      if (d === 0) continue;
      for (const w of lowercaseOf(unit)) {
        const was = this.counts.get(w) ?? 0;
        const n = was + d;
        if (n > 0) this.counts.set(w, n);
        else this.counts.delete(w);
        if ((was > 0) !== (n > 0)) this.epoch++;
      }
    }
  }
}

/** The units of an article without a cache. */
export function articleUnits(article: Article): ArticleUnits {
  const { blocks, masked } = article;
  const units: BlockUnit[] = [];
  let from = 0;
  blocks.forEach((block, index) => {
    while (from < masked.length && masked[from]!.end <= block.start) from++; // in range: tested first
    units.push(makeUnit(article, index, from));
  });
  const lowercase = new Set<string>();
  for (const unit of units) for (const t of unit.tokens) if (proseLowercase(unit, t)) lowercase.add(t.norm);
  return { units, lowercase };
}

/**
 * Whether a token is a word written in lowercase in prose: not the domain right after an e-mail address's "@", which
 * writes an outlet's or a firm's name in lowercase in a reporter's contact line (`x@outlet.net`) and proves no common word.
 */
function proseLowercase(unit: BlockUnit, t: Token): boolean {
  return t.shape === 'lower' && unit.prose.charCodeAt(t.start - unit.base - 1) !== 64;
}

/** The distinct lowercase words of a unit (computed once). */
function lowercaseOf(unit: BlockUnit): string[] {
  if (!unit.lowercase) {
    const words = new Set<string>();
    for (const t of unit.tokens) if (proseLowercase(unit, t)) words.add(t.norm);
    unit.lowercase = [...words];
  }
  return unit.lowercase;
}

/** The unit of block `index` (its first masked span at or after `from`). */
function makeUnit(article: Article, index: number, from: number, sig?: number[]): BlockUnit {
  const block = article.blocks[index]!; // in range: callers pass the index of a block
  const prose = blank(article.text, block, article.masked, from);
  return { prose, tokens: tokenizeProse(prose, block.start, index), base: block.start, index, ...(sig ? { sig } : {}) };
}

/**
 * A unit's tokens placed at an offset and block index: its own while the block
 * stays where they were placed, else copies (which the unit keeps when `keep`).
 * With `from` and `to`, only those tokens.
 */
export function placeTokens(unit: BlockUnit, base: number, index: number, keep = true, from = 0, to = unit.tokens.length): Token[] {
  if (unit.base === base && unit.index === index) return from === 0 && to === unit.tokens.length ? unit.tokens : unit.tokens.slice(from, to);
  const delta = base - unit.base;
  const tokens = unit.tokens.slice(from, to).map((t) => ({ ...t, start: t.start + delta, end: t.end + delta, block: index }));
  if (keep && from === 0 && to === unit.tokens.length) Object.assign(unit, { tokens, base, index });
  return tokens;
}

/**
 * What a block's extraction depends on beside its text with {@link CONTEXT}
 * characters either side (the cache's key): its kind, where the block lies in
 * that text, its masked spans and its sentences (spans and first words), all
 * relative to its start.
 */
function sigOf(article: Article, block: Article['blocks'][number], index: number, from: number, s: number): number[] {
  const { masked, sentences } = article;
  const base = block.start;
  const sig = [KINDS.indexOf(block.kind), Math.min(base, CONTEXT), block.end - base];
  // in range: i < masked.length is tested first
  for (let i = from; i < masked.length && masked[i]!.start < block.end; i++) sig.push(masked[i]!.start - base, masked[i]!.end - base);
  sig.push(-1);
  // in range: i < sentences.length is tested first; words[0] when words.length
  for (let i = s; i < sentences.length && sentences[i]!.block === index; i++) {
    const x = sentences[i]!;
    sig.push(x.start - base, x.end - base, x.words.length ? x.words[0]!.start - base : -1);
  }
  return sig;
}

/** Whether {@link sigOf} of a block would equal `sig`, read in place. */
function sigFits(sig: readonly number[] | undefined, article: Article, block: Article['blocks'][number], index: number, from: number, s: number): boolean {
  if (!sig) return false;
  const { masked, sentences } = article;
  const base = block.start;
  if (sig[0] !== KINDS.indexOf(block.kind) || sig[1] !== Math.min(base, CONTEXT) || sig[2] !== block.end - base) return false;
  let n = 3;
  // in range: i < masked.length is tested first
  for (let i = from; i < masked.length && masked[i]!.start < block.end; i++) if (sig[n++] !== masked[i]!.start - base || sig[n++] !== masked[i]!.end - base) return false;
  if (sig[n++] !== -1) return false;
  // in range: i < sentences.length is tested first; words[0] when words.length
  for (let i = s; i < sentences.length && sentences[i]!.block === index; i++) {
    const x = sentences[i]!;
    if (sig[n++] !== x.start - base || sig[n++] !== x.end - base || sig[n++] !== (x.words.length ? x.words[0]!.start - base : -1)) return false;
  }
  return n === sig.length;
}

const KINDS = ['paragraph', 'heading', 'other'];

function sameSig(a: readonly number[] | undefined, b: readonly number[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Shifts spans by `delta` (copies). */
export function shifted<T extends Span>(list: readonly T[], delta: number): T[] {
  return list.map((x) => ({ ...x, start: x.start + delta, end: x.end + delta }));
}
