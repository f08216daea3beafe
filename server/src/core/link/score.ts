import { valueBounds } from '../iso.js';
import type { Registry, RegistryFact } from '../registry/model.js';
import type { Claim } from '../types.js';
import { isWithin } from './places.js';
import { contentStems } from './words.js';

/** Weights of the three kinds of evidence for an inferred link; they sum to 1. */
export const WEIGHTS = { date: 0.45, actors: 0.25, words: 0.25, place: 0.05 } as const;

/** Below this score a claim stays unlinked. A date alone (0.45) is never enough; a date and a third of the words are. */
export const LINK_THRESHOLD = 0.52;

/** Share of words an inferred link needs besides a date and actors (inferLink). */
export const MIN_WORDS = 0.12;

/** Share of words an inferred link needs when the claim and the fact share no actor and no place (inferLink; linkCandidates' case 3 relies on it being above 0). */
export const WORDS_ALONE = 0.3;

/** How well a claim fits a fact, each part in 0..1, and the weighted total. */
export interface FactScore {
  date: number;
  actors: number;
  words: number;
  /** 1 when a place the claim names lies inside the fact's `place`. */
  place: number;
  total: number;
}

const factStems = new WeakMap<RegistryFact, Set<string>>();
const factBounds = new WeakMap<RegistryFact, { first: string; last: string } | null>();

function boundsOf(fact: RegistryFact): { first: string; last: string } | undefined {
  let b = factBounds.get(fact);
  if (b === undefined) factBounds.set(fact, (b = valueBounds(fact.date) ?? null));
  return b ?? undefined;
}

/** The claim's content words without the names it mentions: names are scored as actors, not as words (the set `words` is scored on). */
export function claimStemsOf(claim: Claim): Set<string> {
  const k = known(claim);
  if (!k.stems) {
    const s = k.all ? new Set(k.all) : contentStems(claim.text);
    for (const a of [...claim.actors, ...claim.places]) for (const w of contentStems(a.text)) s.delete(w);
    k.stems = s;
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
let current: { claim: Claim; all?: ReadonlySet<string>; stems?: Set<string>; actors?: Set<string> } | undefined;
function known(claim: Claim): NonNullable<typeof current> {
  if (current?.claim !== claim) current = { claim };
  return current;
}

function stemsOf(fact: RegistryFact): Set<string> {
  let s = factStems.get(fact);
  if (!s) factStems.set(fact, (s = contentStems(`${fact.claim} ${fact.keywords.join(' ')}`)));
  return s;
}

const factActorSets = new WeakMap<RegistryFact, Set<string>>();

/** The ids of a fact's actors (once per fact). */
function factActors(fact: RegistryFact): Set<string> {
  let s = factActorSets.get(fact);
  if (!s) factActorSets.set(fact, (s = new Set(fact.actors)));
  return s;
}

/** The registered actors and places a claim names (once per claim). */
function claimActors(claim: Claim): Set<string> {
  const k = known(claim);
  if (!k.actors) {
    const s = new Set<string>();
    for (const a of claim.actors) if (a.form !== 'unregistered') s.add(a.id);
    for (const p of claim.places) if (p.form !== 'unregistered') s.add(p.id);
    k.actors = s;
  }
  return k.actors;
}

/**
 * How precisely a claim's dates meet the fact's date: 1 when a day or a span
 * of days overlaps it, less for a month or a year that merely contains it, 0
 * when no date overlaps.
 */
export function dateFit(claim: Claim, fact: RegistryFact): number {
  const f = boundsOf(fact);
  if (!f) return 0;
  let best = 0;
  for (const d of claim.dates) {
    const b = valueBounds(d.value);
    if (!b || b.first > f.last || f.first > b.last) continue;
    const span = /^\d{4}-\d{2}-\d{2}/.test(d.value) ? 1 : /^\d{4}-\d{2}$/.test(d.value) ? 0.5 : 0.25;
    best = Math.max(best, span);
  }
  return best;
}

/** The `words` part of a score: `common` stems shared by the claim's `mine` and the fact's `theirs`. */
function wordsFit(common: number, mine: number, theirs: number): number {
  return mine && theirs ? Math.min(1, common / Math.sqrt(mine * theirs) / 0.6) : 0;
}

/**
 * Scores a claim against a fact: shared date, shared actors (places nest),
 * shared words. With `needDate`, a fact whose date does not overlap scores 0
 * at once (the common case, kept cheap for large registries).
 */
export function scoreFact(claim: Claim, fact: RegistryFact, registry: Registry, needDate = false): FactScore {
  const date = dateFit(claim, fact);
  if (needDate && date === 0) return { date, actors: 0, words: 0, place: 0, total: 0 };
  const factIds = factActors(fact);
  const claimIds = claimActors(claim);
  // Participants are the fact's `actors` (places included when listed there); its `place` is only where it happened.
  let shared = 0;
  for (const id of claimIds) if (factIds.has(id)) shared++;
  const place = fact.place !== undefined && claim.places.some((p) => p.form !== 'unregistered' && isWithin(registry, p.id, fact.place!)) ? 1 : 0;
  const actors = claimIds.size ? Math.min(1, shared / Math.min(claimIds.size, Math.max(1, factIds.size))) : 0;
  const mine = claimStemsOf(claim);
  const theirs = stemsOf(fact);
  let common = 0;
  for (const w of mine) if (theirs.has(w)) common++;
  const words = wordsFit(common, mine.size, theirs.size);
  const total = WEIGHTS.date * date + WEIGHTS.actors * actors + WEIGHTS.words * words + WEIGHTS.place * place;
  return { date, actors, words, place, total };
}
