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

  it('levels from factmark.checks change severities and turn checks off', () => {
    const dir = join(ROOT, 'claim.stale');
    const registryPath = join(ROOT, 'registry.yaml');
    const registry = mergeRegistry([parseRegistryFile(pathToFileURL(registryPath).href, readFileSync(registryPath, 'utf8'))]);
    const text = readFileSync(join(dir, 'not-ok.md'), 'utf8');
    const analyse = (levels: Record<string, string>): Finding[] =>
      analyzeArticle(pathToFileURL(join(dir, 'not-ok.md')).href, text, registry, { today: TODAY, levels: levels as never }).findings;
    assert.ok(analyse({}).some((f) => f.code === 'claim.stale' && f.severity === 'warning'));
    assert.ok(analyse({ 'claim.stale': 'error' }).filter((f) => f.code === 'claim.stale').every((f) => f.severity === 'error'));
    assert.equal(analyse({ 'claim.stale': 'off' }).filter((f) => f.code === 'claim.stale').length, 0);
  });

  it('--as-of moves the reference date: a fact superseded later is not stale yet', () => {
    const path = join(ROOT, 'claim.stale', 'not-ok.md');
    const registryPath = join(ROOT, 'registry.yaml');
    const registry = mergeRegistry([parseRegistryFile(pathToFileURL(registryPath).href, readFileSync(registryPath, 'utf8'))]);
    const findings = analyzeArticle(pathToFileURL(path).href, readFileSync(path, 'utf8'), registry, { today: TODAY, asOf: '2026-02-04' }).findings;
    const stale = findings.filter((f) => f.code === 'claim.stale').map((f) => f.message);
    assert.equal(stale.length, 1, stale.join('\n'));
    assert.match(stale[0]!, /retracted/);
  });
});
