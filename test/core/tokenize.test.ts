// The hand-written tokenizer (server/src/core/parse/tokenize.ts) against retext-english, its
// oracle (test/helpers/retext-sentences.ts): exactly the same sentences and words on the shared
// corpus, the eval's articles, the examples, the fixtures, generated articles and random text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { parseArticle } from '../../server/src/core/parse/article.js';
import { splitSentences } from '../../server/src/core/parse/sentences.js';
import { classOf, tokenizeSentences } from '../../server/src/core/parse/tokenize.js';
import { CORPUS, FIXTURES, NO_SHARED, ROOT } from '../helpers/paths.js';
import { retextSplitSentences, retextTokenize } from '../helpers/retext-sentences.js';

/** Files under `dir` whose names end with one of `exts`. */
function files(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(path);
  }
  return out.sort();
}

/** Parses the article, then checks its sentences against retext's on the same blocks and masks, and the bare tokenizer against the bare parse. */
function assertSame(uri: string, text: string): void {
  const article = parseArticle(uri, text);
  assert.deepEqual(article.sentences, retextSplitSentences(text, article.blocks, article.masked), uri);
  assert.deepEqual(splitSentences(text, article.blocks, []), retextSplitSentences(text, article.blocks, []), `${uri} unmasked`);
  const body = text.slice(article.bodyStart);
  assert.deepEqual(tokenizeSentences(body), retextTokenize(body), `${uri} whole body`);
}

function assertSameFiles(paths: readonly string[]): void {
  assert.ok(paths.length > 0, 'no files found');
  for (const path of paths) assertSame(pathToFileURL(path).href, readFileSync(path, 'utf8'));
}

describe('tokenizer = retext-english on real text', () => {
  it('the shared corpus: articles and drafts', { skip: NO_SHARED }, () => {
    assertSameFiles([...files(join(CORPUS, 'articles'), ['.md', '.txt']), ...files(join(CORPUS, 'drafts'), ['.md', '.txt'])]);
  });
  it("the eval's invented articles", () => assertSameFiles(files(join(ROOT, 'eval', 'invented'), ['.md', '.txt'])));
  it('the example desk', () => assertSameFiles(files(join(ROOT, 'examples', 'desk'), ['.md'])));
  it('the test fixtures', () => assertSameFiles(files(FIXTURES, ['.md'])));
  it('generated articles, several seeds and sizes (one above the 8,000-character pieces)', () => {
    for (const seed of [1, 2, 3, 4]) {
      const desk = generateDesk(20 + seed * 10, 40, seed);
      for (const words of [60, 400, 3000]) assertSame(`file:///gen-${seed}-${words}.md`, generateArticle(desk, { words, seed: seed * 31 + words }));
    }
  });
});

/** News-like pieces: the constructs retext's plugins treat specially, in the shapes a desk writes them. */
const PIECES = [
  'the', 'said', 'on', 'and', 'Minister', 'Maria Lopez', 'Acme Corp.', 'Inc.', 'Ltd.', 'Mr.', 'Mrs.', 'Dr.', 'St.', 'Gov.', 'Sen.', 'Rep.',
  'Jan.', 'Feb.', 'Sept.', 'e.g.', 'i.e.', 'etc.', 'cf.', 'vs.', 'No.', 'p.m.', 'a.m.', 'U.S.', 'U.K.', 'U.S.A.', 'Ph.D.', 'A.', 'J. R. R.',
  '1.', '12.', '2026.', '3.5', '1,000', '12:30', '9/11', 'and/or', 'w/', "'90s", "'tis", "'em", "rock 'n' roll", "o' clock", "don't",
  'O’Brien', 'it’s', 'e-mail', 'well-known', 'pre-', '&', 'AT&T', '& Co', 'user@example', 'a_b', '__init__', '...', '…', '?!', '!', '?', '.',
  '. .', ',', ';', ':', '—', '–', '-', '(', ')', '[', ']', '{', '}', '"', '“', '”', '‘', '’', "'", '«', '»', '(see above.)', '"Yes."',
  'March 1, 2026', '1 March 2026', '2026-03-12', 'Monday', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '  ', '\u00a0', '\u2028',
  '😀', '👍🏽', 'e\u0301', 'Zoë', 'Ångström', 'שלום', 'مرحبا', 'Привет', '中文', '\u0000', '\u00ad', '\u200b', 'ŉ', 'ǅ', 'İ', '\u212a',
  '#', '*', '_', '`', '|', '>', '~', '½', '²', '٣', 'Ⅻ', '\ud800', '\udc00', '‽', '⁇',
];
const JOINERS = [' ', ' ', ' ', '', '\n', '. ', ', '];
const newsText = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...JOINERS)), { maxLength: 80 })
  .map((xs) => xs.map(([p, j]) => p + j).join(''));

describe('tokenizer = retext-english on random text', () => {
  it('news-like pieces: exactly the same sentences and words (10,000 texts)', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        assert.deepEqual(tokenizeSentences(text), retextTokenize(text));
      }),
      { numRuns: 10_000, seed: 7 },
    );
  });

  it('news-like pieces through splitSentences, masks and long blocks', () => {
    fc.assert(
      fc.property(fc.array(newsText, { minLength: 1, maxLength: 40 }), fc.nat(), (parts, seed) => {
        const text = parts.join(' ');
        const blocks = [{ start: 0, end: text.length, kind: 'paragraph' as const }];
        const masked = seed % 3 === 0 ? [] : [{ start: seed % (text.length + 1), end: Math.min(text.length, (seed % (text.length + 1)) + (seed % 17)) }];
        assert.deepEqual(splitSentences(text, blocks, masked), retextSplitSentences(text, blocks, masked));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  // Measured on 20,000 texts each (seeds 1-4): 100% agreement on binary and grapheme strings.
  it('arbitrary Unicode: exactly the same sentences and words', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: fc.constantFrom(...'aA1 .\n\'"’&/-!?,;:_()'.split('')), maxLength: 120 })), (text) => {
        const got = tokenizeSentences(text);
        for (const s of got) {
          assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length);
          for (const w of s.words) assert.ok(s.start <= w.start && w.start < w.end && w.end <= s.end);
        }
        assert.deepEqual(got, retextTokenize(text));
      }),
      { numRuns: 5_000, seed: 3 },
    );
  });

  it('character classes: every BMP code unit classed as parse-latin 7 classes it', async () => {
    // parse-latin exports only its parser; its expressions are read from its files.
    const ex = (await import(pathToFileURL(join(ROOT, 'node_modules', 'parse-latin', 'lib', 'expressions.js')).href)) as Record<string, RegExp>;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const kind = ex.whiteSpace!.test(ch) ? 'white-space' : ex.punctuation!.test(ch) ? 'punctuation' : ex.word!.test(ch) ? 'word' : 'symbol';
      assert.deepEqual(classOf(c), { kind, lowerInitial: ex.lowerInitial!.test(ch), numerical: ex.numerical!.test(ch) }, `U+${c.toString(16)}`);
    }
  });
});
