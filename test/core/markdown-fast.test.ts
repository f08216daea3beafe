import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { cutSegments, isPlainProse } from '../../server/src/core/parse/segments.js';
import { parseArticle, remarkSegment } from '../../server/src/core/parse/article.js';
import { parseFrontMatter } from '../../server/src/core/parse/front-matter.js';
import { scanMarkdownSegment } from '../../server/src/core/parse/markdown-fast.js';
import type { Block, Span } from '../../server/src/core/types.js';
import { CORPUS, FIXTURES, NO_SHARED, ROOT } from '../helpers/paths.js';

const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Segment counts of one text: all, answered by the fast scanner, and left to remark by parseArticle. */
interface Tally {
  segments: number;
  fast: number;
  remark: number;
}

/**
 * Checks every top-level segment of a text: where the fast scanner answers, its blocks
 * and masks equal remark's for that segment. Also checks the whole article against the
 * remark-only path. Returns the counts.
 */
function checkText(text: string, name: string): Tally {
  const tally: Tally = { segments: 0, fast: 0, remark: 0 };
  const frontMatter = parseFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.span.end : text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const starts = cutSegments(text, bodyStart, true);
  const links = text.indexOf(']:', bodyStart) < 0;
  for (let i = 0; starts && i < starts.length; i++) {
    const from = starts[i]!;
    const to = starts[i + 1] ?? text.length;
    const segment = text.slice(from, to).replace(/\s+$/, '');
    if (!segment) continue;
    tally.segments++;
    const blocks: Block[] = [];
    const masked: Span[] = [];
    const fast = scanMarkdownSegment(text, from, to, blocks, masked, links);
    if (fast) {
      tally.fast++;
      const expected = remarkSegment(text, from, to);
      assert.deepEqual(
        { blocks, masked: masked.sort(byStart) },
        { blocks: expected.blocks, masked: expected.masked.sort(byStart) },
        `${name}: segment at ${from}: ${JSON.stringify(segment.slice(0, 200))}`,
      );
    } else assert.deepEqual({ blocks, masked }, { blocks: [], masked: [] }, 'a refusal pushes nothing');
    if (!fast && !isPlainProse(segment) && !/^#{1,6}[ \t]+\S[^\n\r]*$/.test(segment)) tally.remark++;
  }
  const uri = `file:///w/${name.replace(/[^\w.-]/g, '_')}.md`;
  assert.deepEqual(parseArticle(uri, text), parseArticle(uri, text, { fastMarkdown: false }), `${name}: whole article`);
  return tally;
}

function add(into: Tally, t: Tally): void {
  into.segments += t.segments;
  into.fast += t.fast;
  into.remark += t.remark;
}

const share = (t: Tally): string =>
  `${t.segments} segments, ${t.fast} read by the fast scanner, ${t.remark} left to remark (${((100 * t.remark) / Math.max(1, t.segments)).toFixed(1)}%)`;

function filesUnder(dir: string, re: RegExp): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(filesUnder(path, re));
    else if (re.test(name)) out.push(path);
  }
  return out;
}

function checkFiles(files: string[]): Tally {
  const tally: Tally = { segments: 0, fast: 0, remark: 0 };
  assert.ok(files.length > 0);
  for (const file of files) add(tally, checkText(readFileSync(file, 'utf8'), file.slice(ROOT.length)));
  return tally;
}

