import { valueBounds } from '../iso.js';
import type { Registry, RegistryFact } from '../registry/model.js';
import type { Claim } from '../types.js';
import { actorWeight, factTerms, factTermsWeight, registryTerms, termWeight, titleStems, type RegistryTerms } from './terms.js';
import { contentStems } from './words.js';

/**
 * Weights of the kinds of evidence for an inferred link. Words and actors say which
 * event a sentence reports; a date that agrees adds to the fit and one that
 * disagrees takes from it (`date` runs from -1 to 1), as a place inside the fact's
 * place adds: neither is a gate, so a sentence with the wrong date still links to
 * the fact it restates (and `claim.date-mismatch` reports the date).
 */
export const WEIGHTS = { date: 0.22, actors: 0.27, words: 0.42, place: 0.09 } as const;

/** Below this score a claim stays unlinked. */
export const LINK_THRESHOLD = 0.45;

/** Share of words an inferred link needs whatever else agrees: sharing actors is not sharing the event. */
export const MIN_WORDS = 0.2;

/** Share of words an inferred link needs when the claim and the fact share no actor and no place (then the claim must also name a day of the fact). */
export const WORDS_ALONE = 0.3;

/**
 * Share of words a link needs when the claim names no registered actor or place at
 * all and no day of the fact ("The trial opened with jury selection on April 14",
 * a day off): nearly all of them.
 */
export const WORDS_ONLY = 0.9;

/** How much a date that disagrees counts against (`date` of a claim whose every day or month misses the fact's). */
export const DATE_AGAINST = -0.4;

/** How well a claim fits a fact, each part in 0..1 (`date` in -1..1), and the weighted total. */
export interface FactScore {
  /** 1 when a day overlaps the fact's date, 0.5 a month, 0.25 a year; 0 without a date; {@link DATE_AGAINST} when the claim's days or months all miss it. */
  date: number;
  actors: number;
  words: number;
  /** 1 when a place the claim names lies inside the fact's `place`. */
  place: number;
  total: number;
  /** The words' fit before it is capped at 1: breaks ties between facts of equal totals. */
  closeness: number;
  /** True when the claim names no registered actor or place, or only the fact's place: then actors are left out of the total, not held against it. */
  alone: boolean;
}

/** What made a score: the actors (ids) and terms the claim shares with the fact. */
export interface Evidence {
  actors: string[];
  terms: string[];
}

/**
 * What scoring reads of a fact on every claim that meets it, found once: its date's bounds, and (for the
 * registry's terms it was last scored with) the summed weight of its actors. One lookup a fact and claim
 * instead of one a participant: the actors' weights cost a 300-word article's linking a fifth of its time.
 */
interface FactInfo {
  bounds: { first: string; last: string } | undefined;
  sideFor: RegistryTerms | undefined;
  side: number;
}
const factInfo = new WeakMap<RegistryFact, FactInfo>();

function infoOf(fact: RegistryFact): FactInfo {
  let info = factInfo.get(fact);
  if (info === undefined) factInfo.set(fact, (info = { bounds: valueBounds(fact.date), sideFor: undefined, side: 0 }));
  return info;
}

/** The summed weight of a fact's actors ({@link actorWeight}, in their order). */
function actorSide(info: FactInfo, t: RegistryTerms, fact: RegistryFact): number {
  if (info.sideFor !== t) {
    let w = 0;
    for (const id of fact.actors) w += actorWeight(t, id);
    info.side = w;
    info.sideFor = t;
  }
  return info.side;
}

/** A claim date as {@link dateFit} reads it: its bounds, whether it names a month or a day, and the fit its precision gives. */
interface ClaimDay {
  first: string;
  last: string;
  precise: boolean;
  span: number;
}

/** The bounds of the claim last given to {@link dateFit} (facts are scored claim after claim). */
let daysOf: { claim: Claim; dates: Claim['dates']; days: ClaimDay[] } | undefined;

