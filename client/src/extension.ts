// Desktop entry: starts the Node language server over stdio (the transport whose writer encodes
// diagnostics incrementally, and the one Neovim and the tests use).
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_ARGS } from '../../server/src/lsp/protocol.js';
import { clientOptions, wireClient } from './client.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'node', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_ARGS] } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'] } },
  };
  // The workspace index is cached in this workspace's own storage folder, so a restart does not re-read every article.
  const storage = context.storageUri?.fsPath;
  const options = { ...clientOptions(), initializationOptions: storage ? { indexCacheDir: storage } : undefined };
  client = new LanguageClient('factmark', 'Factmark', serverOptions, options);
  wireClient(context, client);
  await client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
