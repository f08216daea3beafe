import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { analyzeArticle, AnalysisCache, mergeRegistry, parseRegistryFile, type Analysis, type Registry } from '../../server/src/core/index.js';
import { reuseOf } from '../../server/src/core/reuse.js';
import { normalize, shapeOf, tokenizeProse } from '../../server/src/core/extract/tokens.js';
import { CORPUS, hasShared, NO_SHARED, ROOT } from '../helpers/paths.js';

const registryOf = (uri: string, text: string): Registry => mergeRegistry([parseRegistryFile(uri, text)]);
const fileRegistry = (path: string): Registry => registryOf(`file://${path}`, readFileSync(path, 'utf8'));
const desk = generateDesk(30, 60, 2);
const otherDesk = generateDesk(20, 40, 7);
const REGISTRIES = {
  generated: registryOf('file:///w/facts.yaml', desk.yaml),
  other: registryOf('file:///w/other.yaml', otherDesk.yaml),
  desk: fileRegistry(join(ROOT, 'examples', 'desk', 'facts.yaml')),
  empty: fileRegistry(join(ROOT, 'eval', 'empty.facts.yaml')),
  ...(hasShared ? { corpus: fileRegistry(join(CORPUS, 'facts.yaml')) } : {}),
};
type RegistryName = keyof typeof REGISTRIES;

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.(md|txt)$/.test(f) && f !== 'README.md' ? [p] : [];
  });

/** What must not depend on the cache: everything an analysis reports. */
function reported(a: Analysis): unknown {
  return { reference: a.reference, dated: a.dated, actors: a.actors, dates: a.dates, claims: a.claims, links: a.links, findings: a.findings };
}

/** One edit of a session. */
type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'paste'; at: number; from: number; length: number }
  | { kind: 'word'; at: number; from: number; lower: boolean }
  | { kind: 'boundary'; which: number; before: boolean; text: string }
  | { kind: 'registry'; name: RegistryName }
  | { kind: 'date'; date: string | undefined };

const PIECES = [
  'x', ' ', '\n', '\n\n', '. ', ', ', '# ', '- ', '[@', ']', '`', 'Mr. ', ' said', ' who ', ' the ', ' in ', ' and ',
  'Ama Lotus', desk.actors[0]!.name, desk.actors[5]!.name, otherDesk.actors[1]!.name, 'Kestrel Microsystems', 'Kestrel',
  'on Monday, March 2, 2026', 'March 3', 'last week', 'yesterday', 'in 2025', '(OSCE)', 'Prime Minister Mikko Laine',
  '[@' + (desk.facts[0]?.id ?? 'x') + ']', '\n\nBy Rachel M. Dunn and Luis Ortega\n\n', 'WORLD NEWS\n\n',
];
/** Cues that work across a blank line (a block's results depend on the text around it). */
const AROUND = [' Mr.', ' told', ' in', ' the lender', ' (', ')', ' said', ', who said', '.', ' region', 'x', ' Ama'];
const DATES = ['2026-03-12', '2026-01-05', '2025-12-31', 'not a date', undefined];

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...PIECES) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), from: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('word' as const), at: fc.nat(), from: fc.nat(), lower: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('boundary' as const), which: fc.nat(), before: fc.boolean(), text: fc.constantFrom(...AROUND) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('registry' as const), name: fc.constantFrom(...(Object.keys(REGISTRIES) as RegistryName[])) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('date' as const), date: fc.constantFrom(...DATES) }) },
);

/** Sets (or removes) the front-matter `date` of a text. */
function withDate(text: string, date: string | undefined): string {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!fm) return date === undefined ? text : `---\ndate: ${date}\n---\n${text}`;
  const body = fm[1]!.replace(/^date:.*(?:\r?\n|$)/m, '');
  const head = date === undefined ? body : `date: ${date}\n${body}`;
  return `---\n${head.replace(/\n$/, '')}\n---\n${text.slice(fm[0].length)}`;
}

/** A word of the text near `from` (letters only), or undefined. */
function wordNear(text: string, from: number): string | undefined {
  const re = /\p{L}{2,}/gu;
  re.lastIndex = from % Math.max(1, text.length);
  return (re.exec(text) ?? /\p{L}{2,}/u.exec(text))?.[0];
}

function apply(text: string, edit: Edit, source: string): string {
  const at = 'at' in edit ? edit.at % (text.length + 1) : 0;
  switch (edit.kind) {
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + edit.length);
    case 'paste': {
      const from = edit.from % (source.length + 1);
      return text.slice(0, at) + source.slice(from, from + edit.length) + text.slice(at);
    }
    case 'word': {
      const w = wordNear(text, edit.from);
      if (!w) return text;
      const cased = edit.lower ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1);
      return `${text.slice(0, at)} ${cased} ${text.slice(at)}`;
    }
    case 'boundary': {
      // At the end of a block (before a blank line) or at the start of the next one.
      const gaps = [...text.matchAll(/\n[ \t]*\n/g)];
      if (!gaps.length) return text;
      const gap = gaps[edit.which % gaps.length]!;
      const i = edit.before ? gap.index! : gap.index! + gap[0].length;
      return text.slice(0, i) + edit.text + text.slice(i);
    }
    case 'date':
      return withDate(text, edit.date);
    case 'registry':
      return text;
  }
}

