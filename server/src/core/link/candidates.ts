import { addDays, daysBetween, valueBounds } from '../iso.js';
import type { Registry, RegistryFact } from '../registry/model.js';
import type { Claim } from '../types.js';
import { claimStemsOf, WORDS_FULL, WORDS_ONLY } from './score.js';
import { registryTerms, termWeight } from './terms.js';

/** The registry's facts sorted by first day, for overlap queries. */
interface DateIndex {
  /** Facts in registry order (the order linking breaks ties in). */
  facts: RegistryFact[];
  /** Facts with a valid date, sorted by first day. */
  sorted: { first: string; last: string; index: number }[];
  /** Largest `last` among `sorted[0..i]`: a backward scan stops when it falls before the query. */
  maxLast: string[];
  /** The facts of one day (first day = last day), by that day: case 3 of {@link linkCandidates} looks a claim's day up here. */
  byDay: Map<string, DayFacts>;
  /** The facts that span more than one day, sorted like `sorted`, with their own running maximum of `last`. */
  long: { first: string; last: string; index: number }[];
  longMaxLast: string[];
  /** Terms of each fact, by index (registryTerms), as arrays: every candidate's are walked, and an array walks faster than a set. */
  stems?: string[][];
  /** Who and where, for {@link linkCandidates} (built on first use). */
  people?: PeopleIndex;
}

/** The registry's facts by the ids they involve, with their date bounds by index. */
interface PeopleIndex {
  /** Actor (or place) id listed in a fact's `actors` → indexes of those facts, ascending. */
  byActor: Map<string, number[]>;
  /** A fact's `place` → indexes of the facts held there, ascending. */
  byPlace: Map<string, number[]>;
  /** First and last day of each fact ('' when its date is not valid), by index. */
  first: string[];
  last: string[];
  /** Marks of the facts already taken by the current query (`mark[i] === stamp`). */
  mark: Uint32Array;
  stamp: number;
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
  const byDay = new Map<string, DayFacts>();
  const long: DateIndex['long'] = [];
  const longMaxLast: string[] = [];
  max = '';
  for (const s of sorted) {
    if (s.first === s.last) {
      const day = byDay.get(s.first);
      if (day) day.facts.push(s.index);
      else byDay.set(s.first, { facts: [s.index], byStem: undefined });
    } else {
      long.push(s);
      longMaxLast.push((max = s.last > max ? s.last : max));
    }
  }
  idx = { facts, sorted, maxLast, byDay, long, longMaxLast };
  indexes.set(registry, idx);
  return idx;
}

/** Terms of each fact (as linking scores words: registryTerms), by index, in the sets' order. */
function factStems(idx: DateIndex, registry: Registry): string[][] {
  return (idx.stems ??= registryTerms(registry).terms.map((set) => [...set]));
}

/** The one-day facts of a day, and (built on first use) the same by content stem. */
interface DayFacts {
  facts: number[];
  byStem: Map<string, number[]> | undefined;
}

/** Below this many facts on a day, testing each fact's stems is cheaper than a stem index for the day. */
const DAY_SCAN = 16;

/** A day's facts by content stem (built once per day, when a claim first names the day). */
function dayStems(day: DayFacts, stems: readonly (readonly string[])[]): Map<string, number[]> {
  if (day.byStem) return day.byStem;
  const byStem = new Map<string, number[]>();
  for (const i of day.facts) {
    for (const stem of stems[i]!) { // in range: day.facts holds fact indices, and stems has one set a fact
      const list = byStem.get(stem);
      if (list) list.push(i);
      else byStem.set(stem, [i]);
    }
  }
  return (day.byStem = byStem);
}

/** The facts by actor and place, and their date bounds by index (once per registry). */
function peopleIndex(idx: DateIndex): PeopleIndex {
  if (idx.people) return idx.people;
  const byActor = new Map<string, number[]>();
  const byPlace = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  const first: string[] = new Array<string>(idx.facts.length).fill('');
  const last: string[] = new Array<string>(idx.facts.length).fill('');
  for (const s of idx.sorted) {
    first[s.index] = s.first;
    last[s.index] = s.last;
  }
  idx.facts.forEach((fact, i) => {
    for (const id of fact.actors) add(byActor, id, i);
    if (fact.place !== undefined) add(byPlace, fact.place, i);
  });
  return (idx.people = { byActor, byPlace, first, last, mark: new Uint32Array(idx.facts.length), stamp: 0 });
}

