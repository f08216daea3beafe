import { valueBounds } from '../iso.js';
import type { Registry, RegistryFact } from '../registry/model.js';
import { contentStems } from './words.js';

/** The registry's facts sorted by first day, for overlap queries. */
interface DateIndex {
  /** Facts in registry order (the order linking breaks ties in). */
  facts: RegistryFact[];
  /** Facts with a valid date, sorted by first day. */
  sorted: { first: string; last: string; index: number }[];
  /** Largest `last` among `sorted[0..i]`: a backward scan stops when it falls before the query. */
  maxLast: string[];
  /** Content stem → indexes of the facts whose claim or keywords have it (built on first use). */
  byStem?: Map<string, number[]>;
  /** Content stems of each fact, by index. */
  stems?: Set<string>[];
}

const indexes = new WeakMap<Registry, DateIndex>();

function dateIndex(registry: Registry): DateIndex {
  let idx = indexes.get(registry);
  if (idx) return idx;
  const facts = [...registry.facts.values()];
  const sorted: DateIndex['sorted'] = [];
  facts.forEach((fact, index) => {
    const b = valueBounds(fact.date);
    if (b) sorted.push({ first: b.first, last: b.last, index });
  });
  sorted.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : a.index - b.index));
  const maxLast: string[] = [];
  let max = '';
  for (const s of sorted) maxLast.push((max = s.last > max ? s.last : max));
  idx = { facts, sorted, maxLast };
  indexes.set(registry, idx);
  return idx;
}

/**
 * The facts whose date overlaps at least one of the given ISO values (days,
 * months, years, spans), in registry order: exactly the facts that
 * `dateFit` scores above 0, found in O(log n + hits) instead of a scan of
 * every fact, which large registries (50,000 facts) cannot afford per claim.
 * With `stems` (or a function giving them), only facts sharing at least one
 * of them (linking requires a shared word).
 */
export function factsOverlapping(registry: Registry, values: readonly string[], stems?: ReadonlySet<string> | (() => ReadonlySet<string>)): RegistryFact[] {
  const idx = dateIndex(registry);
  const date = new Set<number>();

  for (const value of values) {
    const b = valueBounds(value);
    if (!b) continue;
    // First fact starting after the query's last day; every candidate sits before it.
    let lo = 0;
    let hi = idx.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (idx.sorted[mid]!.first <= b.last) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && idx.maxLast[i]! >= b.first; i--) {
      if (idx.sorted[i]!.last >= b.first) date.add(idx.sorted[i]!.index);
    }
  }
  // Stems may come as a function: they are needed only when some fact's date fits.
  const hits = stems && date.size ? sharingStems(idx, date, typeof stems === 'function' ? stems() : stems) : date;
  return [...hits].sort((a, b) => a - b).map((i) => idx.facts[i]!);
}

/** The facts of `hits` sharing at least one content stem (of claim and keywords, as linking scores words) with `stems`. */
function sharingStems(idx: DateIndex, hits: Set<number>, stems: ReadonlySet<string>): Set<number> {
  if (!idx.byStem || !idx.stems) {
    const byStem = new Map<string, number[]>();
    idx.stems = idx.facts.map((fact, i) => {
      const own = contentStems(`${fact.claim} ${fact.keywords.join(' ')}`);
      for (const stem of own) {
        const list = byStem.get(stem);
        if (list) list.push(i);
        else byStem.set(stem, [i]);
      }
      return own;
    });
    idx.byStem = byStem;
  }
  // Walk whichever side is smaller: the date hits, or the facts holding one of the stems.
  let postings = 0;
  for (const stem of stems) postings += idx.byStem.get(stem)?.length ?? 0;
  const out = new Set<number>();
  if (postings < hits.size) {
    for (const stem of stems) for (const i of idx.byStem.get(stem) ?? []) if (hits.has(i)) out.add(i);
  } else {
    // A fact has a handful of stems, a claim a dozen or more: look the fact's up in the claim's.
    for (const i of hits) {
      for (const stem of idx.stems[i]!) {
        if (stems.has(stem)) {
          out.add(i);
          break;
        }
      }
    }
  }
  return out;
}
