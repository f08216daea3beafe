// Runs the whole test suite: builds the bundles (the LSP and CLI tests drive the
// built artefacts, as users do), type-checks, then runs every test/**/*.test.ts
// with Node's test runner (TypeScript through tsx).
// Usage: npm test [-- FILTER...]   (FILTER: substrings of test file paths)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const filters = process.argv.slice(2);
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`failed: ${[cmd, ...args].join(' ')}`);
    process.exit(1);
  }
};

run(process.execPath, ['scripts/build.mjs']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']);

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
const selected = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...selected], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
