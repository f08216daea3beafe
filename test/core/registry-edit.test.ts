import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  addActorEdits,
  addSourceEdits,
  addFactEdits,
  addSpellingEdits,
  applyEdits,
  mergeRegistry,
  parseRegistryFile,
  setFactStatusEdits,
  uniqueId,
  yamlScalar,
  type Registry,
  type TextEdit,
} from '../../server/src/core/index.js';
import { CORPUS, FIXTURES, NO_SHARED, ROOT } from '../helpers/paths.js';
import { generateRegistry } from '../fixtures/registry/generate.js';

const DESK = join(ROOT, 'examples', 'desk', 'facts.yaml');
const BLOCK = join(FIXTURES, 'registry', 'block-style.facts.yaml');

function load(path: string, text = readFileSync(path, 'utf8')): Registry {
  return mergeRegistry([parseRegistryFile(pathToFileURL(path).href, text)]);
}

function registryOf(uri: string, text: string): Registry {
  return mergeRegistry([parseRegistryFile(uri, text)]);
}

/** Applies edits and checks that every byte outside the edited lines is unchanged. */
function apply(text: string, edits: TextEdit[]): string {
  assert.ok(edits.length > 0, 'expected edits');
  const out = applyEdits(text, edits);
  const first = Math.min(...edits.map((e) => e.span.start));
  const last = Math.max(...edits.map((e) => e.span.end));
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  const lineEnd = text.indexOf('\n', last) < 0 ? text.length : text.indexOf('\n', last);
  assert.equal(out.slice(0, lineStart), text.slice(0, lineStart), 'bytes before the edited lines changed');
  assert.equal(out.slice(out.length - (text.length - lineEnd)), text.slice(lineEnd), 'bytes after the edited lines changed');
  return out;
}

function noFindings(r: Registry): void {
  const all = [...r.findings.values()].flat().map((f) => `${f.code} ${f.message}`);
  assert.deepEqual(all, []);
}