/**
 * Runs a session of edits with one cache, and after every edit compares its
 * analysis with a fresh analysis (no cache) of the same text and registry.
 */
function session(uri: string, start: string, registryName: RegistryName, edits: Edit[], source: string): void {
  const cache = new AnalysisCache();
  const options = { today: '2026-03-12', registryTarget: { uri: 'file:///w/facts.yaml', text: desk.yaml } };
  let text = start;
  let registry = REGISTRIES[registryName]!;
  analyzeArticle(uri, text, registry, { ...options, cache });
  for (const edit of edits) {
    if (edit.kind === 'registry') registry = REGISTRIES[edit.name]!;
    text = apply(text, edit, source);
    const cached = analyzeArticle(uri, text, registry, { ...options, cache });
    const fresh = analyzeArticle(uri, text, registry, options);
    assert.deepEqual(reported(cached), reported(fresh), `after ${JSON.stringify(edit)}`);
  }
}

function property(articles: { uri: string; text: string; registry: RegistryName }[], numRuns: number): void {
  const sources = articles.map((a) => a.text).join('\n\n');
  fc.assert(
    fc.property(fc.nat(articles.length - 1), fc.array(editArb, { minLength: 1, maxLength: 6 }), (n, edits) => {
      const a = articles[n]!;
      session(a.uri, a.text, a.registry, edits, sources);
    }),
    { numRuns },
  );
}

