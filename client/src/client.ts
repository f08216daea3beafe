import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { ExecuteCommandRequest } from 'vscode-languageclient';
import {
  CommandIds,
  ServerCommandIds,
  FindFilesRequest,
  ReadFileRequest,
  StatusNotification,
  type FindFilesParams,
  type ReadFileParams,
  type StatusParams,
} from '../../server/src/lsp/protocol.js';
import { RegistryView } from './registry-view.js';
import { registerTimeline } from './timeline.js';

/** Client options shared by the desktop and web clients. */
export function clientOptions(): LanguageClientOptions {
  return {
    documentSelector: [
      { language: 'markdown' },
      { language: 'plaintext' },
      { language: 'yaml', pattern: '**/{facts.yaml,*.facts.yaml}' },
    ],
    synchronize: { configurationSection: 'factmark' },
    diagnosticCollectionName: 'factmark',
  };
}

/** Wires the status bar, the file requests of the web server and the commands to a started client. */
export function wireClient(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const status = vscode.window.createStatusBarItem('factmark.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'Factmark registry';
  status.text = '$(book) Factmark';
  status.command = CommandIds.recheck;
  status.show();
  context.subscriptions.push(status);
  // The registry view: its data comes from the server, on the desktop and on the web alike.
  context.subscriptions.push(new RegistryView(client));
  // The timeline panel: its data comes from the server, on the desktop and on the web alike.
  registerTimeline(context, client);

  client.onNotification(StatusNotification, (s: StatusParams) => {
    const stale = s.stale.length ? ' $(warning) stale' : '';
    status.text = `$(book) ${count(s.facts, 'fact')} · ${count(s.actors, 'actor')}${s.errors ? ` · $(error) ${s.errors}` : ''}${stale}`;
    const lines = [`Factmark registry: ${count(s.files, 'file')}, ${count(s.facts, 'fact')}, ${count(s.actors, 'actor')}, ${count(s.errors, 'error')}`];
    for (const x of s.stale) lines.push(`Stale: ${vscode.workspace.asRelativePath(vscode.Uri.parse(x.uri))}:${x.line + 1}:${x.character + 1} ${x.message}; using the last good version`);
    // What is wrong, one line each, so the tooltip says why the item is coloured.
    for (const p of s.problems ?? []) lines.push(`${p.severity === 'error' ? 'Error' : 'Warning'}: ${vscode.workspace.asRelativePath(vscode.Uri.parse(p.uri))}:${p.line + 1} ${p.message}`);
    if ((s.problemCount ?? 0) > (s.problems?.length ?? 0)) lines.push(`… and ${s.problemCount! - s.problems!.length} more in the Problems panel`);
    if (!s.stale.length && !s.problemCount) lines.push('Nothing wrong in the registry. Click to re-check the workspace.');
    status.tooltip = lines.join('\n');
    status.backgroundColor = s.stale.length || s.errors ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  });
  client.onRequest(ReadFileRequest, async ({ uri }: ReadFileParams) => {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri)));
    } catch {
      return null;
    }
  });
  client.onRequest(FindFilesRequest, async ({ base, pattern }: FindFilesParams) => {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(base), pattern), '**/node_modules/**');
    return files.map((u) => u.toString());
  });
  // Palette commands run on the server with the active editor's position (`[uri, position]`).
  const forward = (palette: string, server: string, needsEditor: boolean) =>
    vscode.commands.registerCommand(palette, async () => {
      const editor = vscode.window.activeTextEditor;
      if (needsEditor && !editor) return void vscode.window.showWarningMessage('Factmark: open an article and put the cursor on a claim first');
      const args = editor ? [editor.document.uri.toString(), client.code2ProtocolConverter.asPosition(editor.selection.active)] : [];
      try {
        return await client.sendRequest(ExecuteCommandRequest.type, { command: server, arguments: args });
      } catch (e) {
        void vscode.window.showErrorMessage(`Factmark: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    });
  context.subscriptions.push(
    forward(CommandIds.recheck, ServerCommandIds.recheck, false),
    forward(CommandIds.showEntry, ServerCommandIds.showEntry, true),
    forward(CommandIds.addClaim, ServerCommandIds.addClaim, true),
  );
}

/** "1 fact", "2 facts". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
