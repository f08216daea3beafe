import { main } from './main.js';

main(process.argv.slice(2), (s) => process.stdout.write(`${s}\n`), (s) => process.stderr.write(`${s}\n`)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`factmark: internal error: ${String(e)}\n`);
    process.exitCode = 2;
  },
);
