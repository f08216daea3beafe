import { ErrorCodes, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification } from 'vscode-languageserver';
import { addFactEdits, addFactFix, basenameUri, isFactDate, markerOffset, resolveUri, uniqueId, type Analysis, type Claim, type NewFact, type Registry, type TextEdit as CoreTextEdit } from '../../core/index.js';
import { toRange } from '../convert.js';
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

/** A message for the user (`window/showMessage`, a notification: nothing to answer, nothing to fail). */
export function tell(state: ServerState, type: MessageType, message: string): void {
  void state.connection.sendNotification(ShowMessageNotification.type, { type, message });
}

/**
 * Tells the user where a new registry entry went (a fact, linked with its marker, or an actor),
 * with an "Open" action that shows the entry: after the *Add the claim* command, and after the
 * quick fixes that add an entry (their code action runs `factmark.server.announceAdded`).
 */
export async function announceAdded(state: ServerState, kind: 'fact' | 'actor', id: string, registryUri: string): Promise<void> {
  const file = basenameUri(registryUri);
  const message = kind === 'fact' ? `Factmark: added fact \`${id}\` to ${file} and linked the sentence with [@${id}]` : `Factmark: added actor \`${id}\` to ${file}`;
  if (!state.client.showDocument) return tell(state, MessageType.Info, message);
  try {
    const choice = await state.connection.window.showInformationMessage(message, { title: 'Open' });
    if (choice?.title !== 'Open') return;
    const registry = state.checker.store.registry;
    const entry = kind === 'fact' ? registry.facts.get(id) : registry.actors.get(id);
    const doc = entry && state.textOf(entry.location.uri);
    const selection = entry && doc ? toRange(doc, entry.location.span) : undefined;
    await state.connection.window.showDocument({ uri: entry?.location.uri ?? registryUri, ...(selection ? { selection } : {}), takeFocus: true });
  } catch {
    // A client that does not answer message requests: say it plainly.
    tell(state, MessageType.Info, message);
  }
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
  const target = targetRegistry(registry, analysis);
  // The same fix as the `claim.unlinked` quick fix (same fact, same id, with the marker), so both are one behaviour;
  // a claim that fix cannot date to a day gets the article's date.
  const fix = addFactFix(registry, claim, analysis.article, analysis.reference, target);
  let edits: CoreTextEdit[];
  let id: string;
  if (fix) {
    edits = fix.edits;
    id = /\[@([^\]]+)\]/.exec(fix.edits.find((e) => e.uri === uri)?.newText ?? '')?.[1] ?? '';
  } else {
    const fact = claimFact(registry, analysis, claim);
    id = fact.id;
    edits = addFactEdits(registry, fact, target);
    const at = markerOffset(document.getText(), claim);
    if (edits.length) edits.push({ uri, span: { start: at, end: at }, newText: ` [@${fact.id}]` });
  }
  if (!edits.length || !id) {
    // A registry exists but cannot be edited safely (a syntax error, several YAML documents): never offer to create one.
    const files = registry.files.map((f) => `\`${basenameUri(f.uri)}\``);
    throw new ResponseError(
      ErrorCodes.InvalidParams,
      files.length
        ? `The registry (${files.join(', ')}) cannot be edited safely while it has a syntax error or holds several YAML documents; fix it, then add the claim`
        : 'No registry file to add the fact to: create `facts.yaml` at the workspace root',
    );
  }
  const fact = { id };
  // The registry edits were computed on its text as last loaded: sent with its version, or refused when it changed under them.
  const checked = await checkedEdit(state, edits, document);
  if ('refused' in checked) throw new ResponseError(LSPErrorCodes.ContentModified, checked.refused);
  const { applied, failureReason } = await state.connection.workspace.applyEdit({ label: `Add fact \`${fact.id}\` to the registry`, edit: checked.edit });
  const file = edits[0]!.uri; // in range: edits is not empty (refused above)
  if (applied) void announceAdded(state, 'fact', fact.id, file);
  else tell(state, MessageType.Warning, `Factmark: fact \`${fact.id}\` was not added${failureReason ? `: ${failureReason}` : ' (the editor refused the edit)'}`);
  return { id: fact.id, applied };
}
