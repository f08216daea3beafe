// The language server in a browser web worker (VS Code for the web): files come through the client.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server.js';
import { clientFs } from '../lsp/client-fs.js';

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, clientFs(connection));
