/**
 * Data-driven tests of the article checks: every folder of
 * test/fixtures/checks/<code>/ holds ok.md (must yield no finding of the code),
 * not-ok.md and not-ok.expected (one finding per line,
 * `line:col-line:col code message`, 1-based), and optionally registry.yaml
 * (else the shared test/fixtures/checks/registry.yaml). UPDATE_EXPECT=1
 * rewrites the .expected files; review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, CODES, LineIndex, mergeRegistry, parseRegistryFile, type Finding } from '../../server/src/core/index.js';
import { FIXTURES } from '../helpers/paths.js';

const ROOT = join(FIXTURES, 'checks');
/** Fixed "today", so undated articles give the same findings on every day. */
const TODAY = '2026-02-20';

function run(dir: string, name: string): { text: string; findings: Finding[] } {
  const registryPath = existsSync(join(dir, 'registry.yaml')) ? join(dir, 'registry.yaml') : join(ROOT, 'registry.yaml');
  const registry = mergeRegistry([parseRegistryFile(pathToFileURL(registryPath).href, readFileSync(registryPath, 'utf8'))]);
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  return { text, findings: analyzeArticle(pathToFileURL(path).href, text, registry, { today: TODAY }).findings };
}

function format(text: string, f: Finding): string {
  const lines = new LineIndex(text);
  const a = lines.position(f.span.start);
  const b = lines.position(f.span.end);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${f.code} ${f.message}`;
}

/** Runs one fixture folder, named after its code, and enforces the conventions of STYLE.md §3. */
function check(code: string): void {
  const dir = join(ROOT, code);
  const ok = run(dir, 'ok.md');
  assert.deepEqual(ok.findings.filter((f) => f.code === code).map((f) => format(ok.text, f)), [], 'ok.md yields no finding of its code');
  const bad = run(dir, 'not-ok.md');
  const mine = bad.findings.filter((f) => f.code === code);
  assert.ok(mine.length > 0, 'not-ok.md yields a finding');
  const seen = new Set<string>();
  for (const f of mine) {
    assert.ok(f.message.trim().length > 0, 'message is non-empty');
    assert.ok(f.span.start >= 0 && f.span.end <= bad.text.length && f.span.end > f.span.start, 'range lies inside the file');
    assert.ok(bad.text.slice(f.span.start, f.span.end).trim().length > 0, 'range is not blank');
    assert.equal(f.severity, CODES[code as keyof typeof CODES], 'default level');
    const key = `${f.span.start}:${f.span.end}:${f.code}`;
    assert.ok(!seen.has(key), `duplicate finding ${key}`);
    seen.add(key);
    for (const fix of f.fixes ?? []) assert.ok(fix.title && fix.edits.length, 'each fix has a title and edits');
  }
  const actual = mine.map((f) => format(bad.text, f)).join('\n') + '\n';
  const expectedPath = join(dir, 'not-ok.expected');
  if (process.env.UPDATE_EXPECT) writeFileSync(expectedPath, actual);
  assert.ok(existsSync(expectedPath), 'not-ok.expected exists (run with UPDATE_EXPECT=1 to write it)');
  assert.equal(actual, readFileSync(expectedPath, 'utf8'));
}

describe('check fixtures', () => {
  const folders = readdirSync(ROOT).filter((n) => statSync(join(ROOT, n)).isDirectory());
  it('every article code has a fixture folder, and every folder is a code', () => {
    const articleCodes = Object.keys(CODES).filter((c) => !c.startsWith('registry.'));
    assert.deepEqual([...folders].sort(), [...articleCodes].sort());
  });
  for (const code of folders) it(code, () => check(code));
});
