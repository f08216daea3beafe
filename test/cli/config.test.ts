import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { CONFIG_SCHEMA, validateConfig } from '../../server/src/core/index.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

interface Json {
  files: { path: string; findings: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[];
}

/** A desk: the example registry and articles, plus a notes folder that is not articles. */
function desk(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fm-config-'));
  cpSync(join(ROOT, 'examples', 'desk', 'facts.yaml'), join(dir, 'facts.yaml'));
  cpSync(join(ROOT, 'examples', 'desk', 'articles'), join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'expected.md'), 'On Monday, Marta Kovalchyk spoke to Henryk Zalewski.\n');
  return dir;
}

const check = (dir: string, ...extra: string[]) => {
  const r = runCli(['check', '.', '--format', 'json', ...extra], dir);
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as Json) : undefined };
};

describe('.factmarkrc.yaml', () => {
  it('articles globs, ignore globs and .factmarkignore choose the files checked', () => {
    const dir = desk();
    const all = check(dir).json!.files.map((f) => f.path);
    assert.ok(all.includes(join('notes', 'expected.md')), all.join());
    writeFileSync(join(dir, '.factmarkrc.yaml'), 'articles: ["articles/**/*.md"]\nignore: ["*council*"]\n');
    const some = check(dir).json!.files.map((f) => f.path);
    assert.ok(!some.some((p) => p.startsWith('notes')), some.join());
    assert.ok(!some.some((p) => p.includes('council')), some.join());
    assert.ok(some.some((p) => p.includes('mediation')), some.join());
    writeFileSync(join(dir, '.factmarkignore'), '# a gitignore-style file\narticles/*mediation*\n');
    const fewer = check(dir).json!.files.map((f) => f.path);
    assert.ok(!fewer.some((p) => p.includes('mediation')), fewer.join());
    // A file named on the command line that the desk ignores is not checked either (a pre-commit hook passes staged files).
    const named = runCli(['check', join('articles', '2026-03-12-mediation.md'), '--format', 'json'], dir);
    assert.deepEqual((JSON.parse(named.stdout) as Json).files, []);
  });

  it('checks levels apply, and the nearest file above each article wins', () => {
    const dir = desk();
    const spelling = () => check(dir).json!.files.flatMap((f) => f.findings).filter((f) => f.code === 'actor.spelling').map((f) => f.severity);
    assert.ok(spelling().every((s) => s === 'warning') && spelling().length > 0);
    writeFileSync(join(dir, '.factmarkrc.yaml'), 'checks:\n  actor.spelling: error\n  actor.unregistered: "off"\n');
    assert.ok(spelling().every((s) => s === 'error') && spelling().length > 0);
    assert.ok(!check(dir).json!.files.flatMap((f) => f.findings).some((f) => f.code === 'actor.unregistered'));
    writeFileSync(join(dir, 'articles', '.factmarkrc.yaml'), 'checks:\n  actor.spelling: info\n');
    assert.ok(spelling().every((s) => s === 'info') && spelling().length > 0);
  });

  it('a package.json `factmark` key is read too', () => {
    const dir = desk();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'desk', factmark: { ignore: ['notes/'] } }));
    assert.ok(!check(dir).json!.files.some((f) => f.path.startsWith('notes')));
  });

  it('registry globs name the registry files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-config-'));
    mkdirSync(join(dir, 'reg'));
    writeFileSync(join(dir, 'reg', 'people.yaml'), 'version: 1\nactors:\n  marta-kowalczyk:\n    name: Marta Kowalczyk\n    type: person\n    variants: [Marta Kovalchyk]\n');
    writeFileSync(join(dir, 'a.md'), '---\ndate: 2026-01-05\n---\nMarta Kovalchyk spoke on Monday.\n');
    assert.ok(!check(dir).json!.files.flatMap((f) => f.findings).some((f) => f.code === 'actor.spelling'));
    writeFileSync(join(dir, '.factmarkrc.yaml'), 'registry: ["reg/*.yaml"]\n');
    assert.ok(check(dir).json!.files.flatMap((f) => f.findings).some((f) => f.code === 'actor.spelling'));
  });

  it('a broken or invalid file is a positioned one-line error, exit 2, nothing on stdout', () => {
    const cases: [string, string, RegExp][] = [
      ['.factmarkrc.yaml', 'articles: ["a"\nchecks: {}\n', /^factmark: \.factmarkrc\.yaml:2:1: /],
      ['.factmarkrc.yaml', 'checks:\n  claim.stale: loud\n', /^factmark: \.factmarkrc\.yaml:2:16: level of `claim\.stale` must be one of error, warning, info, hint, off$/],
      ['.factmarkrc.yaml', 'articls: ["a"]\n', /^factmark: \.factmarkrc\.yaml:1:1: unknown setting `articls`/],
      ['.factmarkrc.yaml', 'ignore: notes\n', /^factmark: \.factmarkrc\.yaml:1:9: `ignore` must be a list of globs$/],
      ['package.json', '{"name": "x",\n  "factmark": {"registry": [1]}}', /^factmark: package\.json:2:29: `registry` must be a list/],
    ];
    for (const [name, text, re] of cases) {
      const dir = desk();
      writeFileSync(join(dir, name), text);
      const r = runCli(['check', '.'], dir);
      assert.equal(r.code, 2, text);
      assert.equal(r.stdout, '', text);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trim(), re);
    }
  });
});

