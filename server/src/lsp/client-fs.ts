import type { Connection } from 'vscode-languageserver';
import { FindFilesRequest, ReadFileRequest, type FindFilesParams, type ReadFileParams } from './protocol.js';
import type { WorkspaceFs } from './state.js';

/** A workspace file system that asks the client (its `vscode.workspace.fs`), for the web worker. */
export function clientFs(connection: Connection): WorkspaceFs {
  return {
    async readFile(uri) {
      const text = await connection.sendRequest<string | null>(ReadFileRequest, { uri } satisfies ReadFileParams);
      return text ?? undefined;
    },
    async findFiles(base, pattern) {
      return connection.sendRequest<string[]>(FindFilesRequest, { base, pattern } satisfies FindFilesParams);
    },
  };
}
