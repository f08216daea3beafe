import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toWorkspaceEdit, type DiagnosticData } from '../convert.js';
import type { ServerState } from '../state.js';
import { checkedEdit } from '../edits.js';
import { ServerCommandIds } from '../protocol.js';

/**
 * Quick fixes: replacements from the diagnostics' data (`expected`), and the core fixes (registry edits)
 * of the findings the server published them from.
 */
export async function codeActions(state: ServerState, document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const resolve = (uri: string): TextDocument | undefined => (uri === document.uri ? document : state.textOf(uri));
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'factmark') continue;
    const data = (diagnostic.data ?? {}) as DiagnosticData;
    for (const [i, replacement] of (data.expected ?? []).entries()) {
      actions.push({
        title: `Replace with \`${replacement}\``,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: i === 0,
        edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: replacement }] } },
      });
    }
    for (const fix of state.publisher.findingOf(document.uri, diagnostic)?.fixes ?? []) {
      // Registry edits were computed on the registry's text as last loaded: versioned, or refused when it changed.
      const checked = await checkedEdit(state, fix.edits, document);
      if ('edit' in checked) {
        // A fix that adds a registry entry says where it went once the client has applied it (issue 20).
        const registryUri = fix.adds && fix.edits.find((e) => e.uri !== document.uri)?.uri;
        const command = fix.adds && registryUri ? { title: 'Say where the entry went', command: ServerCommandIds.announceAdded, arguments: [fix.adds.kind, fix.adds.id, registryUri] } : undefined;
        actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: checked.edit, ...(command ? { command } : {}) });
      }
      // Said where the client can show why (a disabled action), else left out.
      else if (state.client.disabledActions) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], disabled: { reason: checked.refused } });
    }
  }
  // An inferred claim → fact link under the cursor can be written down as a `[@id]` marker.
  if (state.isArticle(document.uri)) {
    const start = document.offsetAt(params.range.start);
    const end = document.offsetAt(params.range.end);
    for (const link of state.analyze(document).links) {
      if (!link.markerFix || link.claim.end < start || link.claim.start > end || actions.some((a) => a.title === link.markerFix!.title)) continue;
      const edit = toWorkspaceEdit(link.markerFix, resolve);
      if (edit) actions.push({ title: link.markerFix.title, kind: CodeActionKind.QuickFix, edit });
    }
  }
  return actions;
}