/** Pieces of Markdown: mostly what desks write, some of everything the scanner must refuse or read exactly. */
const WORDS = ['Ama', 'Lotus', 'said', 'on', 'March', '3,', '2026.', 'the', 'council', 'voted', 'x', 'ref-12', 'https://example.org/a_(b)', 'www.example.org', '[@fact-1]', '&amp;', '&#96;', '—'];
/** Inline pieces the scanner reads (or refuses cheaply), and rarer ones it must refuse. */
const INLINE = [
  '`', '``', '```', '` `', '`a`', '``a ` b``', '\\`', '\\\\`', '\\', '\\[', '\\]', '\\!', '\\(', '[', ']', '![', '](', ')', '(', '[a](u)', '[a](u "t")',
  "[a](u 't')", '[a](u (t))', '[a](<u v>)', '[a](u(v))', '[a](u\\))', '[a]( u )', '[](u)', '[ ](u)', '[a][b]', '[a][]', '[a]', '![i](s)', '[![i](s)](u)',
  '[a [b](c) d](e)', '![a [b](c)](d)', '[a `]` b](u)', '[a](u\n"t")', '[a](\nu)', '"', "'", '*', '**', '_', '__', '&', '\t', '  ', '\u00a0', '#', '(', '))', '1.', '2)',
];
const HOSTILE = ['<', '<b>', '<https://x.org>', '\u0000', ']:', '[r]: /u', '[a](<u', '[a](u "t" x)', '\r'];
const piece = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 48 }, { arbitrary: fc.constantFrom(...INLINE), weight: 32 }, { arbitrary: fc.constantFrom(...HOSTILE), weight: 1 });
const LINE_START = ['# ', '## ', '###### ', '####### ', '#', '> ', '- ', '* ', '+ ', '1. ', '1) ', '12. ', '2026. ', '---', '***', '___', '* * *', '===', '```', '~~~', '    ', '   ', ' ', '\t', '<div>', '|', '*a* ', '_a_ ', '\\# ', '`x` ', '[a](u) '];
const LINE_END = ['  ', ' ', '\t', '\\', ' #', ' ##', '\r'];

const line = fc
  .tuple(
    fc.oneof({ arbitrary: fc.constant(''), weight: 12 }, { arbitrary: fc.constantFrom(...LINE_START), weight: 1 }),
    fc.array(piece, { minLength: 1, maxLength: 12 }),
    fc.array(fc.constantFrom(' ', '', ''), { minLength: 12, maxLength: 12 }),
    fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, { arbitrary: fc.constantFrom(...LINE_END), weight: 1 }),
  )
  .map(([start, parts, seps, end]) => start + parts.map((p, i) => p + (seps[i] ?? ' ')).join('') + end);
/** A list or quote: most lines start with one marker, others are indented or lazy continuations. */
const container = fc
  .tuple(
    fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '> ', '>'),
    fc.array(fc.tuple(fc.constantFrom('m', 'm', 'm', '  ', '', '   ', '    ', '* ', '1. ', '- ', '> '), line), { minLength: 1, maxLength: 5 }),
  )
  .map(([marker, lines]) => lines.map(([start, l], i) => (start === 'm' || i === 0 ? marker : start) + l));
