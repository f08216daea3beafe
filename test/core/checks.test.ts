/**
 * Data-driven tests of every finding code: each folder of test/fixtures/checks/<code>/
 * holds an ok file (must yield no finding of the code), a not-ok file and not-ok.expected
 * (one finding per line, `line:col-line:col code message`, 1-based). Article codes read
 * ok.md and not-ok.md against the folder's registry.yaml (else the shared
 * test/fixtures/checks/registry.yaml); `registry.*` codes read ok.yaml and not-ok.yaml as
 * the registry itself (loaded by a RegistryStore, so source quotes are checked against the
 * folder's files). UPDATE_EXPECT=1 rewrites the .expected files; review the diff.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, CODES, LineIndex, mergeRegistry, parseRegistryFile, RegistryStore, type Finding } from '../../server/src/core/index.js';
import { FIXTURES } from '../helpers/paths.js';

const ROOT = join(FIXTURES, 'checks');
/** Fixed "today", so undated articles give the same findings on every day. */
const TODAY = '2026-02-20';

async function run(dir: string, name: string): Promise<{ text: string; findings: Finding[] }> {
  if (name.endsWith('.yaml')) return runRegistry(dir, name);
  const registryPath = existsSync(join(dir, 'registry.yaml')) ? join(dir, 'registry.yaml') : join(ROOT, 'registry.yaml');
  const registry = mergeRegistry([parseRegistryFile(pathToFileURL(registryPath).href, readFileSync(registryPath, 'utf8'))]);
  const path = join(dir, name);
  const text = readFileSync(path, 'utf8');
  return { text, findings: analyzeArticle(pathToFileURL(path).href, text, registry, { today: TODAY }).findings };
}

/** Loads `name` as the only registry file, as an editor's store does (quotes read from the folder). */
async function runRegistry(dir: string, name: string): Promise<{ text: string; findings: Finding[] }> {
  const uri = pathToFileURL(join(dir, name)).href;
  const store = new RegistryStore({
    listRegistryFiles: async () => [uri],
    readText: async (u) => {
      try {
        return readFileSync(fileURLToPath(u), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
  const registry = await store.reload();
  return { text: readFileSync(join(dir, name), 'utf8'), findings: registry.findings.get(uri) ?? [] };
}

function format(text: string, f: Finding): string {
  const lines = new LineIndex(text);
  const a = lines.position(f.span.start);
  const b = lines.position(f.span.end);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${f.code} ${f.message}`;
}

/** Runs one fixture folder, named after its code, and enforces the conventions of STYLE.md §3. */
async function check(code: string): Promise<void> {
  const dir = join(ROOT, code);
  const ext = code.startsWith('registry.') ? '.yaml' : '.md';
  const ok = await run(dir, `ok${ext}`);
  assert.deepEqual(ok.findings.filter((f) => f.code === code).map((f) => format(ok.text, f)), [], `ok${ext} yields no finding of its code`);
  const bad = await run(dir, `not-ok${ext}`);
  const mine = bad.findings.filter((f) => f.code === code);
  assert.ok(mine.length > 0, `not-ok${ext} yields a finding`);
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
  it('every code has a fixture folder, and every folder is a code', () => {
    // `workspace.*` findings come from the hosts (files they will not read: test/robustness/host-paths.test.ts), not from the text.
    assert.deepEqual([...folders].sort(), Object.keys(CODES).filter((c) => !c.startsWith('workspace.')).sort());
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