function claimDays(claim: Claim): ClaimDay[] {
  if (daysOf?.claim === claim && daysOf.dates === claim.dates) return daysOf.days;
  const days: ClaimDay[] = [];
  for (const d of claim.dates) {
    const b = valueBounds(d.value);
    if (!b) continue;
    const precise = /^\d{4}-\d{2}/.test(d.value);
    days.push({ first: b.first, last: b.last, precise, span: /^\d{4}-\d{2}-\d{2}/.test(d.value) ? 1 : precise ? 0.5 : 0.25 });
  }
  daysOf = { claim, dates: claim.dates, days };
  return days;
}

/** The claim's content words without the names it mentions: names are scored as actors, not as words (the set `words` is scored on). */
export function claimStemsOf(claim: Claim, registry: Registry): Set<string> {
  const k = known(claim);
  if (!k.stems || k.stemsFor !== registry) {
    const s = k.all ? new Set(k.all) : contentStems(claim.text);
    for (const a of claim.actors) {
      for (const w of contentStems(a.text)) s.delete(w);
      // Their titles too: who they are is not what they did.
      if (a.form !== 'unregistered') for (const w of titleStems(registry, a.id)) s.delete(w);
    }
    for (const a of claim.places) for (const w of contentStems(a.text)) s.delete(w);
    k.stems = s;
    k.stemsFor = registry;
  }
  return k.stems;
}

/** Tells the scorer the content stems of a claim's whole text (`contentStems(claim.text)`), so it does not find them again. */
export function knowClaimStems(claim: Claim, all: ReadonlySet<string>): void {
  known(claim).all = all;
}

/**
 * What scoring has found about the claim it scores now: facts are scored claim after claim, so
 * one claim is remembered at a time. (A WeakMap keyed by claims, which live for one analysis,
 * kept each claim and all it holds through the young-generation collections until a full one:
 * the same kind of memo keyed by block units cost a 1,000-word analysis about 15%.)
 */
let current: {
  claim: Claim;
  registry?: Registry;
  all?: ReadonlySet<string>;
  stems?: Set<string>;
  stemsFor?: Registry;
  /** The claim's registered actor and place ids, each with the places that hold it (for actors listed as a fact's participant). */
  actors?: Map<string, string[]>;
  actorWeight?: number;
  termWeight?: number;
} | undefined;
function known(claim: Claim): NonNullable<typeof current> {
  if (current?.claim !== claim) current = { claim };
  return current;
}

const EMPTY: string[] = [];

/** The registered actors and places a claim names, each place with the places above it (once per claim). */
export function claimActors(claim: Claim, registry: Registry): Map<string, string[]> {
  const k = known(claim);
  if (!k.actors || k.registry !== registry) {
    const m = new Map<string, string[]>();
    for (const a of claim.actors) if (a.form !== 'unregistered') m.set(a.id, EMPTY);
    for (const p of claim.places) if (p.form !== 'unregistered' && !m.has(p.id)) m.set(p.id, placesAbove(registry, p.id));
    k.actors = m;
    k.registry = registry;
    k.actorWeight = undefined;
    k.termWeight = undefined;
  }
  return k.actors;
}

/** The places that hold a place, nearest first (its `within` chain, without itself). */
export function placesAbove(registry: Registry, id: string): string[] {
  const out: string[] = [];
  const seen = new Set([id]);
  for (let at = registry.actors.get(id)?.within; at !== undefined && !seen.has(at); at = registry.actors.get(at)?.within) {
    out.push(at);
    seen.add(at);
  }
  return out.length ? out : EMPTY;
}

/**
 * How a claim's dates meet the fact's date: 1 when a day or a span of days
 * overlaps it, less for a month or a year that merely contains it, 0 when the
 * claim names no date that could say (none, or only years that miss), and
 * {@link DATE_AGAINST} when its days or months all miss the fact's.
 */
export function dateFit(claim: Claim, fact: RegistryFact): number {
  return fitOf(claim, infoOf(fact).bounds);
}

function fitOf(claim: Claim, f: { first: string; last: string } | undefined): number {
  if (!f) return 0;
  let best = 0;
  let against = false;
  for (const b of claimDays(claim)) {
    if (b.first > f.last || f.first > b.last) {
      if (b.precise) against = true;
      continue;
    }
    best = Math.max(best, b.span);
  }
  return best > 0 ? best : against ? DATE_AGAINST : 0;
}

