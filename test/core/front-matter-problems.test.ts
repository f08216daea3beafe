// Issue 21, item 11 (front matter): lone-CR line endings, invalid YAML and impossible dates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle, AnalysisCache, mergeRegistry, parseRegistryFile, type Analysis } from '../../server/src/core/index.js';
import { parseArticle } from '../../server/src/core/parse/article.js';

const registry = mergeRegistry([parseRegistryFile('file:///w/facts.yaml', 'actors: {}\nfacts: {}\n')]);
const analyse = (text: string, cache?: AnalysisCache): Analysis => analyzeArticle('file:///w/a.md', text, registry, { today: '2026-06-01', cache });
const problems = (a: Analysis): string[] => a.findings.filter((f) => f.code === 'article.front-matter').map((f) => `${a.article.text.slice(f.span.start, f.span.end)}: ${f.message}`);

describe('front matter problems', () => {
  it('reads front matter whose lines end with a lone CR', () => {
    const text = '---\rdate: 2026-03-04\rtitle: The vote\r---\rThe vote on Monday, March 2, 2026 passed.\r';
    const a = parseArticle('file:///w/a.md', text);
    assert.equal(a.frontMatter?.date, '2026-03-04');
    assert.equal(a.frontMatter?.title, 'The vote');
    assert.equal(a.bodyStart, text.indexOf('The vote on'));
    assert.equal(analyse(text).reference, '2026-03-04');
    assert.deepEqual(problems(analyse(text)), []);
    // And through the cache, after an edit of the body.
    const cache = new AnalysisCache();
    analyse(text, cache);
    assert.equal(analyse(text.replace('passed', 'failed'), cache).reference, '2026-03-04');
  });

  it('a date that is no calendar day is a finding on the value, not a day rolled over', () => {
    for (const [date, shown] of [
      ['2026-13-45', '2026-13-45'],
      ['2026-02-30', '2026-02-30'],
      ['March 3', 'March 3'],
    ]) {
      const a = analyse(`---\ndate: ${date}\n---\nThe vote passed yesterday.\n`);
      assert.equal(a.reference, '2026-06-01', `${date}: reference date is today's, not a rolled-over day`);
      assert.equal(a.article.frontMatter?.date, undefined);
      const found = problems(a);
      assert.equal(found.length, 1, found.join('\n'));
      assert.ok(found[0]!.startsWith(`${shown}: `), found[0]);
    }
    assert.deepEqual(problems(analyse('---\ndate: 2026-02-28T10:00:00Z\n---\nText.\n')), []);
  });

  it('invalid YAML is a finding on the line where it goes wrong', () => {
    const text = '---\ntitle: "Notes from the hearing\ndate: 2026-03-04\n---\nThe vote passed yesterday.\n';
    const found = problems(analyse(text));
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /not valid YAML/);
    const b = analyse('---\ndate: [2026-03-04\n---\nText.\n');
    assert.equal(problems(b).length, 1);
    const f = b.findings.find((x) => x.code === 'article.front-matter')!;
    assert.ok(f.span.start >= 4 && f.span.end <= b.article.bodyStart, 'inside the front matter');
    assert.match(problems(analyse('---\n- a list\n---\nText.\n'))[0]!, /not a map/);
  });
});
