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
  /** Date mentions, for one reference date. */
  dates?: { reference: string; mentions: DateMention[] };
}

/** The blocks of one article as units (one per block, in order). */
export interface ArticleUnits {
  units: BlockUnit[];
  /** The normalised words the article writes in lowercase somewhere. */
  lowercase: { has(word: string): boolean };
}

/** Units of the latest text of one document, by key; an analysis reuses those whose key it meets again. */
export class UnitCache {
  private units = new Map<string, BlockUnit>();
  /** Units of the latest article, in order, and how many blocks write each lowercase word. */
  private previous: BlockUnit[] = [];
  private counts = new Map<string, number>();
  /** Units reused and built by the latest analysis (for tests and the bench). */
  stats = { reused: 0, built: 0 };

  /** The units of an article, reusing the previous analysis's units where a block's key is unchanged. */
  collect(article: Article): ArticleUnits {
    const next = new Map<string, BlockUnit>();
    this.stats = { reused: 0, built: 0 };
    const result = build(article, (key, sig, make) => {
      let unit = next.get(key) ?? this.units.get(key);
      if (unit && !sameSig(unit.sig, sig)) unit = undefined;
      if (unit) this.stats.reused++;
      else {
        unit = make();
        this.stats.built++;
      }
      next.set(key, unit);
      return unit;
    });
    this.units = next;
    this.count(result.units);
    return { ...result, lowercase: this.counts };
  }

  /** Updates the lowercase word counts for the units that came or went since the previous article. */
  private count(units: BlockUnit[]): void {
    const delta = new Map<BlockUnit, number>();
    for (const u of this.previous) delta.set(u, (delta.get(u) ?? 0) - 1);
    for (const u of units) delta.set(u, (delta.get(u) ?? 0) + 1);
    for (const [unit, d] of delta) {
      if (d === 0) continue;
      for (const w of lowercaseOf(unit)) {
        const n = (this.counts.get(w) ?? 0) + d;
        if (n > 0) this.counts.set(w, n);
        else this.counts.delete(w);
      }
    }
    this.previous = units;
  }
}

/** The units of an article without a cache. */
export function articleUnits(article: Article): ArticleUnits {
  const result = build(article);
  const lowercase = new Set<string>();
  for (const unit of result.units) for (const t of unit.tokens) if (t.shape === 'lower') lowercase.add(t.norm);
  return { ...result, lowercase };
}

/** The distinct lowercase words of a unit (computed once). */
function lowercaseOf(unit: BlockUnit): string[] {
  if (!unit.lowercase) {
    const words = new Set<string>();
    for (const t of unit.tokens) if (t.shape === 'lower') words.add(t.norm);
    unit.lowercase = [...words];
  }
  return unit.lowercase;
}

function build(article: Article, lookup?: (key: string, sig: number[], make: () => BlockUnit) => BlockUnit): { units: BlockUnit[] } {
  const { text, blocks, masked, sentences } = article;
  const units: BlockUnit[] = [];
  let from = 0;
  let s = 0;
  blocks.forEach((block, index) => {
    while (from < masked.length && masked[from]!.end <= block.start) from++;
    let sig: number[] | undefined;
    const make = (): BlockUnit => {
      const prose = blank(text, block, masked, from);
      return { prose, tokens: tokenizeProse(prose, block.start, index), base: block.start, index, ...(sig ? { sig } : {}) };
    };
    if (lookup) {
      while (s < sentences.length && sentences[s]!.block < index) s++;
      sig = sigOf(article, block, index, from, s);
      units.push(lookup(text.slice(Math.max(0, block.start - CONTEXT), block.end + CONTEXT), sig, make));
    } else units.push(make());
  });
  return { units };
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
  for (let i = from; i < masked.length && masked[i]!.start < block.end; i++) sig.push(masked[i]!.start - base, masked[i]!.end - base);
  sig.push(-1);
  for (let i = s; i < sentences.length && sentences[i]!.block === index; i++) {
    const x = sentences[i]!;
    sig.push(x.start - base, x.end - base, x.words.length ? x.words[0]!.start - base : -1);
  }
  return sig;
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