/**
 * Scores a claim against a fact: shared words (their stems and near-synonyms, the
 * rarer among the registry's facts the weightier), shared actors (the rarer the
 * weightier; a place the claim names counts for a participant place that holds it),
 * a place inside the fact's, and the date, for or against.
 */
export function scoreFact(claim: Claim, fact: RegistryFact, registry: Registry, evidence?: Evidence): FactScore {
  const t = registryTerms(registry);
  const info = infoOf(fact);
  const date = fitOf(claim, info.bounds);
  // Words.
  const k = known(claim);
  const mine = claimStemsOf(claim, registry);
  const theirs = factTerms(registry, fact);
  if (k.termWeight === undefined || k.registry !== registry) {
    claimActors(claim, registry);
    let w = 0;
    for (const term of mine) w += termWeight(t, term);
    k.termWeight = w;
  }
  let common = 0;
  const factWeight = factTermsWeight(registry, fact);
  // Walk the smaller set (in the fact's order when sizes tie, so evidence reads as the fact does).
  if (mine.size < theirs.size) {
    for (const term of mine) {
      if (!theirs.has(term)) continue;
      common += termWeight(t, term);
      evidence?.terms.push(term);
    }
  } else {
    for (const term of theirs) {
      if (!mine.has(term)) continue;
      common += termWeight(t, term);
      evidence?.terms.push(term);
    }
  }
  const closeness = common > 0 ? Math.sqrt((common / factWeight) * (common / k.termWeight)) : 0;
  const words = Math.min(1, closeness / WORDS_FULL);
  // Place: a place the claim names inside the fact's.
  const ids = claimActors(claim, registry);
  let place = 0;
  let placeId: string | undefined;
  if (fact.place !== undefined) {
    for (const [id, above] of ids) {
      if (id === fact.place || above.includes(fact.place)) {
        place = 1;
        placeId = id;
        break;
      }
    }
  }
  // Actors: the claim's registered actors and places listed among the fact's (a place
  // the claim names counts for a participant that holds it; the place found as the
  // fact's `place` is not held against the fit).
  let actors = 0;
  if (ids.size) {
    if (k.actorWeight === undefined) {
      let w = 0;
      for (const id of ids.keys()) w += actorWeight(t, id);
      k.actorWeight = w;
    }
    let shared = 0;
    const participants = fact.actors;
    const factSide = actorSide(info, t, fact);
    for (const [id, above] of ids) {
      let hit: string | undefined = participants.includes(id) ? id : undefined;
      for (const place of above) {
        if (hit !== undefined) break;
        if (participants.includes(place)) hit = place;
      }
      if (hit === undefined) continue;
      shared += actorWeight(t, hit);
      evidence?.actors.push(hit);
    }
    const mineSide = placeId !== undefined && !participants.includes(placeId) ? k.actorWeight - actorWeight(t, placeId) : k.actorWeight;
    if (shared > 0) actors = Math.min(1, shared / Math.min(mineSide, Math.max(factSide, 1e-9)));
  }
  if (placeId !== undefined && evidence && !evidence.actors.includes(placeId)) evidence.actors.push(placeId);
  // A claim that names no registered actor or place, or only the fact's place, says
  // nothing of who: actors are left out of the total rather than held against it.
  const alone = ids.size === 0 || (ids.size === 1 && placeId !== undefined && actors === 0);
  const total = ids.size === 0
    ? (WEIGHTS.date * date + WEIGHTS.words * words) / (WEIGHTS.date + WEIGHTS.words)
    : alone
      ? (WEIGHTS.date * date + WEIGHTS.words * words + WEIGHTS.place * place) / (WEIGHTS.date + WEIGHTS.words + WEIGHTS.place)
      : WEIGHTS.date * date + WEIGHTS.actors * actors + WEIGHTS.words * words + WEIGHTS.place * place;
  return { date, actors, words, place, total, closeness, alone };
}

/** The geometric mean of the shares of fact and claim words shared that counts as a full match. */
export const WORDS_FULL = 0.6;
