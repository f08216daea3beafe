import type { Registry, RegistryFact } from '../registry/model.js';

/** Reverse lookups of a registry, built once per registry object. */
interface RegistryIndex {
  /** Actor id → facts naming it among their `actors` or as their `place`, in registry order. */
  naming: Map<string, RegistryFact[]>;
  /** Fact id → facts whose `superseded_by` names it, in registry order. */
  superseding: Map<string, RegistryFact[]>;
}

const indexes = new WeakMap<Registry, RegistryIndex>();

function indexOf(registry: Registry): RegistryIndex {
  let idx = indexes.get(registry);
  if (idx) return idx;
  idx = { naming: new Map(), superseding: new Map() };
  const push = (map: Map<string, RegistryFact[]>, key: string, fact: RegistryFact): void => {
    const list = map.get(key);
    if (!list) map.set(key, [fact]);
    else if (list[list.length - 1] !== fact) list.push(fact);
  };
  for (const fact of registry.facts.values()) {
    for (const id of fact.actors) push(idx.naming, id, fact);
    if (fact.place) push(idx.naming, fact.place, fact);
    if (fact.supersededBy) push(idx.superseding, fact.supersededBy, fact);
  }
  indexes.set(registry, idx);
  return idx;
}

/**
 * Facts that name an actor among their `actors` or as their `place`: the same
 * list as `factsNaming`, from an index built once per registry (a hover on a
 * 50,000-fact registry cannot afford a scan of every fact).
 */
export function factsNamingIndexed(registry: Registry, actorId: string): readonly RegistryFact[] {
  return indexOf(registry).naming.get(actorId) ?? [];
}

/** The facts that `fact` supersedes: the same list as `supersededFacts`, from an index built once per registry. */
export function supersededFactsIndexed(registry: Registry, fact: RegistryFact): readonly RegistryFact[] {
  return indexOf(registry).superseding.get(fact.id) ?? [];
}
