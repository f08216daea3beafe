import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle, AnalysisCache, mergeRegistry, parseRegistryFile, type Analysis } from '../../server/src/core/index.js';
import { parseArticle } from '../../server/src/core/parse/article.js';
import type { Article } from '../../server/src/core/types.js';
import { editSession, embed, mutants, specExamples } from '../helpers/commonmark.js';

const URI = 'file:///w/a.md';
const sorted = (a: Article): Article => ({ ...a, masked: [...a.masked].sort((x, y) => x.start - y.start || x.end - y.end) });
/** One remark run over the whole body, no segments, no fast paths: what every parse must equal. */
const reference = (text: string): Article => sorted(parseArticle(URI, text, { segments: false, fastMarkdown: false }));

describe('CommonMark spec examples and their mutants (segments, fast paths and edits agree with remark)', () => {
  const examples = specExamples();

  it('whole: every example and mutant parses as one remark run over the body', () => {
    assert.ok(examples.length > 600, `only ${examples.length} examples`);
    let texts = 0;
    const differ: string[] = [];
    for (const ex of examples) {
      for (const text of [ex.markdown, ...mutants(ex.markdown)]) {
        texts++;
        try {
          assert.deepEqual(sorted(parseArticle(URI, text)), reference(text));
        } catch (e) {
          differ.push(`example ${ex.number}: ${JSON.stringify(text)}: ${e instanceof Error ? e.message.slice(0, 300) : e}`);
        }
      }
    }
    assert.ok(texts > 5000, `only ${texts} texts`);
    assert.deepEqual(differ.slice(0, 10), [], `${differ.length} of ${texts} texts differ`);
  });

  it('incremental: an edit session on each example through an AnalysisCache equals a fresh parse', () => {
    let parses = 0;
    const differ: string[] = [];
    for (const ex of examples) {
      const cache = new AnalysisCache();
      for (const text of editSession(ex.markdown)) {
        parses++;
        try {
          assert.deepEqual(sorted(cache.parse(URI, text)), reference(text));
        } catch (e) {
          differ.push(`example ${ex.number}: ${JSON.stringify(text)}: ${e instanceof Error ? e.message.slice(0, 300) : e}`);
        }
      }
    }
    assert.ok(parses > 5000, `only ${parses} parses`);
    assert.deepEqual(differ.slice(0, 10), [], `${differ.length} of ${parses} parses differ`);
  });
});

describe('segment cutting agrees with remark (issue 21, item 10)', () => {
  it('a fence opened in a list item ends with the item, and the next fence runs to the end', () => {
    // `   ```` lies in the empty item `1.`; the unindented ```` ``` ```` ends the item and opens a
    // fence that holds the rest: nothing after it is prose.
    for (const text of ['1.\n   ```\n```\n\n.\n\nText on Monday, March 2, 2026.\n', '- a\n  ```\nx\n  bar\n  ```\n- b\n\nText on Monday.\n']) {
      assert.deepEqual(sorted(parseArticle(URI, text)), reference(text), JSON.stringify(text));
      assert.deepEqual(parseArticle(URI, text).sentences.filter((s) => s.text.includes('Monday')), []);
    }
  });

  it('a line of underscores is a thematic break, not prose', () => {
    const text = 'Text on Monday.\n\n___\n\nMore text.\n';
    assert.deepEqual(sorted(parseArticle(URI, text)), reference(text));
    assert.ok(!parseArticle(URI, text).blocks.some((b) => text.slice(b.start, b.end) === '___'));
  });

  it('a block ends after the spaces that end its last line, as in remark', () => {
    for (const text of ['Foo  ', 'aaa 2026\nbbb     \n\ny\n', '#   foo   \n\nText.\n', 'Text\u00a0\n\nMore.\n']) {
      assert.deepEqual(sorted(parseArticle(URI, text)), reference(text), JSON.stringify(text));
      const cache = new AnalysisCache();
      cache.parse(URI, `Intro.\n\n${text}`);
      assert.deepEqual(sorted(cache.parse(URI, `Intro!\n\n${text}`)), reference(`Intro!\n\n${text}`), JSON.stringify(text));
    }
  });

  it('an unclosed fence in a list item, re-parsed alone after an edit, ends where it does in place', () => {
    const text = embed('1. ```\n   foo\n\n   bar\n');
    const cache = new AnalysisCache();
    cache.parse(URI, text);
    const edited = text.replace('   bar', '   bar 2026-03-05');
    assert.deepEqual(sorted(cache.parse(URI, edited)), reference(edited));
  });

  // CommonMark examples 194, 218 and 541: a definition elsewhere (escaped bracket, in a quote,
  // a label over two lines) turns `[x]` into a link; a segment re-parsed alone must not lose it.
  const registry = mergeRegistry([parseRegistryFile('file:///w/facts.yaml', 'actors: []\nfacts: []\n')]);
  const findings = (a: Analysis): string[] => a.findings.map((f) => `${f.code} ${f.span.start}-${f.span.end}`);
  for (const [name, before, definition] of [
    ['in a quote', 'The vote [passed][Monday, March 3, 2026] there.', '> [Monday, March 3, 2026]: /url'],
    ['with a label over two lines', 'The vote [passed][Monday,\nMarch 3, 2026] there.', '[Monday,\nMarch 3, 2026]: /url'],
    ['with an escaped bracket', 'The vote [passed][Monday, March 3, 2026 \\]] there.', '[Monday, March 3, 2026 \\]]: /url'],
  ] as const) {
    it(`a date in a link label stays masked after an edit when the definition sits elsewhere (${name})`, () => {
      const text = `---\ndate: 2026-03-04\n---\n${before}\n\nMore text.\n\n${definition}\n`;
      const fresh = analyzeArticle(URI, text, registry, { today: '2026-03-04' });
      const cache = new AnalysisCache();
      analyzeArticle(URI, text, registry, { today: '2026-03-04', cache });
      const edited = text.replace('The vote', 'The votes');
      const incremental = analyzeArticle(URI, edited, registry, { today: '2026-03-04', cache });
      const freshEdited = analyzeArticle(URI, edited, registry, { today: '2026-03-04' });
      assert.deepEqual(findings(freshEdited).filter((f) => f.startsWith('date.weekday')), []);
      assert.deepEqual(findings(incremental), findings(freshEdited));
      assert.deepEqual(sorted(incremental.article), reference(edited));
      assert.deepEqual(findings(fresh).length, findings(freshEdited).length);
    });
  }
});
