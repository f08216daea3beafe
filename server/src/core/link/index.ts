/**
 * Claim → fact linking. A `[@id]` marker links its sentence explicitly; a dated
 * claim without a marker is linked by inference to the fact it fits best
 * (date overlap, shared actors, shared words) when the fit clears
 * {@link LINK_THRESHOLD}.
 */
import type { Registry, RegistryFact } from '../registry/model.js';
import type { ActorMention, Article, Claim, DateMention, Fix, Sentence } from '../types.js';
import { linkCandidates } from './candidates.js';
import { contentStems } from './words.js';
import { knowClaimStems, LINK_THRESHOLD, MIN_WORDS, scoreFact, WORDS_ALONE, WORDS_ONLY, type Evidence, type FactScore } from './score.js';

export { LINK_THRESHOLD, scoreFact, dateFit, placesAbove, type Evidence, type FactScore } from './score.js';
export { isWithin, placesNest } from './places.js';
export { claimSlug, contentStems, editDistance, idSlug } from './words.js';

/** A link from a claim to a registry fact. */
export interface ClaimLink {
  /** The claim; for a marker in a sentence without a date, the sentence as an undated claim. */
  claim: Claim;
  factId: string;
  /** `explicit`: a `[@id]` marker in the sentence; `inferred`: by date, actors and words. */
  kind: 'explicit' | 'inferred';
  /** 1 for explicit links, the fit (0..1) for inferred ones. */
  score: number;
  /** For an inferred link: the quick fix that writes it down as a `[@id]` marker. */
  markerFix?: Fix;
}

/** Where a marker goes in a sentence: before its final punctuation, else at its end. */
export function markerOffset(text: string, sentence: { start: number; end: number }): number {
  const body = text.slice(sentence.start, sentence.end);
  const m = /\s*[.!?]+["'”’)\]]*\s*$/.exec(body);
  return sentence.start + (m ? m.index : body.trimEnd().length);
}

/** A fix that writes `[@id]` into a sentence. */
export function insertMarkerFix(article: Article, sentence: { start: number; end: number }, id: string, title = `Link \`${id}\` with a marker`): Fix {
  return markerFixAt(article, markerOffset(article.text, sentence), id, title);
}

function markerFixAt(article: Article, at: number, id: string, title: string): Fix {
  return { title, edits: [{ uri: article.uri, span: { start: at, end: at }, newText: ` [@${id}]` }] };
}

const inside = (x: { start: number; end: number }, s: { start: number; end: number }): boolean => x.start >= s.start && x.end <= s.end;

/** Index of the first item of a list sorted by start whose start is at least `start`. */
function lowerBound(list: readonly { start: number }[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1; // in range: lo <= mid < hi <= list.length
    else hi = mid;
  }
  return lo;
}

/** The items of a list sorted by start that `keep` accepts among those starting inside the sentence. */
function startingIn<T extends { start: number; end: number }>(list: readonly T[], sentence: { start: number; end: number }, keep: (x: T) => boolean): T[] {
  const out: T[] = [];
  // in range: i < list.length is tested first
  for (let i = lowerBound(list, sentence.start); i < list.length && list[i]!.start < sentence.end; i++) if (keep(list[i]!)) out.push(list[i]!);
  return out;
}

/** Whether `keep` accepts an item of a list sorted by start among those starting inside the sentence. */
function someStartingIn<T extends { start: number; end: number }>(list: readonly T[], sentence: { start: number; end: number }, keep: (x: T) => boolean): boolean {
  // in range: i < list.length is tested first
  for (let i = lowerBound(list, sentence.start); i < list.length && list[i]!.start < sentence.end; i++) if (keep(list[i]!)) return true;
  return false;
}

/** Whether a list is sorted by start (callers check once per call, not per sentence). */
function isSorted(list: readonly { start: number }[]): boolean {
  return list.every((x, i) => i === 0 || list[i - 1]!.start <= x.start); // in range: 0 <= i - 1
}

/** A sentence that holds a marker but no date, as a claim without dates (so that its marker links it). */
function sentenceClaim(sentence: Sentence, article: Article, actors: ActorMention[], dates: DateMention[], markersSorted: boolean): Claim {
  const named = startingIn(actors, sentence, (a) => inside(a, sentence));
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    dates: startingIn(dates, sentence, (d) => inside(d, sentence)),
    actors: named.filter((a) => a.type !== 'place'),
    places: named.filter((a) => a.type === 'place'),
    markers: markersSorted ? startingIn(article.markers, sentence, () => true) : article.markers.filter((m) => m.start >= sentence.start && m.start < sentence.end),
  };
}

