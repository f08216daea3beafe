// ARCHITECTURE.md names the code's files and folders; every one it names must exist, so the
// map cannot drift from the code (issue 19). A path is looked up from the repository root,
// then from the folders the map writes paths relative to (server/src, its core, lsp and node);
// a bare file name (the map lists a folder's files by name) must be a file somewhere in the
// code, tests or scripts.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers/paths.js';

const BASES = ['', 'server/src', 'server/src/core', 'server/src/lsp', 'server/src/node', 'server/src/core/checks', 'client/src'];

/** The backquoted names in a Markdown text that look like paths of the repository. */
export function namedPaths(markdown: string): string[] {
  const out = new Set<string>();
  for (const [, name] of markdown.matchAll(/`([^`\s]+)`/g)) {
    const path = name!.replace(/[:#].*$/, '');
    if (/^(?:\.\.\/|https?:|npm |node )/.test(path) || path.includes('*') || path.includes('<')) continue;
    if (/\.(?:ts|mts|mjs|cjs|js|json|md|yaml)$/.test(path) || path.endsWith('/')) out.add(path);
  }
  return [...out];
}

/** Every file name under the code, test, script and bench folders. */
function fileNames(): Set<string> {
  const names = new Set<string>();
  for (const top of ['server', 'client', 'test', 'scripts', 'bench', 'eval', 'examples', 'syntaxes', 'schemas', 'docs']) {
    for (const e of readdirSync(join(ROOT, top), { recursive: true, withFileTypes: true })) if (e.isFile()) names.add(e.name);
  }
  return names;
}

describe('ARCHITECTURE.md', () => {
  it('names only files and folders that exist', () => {
    const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const paths = namedPaths(text);
    assert.ok(paths.length > 20, `only ${paths.length} paths found: the map names its files`);
    const names = fileNames();
    const missing = paths.filter((p) => !BASES.some((b) => existsSync(join(ROOT, b, p))) && (p.includes('/') || !names.has(p)));
    assert.deepEqual(missing, [], `ARCHITECTURE.md names paths that do not exist: ${missing.join(', ')}`);
  });
});