const document = fc
  .tuple(fc.array(fc.oneof({ arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }), weight: 3 }, { arbitrary: container, weight: 2 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n'))
  .map(([segments, eol]) => segments.map((s) => s.join(eol)).join(eol + eol) + eol);

describe('Markdown fast path equals remark', () => {
  it('on generated articles (several seeds and sizes)', (t) => {
    const total: Tally = { segments: 0, fast: 0, remark: 0 };
    for (const [words, seed] of [[300, 1], [1000, 1000], [5000, 5000], [2000, 7]] as const) {
      const desk = generateDesk(40, 60, seed);
      add(total, checkText(generateArticle(desk, { words, seed }), `generated-${words}-${seed}`));
    }
    t.diagnostic(`generated: ${share(total)}`);
    assert.equal(total.remark, 0);
  });

  it('on the example desk, the test fixtures and the eval articles', (t) => {
    const tally = checkFiles([...filesUnder(join(ROOT, 'examples', 'desk'), /\.md$/), ...filesUnder(FIXTURES, /\.md$/), ...filesUnder(join(ROOT, 'eval', 'invented'), /\.(md|txt)$/)]);
    t.diagnostic(`desk, fixtures, eval: ${share(tally)}`);
  });

  it('on the shared corpus', { skip: NO_SHARED }, (t) => {
    const tally = checkFiles([...filesUnder(join(CORPUS, 'articles'), /\.md$/), ...filesUnder(join(CORPUS, 'drafts'), /\.md$/)]);
    t.diagnostic(`corpus: ${share(tally)}`);
  });

  it('on link texts that open with whitespace ending their line (a counterexample fast-check found)', () => {
    for (const text of ['[ \n]( )) Ama \n', 'a [\t \r\nb](c) d', '[ \n x ](c)', '[  ](c) and [ x](d)']) checkText(text, 'link text');
  });

  it('on random Markdown built from pieces', (t) => {
    const total: Tally = { segments: 0, fast: 0, remark: 0 };
    fc.assert(
      fc.property(document, (text) => {
        add(total, checkText(text, 'random'));
      }),
      { numRuns: 800 },
    );
    t.diagnostic(`random: ${share(total)}`);
    // The pieces must exercise the scanner, not only its refusals.
    assert.ok(total.fast > total.segments / 3, share(total));
  });

  it('on single constructs', () => {
    const cases = [
      'A [link](https://example.org/a "title") and `code` and ``co`de``.',
      'An image ![alt `x`](i.png) and [![i](s)](u) and [a [b](c) d](e).',
      'Escapes: \\`not code` and \\[not](link) and \\![a](b).',
      'Unclosed `code and [bracket](',
      'Text\n# Heading with `code`\nmore text  \ntrailing',
      'Para with [a\nlink](u\n"t") across lines.',
      '[r]: /u\n\n[r] is a reference.',
      'Not a link: [a](u "t" x) and [b](c d).',
      '- one `a`\n- two [b](u)\n  continued\nlazy',
      '1. one\n4. four',
      '> quoted [a](u) line\n> more `x`\nlazy',
    ];
    for (const text of cases) checkText(text, 'case');
  });

  it('refuses what it does not read', () => {
    for (const segment of ['- item\n  - nested', '> > nested', '- a\n* b', '> a\n>\n> b', '> [a](\n> u)', '3. three', '10. ten', '```\ncode\n```', 'a <b>tag</b>', '<https://x.org>', '## Title ##', 'Para\n===', 'Para\n- item', '    code', 'a\rb']) {
      assert.equal(scanMarkdownSegment(segment, 0, segment.length, [], [], true), false, segment);
    }
    assert.equal(scanMarkdownSegment('see [a](u)', 0, 10, [], [], false), false, 'brackets when definitions may exist');
  });
});

/** The regular-expression isPlainProse that the character loop replaced: the oracle. */
function isPlainProseByRegExp(segment: string): boolean {
  if (/^(?:[ \t]|[#>*+=|<~`-]|\d{1,9}[.)])/m.test(segment) || /[ \t](?:\r?\n|\r|$)/.test(segment)) return false;
  const rest = segment.includes('[') ? segment.replace(/\[@[^\]\n]{1,400}\]/g, '') : segment;
  return !/[`<[]/.test(rest);
}

describe('isPlainProse (character loop) equals its regular expressions', () => {
  const chars = [' ', '\t', '\n', '\r', '\u2028', '\u2029', '#', '>', '*', '-', '|', '1', '12', '1234567890', '.', ')', '[', '@', ']', '[@', '`', '<', 'a', 'Ama ', '\u00a0'];
  it('on random strings of the characters that matter', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        assert.equal(isPlainProse(s), isPlainProseByRegExp(s), JSON.stringify(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('on marker groups near 400 characters', () => {
    for (const n of [0, 1, 2, 399, 400, 401, 402]) {
      for (const inner of ['x', '`', '<', '[', '[@']) {
        const body = 'y'.repeat(Math.max(0, n - inner.length)) + inner;
        for (const s of [`A [@${body}] b.`, `A [@x [@${body}] b.`, `[@${body}]`, `A [@${body}\n] b.`, `[@[@${body}]`]) {
          assert.equal(isPlainProse(s), isPlainProseByRegExp(s), `${n} ${JSON.stringify(s.slice(0, 20))}`);
        }
      }
    }
  });
});