/**
 * Inferred links remembered (for one registry) by the claim's text, a string
 * that unchanged sentences share from one analysis to the next (hashed once),
 * then by what else the fit depends on: its date values and named actors.
 */
export type LinkMemo = Map<string, LinkMemoEntry[]>;

/** One remembered inferred link: what it depends on besides the registry and the text, and the best fact (or null). */
interface LinkMemoEntry {
  /** Date values, then form, id and text of each actor, then of each place (compared, not joined into a key). */
  deps: string[];
  actors: number;
  places: number;
  best: { id: string; score: number } | null;
  /** Where the marker of an inferred link goes, relative to the claim's start (it reads only the text). */
  at: number;
}

function depsOf(claim: Claim): string[] {
  const deps: string[] = [];
  for (const d of claim.dates) deps.push(d.value);
  for (const a of claim.actors) deps.push(a.form, a.id, a.text);
  for (const a of claim.places) deps.push(a.form, a.id, a.text);
  return deps;
}

/** Whether a remembered link was found for the same date values and named actors as the claim's. */
function sameDeps(entry: LinkMemoEntry, claim: Claim): boolean {
  const { deps } = entry;
  if (entry.actors !== claim.actors.length || entry.places !== claim.places.length || deps.length !== claim.dates.length + 3 * (entry.actors + entry.places)) return false;
  let i = 0;
  for (const d of claim.dates) if (deps[i++] !== d.value) return false;
  for (const a of claim.actors) if (deps[i++] !== a.form || deps[i++] !== a.id || deps[i++] !== a.text) return false;
  for (const a of claim.places) if (deps[i++] !== a.form || deps[i++] !== a.id || deps[i++] !== a.text) return false;
  return true;
}

/**
 * The fact a dated claim without a marker fits best, if any clears the threshold.
 * `indexed` (the default) scores only the facts {@link linkCandidates} finds
 * (those that share an actor, a place or a day and a word with the claim);
 * `exhaustive` scores every fact of the registry, the reference the indexed
 * search must equal (test/core/link-index.test.ts).
 */
export function inferLink(claim: Claim, registry: Registry, how: 'indexed' | 'exhaustive' = 'indexed'): { id: string; score: number } | undefined {
  let best: { id: string; score: number; closeness: number } | undefined;
  const undated = claim.dates.length === 0;
  for (const fact of how === 'indexed' ? linkCandidates(registry, claim, () => textStems(claim)) : registry.facts.values()) {
    const s = scoreFact(claim, fact, registry);
    if (linkable(s, undated) && (!best || s.total > best.score || (s.total === best.score && s.closeness > best.closeness))) best = { id: fact.id, score: s.total, closeness: s.closeness };
  }
  return best;
}

/**
 * Whether a score is enough for an inferred link. A shared day and person are not:
 * the same person does many things a day, so words must say it is the same event;
 * without a shared actor or place, the words must be many and the claim must name a
 * day of the fact, or name no registered actor or place at all and say nearly all
 * the fact says. (linkCandidates relies on these conditions: change them together.)
 */
export function linkable(s: FactScore, undated = false): boolean {
  if (undated) return s.total >= UNDATED_LINK && s.words >= UNDATED_WORDS && (s.actors > 0 || (s.place > 0 && s.alone));
  if (s.total < LINK_THRESHOLD || s.words < MIN_WORDS) return false;
  if (s.actors > 0 || s.place > 0) return true;
  if (s.date === 1) return s.words >= WORDS_ALONE;
  // A sentence naming no registered actor or place, its date off: only when it says (nearly) all the fact says.
  return s.alone && s.place === 0 && s.words >= WORDS_ONLY;
}

