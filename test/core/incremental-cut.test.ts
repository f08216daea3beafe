import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { AnalysisCache } from '../../server/src/core/incremental.js';
import { cutSegments, recutSegments } from '../../server/src/core/parse/segments.js';
import { parseArticle } from '../../server/src/core/parse/article.js';
import { parseFrontMatter } from '../../server/src/core/parse/front-matter.js';
import type { Article } from '../../server/src/core/types.js';

const desk = generateDesk(20, 30, 5);

/** Pieces that change how a text is cut: blank lines, fences, indents, HTML, definitions, CR. */
const PIECES = [
  'x', ' ', '\n', '\n\n', '\n\n\n', '  ', '\t', '```\n', '```', '~~~~\n', '`', '    code', '- ', '> ', '# ', '<div>\n', '<!-- ', ' -->',
  '[ref]: https://example.org', '[@fact-1]', '-', '1.', '\n*\n', '\r\n', '\r\n\r\n', '\r', '\u00a0', '---\n', 'Prose on March 3, 2026. ', '\n\nA new paragraph.\n\n',
];
const SEPARATORS = ['\n\n', '\n', '\n\n\n', '\r\n\r\n', '\n  \n'];
const BLOCKS = [
  'Plain prose by Ama Lotus on March 3, 2026.',
  '```\ncode with a blank line\n\nstill code\n```',
  '- item one\n\n  continued item\n- item two',
  '    indented code block',
  '> quoted line\n>\n> more quote',
  '# Heading on January 2',
  'A [link](https://example.org) with `code` [@fact-1].',
  '| a | b |\n| - | - |\n| c | d |',
];

/** One edit: replace `length` characters at `at` (both taken modulo the text) by a piece. */
const editArb = fc.tuple(fc.nat(), fc.nat({ max: 30 }), fc.constantFrom(...PIECES, ''));

function applyEdit(text: string, [at, length, piece]: [number, number, string]): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + piece + text.slice(Math.min(text.length, i + (length % 3 === 0 ? length : 0)));
}

const bodyStartOf = (text: string): number => {
  const fm = parseFrontMatter(text);
  return fm ? fm.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
};

const startArb = fc.oneof(
  fc.constant(generateArticle(desk, { words: 300, seed: 3 })),
  fc.array(fc.constantFrom(...BLOCKS), { minLength: 2, maxLength: 8 }).chain((blocks) => fc.constantFrom(...SEPARATORS).map((sep) => `---\ndate: 2026-03-01\n---\n${blocks.join(sep)}\n`)),
);

const sorted = (a: Article): Article => ({ ...a, masked: [...a.masked].sort((x, y) => x.start - y.start || x.end - y.end) });

describe('recutSegments (the cut of an edited text from the cut before the edit)', () => {
  it('equals cutSegments, and the segments it keeps are unchanged', () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (start, edits, markdown) => {
        let text = start;
        let starts = cutSegments(text, bodyStartOf(text), markdown);
        for (const edit of edits) {
          const next = applyEdit(text, edit);
          const bodyStart = bodyStartOf(next);
          const full = cutSegments(next, bodyStart, markdown);
          if (starts && bodyStart === bodyStartOf(text)) {
            const recut = recutSegments(text, starts, next, markdown);
            if (recut) {
              assert.deepEqual(recut.starts, full);
              if (recut.starts) {
                const n = recut.starts.length;
                const on = starts.length;
                const seg = (t: string, s: readonly number[], i: number): string => t.slice(s[i]!, s[i + 1] ?? t.length);
                assert.ok(recut.head + recut.tail <= Math.min(n, on));
                for (let i = 0; i < recut.head; i++) {
                  assert.equal(recut.starts[i], starts[i]);
                  assert.equal(seg(next, recut.starts, i), seg(text, starts, i));
                }
                for (let i = 0; i < recut.tail; i++) assert.equal(seg(next, recut.starts, n - 1 - i), seg(text, starts, on - 1 - i));
              }
            }
          }
          text = next;
          starts = full;
        }
      }),
      { numRuns: 400, seed: Number(process.env.FC_SEED) || undefined },
    );
  });

  it('rescans only around the change of a long article', () => {
    const text = generateArticle(desk, { words: 3000, seed: 9 });
    const starts = cutSegments(text, bodyStartOf(text), true)!;
    const mid = text.indexOf('. ', text.length >> 1) + 1;
    const recut = recutSegments(text, starts, `${text.slice(0, mid)}x${text.slice(mid)}`, true)!;
    assert.ok(recut.starts);
    assert.equal(recut.head + recut.tail, starts.length - 1);
    assert.equal(recut.starts.length, starts.length);
  });
});

