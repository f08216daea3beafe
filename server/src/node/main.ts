// The language server in Node: stdio (`--stdio`) or IPC, as the client chooses.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server.js';
import { nodeFs } from './fs.js';

startServer(createConnection(ProposedFeatures.all), nodeFs);
