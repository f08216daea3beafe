// The language server in Node: stdio (`--stdio`, what LSP editors and the VS Code client use), or IPC, a socket or a pipe.
// The same bundle also runs as the server's index worker (worker_threads), told apart by its `workerData`.
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { Console } from 'node:console';
import { isMainThread, workerData } from 'node:worker_threads';
import { SERVER_VERSION } from '../lsp/protocol.js';
import { startServer } from '../lsp/server.js';
import { nodeFs } from './fs.js';
import { jsonEncoder } from './json-encoder.js';
import { indexWorkerCount, isIndexWorker, runIndexWorker, WorkerIndexPool } from './index-worker.js';

const USAGE = 'Usage: factmark-language-server --stdio\n\nThe Factmark language server. Editors start it and talk LSP over stdin/stdout (or --node-ipc, --socket=PORT, --pipe=NAME).\n';
if (!isMainThread && isIndexWorker(workerData)) runIndexWorker(workerData);
else {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h') || args.includes('--version') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
    const help = args.includes('--help') || args.includes('-h');
    if (args.includes('--version')) process.stdout.write(`factmark-language-server ${SERVER_VERSION}\n`);
    else (help ? process.stdout : process.stderr).write(USAGE);
    process.exit(help || args.includes('--version') ? 0 : 2);
  }
  const workers = indexWorkerCount();
  startServer(connect(args), nodeFs, {
    indexPool: workers ? new WorkerIndexPool(__filename, workers) : undefined,
    helpIndexPool: process.env.FACTMARK_INDEX_HELP !== 'off',
    warmUp: process.env.FACTMARK_WARM_UP !== 'off',
  });
}

/**
 * The connection the arguments ask for. Over stdio (what editors use, and the VS Code client) the
 * writer encodes publishes with {@link jsonEncoder}, and console output goes to stderr: stdout
 * carries the protocol.
 */
function connect(args: string[]): Connection {
  if (!args.includes('--stdio')) return createConnection(ProposedFeatures.all);
  globalThis.console = new Console(process.stderr, process.stderr);
  // The library takes stdin as it is (and exits when it closes), though its types pair a stream only with a stream.
  return createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: jsonEncoder }));
}