describe('AnalysisCache.parse after edits equals a fresh parse', () => {
  it('in edit sessions (Markdown and plain text)', () => {
    fc.assert(
      fc.property(startArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.constantFrom('file:///w/a.md', 'file:///w/a.txt'), (start, edits, uri) => {
        const cache = new AnalysisCache();
        let text = start;
        cache.parse(uri, text);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          const cached = cache.parse(uri, text);
          assert.deepEqual(sorted(cached), sorted(parseArticle(uri, text)));
          // Sorted as a fresh cache sorts them (by start, then end).
          assert.deepEqual(cached.masked, sorted(cached).masked);
        }
      }),
      { numRuns: 200, seed: Number(process.env.FC_SEED) || undefined },
    );
  });

  it('equals a fresh parse where a fence opens on a list item\'s line and the list goes on after a blank line (FC_SEED=1077851839)', () => {
    // The unclosed fence ends with its item; it takes the blank line after it only where the next segment goes on with the list.
    const start = '---\ndate: 2026-03-01\n---\n- item one\n\n  continued item\n- item two\r\n\r\n- item one\n\n  continued item\n- item two\n';
    const edits: [number, number, string][] = [[896561258, 0, 'x'], [2147483636, 0, '```'], [0, 0, 'x']];
    for (const nl of ['\r\n', '\n']) {
      const cache = new AnalysisCache();
      let text = start.replaceAll('\r\n', nl);
      cache.parse('file:///w/a.md', text);
      for (const edit of edits) {
        text = applyEdit(text, edit);
        assert.deepEqual(sorted(cache.parse('file:///w/a.md', text)), sorted(parseArticle('file:///w/a.md', text)));
      }
    }
  });

  it('keeps an empty list item after indented code with it (micromark reads a paragraph there)', () => {
    const text = 'Intro on March 3.\n\n    indented code\n\n-\n\nA new paragraph.\n';
    assert.deepEqual(cutSegments(text, 0, true), [0, text.indexOf('A new')]);
    const edited = text.replace('-\n', '-x\n');
    const cache = new AnalysisCache();
    for (const next of [edited, text, edited]) assert.deepEqual(sorted(cache.parse('file:///w/a.md', next)), sorted(parseArticle('file:///w/a.md', next)));
    assert.deepEqual(
      parseArticle('file:///w/a.md', text).blocks.map((b) => text.slice(b.start, b.end)),
      ['Intro on March 3.', '-', 'A new paragraph.'],
    );
  });

  it('keeps a no-break space that opens a paragraph, as a whole parse does', () => {
    // Plain prose segments are read as plain text, which trims leading white space of every kind.
    const text = 'First paragraph on March 3.\n\nSecond `code` paragraph.\n\nThird paragraph.\n\nFourth paragraph.\n';
    const at = text.indexOf('Third');
    for (const space of ['\u00a0', '\u2003', '\u3000']) {
      const cache = new AnalysisCache();
      cache.parse('file:///w/a.md', text);
      const edited = text.slice(0, at) + space + text.slice(at);
      const cached = cache.parse('file:///w/a.md', edited);
      assert.equal(cache.stats.parsed, 1);
      assert.deepEqual(sorted(cached), sorted(parseArticle('file:///w/a.md', edited)));
      assert.equal(cached.blocks[2]!.start, at);
    }
  });

  it('reuses every segment but the edited one when typing in the middle, again and again', () => {
    const base = generateArticle(desk, { words: 2000, seed: 12 });
    const cache = new AnalysisCache();
    let text = base;
    cache.parse('file:///w/a.md', text);
    let at = text.indexOf('. ', text.length >> 1) + 1;
    for (const ch of ' the new words') {
      text = text.slice(0, at) + ch + text.slice(at);
      at++;
      const cached = cache.parse('file:///w/a.md', text);
      assert.equal(cache.stats.parsed, 1);
      assert.deepEqual(sorted(cached), sorted(parseArticle('file:///w/a.md', text)));
    }
  });
});