/** Whether two stem sets share a stem (walks the fact's few stems). */
function shareStem(factStems: readonly string[], stems: ReadonlySet<string>): boolean {
  for (const stem of factStems) if (stems.has(stem)) return true;
  return false;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The facts a claim may link by inference, in registry order: a superset of the
 * facts that pass `inferLink` (link/index.ts), found through inverted indexes
 * instead of every fact. `stems` are the content stems of the claim's whole text.
 *
 * Why nothing that could link is left out. `linkable` keeps a fact only when
 * (b) `words` ≥ MIN_WORDS > 0 (for an undated claim UNDATED_WORDS > 0), so the
 * claim's stems without its names (a subset of `stems`) share a term with the
 * fact's terms, and (c) `actors` > 0 or `place` > 0 or (`date` = 1, the claim
 * naming a day or span of days that overlaps the fact's date); an undated claim
 * needs `actors` > 0 or `place` > 0. The date is no gate otherwise: it only adds to or takes
 * from the total. Every kept fact therefore falls in one of three cases, each
 * enumerated below and then filtered by (b) exactly:
 * 1. `actors` > 0: one of the claim's registered actor or place ids, or a place
 *    that holds one of its places (the `within` chain, walked as `placesAbove`
 *    walks it), is in the fact's `actors` (found through `byActor`);
 * 2. `place` > 0: the fact's `place` is one of the claim's registered places or
 *    lies on the `within` chain of one (`byPlace`);
 * 3. `actors` = 0, `place` = 0 and `date` = 1: the fact overlaps a claim date of
 *    day precision, so the date index queried with those values finds it;
 * 4. `actors` = 0, `place` = 0, `date` < 1: then the claim names no registered
 *    actor or place (`alone` with `place` = 0) and `words` ≥ WORDS_ONLY, so closeness ≥
 *    WORDS_ONLY·WORDS_FULL = c and, the fact's share being at most 1, the shared
 *    terms weigh at least c² of the claim's terms. A fact sharing none of the
 *    claim's heaviest terms, taken until the rest weighs less than that, cannot
 *    pass: the facts having one of those terms (`byTerm`) are enumerated.
 * Scoring the returned facts in registry order keeps ties as the scan of every
 * fact breaks them (the first fact with the best total wins).
 */
export function linkCandidates(registry: Registry, claim: Claim, stems: () => ReadonlySet<string>): RegistryFact[] {
  const idx = dateIndex(registry);
  // A registry without facts (an article checked with none, or with actors only) has no candidate: no claim's terms are weighed.
  if (!idx.facts.length) return [];
  const days: { first: string; last: string }[] = [];
  for (const d of claim.dates) {
    if (!DAY.test(d.value)) continue;
    const b = valueBounds(d.value);
    if (b) days.push(b);
  }
  const people = peopleIndex(idx);
  const stamp = (people.stamp = (people.stamp + 1) >>> 0 || 1);
  if (stamp === 1) people.mark.fill(0);
  const q: Query = { people, stamp, own: factStems(idx, registry), stems, words: undefined, out: [] };
  // Cases 1 and 2: facts that name one of the claim's actors or places (or a place holding
  // one of its places), or that are held in one of its places or a place holding it.
  for (const a of claim.actors) if (a.form !== 'unregistered') take(q, people.byActor.get(a.id));
  for (const p of claim.places) {
    if (p.form === 'unregistered') continue;
    const seen = new Set<string>();
    for (let at: string | undefined = p.id; at !== undefined && !seen.has(at); at = registry.actors.get(at)?.within) {
      seen.add(at);
      take(q, people.byActor.get(at));
      take(q, people.byPlace.get(at));
    }
  }
  // Case 3: facts overlapping a day the claim names, sharing a word (a fact that
  // failed these tests in cases 1 and 2 is marked: it would fail them again). A claim
  // date of up to a month meets the one-day facts day by day (through their stems on a
  // busy day) and the facts spanning several days by the date scan; a longer one scans.
  if (claim.dates.length && !claim.actors.some(registered) && !claim.places.some(registered)) takeByTerms(q, registry, claim);
  for (const b of days) {
    const span = b.first === b.last ? 1 : daysBetween(b.first, b.last) + 1;
    if (!(span >= 1 && span <= SHORT_RANGE) || (span > 1 && addDays(b.first, span - 1) !== b.last)) {
      scanOverlapping(q, idx.sorted, idx.maxLast, b);
      continue;
    }
    for (let k = 0; k < span; k++) takeDay(q, idx.byDay.get(k === 0 ? b.first : addDays(b.first, k)));
    scanOverlapping(q, idx.long, idx.longMaxLast, b);
  }
  return q.out.sort((a, b) => a - b).map((i) => idx.facts[i]!); // in range: q.out holds fact indices
}

const registered = (a: { form: string }): boolean => a.form !== 'unregistered';

/** Case 4 of {@link linkCandidates}: the facts having one of the claim's heaviest terms (a prefix filter), sharing a word. */
function takeByTerms(q: Query, registry: Registry, claim: Claim): void {
  const t = registryTerms(registry);
  const mine = [...claimStemsOf(claim, registry)].map((term) => ({ term, w: termWeight(t, term) }));
  let total = 0;
  for (const x of mine) total += x.w;
  mine.sort((a, b) => b.w - a.w);
  // The shared terms must weigh at least (WORDS_ONLY·WORDS_FULL)² of the claim's (a little less, for rounding).
  const need = (WORDS_ONLY * WORDS_FULL) ** 2 * total * 0.999;
  let rest = total;
  for (const { term, w } of mine) {
    if (rest < need) break;
    rest -= w;
    take(q, t.byTerm.get(term));
  }
}

/** Claim dates up to this many days long meet one-day facts day by day; longer ones scan every overlapping fact. */
const SHORT_RANGE = 31;

/** Takes the one-day facts of a day not yet seen by the query that share a word with the claim. */
function takeDay(q: Query, day: DayFacts | undefined): void {
  if (!day) return;
  const { people, stamp } = q;
  if (day.facts.length < DAY_SCAN) {
    // in range: day.facts holds fact indices, and q.own has an entry a fact
    for (const i of day.facts) {
      if (people.mark[i] === stamp) continue;
      people.mark[i] = stamp;
      if (shareStem(q.own[i]!, (q.words ??= q.stems()))) q.out.push(i);
    }
    return;
  }
  const byStem = dayStems(day, q.own);
  for (const stem of (q.words ??= q.stems())) {
    const list = byStem.get(stem);
    if (!list) continue;
    for (const i of list) {
      if (people.mark[i] === stamp) continue;
      people.mark[i] = stamp;
      q.out.push(i);
    }
  }
}

/**
 * Takes the facts of `sorted` (sorted by first day, `maxLast` its running maximum of last
 * days) that overlap `b`, are not yet seen by the query and share a word with the claim.
 */
function scanOverlapping(q: Query, sorted: DateIndex['sorted'], maxLast: readonly string[], b: { first: string; last: string }): void {
  const { people, stamp } = q;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.first <= b.last) lo = mid + 1; // in range: lo <= mid < hi <= sorted.length
    else hi = mid;
  }
  // in range: 0 <= j < lo <= sorted.length, which is maxLast.length; s.index is a fact index
  for (let j = lo - 1; j >= 0 && maxLast[j]! >= b.first; j--) {
    const s = sorted[j]!;
    if (s.last < b.first || people.mark[s.index] === stamp) continue;
    people.mark[s.index] = stamp;
    if (shareStem(q.own[s.index]!, (q.words ??= q.stems()))) q.out.push(s.index);
  }
}

/** One claim's search (a plain object, not closures: this runs for every claim). */
interface Query {
  people: PeopleIndex;
  stamp: number;
  own: readonly (readonly string[])[];
  stems: () => ReadonlySet<string>;
  /** The claim's stems, once asked for. */
  words: ReadonlySet<string> | undefined;
  out: number[];
}

/** Takes the facts of `list` not yet seen by the query which share a word with the claim. */
function take(q: Query, list: readonly number[] | undefined): void {
  if (!list) return;
  const { people, stamp } = q;
  // in range: the lists hold fact indices, and q.own has an entry a fact
  for (const i of list) {
    if (people.mark[i] === stamp) continue;
    people.mark[i] = stamp;
    if (shareStem(q.own[i]!, (q.words ??= q.stems()))) q.out.push(i);
  }
}
