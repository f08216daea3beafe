import { isMainThread, workerData } from 'node:worker_threads';
import { isIndexWorker, runIndexWorker } from '../node/index-worker.js';
import { main } from './main.js';

// The CLI's index worker runs the language server's bundle; without it, this bundle (see main.ts's workerScript).
if (!isMainThread && isIndexWorker(workerData)) runIndexWorker(workerData);
else
  main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`factmark: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
