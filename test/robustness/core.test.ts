import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { analyzeArticle, mergeRegistry, parseRegistryFile, type Analysis, type Registry } from '../../server/src/core/index.js';
import type { Span } from '../../server/src/core/types.js';
import { ROOT } from '../helpers/paths.js';

const desk = generateDesk(30, 60, 2);
const generated = mergeRegistry([parseRegistryFile('file:///w/facts.yaml', desk.yaml)]);
const exampleUri = `file://${join(ROOT, 'examples', 'desk', 'facts.yaml')}`;
const example = mergeRegistry([parseRegistryFile(exampleUri, readFileSync(join(ROOT, 'examples', 'desk', 'facts.yaml'), 'utf8'))]);
const URI = 'file:///w/article.md';

/** Analyses and checks every span the analysis reports: inside the text, and each `text` field is its slice. */
function analyzeChecked(text: string, registry: Registry = generated, uri = URI): Analysis {
  const a = analyzeArticle(uri, text, registry, { today: '2026-03-12' });
  const inside = (s: Span, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets must be integers`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} ${s.start}-${s.end} outside 0-${text.length}`);
  };
  const sliced = (s: Span & { text: string }, what: string): void => {
    inside(s, what);
    assert.equal(s.text, text.slice(s.start, s.end), `${what}: text field differs from its slice`);
  };
  for (const b of a.article.blocks) inside(b, 'block');
  for (const m of a.article.masked) inside(m, 'masked');
  for (const m of a.article.markers) {
    inside(m, 'marker');
    inside(m.idSpan, 'marker id');
    assert.equal(text.slice(m.idSpan.start, m.idSpan.end), m.id);
  }
  for (const s of a.article.sentences) {
    sliced(s, 'sentence');
    for (const w of s.words) inside(w, 'word');
  }
  for (const x of a.actors) sliced(x, 'actor');
  for (const x of a.dates) sliced(x, 'date');
  for (const x of a.claims) sliced(x, 'claim');
  for (const f of a.findings) {
    if (f.uri === uri) inside(f.span, `finding ${f.code}`);
    assert.ok(f.message.length > 0);
  }
  return a;
}

/** Pieces of text that break naive parsers: every script direction, marks, controls, line ends, Markdown. */
const PIECES = [
  'Ama Lotus',
  desk.actors[0]!.name,
  desk.actors[3]!.name,
  'said on',
  'Monday, March 2, 2026',
  'March 3',
  'last week',
  '2026-02-30',
  '[@',
  ']',
  `[@${desk.facts[0]!.id}]`,
  '[@a; @b]',
  '.',
  '!',
  '"',
  '“',
  '’s',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\uFEFF',
  '\u0000',
  '\u200F',
  '\u202E',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '🇺🇦',
  '\uD800',
  '\uDFFF',
  'مرحبا بالعالم',
  'שלום',
  'Zürich',
  'İstanbul',
  'ß',
  '---',
  '# ',
  '> ',
  '- ',
  '1. ',
  '```',
  '`',
  '<script>alert(1)</script>',
  '<!--',
  '[link](http://example.org/a.b)',
  'https://example.org/x?y=1',
  '|',
  '\t',
  '    ',
  '*',
  '_',
  '\\',
  'U.S.',
  'Dr.',
];

const pieceText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).map((xs) => xs.join(' '));

describe('the core never throws, and every span lies within the text', () => {
  it('on arbitrary Unicode, controls, line ends and Markdown pieces', () => {
    fc.assert(
      fc.property(pieceText, fc.boolean(), (body, frontMatter) => {
        const text = frontMatter ? `---\ndate: 2026-03-01\n---\n${body}` : body;
        analyzeChecked(text);
        analyzeChecked(text, example);
        analyzeChecked(text, generated, 'file:///w/article.txt');
      }),
      { numRuns: 150 },
    );
  });

  it('on fully arbitrary strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        analyzeChecked(text);
      }),
      { numRuns: 150 },
    );
  });

  it('on edge documents', () => {
    const article = generateArticle(desk, { words: 300, seed: 4 });
    const cases: [string, string][] = [
      ['empty', ''],
      ['BOM only', '\uFEFF'],
      ['BOM and front matter', `\uFEFF${article}`],
      ['CRLF', article.replace(/\n/g, '\r\n')],
      ['lone CR', article.replace(/\n/g, '\r')],
      ['unclosed front matter', '---\ndate: 2026-03-01\ntitle: never closed\n\nAma Lotus said on Monday.'],
      ['front matter only', '---\ndate: 2026-03-01\n---'],
      ['bad front matter', '---\ndate: [unclosed\n: :\n---\nBody on March 3.'],
      ['NULs', article.replace(/ /g, '\u0000')],
      ['no spaces', article.replace(/\s/g, '')],
      ['deep quotes', `${'> '.repeat(5000)}Ama Lotus said on March 3.`],
      ['deep lists', `${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- item on March ${(i % 28) + 1}`).join('\n')}`],
      ['deep emphasis', `${'*'.repeat(5000)}Ama${'*'.repeat(5000)}`],
      ['deep brackets', `${'['.repeat(5000)}@x${']'.repeat(5000)}`],
      ['many markers', `Claim ${'[@a]'.repeat(5000)}.`],
      ['long marker', `[@${'a'.repeat(100_000)}]`],
    ];
    for (const [name, text] of cases) {
      try {
        analyzeChecked(text);
      } catch (e) {
        assert.fail(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  });

  it('on 1 MB on one line', () => {
    // Mostly lowercase prose (so the line stays cheap to extract from), with a news sentence now and then.
    const unit = `${'the board met again and said little about it. '.repeat(20)}${desk.actors[0]!.name} said on March 3, 2026 that talks went on. `;
    const oneLine = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const a = analyzeChecked(oneLine);
    assert.ok(a.article.sentences.length > 900, `${a.article.sentences.length} sentences`);
    assert.ok(a.dates.length > 500);
  });

  it('on 100,000 capitalised words', () => {
    const caps = Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`).join(' ');
    analyzeChecked(caps);
  });
});

