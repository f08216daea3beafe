import { ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { addFactEdits, isFactDate, markerOffset, resolveUri, uniqueId, type Analysis, type Claim, type NewFact, type Registry } from '../../core/index.js';
import { checkedEdit } from '../edits.js';
import type { AddClaimResult } from '../protocol.js';
import type { ServerState } from '../state.js';

/** The registry file an article's new facts go to: its front-matter `registry` when loaded, else the core's default. */
export function targetRegistry(registry: Registry, analysis: Analysis): string | undefined {
  const own = analysis.article.frontMatter?.registry;
  const uri = own ? resolveUri(analysis.article.uri, own) : undefined;
  return uri && registry.files.some((f) => f.uri === uri) ? uri : undefined;
}

const STOP = new Set(['the', 'and', 'that', 'with', 'for', 'from', 'said', 'says', 'was', 'were', 'has', 'have', 'had', 'this', 'will', 'would', 'its', 'his', 'her', 'their', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A slug of a claim's first content words. */
function slugOf(text: string): string {
  const words = text.normalize('NFKD').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.filter((w) => w.length > 2 && !STOP.has(w)).slice(0, 5).join('-') || 'claim';
}

/** Builds the fact for a claim: its text, first day or span, registered actors and place, this article as source. */
export function claimFact(registry: Registry, analysis: Analysis, claim: Claim): NewFact {
  const text = claim.text.replace(/\s*\[@[^\]]*\]/g, '').replace(/\s+/g, ' ').trim();
  const date = claim.dates.map((d) => d.value).find(isFactDate) ?? analysis.reference;
  const registered = (ids: string[]): string[] => [...new Set(ids.filter((id) => registry.actors.has(id)))];
  const place = registered(claim.places.map((p) => p.id))[0];
  const quote = text.length > 80 ? text.slice(0, text.lastIndexOf(' ', 80)) : text;
  return {
    id: uniqueId(registry, slugOf(text)),
    claim: text,
    date,
    actors: registered(claim.actors.map((a) => a.id)),
    ...(place ? { place } : {}),
    status: 'developing',
    asOf: analysis.reference,
    sources: [{ file: analysis.article.uri, quote }],
  };
}

/**
 * Adds the claim at a position to the registry as a new fact and links the
 * sentence with a `[@id]` marker, in one workspace edit applied by the client
 * (so it is undoable, keeps the registry's comments and layout, and never
 * overwrites unsaved changes).
 */
export async function addClaimToRegistry(state: ServerState, uri: string, position: { line: number; character: number }): Promise<AddClaimResult> {
  const document = state.documents.get(uri);
  if (!document || !state.isArticle(uri)) throw new ResponseError(ErrorCodes.InvalidParams, `\`${uri}\` is not an open article`);
  const analysis = state.analyze(document);
  const offset = document.offsetAt(position);
  const claim = analysis.claims.find((c) => offset >= c.start && offset <= c.end);
  if (!claim) throw new ResponseError(ErrorCodes.InvalidParams, 'No dated claim under the cursor');
  const registry = state.checker.store.registry;
  const fact = claimFact(registry, analysis, claim);
  const edits = addFactEdits(registry, fact, targetRegistry(registry, analysis));
  if (!edits.length) throw new ResponseError(ErrorCodes.InvalidParams, 'No registry file to add the fact to: create `facts.yaml` at the workspace root');
  const at = markerOffset(document.getText(), claim);
  // The registry edits were computed on its text as last loaded: sent with its version, or refused when it changed under them.
  const checked = await checkedEdit(state, [...edits, { uri, span: { start: at, end: at }, newText: ` [@${fact.id}]` }], document);
  if ('refused' in checked) throw new ResponseError(LSPErrorCodes.ContentModified, checked.refused);
  const { applied } = await state.connection.workspace.applyEdit({ label: `Add fact \`${fact.id}\` to the registry`, edit: checked.edit });
  return { id: fact.id, applied };
}
