import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { basenameUri, type RegistryActor, type Span } from '../../core/index.js';
import { toRange } from '../convert.js';
import type { ServerState } from '../state.js';
import { toLocation } from './navigation.js';
import { linkOf } from './targets.js';

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

/** The outline of a registry file (actors, then facts) or of an article (its dated claims, each under its date). */
export function documentSymbols(state: ServerState, document: TextDocument): DocumentSymbol[] {
  const file = state.checker.store.registry.files.find((f) => f.uri === document.uri);
  if (file) {
    if (file.text !== document.getText()) return [];
    const entry = (name: string, detail: string, kind: SymbolKind, entry: Span, key: Span): DocumentSymbol => ({
      name,
      detail,
      kind,
      range: toRange(document, entry),
      selectionRange: toRange(document, key),
    });
    return [
      ...file.actors.map((a) => entry(a.id, `${a.type} · ${a.name}`, ACTOR_KIND[a.type], a.entry.span, a.location.span)),
      ...file.facts.map((f) => entry(f.id, `${f.date} · ${f.status}`, SymbolKind.Event, f.entry.span, f.location.span)),
    ];
  }
  if (!state.isArticle(document.uri)) return [];
  const analysis = state.analyze(document);
  const stale = analysis.findings.filter((f) => f.code === 'claim.stale');
  return analysis.claims.map((c) => {
    const link = linkOf(analysis, c);
    const isStale = stale.some((f) => f.span.start < c.end && f.span.end > c.start);
    const status = link ? `${isStale ? 'stale' : 'linked'} · ${link.factId}` : c.markers[0] ? `[@${c.markers[0].id}]` : 'unlinked';
    const dates = c.dates.map((d) => (d.relative ? `${d.value} (${d.text})` : d.value)).join(', ');
    return {
      // The date and the link state lead (they are what the outline is for); the sentence, whole, is the detail.
      name: `${dates || c.text} · ${status}`,
      detail: c.text.replace(/\s+/g, ' '),
      kind: SymbolKind.Event,
      range: toRange(document, c),
      selectionRange: toRange(document, c.dates[0] ?? c),
    };
  });
}
