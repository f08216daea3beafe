import { ResponseError, ErrorCodes, type Position, type PrepareRenameResult, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { renameEdits } from '../../core/index.js';
import { toRange } from '../convert.js';
import type { ServerState } from '../state.js';
import { idTargetAt, syncOpenArticles } from './targets.js';

/** Where a rename starts: a marker's id, an actor mention, a registry key or reference. The placeholder is the id. */
export function prepareRename(state: ServerState, document: TextDocument, position: Position): PrepareRenameResult | null {
  const target = idTargetAt(state, document, position);
  const registry = state.checker.store.registry;
  if (!target || !(registry.actors.has(target.id) || registry.facts.has(target.id))) return null;
  return { range: toRange(document, target.span), placeholder: target.id };
}

/** Renames an actor or fact id everywhere: registry keys and references, and `[@id]` markers in every article (once indexed). */
export async function rename(state: ServerState, document: TextDocument, position: Position, newName: string): Promise<WorkspaceEdit | null> {
  await state.whenIndexed();
  const target = idTargetAt(state, document, position);
  if (!target) return null;
  syncOpenArticles(state);
  const result = renameEdits(state.checker.store.registry, state.indexer.index.all(), target.id, newName.trim());
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidParams, result.error);
  const changes: Record<string, TextEdit[]> = {};
  for (const e of result.edits) {
    const doc = state.textOf(e.uri);
    if (doc) (changes[e.uri] ??= []).push({ range: toRange(doc, e.span), newText: e.newText });
  }
  return { changes };
}