describe('analysis with a cache equals a fresh analysis after edits', () => {
  it('on generated articles', () => {
    const articles = [300, 1200].map((words, i) => ({ uri: `file:///w/gen-${i}.md`, text: generateArticle(desk, { words, seed: words }), registry: 'generated' as const }));
    property(articles, 40);
  });

  it('on the desk examples', () => {
    const articles = walk(join(ROOT, 'examples', 'desk', 'articles')).map((p) => ({ uri: `file://${p}`, text: readFileSync(p, 'utf8'), registry: 'desk' as const }));
    property(articles, 30);
  });

  it('on the invented eval articles (Markdown and plain text)', () => {
    // Their inline gold ({{name|type|id}}, [[date|value]], <<claim>>) left out, as the eval does.
    const plain = (p: string): string =>
      readFileSync(p, 'utf8').replace(/\{\{([^|{}]+)\|[^{}]*\}\}|\[\[([^|\]]+)\|[^\]]+\]\]|<<|>>/g, (_, a?: string, d?: string) => a ?? d ?? '');
    const articles = walk(join(ROOT, 'eval', 'invented')).flatMap((p) => [
      { uri: `file://${p.replace(/\.txt$/, '.md')}`, text: plain(p), registry: 'empty' as const },
      { uri: `file://${p}`, text: plain(p), registry: 'generated' as const },
    ]);
    property(articles, 30);
  });

  it('on the shared corpus', { skip: NO_SHARED }, () => {
    const articles = [...walk(join(CORPUS, 'articles')), ...walk(join(CORPUS, 'drafts'))].map((p) => ({ uri: `file://${p}`, text: readFileSync(p, 'utf8'), registry: 'corpus' as RegistryName }));
    property(articles, 30);
  });

  it('follows what one block reads from the others (words written in lowercase elsewhere)', () => {
    // "Harbour" opening a sentence is a common word when the article also writes "harbour": the name is "Kestrel" alone.
    const lower =
      'Harbour Kestrel reported a loss on Monday, March 2, 2026, after the strike.\n\n' +
      'The strike lasted for nine days and ended with a deal on pay and hours.\n\n' +
      'Cranes at the harbour stood still for a week, said Ama Lotus.\n';
    const steps = [lower, lower.replace('at the harbour', 'at the docks'), lower];
    const cache = new AnalysisCache();
    const names: string[][] = [];
    for (const text of steps) {
      const cached = analyzeArticle('file:///w/a.md', text, REGISTRIES.empty, { today: '2026-03-12', cache });
      assert.deepEqual(reported(cached), reported(analyzeArticle('file:///w/a.md', text, REGISTRIES.empty, { today: '2026-03-12' })));
      names.push(cached.actors.map((x) => x.text));
    }
    assert.deepEqual(names, [['Kestrel', 'Ama Lotus'], ['Harbour Kestrel', 'Ama Lotus'], ['Kestrel', 'Ama Lotus']]);
  });

  it("follows the article's country into a block's holidays written in lowercase", () => {
    // The dateline alone changes: the second paragraph's "andre pinsedag" is a date only under a Norwegian one.
    const norway = 'BERGEN, Norway, May 4 (Wire) - Ferry crews voted for a strike.\n\nThe ferries will not sail on andre pinsedag, the union said.\n';
    const steps = [norway, norway.replace('BERGEN, Norway', 'LEEDS, England'), norway];
    const cache = new AnalysisCache();
    const dates: string[][] = [];
    for (const text of steps) {
      const cached = analyzeArticle('file:///w/a.md', text, REGISTRIES.empty, { today: '2026-05-04', cache });
      assert.deepEqual(reported(cached), reported(analyzeArticle('file:///w/a.md', text, REGISTRIES.empty, { today: '2026-05-04' })));
      dates.push(cached.dates.map((d) => `${d.text}=${d.value}`));
    }
    assert.deepEqual(dates, [['May 4=2026-05-04', 'andre pinsedag=2026-05-25'], ['May 4=2026-05-04'], ['May 4=2026-05-04', 'andre pinsedag=2026-05-25']]);
  });

  it('follows registry and reference-date changes', () => {
    const text = generateArticle(desk, { words: 800, seed: 5 });
    const cache = new AnalysisCache();
    for (const [registry, date] of [['generated', '2026-03-12'], ['other', '2026-03-12'], ['generated', '2025-06-01'], ['empty', undefined]] as const) {
      const dated = withDate(text, date);
      const cached = analyzeArticle('file:///w/a.md', dated, REGISTRIES[registry], { today: '2026-02-01', cache });
      assert.deepEqual(reported(cached), reported(analyzeArticle('file:///w/a.md', dated, REGISTRIES[registry], { today: '2026-02-01' })));
    }
  });

  it('reuses the blocks an edit did not touch', () => {
    const text = generateArticle(desk, { words: 2000, seed: 11 });
    const cache = new AnalysisCache();
    const options = { today: '2026-03-12', cache };
    analyzeArticle('file:///w/a.md', text, REGISTRIES.generated, options);
    const at = text.indexOf(' ', text.length >> 1);
    analyzeArticle('file:///w/a.md', `${text.slice(0, at)}x${text.slice(at)}`, REGISTRIES.generated, options);
    const { reused, built } = reuseOf(cache).units.stats;
    assert.ok(built >= 1 && built <= 3, `built ${built}`);
    assert.ok(reused > 20, `reused ${reused}`);
  });

  it('finds unchanged blocks that moved, repeat or stand between two edits', () => {
    const text = generateArticle(desk, { words: 1500, seed: 13 });
    const cache = new AnalysisCache();
    const options = { today: '2026-03-12', cache };
    analyzeArticle('file:///w/a.md', text, REGISTRIES.generated, options);
    const paragraphs = text.split('\n\n');
    const n = paragraphs.length;
    // A new block near the start, one dropped near the end, one moved and one repeated: the blocks between are at neither place.
    const edited = [
      ...paragraphs.slice(0, 3),
      'Kestrel Microsystems said on Monday that Ama Lotus told Mr. Brennan.',
      ...paragraphs.slice(3, n - 4),
      paragraphs[5]!,
      ...paragraphs.slice(n - 3),
      paragraphs[3]!,
    ].join('\n\n');
    for (const next of [edited, text, edited, `${edited}\n\n${paragraphs[4]}`]) {
      const cached = analyzeArticle('file:///w/a.md', next, REGISTRIES.generated, options);
      assert.deepEqual(reported(cached), reported(analyzeArticle('file:///w/a.md', next, REGISTRIES.generated, { today: '2026-03-12' })));
      const { reused, built } = reuseOf(cache).units.stats;
      // A splice changes the context of the blocks on either side of it too.
      assert.ok(built <= 8 && reused >= n - 7, `reused ${reused}, built ${built}`);
    }
  });
});

describe('block tokenizer', () => {
  // The pattern the character scanner replaced, for Latin, Greek and Cyrillic copy.
  const LETTER = String.raw`A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u04FF`;
  const TOKEN = new RegExp(`[${LETTER}][${LETTER}\\u0300-\\u036F]*`, 'g');
  const reference = (prose: string): { text: string; start: number; norm: string; shape: string }[] =>
    [...prose.matchAll(TOKEN)].map((m) => ({ text: m[0], start: 7 + m.index!, norm: /^[A-Za-z0-9]+$/.test(m[0]) ? m[0].toLowerCase() : normalize(m[0]), shape: shapeOf(m[0]) }));
  const CHARS = ['a', 'Z', '0', ' ', '\n', '.', "'", '-', 'é', 'É', 'ß', 'ø', '×', '÷', 'ª', 'µ', 'º', '\u0301', '\u02B0', '\u02AF', 'Ω', 'ж', 'Ж', 'ӿ', '\u0370', '—', '“', '€', 'İ', 'ǅ'];

  it('finds the words the Latin pattern finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 60 }), (chars) => {
        const prose = chars.join('');
        const got = tokenizeProse(prose, 7, 0).map((t) => ({ text: t.text, start: t.start, norm: t.norm, shape: t.shape }));
        assert.deepEqual(got, reference(prose));
      }),
      { numRuns: 2000 },
    );
  });
});
