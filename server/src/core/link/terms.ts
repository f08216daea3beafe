import { normalize } from '../extract/tokens.js';
import type { Registry, RegistryFact } from '../registry/model.js';
import { contentStems } from './words.js';

/**
 * What linking needs of a registry's facts, built once per registry: each fact's
 * terms (the content stems and near-synonym groups of its claim and keywords,
 * without the names of its own actors and place, which are scored as actors), and
 * how rare each term and each actor is among the facts (the rarer, the more it
 * tells facts apart: "100%" says more than "security", Witkoff more than Zelensky).
 */
export interface RegistryTerms {
  /** Facts in registry order. */
  facts: RegistryFact[];
  /** Terms of each fact, by index. */
  terms: Set<string>[];
  /** Term → indexes of the facts that have it, ascending. */
  byTerm: Map<string, number[]>;
  /** Actor or place id → how many facts list it in `actors` or as `place`. */
  actorFacts: Map<string, number>;
  /** Weight of a term no fact has (a sentence's own words). */
  unknownWeight: number;
  /** Stems of the words of each actor's role titles ("general", "manag"), by id (filled on use). */
  titles: Map<string, ReadonlySet<string>>;
}

const built = new WeakMap<Registry, RegistryTerms>();
const byFact = new WeakMap<RegistryFact, Set<string>>();
const weightOfFact = new WeakMap<RegistryFact, number>();

/** The registry's terms (built on first use). */
export function registryTerms(registry: Registry): RegistryTerms {
  let t = built.get(registry);
  if (t) return t;
  const facts = [...registry.facts.values()];
  const byTerm = new Map<string, number[]>();
  const actorFacts = new Map<string, number>();
  const names = new Map<string, { spellings: string[]; stems: Set<string> }[]>();
  const titles = new Map<string, ReadonlySet<string>>();
  const terms = facts.map((fact, i) => {
    const text = `${fact.claim} ${fact.keywords.join(' ')}`;
    const own = contentStems(text);
    const lower = normalize(text);
    const ids = fact.place === undefined || fact.actors.includes(fact.place) ? fact.actors : [...fact.actors, fact.place];
    for (const id of ids) {
      actorFacts.set(id, (actorFacts.get(id) ?? 0) + 1);
      for (const n of namesOf(registry, id, names)) if (n.spellings.some((s) => s.length > 0 && lower.includes(s))) for (const w of n.stems) own.delete(w);
      for (const w of titleStemsIn(registry, titles, id)) own.delete(w);
    }
    for (const term of own) {
      const list = byTerm.get(term);
      if (list) list.push(i);
      else byTerm.set(term, [i]);
    }
    byFact.set(fact, own);
    return own;
  });
  t = { facts, terms, byTerm, actorFacts, unknownWeight: Math.log(5), titles };
  built.set(registry, t);
  facts.forEach((fact, i) => {
    let w = 0;
    for (const term of terms[i]!) w += termWeight(t!, term); // in range: terms has an entry a fact
    weightOfFact.set(fact, w);
  });
  return t;
}

/** Each spelling of an actor (normalised) with the stems of its words, once per actor. */
function namesOf(registry: Registry, id: string, memo: Map<string, { spellings: string[]; stems: Set<string> }[]>): { spellings: string[]; stems: Set<string> }[] {
  let out = memo.get(id);
  if (out) return out;
  out = [];
  const actor = registry.actors.get(id);
  if (actor) for (const s of [actor.name, ...actor.aliases, ...actor.variants]) out.push({ spellings: [normalize(s)], stems: contentStems(s) });
  memo.set(id, out);
  return out;
}

const NO_STEMS: ReadonlySet<string> = new Set();

function titleStemsIn(registry: Registry, titles: Map<string, ReadonlySet<string>>, id: string): ReadonlySet<string> {
  let out = titles.get(id);
  if (!out) {
    const roles = registry.actors.get(id)?.roles;
    out = roles?.length ? contentStems(roles.map((r) => r.title).join(' ')) : NO_STEMS;
    titles.set(id, out);
  }
  return out;
}

/**
 * The stems of an actor's role titles: who someone is ("General Manager Helen Marsh")
 * is not what they did, so these words are left out of both sides' words.
 */
export function titleStems(registry: Registry, id: string): ReadonlySet<string> {
  return titleStemsIn(registry, registryTerms(registry).titles, id);
}

/** A fact's terms (see {@link RegistryTerms}). */
export function factTerms(registry: Registry, fact: RegistryFact): Set<string> {
  let s = byFact.get(fact);
  if (!s) {
    registryTerms(registry);
    // A fact object not (or no longer) in this registry: its own terms.
    s = byFact.get(fact) ?? contentStems(`${fact.claim} ${fact.keywords.join(' ')}`);
  }
  return s;
}

/** The summed weight of a fact's terms (once per registry). */
export function factTermsWeight(registry: Registry, fact: RegistryFact): number {
  let w = weightOfFact.get(fact);
  if (w === undefined) {
    const t = registryTerms(registry);
    w = 0;
    for (const term of factTerms(registry, fact)) w += termWeight(t, term);
    weightOfFact.set(fact, w);
  }
  return w;
}

/** How much a term tells facts apart: ln(1 + N / facts having it); a term no fact has weighs `unknownWeight`. */
export function termWeight(t: RegistryTerms, term: string): number {
  const list = t.byTerm.get(term);
  return list ? Math.log(1 + t.facts.length / list.length) : t.unknownWeight;
}

/** How much an actor tells facts apart (as {@link termWeight}). */
export function actorWeight(t: RegistryTerms, id: string): number {
  const n = t.actorFacts.get(id);
  return n ? Math.log(1 + t.facts.length / n) : Math.log(1 + t.facts.length);
}