/** An undated sentence has no date to agree: it links only on strong words and a shared actor. */
export const UNDATED_LINK = 0.5;
export const UNDATED_WORDS = 0.5;

/** The content stems of a claim's whole text, told to the scorer too. */
function textStems(claim: Claim): ReadonlySet<string> {
  let all = STEMS_BY_TEXT.get(claim.text);
  if (!all) {
    if (STEMS_BY_TEXT.size >= 10_000) STEMS_BY_TEXT.clear();
    STEMS_BY_TEXT.set(claim.text, (all = contentStems(claim.text)));
  }
  knowClaimStems(claim, all);
  return all;
}

/** Content stems by sentence text: unchanged sentences meet the same text at every keystroke (never mutated). */
const STEMS_BY_TEXT = new Map<string, ReadonlySet<string>>();

/**
 * Links the claims of an article to registry facts. Markers naming no fact
 * link nothing (`claim.unknown-fact` reports them). Returns links in text order.
 * With a `memo` (kept for one registry), claims seen before reuse their inferred link.
 */
export function linkClaims(
  article: Article,
  claims: readonly Claim[],
  actors: ActorMention[],
  dates: DateMention[],
  registry: Registry,
  memo?: LinkMemo,
  restatements: readonly Claim[] = [],
): ClaimLink[] {
  const links: ClaimLink[] = [];
  let byStart: Map<number, Claim> | undefined;
  const done = new Set<number>();
  const { markers } = article;
  // Explicit links: every marker, in its claim or in its sentence.
  const sorted = isSorted(markers);
  let m = 0;
  for (const sentence of article.sentences) {
    while (m < markers.length && markers[m]!.start < sentence.start) m++; // in range: m < length is tested first
    // in range: m < markers.length is tested first
    const marked = sorted ? m < markers.length && markers[m]!.start < sentence.end : markers.some((x) => x.start >= sentence.start && x.start < sentence.end);
    if (!marked) continue;
    byStart ??= new Map(claims.map((c) => [c.start, c]));
    const claim = byStart.get(sentence.start) ?? sentenceClaim(sentence, article, actors, dates, sorted);
    done.add(claim.start);
    const seen = new Set<string>();
    for (const marker of claim.markers) {
      if (seen.has(marker.id) || !registry.facts.has(marker.id)) continue;
      seen.add(marker.id);
      links.push({ claim, factId: marker.id, kind: 'explicit', score: 1 });
    }
  }
  if (memo && memo.size > 10_000) memo.clear();
  // Inferred links: the best fact for each dated claim and undated restatement without a marker.
  for (let i = 0, n = claims.length + restatements.length; i < n; i++) {
    const claim = i < claims.length ? claims[i]! : restatements[i - claims.length]!; // in range: i < n, the two lengths
    if (done.has(claim.start) || claim.markers.length) continue;
    let best: { id: string; score: number } | undefined | null;
    let at: number;
    if (memo) {
      let entries = memo.get(claim.text);
      if (!entries || entries.length >= 16) memo.set(claim.text, (entries = []));
      let entry: LinkMemoEntry | undefined;
      for (const e of entries) {
        if (sameDeps(e, claim)) {
          entry = e;
          break;
        }
      }
      if (!entry) {
        best = inferLink(claim, registry) ?? null;
        entry = { deps: depsOf(claim), actors: claim.actors.length, places: claim.places.length, best, at: best ? markerOffset(article.text, claim) - claim.start : 0 };
        entries.push(entry);
      }
      best = entry.best;
      at = claim.start + entry.at;
    } else {
      best = inferLink(claim, registry);
      at = best ? markerOffset(article.text, claim) : 0;
    }
    if (best) {
      const markerFix = markerFixAt(article, at, best.id, `Link to \`${best.id}\` with a marker`);
      links.push({ claim, factId: best.id, kind: 'inferred', score: Math.round(best.score * 1000) / 1000, markerFix });
    }
  }
  return links.sort((a, b) => a.claim.start - b.claim.start);
}