describe('registry edits', () => {
  it('adds an actor to the example desk, keeping blank-line separation and every other byte', () => {
    const text = readFileSync(DESK, 'utf8');
    const r = load(DESK, text);
    const id = uniqueId(r, 'pat-example');
    const edits = addActorEdits(r, { id, name: 'Pat Example', type: 'person', aliases: ['Example'], variants: ['Pat Exemple'], roles: [{ title: 'Chair: Harbour Board', from: '2024-01-01' }] });
    const out = apply(text, edits);
    const r2 = load(DESK, out);
    noFindings(r2);
    const a = r2.actors.get(id)!;
    assert.equal(a.name, 'Pat Example');
    assert.deepEqual(a.aliases, ['Example']);
    assert.deepEqual(a.variants, ['Pat Exemple']);
    assert.deepEqual(a.roles.map((x) => [x.title, x.from, x.to]), [['Chair: Harbour Board', '2024-01-01', undefined]]);
    assert.equal(r2.actors.size, r.actors.size + 1);
    assert.equal(r2.facts.size, r.facts.size);
    assert.match(out, new RegExp(`\\n\\n  ${id}:\\n    name: Pat Example\\n    type: person\\n`));
  });

  it('adds an actor and a fact in a four-space, block-list file in its own style', () => {
    const text = readFileSync(BLOCK, 'utf8');
    const uri = pathToFileURL(BLOCK).href;
    const r = registryOf(uri, text);
    const out = apply(text, addActorEdits(r, { id: 'john-doe', name: 'John Doe', type: 'person', aliases: ['Doe', "O'Doe"] }));
    assert.match(out, /\n\n    john-doe:\n        name: John Doe\n        type: person\n        aliases:\n            - Doe\n            - O'Doe\nfacts:/);
    const r2 = registryOf(uri, out);
    assert.deepEqual(r2.actors.get('john-doe')!.aliases, ['Doe', "O'Doe"]);

    const article = new URL('articles/roe.md', uri).href;
    const out2 = apply(out, addFactEdits(r2, { id: 'roe-budget', claim: 'Roe signs the budget: "balanced"', date: '2024-03-01', actors: ['jane-roe'], status: 'developing', sources: [{ file: article, quote: 'signs the budget' }] }));
    const r3 = registryOf(uri, out2);
    const f = r3.facts.get('roe-budget')!;
    assert.equal(f.claim, 'Roe signs the budget: "balanced"');
    assert.equal(f.status, 'developing');
    assert.equal(f.sources[0]!.file, 'articles/roe.md');
    assert.equal(f.sources[0]!.fileUri, article);
    assert.equal(f.sources[0]!.quote, 'signs the budget');
    assert.equal(r3.facts.size, r.facts.size + 1);
  });

  it('adds a spelling to a flow list, a block list and an entry without the key', () => {
    const text = readFileSync(BLOCK, 'utf8');
    const uri = pathToFileURL(BLOCK).href;
    const r = registryOf(uri, text);
    const block = apply(text, addSpellingEdits(r, 'jane-roe', 'Mayor Roe', 'aliases'));
    assert.match(block, /            - 'J. Roe'\n            - Mayor Roe\n/);
    assert.deepEqual(registryOf(uri, block).actors.get('jane-roe')!.aliases, ['Roe', 'J. Roe', 'Mayor Roe']);
    const missing = apply(text, addSpellingEdits(r, 'jane-roe', 'Jane Rowe', 'variants'));
    assert.deepEqual(registryOf(uri, missing).actors.get('jane-roe')!.variants, ['Jane Rowe']);
    assert.match(missing, /            - 'J. Roe'\n        variants: \[Jane Rowe\]\n        roles:/);
    const place = apply(text, addSpellingEdits(r, 'harbourton', 'Harbour Town, Upper', 'variants'));
    assert.deepEqual(registryOf(uri, place).actors.get('harbourton')!.variants, ['Harbour Town, Upper']);
    assert.deepEqual(addSpellingEdits(r, 'jane-roe', 'Roe', 'aliases'), [], 'an existing spelling is not added again');
    assert.deepEqual(addSpellingEdits(r, 'nobody', 'X', 'aliases'), []);
  });

  it('adds a spelling to a flow list with a trailing comment in the desk file', () => {
    const text = readFileSync(DESK, 'utf8');
    const r = load(DESK, text);
    const actor = [...r.actors.values()].find((a) => a.aliases.length > 0)!;
    const out = apply(text, addSpellingEdits(r, actor.id, 'Another Name', 'aliases'));
    const r2 = load(DESK, out);
    noFindings(r2);
    assert.deepEqual(r2.actors.get(actor.id)!.aliases, [...actor.aliases, 'Another Name']);
  });

  it('sets a fact status, adds and removes superseded_by', () => {
    const text = readFileSync(BLOCK, 'utf8');
    const uri = pathToFileURL(BLOCK).href;
    const r = registryOf(uri, text);
    const confirmed = apply(text, setFactStatusEdits(r, 'roe-resigns', 'confirmed'));
    assert.ok(!confirmed.includes('superseded_by'), 'superseded_by is removed with its comment line');
    const r2 = registryOf(uri, confirmed);
    assert.equal(r2.facts.get('roe-resigns')!.status, 'confirmed');
    assert.equal(r2.facts.get('roe-resigns')!.supersededBy, undefined);

    const inserted = apply(text, setFactStatusEdits(r, 'roe-elected', 'superseded', 'roe-resigns'));
    assert.match(inserted, /        place: harbourton\n        status: superseded\n        superseded_by: roe-resigns\n        sources:/);
    const r3 = registryOf(uri, inserted);
    assert.equal(r3.facts.get('roe-elected')!.status, 'superseded');
    assert.equal(r3.facts.get('roe-elected')!.supersededBy, 'roe-resigns');

    const replaced = apply(text, setFactStatusEdits(r, 'roe-resigns', 'superseded', 'roe-budget'));
    assert.match(replaced, /superseded_by: roe-budget   # wrong on purpose/);
  });

  it('adds a source to a fact in the list\'s own style, or a new list, and it reads back', () => {
    const text = readFileSync(BLOCK, 'utf8');
    const uri = pathToFileURL(BLOCK).href;
    const r = registryOf(uri, text);
    const appended = apply(text, addSourceEdits(r, 'roe-elected', { outlet: 'Quay Weekly', url: 'https://example.org/q: 1' }));
    assert.match(appended, /            -   outlet: Harbourton Post\n                url: https:\/\/example.org\/roe\n            -   outlet: Quay Weekly\n                url: "https:\/\/example.org\/q: 1"\n/);
    assert.deepEqual(registryOf(uri, appended).facts.get('roe-elected')!.sources.map((x) => x.outlet), ['Harbourton Post', 'Quay Weekly']);

    const desk = readFileSync(DESK, 'utf8');
    const deskUri = pathToFileURL(DESK).href;
    const d = load(DESK, desk);
    const fresh = d.facts.get('mediation-first-session')!;
    const before = fresh.sources.length;
    const out = apply(desk, addSourceEdits(d, 'mediation-first-session', { file: new URL('articles/2026-03-12-mediation.md', deskUri).href, quote: 'first session' }));
    const added = registryOf(deskUri, out).facts.get('mediation-first-session')!;
    assert.equal(added.sources.length, before + 1);
    assert.deepEqual([added.sources.at(-1)?.file, added.sources.at(-1)?.quote], ['articles/2026-03-12-mediation.md', 'first session']);
    assert.deepEqual([...registryOf(deskUri, out).findings.values()].flat().filter((f) => f.code === 'registry.schema'), []);

    const flow = 'version: 1\nfacts:\n  a-b: {claim: Something, date: 2024-01-01, sources: [{outlet: X}]}\n  c-d:\n    claim: Other\n    date: 2024-01-02\n';
    const fr = registryOf('file:///f.facts.yaml', flow);
    const f1 = applyEdits(flow, addSourceEdits(fr, 'a-b', { outlet: 'Y' }));
    assert.match(f1, /sources: \[\{outlet: X\}, \{outlet: Y\}\]/);
    const f2 = applyEdits(flow, addSourceEdits(fr, 'c-d', { url: 'https://example.org/z' }));
    assert.match(f2, /    date: 2024-01-02\n    sources:\n      - url: https:\/\/example.org\/z/);
    assert.deepEqual(registryOf('file:///f.facts.yaml', f2).facts.get('c-d')!.sources.map((x) => x.url), ['https://example.org/z']);
    assert.deepEqual(addSourceEdits(fr, 'c-d', {}), []);
    assert.deepEqual(addSourceEdits(fr, 'no-such-fact', { outlet: 'Y' }), []);
  });

  it('edits a CRLF file with CRLF line ends, and an empty file from scratch', () => {
    const uri = 'file:///desk/crlf.facts.yaml';
    const text = 'version: 1\r\nactors:\r\n  a-b:\r\n    name: A B\r\n    type: person\r\nfacts:\r\n  f-1:\r\n    claim: Something\r\n    date: 2024-01-01\r\n';
    const r = registryOf(uri, text);
    const out = applyEdits(text, [...addActorEdits(r, { id: 'c-d', name: 'C D', type: 'organization' })]);
    assert.ok(!/[^\r]\n/.test(out), 'only CRLF line ends');
    const out2 = applyEdits(out, setFactStatusEdits(registryOf(uri, out), 'f-1', 'disputed'));
    const r2 = registryOf(uri, out2);
    noFindings(r2);
    assert.equal(r2.actors.get('c-d')!.type, 'organization');
    assert.equal(r2.facts.get('f-1')!.status, 'disputed');

    const empty = 'file:///desk/new.facts.yaml';
    const created = applyEdits('', addFactEdits(mergeRegistry([]), { id: 'x-1', claim: 'X happens', date: '2024-05-01' }, empty));
    const r3 = registryOf(empty, created);
    noFindings(r3);
    assert.equal(r3.facts.get('x-1')!.date, '2024-05-01');
    const withActor = applyEdits(created, addActorEdits(r3, { id: 'x', name: 'X', type: 'organization' }));
    const r4 = registryOf(empty, withActor);
    noFindings(r4);
    assert.ok(withActor.indexOf('actors:') < withActor.indexOf('facts:'), 'actors go before facts');
  });

  it('writes scalars that read back as the same strings', () => {
    for (const s of ['plain', 'a: b', '# no', '- x', 'true', '2024', 'null', "it's", 'say "hi"', 'x #y', ' lead', 'a, b', '[x]', 'tab\there', 'new\nline', '@at']) {
      for (const flow of [false, true]) {
        const r = registryOf('file:///t.yaml', `version: 1\nactors:\n  t:\n    name: ${yamlScalar(s, flow)}\n    type: person\n    aliases: [${yamlScalar(s, true)}]\n`);
        assert.equal(r.actors.get('t')?.name, s, `name ${JSON.stringify(s)}`);
        assert.deepEqual(r.actors.get('t')?.aliases, [s]);
      }
    }
  });

  it('uniqueId counts up past taken ids', () => {
    const r = registryOf('file:///t.yaml', 'version: 1\nactors:\n  a:\n    name: A\n    type: person\nfacts:\n  a-2:\n    claim: C\n    date: 2024-01-01\n');
    assert.equal(uniqueId(r, 'b'), 'b');
    assert.equal(uniqueId(r, 'a'), 'a-3');
  });

  it('adds an actor and a fact to the shared corpus registry with no finding', { skip: NO_SHARED }, () => {
    const path = join(CORPUS, 'facts.yaml');
    const text = readFileSync(path, 'utf8');
    const r = load(path, text);
    const a = apply(text, addActorEdits(r, { id: 'new-person', name: 'New Person', type: 'person', aliases: ['Person'] }));
    const r2 = load(path, a);
    const f = apply(a, addFactEdits(r2, { id: 'new-fact', claim: 'New Person says something', date: '2026-01-02', actors: ['new-person'], sources: [{ file: pathToFileURL(join(CORPUS, 'articles', 'seed-000.md')).href, quote: 'q' }] }));
    const r3 = load(path, f);
    noFindings(r3);
    assert.equal(r3.facts.get('new-fact')!.sources[0]!.file, 'articles/seed-000.md');
  });

  it('never edits a stale file (its entries come from an older text)', () => {
    const uri = 'file:///desk/facts.yaml';
    const good = 'version: 1\nactors:\n  a:\n    name: A\n    type: person\nfacts:\n  f:\n    claim: C\n    date: 2024-01-01\n';
    const r = registryOf(uri, good);
    const stale: Registry = { ...r, files: r.files.map((f) => ({ ...f, stale: true })) };
    assert.deepEqual(addActorEdits(stale, { id: 'b', name: 'B', type: 'person' }), []);
    assert.deepEqual(addActorEdits(stale, { id: 'b', name: 'B', type: 'person' }, uri), []);
    assert.deepEqual(addSpellingEdits(stale, 'a', 'Ay', 'aliases'), []);
    assert.deepEqual(setFactStatusEdits(stale, 'f', 'disputed'), []);
    assert.deepEqual(addFactEdits(stale, { id: 'g', claim: 'G', date: '2024-01-02' }), []);
  });

  it('offers no edit of a registry that does not read: several YAML documents, a syntax error (issue 21)', () => {
    const uri = 'file:///desk/facts.yaml';
    for (const text of ['version: 1\nactors:\n  a:\n    name: A\n    type: person\n---\nfacts:\n  f:\n    claim: C\n    date: 2024-01-01\n', 'version: 1\nactors:\n  a:\n    name: A\n    type: person\n---\n', 'version: 1\nactors: [a\n']) {
      const r = registryOf(uri, text);
      assert.deepEqual(addActorEdits(r, { id: 'b', name: 'B', type: 'person' }), [], JSON.stringify(text));
      assert.deepEqual(addActorEdits(r, { id: 'b', name: 'B', type: 'person' }, uri), []);
      assert.deepEqual(addFactEdits(r, { id: 'g', claim: 'G', date: '2024-01-02' }), []);
    }
  });

  it('sets the status field the loader reads when it is written twice, and offers no edit around complex keys', () => {
    const uri = 'file:///desk/facts.yaml';
    const twice = 'version: 1\nfacts:\n  f:\n    claim: C\n    date: 2024-01-01\n    status: confirmed\n    status: developing\n';
    const out = apply(twice, setFactStatusEdits(registryOf(uri, twice), 'f', 'disputed'));
    assert.equal(registryOf(uri, out).facts.get('f')!.status, 'disputed');
    const complex = 'version: 1\nactors:\n  ? a:\n    name: A\n    type: person\n  b:\n    name: B\n    type: person\n';
    const r = registryOf(uri, complex);
    assert.deepEqual(addActorEdits(r, { id: 'c', name: 'C', type: 'person' }), []);
    assert.deepEqual(addFactEdits(r, { id: 'g', claim: 'G', date: '2024-01-02' }), []);
  });

  it('adds a section before the document end marker `...`', () => {
    const uri = 'file:///desk/facts.yaml';
    const text = '---\nversion: 1\nactors:\n  a:\n    name: A\n    type: person\n...\n';
    const out = apply(text, addFactEdits(registryOf(uri, text), { id: 'g', claim: 'G', date: '2024-01-02', actors: ['a'] }));
    const r = registryOf(uri, out);
    noFindings(r);
    assert.equal(r.facts.get('g')!.claim, 'G');
    assert.ok(out.endsWith('\n...\n'));
  });

  it('adds facts and actors to a flow-style registry in flow style (issue 21)', () => {
    const uri = 'file:///desk/facts.yaml';
    const texts = [
      '{version: 1, actors: {a: {name: A, type: person}}, facts: {f: {claim: C, date: 2024-01-01}}}\n',
      '{version: 1}\n',
      '{version: 1, actors: {a: {name: A, type: person}}, facts: }\n',
      'version: 1\nactors: {a: {name: A, type: person}}\nfacts: {f: {claim: C, date: 2024-01-01, actors: [a]}}\n',
    ];
    for (const text of texts) {
      const r = registryOf(uri, text);
      const fact = { id: 'g', claim: 'G, then: more', date: '2024-01-02', status: 'false' as const, keywords: ['x, y'], sources: [{ url: 'https://example.org/a', quote: 'q: "r"' }] };
      const withFact = registryOf(uri, apply(text, addFactEdits(r, fact)));
      noFindings(withFact);
      const g = withFact.facts.get('g')!;
      assert.deepEqual([g.claim, g.status, g.keywords, g.sources[0]!.quote], ['G, then: more', 'false', ['x, y'], 'q: "r"'], JSON.stringify(text));
      const withActor = registryOf(uri, apply(text, addActorEdits(r, { id: 'b', name: 'B, Jr.', type: 'person', aliases: ['Bee'] })));
      noFindings(withActor);
      assert.deepEqual([withActor.actors.get('b')!.name, withActor.actors.get('b')!.aliases], ['B, Jr.', ['Bee']]);
    }
  });

  it('edits a large generated registry in place (entries in the middle, new ones at the end)', () => {
    const uri = 'file:///desk/big.facts.yaml';
    const text = generateRegistry(3000);
    const r = registryOf(uri, text);
    const out1 = apply(text, addSpellingEdits(r, 'actor-1-120', 'Two Fifty', 'aliases'));
    const out2 = apply(text, setFactStatusEdits(r, 'fact-1-1500', 'superseded', 'fact-1-1501'));
    const out3 = apply(text, addFactEdits(r, { id: uniqueId(r, 'fact-1-0'), claim: 'New', date: '2025-01-01' }));
    assert.deepEqual(registryOf(uri, out1).actors.get('actor-1-120')!.aliases, ['Number120', 'Two Fifty']);
    const f = registryOf(uri, out2).facts.get('fact-1-1500')!;
    assert.deepEqual([f.status, f.supersededBy], ['superseded', 'fact-1-1501']);
    const r3 = registryOf(uri, out3);
    assert.equal(r3.facts.size, 3001);
    assert.equal(r3.facts.get('fact-1-0-2')!.claim, 'New');
    assert.ok(out3.endsWith('story/2999\n\n  fact-1-0-2:\n    claim: New\n    date: 2025-01-01\n'), 'appended after the last fact, blank line kept');
  });

  it('quotes a new spelling as the list quotes its items', () => {
    const uri = 'file:///desk/q.facts.yaml';
    const text = 'version: 1\nactors:\n  a:\n    name: A\n    type: person\n    aliases: ["Ay", "Aye"]\n    variants:\n      - \'Eh\'\n';
    const r = registryOf(uri, text);
    assert.match(apply(text, addSpellingEdits(r, 'a', 'Ah', 'aliases')), /aliases: \["Ay", "Aye", "Ah"\]/);
    assert.match(apply(text, addSpellingEdits(r, 'a', "A'h", 'variants')), /      - 'Eh'\n      - 'A''h'\n/);
  });
});
