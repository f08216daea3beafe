// The registry view's context menu (issue 17): change a fact's status, add a source. The same core
// edits as the quick fixes (`registry/edit.ts`: comments and layout kept), sent as one checked,
// versioned workspace edit that the client applies (undoable, never over unsaved changes).
import { ErrorCodes, LSPErrorCodes, MessageType, ResponseError } from 'vscode-languageserver';
import { addSourceEdits, basenameUri, setFactStatusEdits, type FactStatus, type NewSource, type TextEdit } from '../../core/index.js';
import { checkedEdit } from '../edits.js';
import type { RegistryEditResult } from '../protocol.js';
import type { ServerState } from '../state.js';
import { tell } from './add-claim.js';

const STATUSES: readonly FactStatus[] = ['confirmed', 'developing', 'disputed', 'false', 'superseded', 'retracted'];

const invalid = (message: string): ResponseError<void> => new ResponseError(ErrorCodes.InvalidParams, message);

/** `[factId, status, supersededBy?]` → sets the status (and `superseded_by` when superseded). */
export async function setFactStatus(state: ServerState, args: unknown[]): Promise<RegistryEditResult> {
  const [id, status, by] = args;
  if (typeof id !== 'string' || typeof status !== 'string') throw invalid('Expected arguments `[factId, status, supersededBy?]`');
  if (!STATUSES.includes(status as FactStatus)) throw invalid(`\`${status}\` is not a status: use one of ${STATUSES.join(', ')}`);
  const registry = state.checker.store.registry;
  if (!registry.facts.has(id)) throw invalid(`\`${id}\` is not a fact of the registry`);
  if (by !== undefined && by !== null && (typeof by !== 'string' || !registry.facts.has(by) || by === id)) throw invalid(`\`${String(by)}\` is not another fact of the registry`);
  const edits = setFactStatusEdits(registry, id, status as FactStatus, typeof by === 'string' ? by : undefined);
  return apply(state, id, edits, `Set the status of \`${id}\` to ${status}`);
}

/** `[factId, {outlet?, url?, file?, quote?}]` → adds the source (`file` a URI, written relative to the registry file). */
export async function addFactSource(state: ServerState, args: unknown[]): Promise<RegistryEditResult> {
  const [id, raw] = args;
  if (typeof id !== 'string' || typeof raw !== 'object' || raw === null) throw invalid('Expected arguments `[factId, {outlet?, url?, file?, quote?}]`');
  const source: NewSource = {};
  for (const key of ['outlet', 'url', 'file', 'quote'] as const) {
    const v = (raw as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw invalid(`A source's \`${key}\` must be a string`);
    if (v.trim()) source[key] = v.trim();
  }
  if (!Object.keys(source).length) throw invalid('A source needs an outlet, a URL or a file');
  if (!state.checker.store.registry.facts.has(id)) throw invalid(`\`${id}\` is not a fact of the registry`);
  const edits = addSourceEdits(state.checker.store.registry, id, source);
  return apply(state, id, edits, `Add a source to \`${id}\``);
}

async function apply(state: ServerState, id: string, edits: TextEdit[], label: string): Promise<RegistryEditResult> {
  if (!edits.length) {
    const uri = state.checker.store.registry.facts.get(id)?.location.uri;
    throw invalid(`\`${uri ? basenameUri(uri) : 'The registry'}\` cannot be edited safely while it has a syntax error or holds several YAML documents; fix it first`);
  }
  const checked = await checkedEdit(state, edits);
  if ('refused' in checked) throw new ResponseError(LSPErrorCodes.ContentModified, checked.refused);
  const { applied, failureReason } = await state.connection.workspace.applyEdit({ label, edit: checked.edit });
  if (!applied) tell(state, MessageType.Warning, `Factmark: ${label.charAt(0).toLowerCase()}${label.slice(1)} was not done${failureReason ? `: ${failureReason}` : ' (the editor refused the edit)'}`);
  return { applied };
}
