import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../helpers/paths.js';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

it('the core imports no vscode, no LSP and no Node built-ins', () => {
  const offenders: string[] = [];
  for (const file of files(join(ROOT, 'server', 'src', 'core'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\brequire\s*\(\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (/^(vscode|node:)|^(fs|path|os|url|child_process|crypto|util|stream|events|buffer|process)$/.test(spec)) offenders.push(`${relative(ROOT, file)}: ${spec}`);
    }
    if (/\bprocess\.|\bBuffer\./.test(text)) offenders.push(`${relative(ROOT, file)}: uses process or Buffer`);
  }
  assert.deepEqual(offenders, []);
});

it('only lsp/ imports vscode-languageserver', () => {
  const offenders = files(join(ROOT, 'server', 'src'))
    .filter((f) => !/[/\\](lsp|node|browser)[/\\]/.test(f))
    .filter((f) => /from\s+['"]vscode-languageserver/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f));
  assert.deepEqual(offenders, []);
});