describe('the configuration schema', () => {
  it('is the one validation: the JSON Schema and validateConfig agree, and VS Code settings use the same types', () => {
    const validate = new Ajv({ strict: false }).compile(CONFIG_SCHEMA);
    const samples: unknown[] = [
      {}, { articles: ['**/*.md'] }, { articles: '**/*.md' }, { articles: [1] }, { ignore: ['drafts/'] }, { ignore: {} },
      { registry: ['*.facts.yaml'] }, { checks: { 'claim.stale': 'error' } }, { checks: { 'claim.stale': 'loud' } }, { checks: [] },
      { hintEveryMention: true }, { hintEveryMention: 'yes' }, { other: 1 }, [], 'x',
    ];
    for (const s of samples) assert.equal(validate(s), validateConfig(s).problems.length === 0, JSON.stringify(s));
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { type: string; items?: unknown; additionalProperties?: { enum?: string[] } }> } } };
    const props = pkg.contributes.configuration.properties;
    for (const key of ['articles', 'registry', 'checks', 'hintEveryMention'] as const) {
      const setting = props[`factmark.${key}`];
      if (!setting) continue;
      const schema = CONFIG_SCHEMA.properties[key] as { type: string; items?: unknown; additionalProperties?: { enum?: readonly string[] } };
      assert.equal(setting.type, schema.type, key);
      if (schema.items) assert.deepEqual(setting.items, schema.items, key);
      if (schema.additionalProperties) assert.deepEqual(setting.additionalProperties?.enum, schema.additionalProperties.enum, key);
    }
  });
});

describe('an article without a date, checked from the command line', () => {
  it('gets one date.unresolved hint and its relative dates are not read against the clock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-undated-'));
    cpSync(join(ROOT, 'examples', 'desk', 'facts.yaml'), join(dir, 'facts.yaml'));
    writeFileSync(join(dir, 'a.md'), 'The union called a strike on Monday, and the port closed on Tuesday.\n');
    const r = check(dir);
    const findings = r.json!.files.flatMap((f) => f.findings);
    const unresolved = findings.filter((f) => f.code === 'date.unresolved');
    assert.equal(unresolved.length, 1, JSON.stringify(findings));
    assert.deepEqual(unresolved[0]!.range.start, { line: 0, character: 0 });
    assert.match(unresolved[0]!.message, /2 relative dates \(`Monday`, `Tuesday`\)/);
    // Nothing was dated against today: no claim, so no claim finding.
    assert.ok(!findings.some((f) => f.code.startsWith('claim.')), JSON.stringify(findings));
    const extract = JSON.parse(runCli(['extract', 'a.md', '--json'], dir).stdout) as { dates: unknown[] };
    assert.ok(extract.dates.length >= 2);
    // --as-of resolves them, and then there is nothing unresolved.
    const asOf = check(dir, '--as-of', '2026-02-10').json!.files.flatMap((f) => f.findings);
    assert.ok(!asOf.some((f) => f.code === 'date.unresolved'));
    assert.ok(asOf.some((f) => f.code.startsWith('claim.')), JSON.stringify(asOf));
  });
});

describe('bad input', () => {
  it('a binary file named .md is reported, not read as prose; the rest is checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-binary-'));
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0x41, 0x42, 0x43, 0x20, 0x47, 0x4e, 0x55, 0x20, 0]));
    writeFileSync(join(dir, 'ok.md'), '---\ndate: 2026-01-05\n---\nMarta Kovalchyk spoke on Monday.\n');
    const r = check(dir);
    const bin = r.json!.files.find((f) => f.path === 'bin.md')!;
    assert.deepEqual(bin.findings.map((f) => f.code), ['workspace.unreadable']);
    assert.match(bin.findings[0]!.message, /binary file; not checked/);
    assert.ok(r.json!.files.find((f) => f.path === 'ok.md')!.findings.length > 0);
  });
});
