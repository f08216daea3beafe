// Workspace edits that cannot land on a text they were not computed on (issue 21, Medium 4): a
// registry fix computed on the text the server last loaded, applied after an external edit the
// server had not read yet, spliced an entry into the middle of another. Each file's edits go out
// as a TextDocumentEdit with the version of the open document they were computed on, or, for a
// file not open, only while its disk text is still that text; otherwise they are refused.
import type { OptionalVersionedTextDocumentIdentifier, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { basenameUri, type TextEdit } from '../core/index.js';
import { toRange } from './convert.js';
import type { ServerState } from './state.js';

/** A workspace edit, or why it is refused (a sentence for the user). */
export type CheckedEdit = { edit: WorkspaceEdit } | { refused: string };

/**
 * The text the server computed edits of `uri` on: the open buffer, else the registry file as
 * loaded, else what the index holds.
 */
function basisOf(state: ServerState, uri: string): { doc: TextDocument; version: number | null } | undefined {
  const open = state.documents.get(uri);
  if (open) {
    // A registry buffer the store has not reloaded yet: the edits were computed on the store's text.
    const file = state.checker.store.registry.files.find((f) => f.uri === uri);
    if (file && file.text !== open.getText()) return { doc: TextDocument.create(uri, 'yaml', 0, file.text), version: -1 };
    return { doc: open, version: open.version };
  }
  const doc = state.textOf(uri);
  return doc ? { doc, version: null } : undefined;
}

/**
 * Converts core edits (several files) into a workspace edit whose every file is checked: an open
 * document must hold the very text the edits were computed on (and the edit carries its version,
 * so the client refuses it once the user types on); a file not open must still read, on disk, as
 * that text. `override` gives the document of a file whose edits were computed on it (the article
 * a code action was asked for).
 */
export async function checkedEdit(state: ServerState, edits: readonly TextEdit[], override?: TextDocument): Promise<CheckedEdit> {
  const byUri = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byUri.get(e.uri);
    if (list) list.push(e);
    else byUri.set(e.uri, [e]);
  }
  const documentChanges: { textDocument: OptionalVersionedTextDocumentIdentifier; edits: LspTextEdit[] }[] = [];
  for (const [uri, list] of byUri) {
    const basis = override?.uri === uri ? { doc: override, version: override.version } : basisOf(state, uri);
    const changed = `\`${basenameUri(uri)}\` changed since Factmark last read it; try again once it has been checked again`;
    if (!basis || basis.version === -1) return { refused: changed };
    if (basis.version === null) {
      const disk = await state.fs.readFile(uri);
      if (disk !== basis.doc.getText()) return { refused: changed };
    }
    documentChanges.push({ textDocument: { uri, version: basis.version }, edits: list.map((e) => ({ range: toRange(basis.doc, e.span), newText: e.newText })) });
  }
  if (state.client.documentChanges) return { edit: { documentChanges } };
  return { edit: { changes: Object.fromEntries(documentChanges.map((c) => [c.textDocument.uri, c.edits])) } };
}
