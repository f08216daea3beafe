import type { Registry, RegistryActor, RegistryFact, Role } from '../registry/model.js';
import type { Span } from '../types.js';

/** An id under the cursor in a registry file: an entry's key or a reference to another entry. */
export interface RegistryIdAt {
  id: string;
  kind: 'actor' | 'fact';
  /** The span of the id text under the cursor. */
  span: Span;
  /** True when the cursor is on the entry's own key (its definition). */
  definition: boolean;
}

const inside = (offset: number, s: Span): boolean => offset >= s.start && offset <= s.end;

/** The id at an offset of a registry file, if any. */
export function registryIdAt(registry: Registry, uri: string, offset: number): RegistryIdAt | undefined {
  const file = registry.files.find((f) => f.uri === uri);
  if (!file) return undefined;
  for (const a of file.actors) if (inside(offset, a.location.span)) return { id: a.id, kind: 'actor', span: a.location.span, definition: true };
  for (const f of file.facts) if (inside(offset, f.location.span)) return { id: f.id, kind: 'fact', span: f.location.span, definition: true };
  for (const r of file.refs) {
    if (inside(offset, r.span)) return { id: r.id, kind: r.kind === 'fact' ? 'fact' : 'actor', span: r.span, definition: false };
  }
  return undefined;
}

/** The registry entry (fact or actor) whose whole text holds an offset of a registry file. */
export function registryEntryAt(registry: Registry, uri: string, offset: number): RegistryFact | RegistryActor | undefined {
  const file = registry.files.find((f) => f.uri === uri);
  if (!file) return undefined;
  return file.facts.find((f) => inside(offset, f.entry.span)) ?? file.actors.find((a) => inside(offset, a.entry.span));
}

/** The roles an actor held on an ISO day. */
export function rolesAt(actor: RegistryActor, day: string): Role[] {
  return actor.roles.filter((r) => (!r.from || r.from <= day) && (!r.to || day <= r.to));
}

/** Facts that name an actor among their `actors` or as their `place`. */
export function factsNaming(registry: Registry, actorId: string): RegistryFact[] {
  return [...registry.facts.values()].filter((f) => f.actors.includes(actorId) || f.place === actorId);
}

/** The facts that supersede `fact`, in order (`superseded_by` followed, cycles cut). */
export function supersessionChain(registry: Registry, fact: RegistryFact): RegistryFact[] {
  const chain: RegistryFact[] = [];
  const seen = new Set([fact.id]);
  let next = fact.supersededBy;
  while (next && !seen.has(next)) {
    const f = registry.facts.get(next);
    if (!f) break;
    chain.push(f);
    seen.add(next);
    next = f.supersededBy;
  }
  return chain;
}

/** The facts that `fact` supersedes (those whose `superseded_by` names it). */
export function supersededFacts(registry: Registry, fact: RegistryFact): RegistryFact[] {
  return [...registry.facts.values()].filter((f) => f.supersededBy === fact.id);
}

/** The actor or fact with an id. */
export function registryEntry(registry: Registry, id: string): { kind: 'actor'; actor: RegistryActor } | { kind: 'fact'; fact: RegistryFact } | undefined {
  const actor = registry.actors.get(id);
  if (actor) return { kind: 'actor', actor };
  const fact = registry.facts.get(id);
  return fact ? { kind: 'fact', fact } : undefined;
}
