import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { mergeRegistry, parseRegistryFile, RegistryStore, staleNote, type Host } from '../../server/src/core/index.js';
import { readFast, readRegistryYaml } from '../../server/src/core/registry/read.js';
import { readWithYaml, type YNode } from '../../server/src/core/registry/tree.js';
import { CORPUS, FIXTURES, NO_SHARED, ROOT } from '../helpers/paths.js';
import { generateRegistry } from '../fixtures/registry/generate.js';

/** Every finding of a set of registry files as `code @uri "text at its span"`. */
function findings(files: Record<string, string>): string[] {
  const parsed = Object.entries(files).map(([uri, text]) => parseRegistryFile(uri, text));
  const r = mergeRegistry(parsed);
  const out: string[] = [];
  for (const [uri, list] of r.findings) for (const f of list) out.push(`${f.code} @${uri} ${JSON.stringify(files[uri]!.slice(f.span.start, f.span.end))}`);
  return out.sort();
}

function diskHost(paths: string[], overrides = new Map<string, string>()): Host & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async readText(uri) {
      reads.push(uri);
      if (overrides.has(uri)) return overrides.get(uri);
      try {
        return readFileSync(new URL(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
    async listRegistryFiles() {
      return paths.map((p) => (p.startsWith('file:') ? p : pathToFileURL(p).href));
    },
  };
}

const strip = (n: YNode | null): unknown =>
  n === null ? null : n.kind === 'scalar' ? [n.value, n.start, n.end, n.style] : [n.kind, n.start, n.end, n.flow, n.kind === 'map' ? n.items.map((p) => [strip(p.key), strip(p.value)]) : n.items.map(strip)];

describe('registry loading', () => {
  it('loads the example desk registry with no finding, quotes included', async () => {
    const store = new RegistryStore(diskHost([join(ROOT, 'examples', 'desk', 'facts.yaml')]));
    const r = await store.reload();
    assert.deepEqual([...r.findings.values()].flat().map((f) => `${f.code} ${f.message}`), []);
    assert.ok(r.facts.size > 5 && r.actors.size > 5);
  });

  it('loads the shared corpus registry with no finding, quotes included', { skip: NO_SHARED }, async () => {
    const store = new RegistryStore(diskHost([join(CORPUS, 'facts.yaml')]));
    const r = await store.reload();
    assert.deepEqual([...r.findings.values()].flat().map((f) => `${f.code} ${f.message}`), []);
    assert.ok(r.facts.size > 10);
  });

  it('the fast reader and the full parser give the same tree and ranges', () => {
    const texts = [readFileSync(join(ROOT, 'examples', 'desk', 'facts.yaml'), 'utf8'), readFileSync(join(FIXTURES, 'registry', 'block-style.facts.yaml'), 'utf8'), generateRegistry(50)];
    texts.push(texts[0]!.replace(/\n/g, '\r\n'));
    texts.push('a: "x\\ty \\u00e9"\nb: \'it\'\'s\'\nc: [1, 0x1f, 1.5, true, null, ~, "q, r", {k: v, e: }]\nd:\n- x\n- k: 1\n  l: 2\ne: -1\nf:   # comment\n  g: h # c\n');
    for (const text of texts) {
      const fast = readFast(text);
      assert.ok(fast, 'the fast reader reads block-style registries');
      assert.deepEqual(strip(fast.root), strip(readWithYaml(text).root));
    }
  });

  it('whatever the fast reader accepts, the full parser reads the same (fuzzed with random edits)', () => {
    const bases = [readFileSync(join(ROOT, 'examples', 'desk', 'facts.yaml'), 'utf8'), readFileSync(join(FIXTURES, 'registry', 'block-style.facts.yaml'), 'utf8')];
    const chars = [' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '\n', 'a', '1', '&', '*', '!', '|', '>', '?', '\t', '\\', '%', '@'];
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let accepted = 0;
    for (let i = 0; i < 600; i++) {
      let t = bases[rnd(bases.length)]!;
      for (let j = 1 + rnd(6); j > 0; j--) {
        const p = rnd(t.length);
        const ls = t.lastIndexOf('\n', p) + 1;
        const op = rnd(4);
        if (op === 0) t = t.slice(0, p) + t.slice(p + 1);
        else if (op === 1) t = t.slice(0, p) + chars[rnd(chars.length)] + t.slice(p);
        else if (op === 2) t = `${t.slice(0, ls)} ${t.slice(ls)}`;
        else if (t[ls] === ' ') t = t.slice(0, ls) + t.slice(ls + 1);
      }
      const fast = readFast(t);
      if (!fast) continue;
      accepted++;
      const full = readWithYaml(t);
      assert.deepEqual(full.errors, [], `the fast reader accepted text the full parser rejects: ${JSON.stringify(t)}`);
      assert.deepEqual(strip(fast.root), strip(full.root), JSON.stringify(t));
    }
    assert.ok(accepted > 100, `only ${accepted} mutated texts read fast`);
  });

  it('falls back to the full parser for anchors, block scalars and multi-line values, with the same result', () => {
    const text = 'version: 1\nactors:\n  a: &x\n    name: A\n    type: person\nfacts:\n  f:\n    claim: >\n      A long claim\n      on two lines\n    date: 2024-01-01\n    actors: [a]\n  g:\n    claim: plain text that\n      goes on\n    date: 2024-01-02\n';
    assert.equal(readFast(text), undefined);
    assert.equal(readRegistryYaml(text).reader, 'yaml');
    const f = parseRegistryFile('file:///r.yaml', text);
    assert.deepEqual(f.findings, []);
    assert.equal(f.facts[0]!.claim, 'A long claim on two lines\n');
    assert.equal(f.facts[1]!.claim, 'plain text that goes on');
  });

  it('reports each schema problem at the offending key or value', () => {
    const uri = 'file:///desk/facts.yaml';
    const text = [
      'version: 1',
      'actors:',
      '  jane-roe:',
      '    name: Jane Roe',
      '    type: person',
      '    nickname: JR', // unknown field
      '    aliases: [Roe, Roe]', // listed twice
      '    roles:',
      '      - {title: Mayor, from: 2021-02-30}', // bad date
      '  odd:',
      '    name: [Odd]', // wrong type
      '    type: person',
      '  Bad_Id:', // not a slug
      '    name: Bad',
      '    type: robot', // bad type
      '  town:',
      '    name: Town',
      '    type: place',
      '    within: nowhere', // unknown id
      'facts:',
      '  f-1:',
      '    claim: Something',
      '    date: 2024-13-01', // bad date
      '    status: rumoured', // bad status
      '    actors: [jane-roe, ghost]', // unknown id
      '    place: jane-roe', // not a place
      '  f-2:',
      '    claim: 1984', // a number where text belongs
      '    date: 2024-01-01',
      '    superseded_by: f-1', // not superseded
      '    sources:',
      '      - url: ftp://x', // not a web address
      '      - outlet: Nobody', // neither url nor file
    ].join('\n');
    assert.deepEqual(findings({ [uri]: text }), [
      `registry.schema @${uri} "2021-02-30"`,
      `registry.schema @${uri} "2024-13-01"`,
      `registry.schema @${uri} "Bad_Id"`,
      `registry.schema @${uri} "Roe"`,
      `registry.schema @${uri} "[Odd]"`,
      `registry.schema @${uri} "ftp://x"`,
      `registry.schema @${uri} "nickname"`,
      `registry.schema @${uri} "outlet: Nobody"`,
      `registry.schema @${uri} "robot"`,
      `registry.schema @${uri} "rumoured"`,
      `registry.schema @${uri} "superseded_by"`,
      `registry.schema @${uri} "1984"`,
      `registry.unknown-id @${uri} "ghost"`,
      `registry.unknown-id @${uri} "jane-roe"`,
      `registry.unknown-id @${uri} "nowhere"`,
    ].sort());
  });

  it('reports duplicate ids across files on both, duplicate spellings, cycles and syntax errors', () => {
    const a = 'file:///desk/facts.yaml';
    const b = 'file:///desk/more.facts.yaml';
    const c = 'file:///desk/broken.facts.yaml';
    const out = findings({
      [a]: 'version: 1\nactors:\n  kim:\n    name: Kim Park\n    type: person\n    aliases: [Park]\nfacts:\n  x:\n    claim: X\n    date: 2024-01-01\n    status: superseded\n    superseded_by: y\n',
      [b]: 'version: 1\nactors:\n  kim:\n    name: Kim Other\n    type: person\n  lee:\n    name: Lee Park\n    type: person\n    variants: [park]\nfacts:\n  y:\n    claim: Y\n    date: 2024-01-02\n    status: superseded\n    superseded_by: x\n',
      [c]: 'version: 1\nactors:\n  a: [unclosed\n',
    });
    assert.deepEqual(out, [
      `registry.duplicate-alias @${b} "park"`,
      `registry.duplicate-id @${a} "kim"`,
      `registry.duplicate-id @${b} "kim"`,
      `registry.supersession-cycle @${a} "x"`,
      `registry.supersession-cycle @${b} "y"`,
      `registry.syntax @${c} ""`,
    ]);
  });

  it('flags a missing version', () => {
    assert.deepEqual(findings({ 'file:///f.yaml': 'actors:\n  a:\n    name: A\n    type: person\n' }), ['registry.schema @file:///f.yaml "actors"']);
  });
});

describe('registry bad input', () => {
  it('reads YAML tags as data, never code, and reports them', () => {
    const text = 'version: 1\nactors:\n  a:\n    name: !!js/function "function () { throw new Error(1) }"\n    type: !!python/object/apply:os.system person\nfacts: !!set {}\n';
    const f = parseRegistryFile('file:///t.yaml', text);
    assert.equal(f.actors[0]!.name, 'function () { throw new Error(1) }');
    assert.equal(typeof f.actors[0]!.name, 'string');
    const tags = f.findings.filter((x) => x.message.includes('tag')).map((x) => text.slice(x.span.start, x.span.end).split(' ')[0]);
    assert.deepEqual(tags, ['!!js/function', '!!python/object/apply:os.system', '!!set']);
  });

  it('bounds an alias bomb ("billion laughs") with one finding', () => {
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('actors:\n  x:\n    name: X\n    type: person\n    aliases: *a9');
    const f = parseRegistryFile('file:///bomb.yaml', lines.join('\n'));
    assert.deepEqual(f.findings.map((x) => x.code), ['registry.syntax']);
    assert.match(f.findings[0]!.message, /aliases expand to more than/);
  });

  it('ends absurd nesting in a finding, not a crash', () => {
    const deep = `version: 1\nactors: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const f = parseRegistryFile('file:///deep.yaml', deep);
    assert.ok(f.findings.length >= 1);
  });

  it('gives a 50 MB registry one clear finding', () => {
    const big = generateRegistry(2000);
    const text = big + '\n' + 'x'.repeat(50 * 1024 * 1024 - big.length);
    const f = parseRegistryFile('file:///big.facts.yaml', text);
    assert.equal(f.findings.length, 1);
    assert.match(f.findings[0]!.message, /too large/);
  });

  it('gives a large registry that needs the full parser a clear finding where the fast reader stopped', () => {
    const big = generateRegistry(20_000);
    const anchor = big.indexOf('  fact-1-100:');
    const text = `${big.slice(0, anchor)}  fact-anchored: &a\n    claim: C\n    date: 2024-01-01\n${big.slice(anchor)}`;
    const f = parseRegistryFile('file:///large.facts.yaml', text);
    assert.equal(f.findings.length, 1);
    assert.equal(f.findings[0]!.code, 'registry.syntax');
    assert.equal(f.findings[0]!.span.start, text.indexOf('&a'));
  });
});

describe('registry store', () => {
  it('reloading one changed file among ten parses only that file, and an unchanged set nothing', async () => {
    const files = new Map<string, string>();
    for (let i = 0; i < 10; i++) files.set(`file:///desk/p${i}.facts.yaml`, generateRegistry(50, 5, i + 1));
    const host: Host = { readText: async (u) => files.get(u), listRegistryFiles: async () => [...files.keys()] };
    const store = new RegistryStore(host);
    await store.reload();
    assert.equal(store.parses, 10);
    assert.equal(store.registry.facts.size, 500);
    await store.reload();
    assert.equal(store.parses, 10, 'unchanged files are not parsed again');
    files.set('file:///desk/p4.facts.yaml', files.get('file:///desk/p4.facts.yaml')!.replace('status: confirmed', 'status: disputed'));
    await store.reload();
    assert.equal(store.parses, 11, 'only the changed file is parsed');
    assert.equal(store.registry.facts.get('fact-5-0')!.status, 'disputed');
  });

  it('keeps the last good version of a file with a syntax error and says where the error is', async () => {
    const uri = 'file:///desk/facts.yaml';
    const good = 'version: 1\nactors:\n  a:\n    name: Ann Example\n    type: person\n';
    const files = new Map([[uri, good]]);
    const store = new RegistryStore({ readText: async (u) => files.get(u), listRegistryFiles: async () => [uri] });
    await store.reload();
    assert.equal(staleNote(store.registry), undefined);
    files.set(uri, 'version: 1\nactors:\n  a:\n    name: [Ann\n    type: person\n');
    await store.reload();
    assert.equal(store.registry.actors.get('a')!.name, 'Ann Example', 'the last good version stays in use');
    assert.deepEqual(store.state().stale.map((x) => [x.uri, x.line]), [[uri, 4]], "the line the YAML parser reports (0-based)");
    assert.match(staleNote(store.registry)!, /stale: `facts\.yaml` line \d+, column \d+/);
    assert.deepEqual([...store.registry.findings.get(uri)!].map((f) => f.code), ['registry.syntax']);
  });

  it('reports a quote no longer in its file (tolerating small edits) at the quote value', async () => {
    const reg = 'file:///desk/facts.yaml';
    const art = 'file:///desk/articles/a.md';
    const missing = 'file:///desk/articles/gone.md';
    const text = [
      'version: 1',
      'facts:',
      '  f:',
      '    claim: C',
      '    date: 2024-01-01',
      '    sources:',
      "      - file: articles/a.md",
      '        quote: "the document is \\"100% ready\\""',
      "      - file: articles/a.md",
      '        quote: talks   were held in   the capital',
      "      - file: articles/a.md",
      '        quote: the minister resigned on Friday',
      '      - file: articles/gone.md',
    ].join('\n');
    const files = new Map([[reg, text], [art, 'He said *the document* is “100% ready”. Talks were hold in the capital.']]);
    const store = new RegistryStore({ readText: async (u) => files.get(u), listRegistryFiles: async () => [reg] });
    const r = await store.reload();
    const got = r.findings.get(reg)!.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)}`);
    assert.deepEqual(got, ['registry.quote-not-found the minister resigned on Friday', 'registry.source-missing articles/gone.md']);
    assert.ok(store.isSource(art) && !store.isSource(reg));
    files.set(art, 'The minister resigned on friday.');
    const r2 = await store.reload();
    assert.equal(r2.findings.get(reg)!.filter((f) => f.message.includes('no longer')).length, 2, 'an edited article is read again');
    assert.ok(!missing.includes('a.md'));
  });

  it('gives an article the registry its front matter names', async () => {
    const ws = 'file:///desk/facts.yaml';
    const own = 'file:///desk/special/own.yaml';
    const files = new Map([
      [ws, 'version: 1\nactors:\n  a:\n    name: Ann\n    type: person\n'],
      [own, 'version: 1\nactors:\n  b:\n    name: Bob\n    type: person\n'],
    ]);
    const store = new RegistryStore({ readText: async (u) => files.get(u), listRegistryFiles: async () => [ws] });
    await store.reload();
    const article = 'file:///desk/special/story.md';
    assert.ok(store.registryFor(article).actors.has('a'));
    let heard = 0;
    store.onDidChange(() => heard++);
    assert.ok(store.registryFor(article, 'own.yaml').actors.has('a'), 'workspace registry while loading');
    const r = await store.prepare(article, 'own.yaml');
    assert.ok(r.actors.has('b') && !r.actors.has('a'));
    assert.ok(store.registryFor(article, 'own.yaml').actors.has('b'));
    assert.equal(heard, 1);
    files.set(own, 'version: 1\nactors:\n  c:\n    name: Cy\n    type: person\n');
    await store.reload();
    assert.ok(store.registryFor(article, 'own.yaml').actors.has('c'), 'reloaded with the workspace');
  });
});
