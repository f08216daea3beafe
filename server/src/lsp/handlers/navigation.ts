import { DocumentHighlightKind, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findQuote, registryEntryAt, registryOccurrences, type FactSource, type Location as CoreLocation, type RegistryFact } from '../../core/index.js';
import { toRange } from '../convert.js';
import type { ServerState } from '../state.js';
import { idTargetAt, syncOpenArticles } from './targets.js';
import { isRegistryUri } from '../state.js';

/** A core location as an LSP location, converted with the text its span points into. */
export function toLocation(state: ServerState, location: CoreLocation): Location | undefined {
  const doc = state.textOf(location.uri);
  if (!doc) return undefined;
  // A stale registry file: its entries are spans of the last good text, the editor shows a newer one.
  const stale = state.checker.store.registry.files.find((f) => f.stale && f.uri === location.uri);
  if (stale && doc.getText() !== stale.text) return { uri: location.uri, range: toRange(doc, mapSpan(stale.text, doc.getText(), location.span)) };
  return { uri: location.uri, range: toRange(doc, location.span) };
}

/** A span of `before` carried over to `after`, which differs from it by one changed stretch (an edit in progress). */
export function mapSpan(before: string, after: string, span: CoreLocation['span']): CoreLocation['span'] {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const shift = after.length - before.length;
  const map = (o: number): number => (o <= prefix ? o : o >= before.length - suffix ? o + shift : prefix);
  return { start: map(span.start), end: Math.max(map(span.start), map(span.end)) };
}

/**
 * Go to definition: from an actor, a claim or a marker (or an id named in the
 * registry) to the registry entry; from a fact's own key to its sources.
 */
export async function definition(state: ServerState, document: TextDocument, position: Position): Promise<Location[]> {
  // An article's own registry (front-matter `registry:`) wins for that article.
  const registry = state.isArticle(document.uri) ? state.analyze(document).registry : state.checker.store.registry;
  const target = idTargetAt(state, document, position);
  if (target && !target.definition) {
    const entry = registry.actors.get(target.id) ?? registry.facts.get(target.id);
    const l = entry && toLocation(state, entry.location);
    return l ? [l] : [];
  }
  const offset = document.offsetAt(position);
  const entry = target ? registry.facts.get(target.id) : registryEntryAt(registry, document.uri, offset);
  if (!entry || !('claim' in entry)) return [];
  const source = entry.sources.find((s) => offset >= s.location.span.start && offset <= s.location.span.end);
  return sourceLocations(state, source ? [source] : entry.sources);
}

/** Where a fact's `file` sources point: the quoted passage (found by fuzzy matching), else the file's start. */
async function sourceLocations(state: ServerState, sources: RegistryFact['sources']): Promise<Location[]> {
  const out: Location[] = [];
  for (const s of sources) {
    const l = await sourceLocation(state, s);
    if (l) out.push(l);
  }
  return out;
}

async function sourceLocation(state: ServerState, source: FactSource): Promise<Location | undefined> {
  if (!source.fileUri) return undefined;
  const doc = await state.readDocument(source.fileUri);
  if (!doc) return undefined;
  const span = source.quote ? findQuote(doc.getText(), source.quote) : undefined;
  return { uri: source.fileUri, range: toRange(doc, span ?? { start: 0, end: 0 }) };
}

/** Every article and registry place that names the actor or fact at the cursor (once the index is complete). */
export async function references(state: ServerState, document: TextDocument, position: Position, includeDeclaration: boolean): Promise<Location[]> {
  await state.whenIndexed();
  const target = idTargetAt(state, document, position);
  if (!target) return [];
  syncOpenArticles(state);
  const out: Location[] = [];
  const { definitions, references: refs } = registryOccurrences(state.checker.store.registry, target.id);
  const add = (l: CoreLocation): void => {
    const loc = toLocation(state, l);
    if (loc) out.push(loc);
  };
  if (includeDeclaration) definitions.forEach(add);
  refs.forEach(add);
  for (const r of state.indexer.index.references(target.id)) add(r);
  return out;
}

/** Every place in this document that names the same actor or fact as the cursor (its key counts as a write). */
export function documentHighlights(state: ServerState, document: TextDocument, position: Position): DocumentHighlight[] {
  const target = idTargetAt(state, document, position);
  if (!target) return [];
  const spans: { span: { start: number; end: number }; write: boolean }[] = [];
  if (isRegistryUri(document.uri)) {
    const file = state.checker.store.registry.files.find((f) => f.uri === document.uri);
    if (!file || file.text !== document.getText()) return [];
    const { definitions, references: refs } = registryOccurrences(state.checker.store.registry, target.id);
    for (const l of definitions) if (l.uri === document.uri) spans.push({ span: l.span, write: true });
    for (const l of refs) if (l.uri === document.uri) spans.push({ span: l.span, write: false });
  } else {
    const analysis = state.analyze(document);
    for (const a of analysis.actors) if (a.form !== 'unregistered' && a.id === target.id) spans.push({ span: a, write: false });
    for (const m of analysis.article.markers) if (m.id === target.id) spans.push({ span: m.idSpan, write: false });
  }
  return spans.map(({ span, write }) => ({ range: toRange(document, span), kind: write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read }));
}
