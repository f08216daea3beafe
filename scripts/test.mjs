// Runs the whole test suite: builds the bundles (the LSP and CLI tests drive the
// built artefacts, as users do), type-checks, then runs every test/**/*.test.ts
// with Node's test runner (TypeScript through tsx).
// Usage: npm test [-- FILTER...]   (FILTER: substrings of test file paths)
//        npm run test:perf            the timing lane (test/perf/): bounds on time that a busy
//                                     machine can break, so they are not part of npm test; it
//                                     prints the machine's load first, to read a failure by.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const perf = process.argv.includes('--perf');
const filters = process.argv.slice(2).filter((a) => a !== '--perf');
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`failed: ${[cmd, ...args].join(' ')}`);
    process.exit(1);
  }
};

run(process.execPath, ['scripts/build.mjs']);
if (!perf) run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);
// The timeline page is browser code with the DOM's types, checked on its own.
if (!perf) run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'timeline/tsconfig.json']);

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'fixtures') walk(path);
    } else if (name.endsWith('.test.ts')) files.push(relative(root, path));
  }
};
walk(join(root, 'test'));
// test/perf is the timing lane: run only with --perf, and then alone.
const lane = files.filter((f) => f.startsWith(join('test', 'perf')) === perf);
const selected = filters.length ? lane.filter((f) => filters.some((x) => f.includes(x))) : lane;
if (perf) console.log(`timing lane on ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' / ')} (1 / 5 / 15 min)`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...selected], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
