import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { basenameUri, type RegistryActor } from '../../core/index.js';
import type { ServerState } from '../server.js';
import { toLocation } from './navigation.js';

const ACTOR_KIND: Record<RegistryActor['type'], SymbolKind> = { person: SymbolKind.Object, organization: SymbolKind.Class, place: SymbolKind.Namespace };

/** Whether the letters of `query` appear in order in `text` (case-insensitive), as editors filter symbols. */
function matches(query: string, text: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = text.toLowerCase();
  let i = 0;
  for (const c of t) if (c === q[i]) i++;
  return i >= q.length;
}

/** Facts and actors of the registry whose id, name, aliases or claim match the query. */
export function workspaceSymbols(state: ServerState, query: string): SymbolInformation[] {
  const registry = state.checker.store.registry;
  const out: SymbolInformation[] = [];
  for (const actor of registry.actors.values()) {
    if (![actor.id, actor.name, ...actor.aliases].some((s) => matches(query, s))) continue;
    const location = toLocation(state, actor.location);
    if (location) out.push({ name: actor.name, kind: ACTOR_KIND[actor.type], location, containerName: `${actor.type} · ${basenameUri(actor.location.uri)}` });
  }
  for (const fact of registry.facts.values()) {
    if (![fact.id, fact.claim].some((s) => matches(query, s))) continue;
    const location = toLocation(state, fact.location);
    if (location) out.push({ name: fact.id, kind: SymbolKind.Event, location, containerName: `${fact.date} · ${fact.claim}` });
  }
  return out;
}
