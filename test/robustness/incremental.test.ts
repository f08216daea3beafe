import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { AnalysisCache } from '../../server/src/core/incremental.js';
import { parseArticle } from '../../server/src/core/parse/article.js';
import type { Article } from '../../server/src/core/types.js';
import { CORPUS, FIXTURES, hasShared, ROOT } from '../helpers/paths.js';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Prose blocks of a Markdown text by one plain remark run over the whole text: the reference. */
function referenceBlocks(text: string, bodyStart: number): string[] {
  const source = bodyStart > 0 ? text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart) : text;
  const out: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      out.push(`${node.position!.start.offset}-${node.position!.end.offset} ${node.type === 'tableCell' ? 'other' : node.type}`);
      return;
    }
    if (node.type === 'code' || node.type === 'html' || node.type === 'yaml' || node.type === 'definition') return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(remark.parse(source) as Root);
  return out.sort();
}
const blocksOf = (a: Article): string[] => a.blocks.map((b) => `${b.start}-${b.end} ${b.kind}`).sort();

const sorted = (a: Article): Article => ({ ...a, masked: [...a.masked].sort((x, y) => x.start - y.start || x.end - y.end) });
const desk = generateDesk(20, 30, 5);

/** Markdown pieces that stress the segment cutter: fences with blank lines, lists, quotes, HTML, definitions. */
const PIECES = [
  'Plain prose by Ama Lotus on March 3, 2026.',
  '```\ncode with a blank line\n\nstill code [@x]\n```',
  '~~~~\nunclosed fence',
  '- item one\n\n  continued item, said Ben Okri\n- item two',
  '    indented code block',
  '> quoted line\n>\n> more quote on Monday',
  '<!-- a comment\n\nspanning a blank line -->',
  '<div>\nhtml block\n</div>',
  '[ref]: https://example.org/ref',
  'A [link][ref] and a [plain](https://example.org) one with `code` [@fact-1].',
  '# Heading on January 2\n\nSetext\n======',
  '---',
  '1. first\n2. second',
  '| a | b |\n| - | - |\n| c | d |',
  'Line with trailing spaces   \nnext line',
  '*emphasis* and _more_ and **strong** & entity &amp; here!',
];

describe('incremental parse (segment cache) equals the whole parse', () => {
  it('on generated articles after random edits', () => {
    const base = generateArticle(desk, { words: 400, seed: 3 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', ' ', '\n', '\n\n', '`', '[', '# ', '```\n', '- ', '\r\n', '\t', '\u00a0')), { maxLength: 6 }), (edits) => {
        const cache = new AnalysisCache();
        let text = base;
        cache.parse('file:///w/a.md', text);
        for (const [at, s] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + s + text.slice(i);
          assert.deepEqual(sorted(cache.parse('file:///w/a.md', text)), sorted(parseArticle('file:///w/a.md', text)));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('on Markdown that spans blank lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n'), (pieces, sep) => {
        const text = `---\ndate: 2026-03-01\n---\n${pieces.join(sep)}\n`;
        for (const uri of ['file:///w/a.md', 'file:///w/a.txt']) {
          assert.deepEqual(sorted(new AnalysisCache().parse(uri, text)), sorted(parseArticle(uri, text)));
        }
        // And the Markdown blocks are those of one remark run over the whole text.
        const whole = parseArticle('file:///w/a.md', text);
        assert.deepEqual(blocksOf(whole), referenceBlocks(text, whole.bodyStart));
      }),
      { numRuns: 150, seed: Number(process.env.FC_SEED) || undefined },
    );
  });

  it('when an HTML block swallows a fence marker up to a blank line', () => {
    // `<div>` runs to the blank line, so the first fence marker is HTML and the second opens a
    // fence to the end of the text; a cutter that trusts the first marker cuts after the second.
    const text = '<div>\nhtml block\n</div>\n```\ncode\n\nmore\n```\n# Heading on January 2\n\nSetext\n======\nProse on March 3.\n';
    const cache = new AnalysisCache();
    assert.deepEqual(sorted(cache.parse('file:///w/a.md', text)), sorted(parseArticle('file:///w/a.md', text)));
    assert.deepEqual(blocksOf(parseArticle('file:///w/a.md', text)), referenceBlocks(text, 0));
  });

  it('on the example desk, the fixtures and the shared corpus', () => {
    const dirs = [join(ROOT, 'examples', 'desk', 'articles'), join(FIXTURES, 'desk', 'articles')];
    if (hasShared) dirs.push(join(CORPUS, 'articles'), join(CORPUS, 'drafts'));
    let n = 0;
    for (const dir of dirs) {
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f));
      } catch {
        continue;
      }
      for (const name of names) {
        const text = readFileSync(join(dir, name), 'utf8');
        const uri = `file:///w/${name}`;
        assert.deepEqual(sorted(new AnalysisCache().parse(uri, text)), sorted(parseArticle(uri, text)), name);
        n++;
      }
    }
    assert.ok(n > 0);
  });

  it('reads the front matter again when it changes, and only then', () => {
    const text = generateArticle(desk, { words: 300, seed: 4 });
    const cache = new AnalysisCache();
    const first = cache.parse('file:///w/a.md', text);
    const edited = text.replace(/^date: .*$/m, 'date: 2025-01-02');
    assert.notEqual(edited, text);
    assert.equal(cache.parse('file:///w/a.md', edited).frontMatter?.date, '2025-01-02');
    const body = edited.replace('\n---\n', '\n---\nA new first line.\n\n');
    assert.deepEqual(cache.parse('file:///w/a.md', body).frontMatter, parseArticle('file:///w/a.md', body).frontMatter);
    assert.deepEqual(cache.parse('file:///w/a.md', text).frontMatter, first.frontMatter);
  });

  it('re-parses only the edited segment', () => {
    const text = generateArticle(desk, { words: 3000, seed: 9 });
    const cache = new AnalysisCache();
    cache.parse('file:///w/a.md', text);
    const mid = text.indexOf('. ', text.length >> 1) + 1;
    cache.parse('file:///w/a.md', `${text.slice(0, mid)}x${text.slice(mid)}`);
    assert.equal(cache.stats.parsed, 1);
    assert.ok(cache.stats.reused > 20, `reused ${cache.stats.reused}`);
  });
});
