// Timing (issue 19: timing leaves npm test): the hand-written tokenizer's cost grows linearly
// with its input, on the inputs that would make a backtracking or quadratic scan explode.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../../server/src/core/parse/sentences.js';
import { tokenizeSentences } from '../../server/src/core/parse/tokenize.js';

describe('tokenizer cost is linear', () => {
  const time = (text: string): number => {
    const t = performance.now();
    tokenizeSentences(text);
    return performance.now() - t;
  };
  const cases: [string, (n: number) => string][] = [
    ['1 MB on one line', (n) => 'word, '.repeat(n)],
    ['capitalised words', (n) => 'Minister '.repeat(n)],
    ['initialisms', (n) => 'U.S. '.repeat(n)],
    ['abbreviations chained', (n) => 'Mr. '.repeat(n)],
    ['lower-case sentences', (n) => 'a. '.repeat(n)],
    ['full stops', (n) => 'a . '.repeat(n)],
    ['closing quotes', (n) => 'x." '.repeat(n)],
    ['inner symbols', (n) => 'a.-'.repeat(n)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      time(make(2000));
      const best = (n: number): number => Math.min(time(make(n)), time(make(n)), time(make(n)));
      const small = best(20_000);
      const large = best(200_000);
      // Ten times the text: about ten times the time; a quadratic cost would be a hundred times.
      assert.ok(large < 40 * small + 20, `${name}: 20k ${small.toFixed(1)} ms, 200k ${large.toFixed(1)} ms`);
    });
  }
  it('1 MB on one line, 100,000 capitalised words and 50,000 lower-case lines through splitSentences', () => {
    // "a.\nb.\n": one retext sentence, cut at every line end afterwards.
    for (const text of ['word, '.repeat(175_000), 'Minister '.repeat(100_000), 'the vote was held.\n'.repeat(50_000)]) {
      const t = performance.now();
      const sentences = splitSentences(text, [{ start: 0, end: text.length, kind: 'paragraph' }], []);
      assert.ok(sentences.length > 0);
      assert.ok(performance.now() - t < 3000, `${text.length} characters in ${(performance.now() - t).toFixed(0)} ms`);
    }
  });
});
