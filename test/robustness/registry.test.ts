import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeArticle, mergeRegistry, parseRegistryFile, type Finding } from '../../server/src/core/index.js';
import { LspSession } from '../helpers/lsp.js';
import { ROOT } from '../helpers/paths.js';

const DESK = join(ROOT, 'examples', 'desk');
const TEXT = readFileSync(join(DESK, 'facts.yaml'), 'utf8');
const URI = 'file:///desk/facts.yaml';
const ARTICLE = readFileSync(join(DESK, 'articles', '2026-03-05-council-hearing.md'), 'utf8');

/** Loads a registry text and checks the contract: no throw, every finding a clear `registry.*` finding inside the file. */
function load(text: string): Finding[] {
  const file = parseRegistryFile(URI, text);
  const registry = mergeRegistry([file]);
  const findings = [...registry.findings.values()].flat();
  for (const f of findings) {
    assert.match(f.code, /^registry\./);
    assert.ok(f.message.trim().length > 5, `message of ${f.code}: ${f.message}`);
    if (f.uri === URI) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code} span ${f.span.start}-${f.span.end}`);
  }
  // The merged registry, however broken, must still serve an analysis.
  analyzeArticle('file:///desk/articles/a.md', ARTICLE, registry, { today: '2026-03-12' });
  return findings;
}

/** Mutations that must each produce at least one finding. */
const BROKEN: [string, (t: string) => string][] = [
  ['truncated inside a flow map', (t) => t.slice(0, t.indexOf('{title:') + 10)],
  ['tab indentation', (t) => t.replace('\n  dana-whitcombe:', '\n\tdana-whitcombe:')],
  ['a list where a map belongs', (t) => t.replace(/^actors:\n/m, 'actors:\n  - just a list item\n')],
  ['wrong type of date', (t) => t.replace(/date: (\d{4}-\d{2}-\d{2})/, 'date: [$1]')],
  ['impossible date', (t) => t.replace(/date: \d{4}-\d{2}-\d{2}/, 'date: 2026-02-30')],
  ['wrong type of actors', (t) => t.replace(/actors: \[[^\]]*\]/, 'actors: 42')],
  ['name as a map', (t) => t.replace(/name: ([^\n]+)/, 'name: {first: $1}')],
  ['unknown status', (t) => t.replace(/^( +)status: \w+/m, '$1status: maybe')],
  ['duplicated actor key', (t) => t.replace(/^actors:\n/m, 'actors:\n  dana-whitcombe:\n    name: Someone Else\n    type: person\n')],
  ['top level is a list', () => '- a\n- b\n'],
  ['top level is a scalar', () => 'just words'],
  ['unknown top key', (t) => `${t}\nextras: true\n`],
  ['alias bomb', () => `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`],
  ['unknown id in a fact', (t) => t.replace(/actors: \[([^\]]*)\]/, 'actors: [$1, nobody-at-all]')],
];

describe('mutated registries never crash the core, and broken ones get a clear finding', () => {
  for (const [name, mutate] of BROKEN) {
    it(name, () => {
      const findings = load(mutate(TEXT));
      assert.ok(findings.length > 0, `${name}: no finding`);
    });
  }

  it('huge values', () => {
    load(TEXT.replace(/claim: ([^\n]+)/, `claim: "${'x'.repeat(1_000_000)}"`));
    load(TEXT.replace(/^actors:\n/m, `actors:\n  many:\n    name: Many Aliases\n    type: person\n    aliases: [${Array.from({ length: 5000 }, (_, i) => `A${i}`).join(', ')}]\n`));
    load(`version: 1\nfacts:\n${Array.from({ length: 3000 }, (_, i) => `  f${i}:\n    claim: c\n    date: 2026-01-01\n    actors: []\n`).join('')}`);
    // Deep nesting once crashed the process (the parser's stack, then V8's RegExp compiler, ran out).
    for (const n of [2500, 10_000, 50_000]) assert.ok(load(`${'['.repeat(n)}${']'.repeat(n)}`).length > 0);
    assert.ok(load(`a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}\n`).length > 0);
    load(`${'a:\n  '.repeat(2000)}b: 1\n`);
  });

  it('YAML tags are data, never code', () => {
    const g = globalThis as { __factmarkPwned?: boolean };
    const payload = 'function () { globalThis.__factmarkPwned = true; return 1; }';
    for (const tag of ['!!js/function', '!!js/eval', '!<tag:yaml.org,2002:js/function>', '!!python/object/apply:os.system', '!!binary']) {
      load(TEXT.replace(/claim: ([^\n]+)/, `claim: ${tag} "${payload}"`));
      load(`${tag} "${payload}"\n`);
    }
    assert.equal(g.__factmarkPwned, undefined);
  });

  it('random truncations, byte flips and splices', () => {
    fc.assert(
      fc.property(fc.nat(TEXT.length), fc.nat(TEXT.length), fc.constantFrom('', ':', '\n', ' ', '- ', '{', '[', '"', "'", '&x', '*x', '!!str', '\t', '\u0000', '#'), (a, b, s) => {
        load(TEXT.slice(0, a));
        load(TEXT.slice(0, Math.min(a, b)) + s + TEXT.slice(Math.max(a, b)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('mutated registries over LSP', () => {
  it('keep the server alive and show the finding on the registry file', { timeout: 120_000 }, async () => {
    const root = mkdtempSync(join(tmpdir(), 'factmark-registry-'));
    cpSync(DESK, root, { recursive: true });
    const s = new LspSession({ root });
    try {
      await s.initialize();
      const path = join(root, 'facts.yaml');
      const uri = await s.open(path, TEXT);
      for (const [name, mutate] of BROKEN.slice(0, 8)) {
        await s.change(uri, mutate(TEXT));
        const d = await s.waitDiagnostics(uri, (ds) => ds.some((x) => String(x.code).startsWith('registry.')), 20_000).catch(() => undefined);
        assert.ok(d, `${name}: no registry finding over LSP`);
        writeFileSync(path, TEXT);
        await s.change(uri, TEXT);
        await s.waitDiagnostics(uri, (ds) => ds.every((x) => !String(x.code).startsWith('registry.') || x.severity !== 1), 20_000);
      }
      assert.equal(s.process.exitCode, null);
    } finally {
      await s.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