const placed = new WeakMap<Registry, RegistryFact[]>();

/** The facts with a place and three or more actors, in registry order (the only ones an undated sentence may link). */
function placedFacts(registry: Registry): RegistryFact[] {
  let facts = placed.get(registry);
  if (!facts) placed.set(registry, (facts = [...registry.facts.values()].filter((f) => f.place && f.actors.length >= 3)));
  return facts;
}

/** An undated sentence links only when it names all of a fact's actors and most of its words. */
const UNDATED_THRESHOLD = 0.65;

/**
 * Weak links of undated sentences that say where something happened and name
 * every actor of a fact (three or more) and most of its words ("two days of
 * negotiations between A, B and C, held in X"). They are not claim links (not
 * in {@link linkClaims}, never shown as links); only the place check uses them.
 */
export function linkUndatedPlaces(article: Article, claims: readonly Claim[], actors: ActorMention[], dates: DateMention[], registry: Registry): ClaimLink[] {
  const links: ClaimLink[] = [];
  const facts = placedFacts(registry);
  if (!facts.length) return links;
  const claimed = new Set(claims.map((c) => c.start));
  const markersSorted = isSorted(article.markers);
  for (const sentence of article.sentences) {
    if (claimed.has(sentence.start)) continue;
    // Most sentences name no place: look before building the sentence's claim.
    if (!someStartingIn(actors, sentence, (a) => a.type === 'place' && inside(a, sentence))) continue;
    const claim = sentenceClaim(sentence, article, actors, dates, markersSorted);
    if (claim.dates.length || claim.markers.length || !claim.places.length) continue;
    const named = new Set([...claim.actors, ...claim.places].filter((a) => a.form !== 'unregistered').map((a) => a.id));
    if (named.size < 3) continue;
    let best: { id: string; score: number } | undefined;
    for (const fact of facts) {
      if (!fact.actors.every((id) => named.has(id))) continue;
      const s = scoreFact(claim, fact, registry);
      const total = (s.actors + s.words) / 2;
      if (s.words >= 0.3 && total >= UNDATED_THRESHOLD && (!best || total > best.score)) best = { id: fact.id, score: total };
    }
    if (best) links.push({ claim, factId: best.id, kind: 'inferred', score: Math.round(best.score * 1000) / 1000 });
  }
  return links;
}

/** Why an inferred link was made, for an editor to judge it (hovers). */
export interface LinkExplanation {
  /** How sure the link is: `high` (0.75 or more), `medium` (0.6 or more) or `low`. */
  certainty: 'high' | 'medium' | 'low';
  score: FactScore;
  /** Names of the registered actors and places shared with the fact. */
  actors: string[];
  /** The sentence's words that the fact shares (as written, or the near-synonym group's first entry). */
  words: string[];
  /** `agrees`, `differs` (the fact's date is `factDate`), or `none` (the sentence has no date that could say). */
  date: 'agrees' | 'differs' | 'none';
}

/** Explains the fit of a claim to a fact (one fact: cheap enough for a hover). */
export function explainLink(claim: Claim, fact: RegistryFact, registry: Registry): LinkExplanation {
  const evidence: Evidence = { actors: [], terms: [] };
  const score = scoreFact(claim, fact, registry, evidence);
  const shared = new Set(evidence.terms);
  const words: string[] = [];
  for (const m of claim.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}%'’$-]*/gu)) {
    const terms = contentStems(m[0]);
    for (const t of terms) {
      if (!shared.has(t)) continue;
      shared.delete(t);
      words.push(m[0]);
    }
  }
  // Phrases and what the word scan did not meet: the group's name.
  for (const t of shared) words.push(t.startsWith('~') ? t.slice(1).replace(/_/g, ' ') : t);
  const certainty = score.total >= 0.75 ? 'high' : score.total >= 0.6 ? 'medium' : 'low';
  return {
    certainty,
    score,
    actors: evidence.actors.map((id) => registry.actors.get(id)?.name ?? id),
    words,
    date: score.date > 0 ? 'agrees' : score.date < 0 ? 'differs' : 'none',
  };
}
