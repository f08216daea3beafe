// lowerWordBefore (server/src/core/extract/unregistered-clusters.ts) reads the lowercase word
// before a name back from the end of the text; here it is held to the regular expression it
// replaced, on hand-picked cases (other scripts, astral letters, odd whitespace) and random text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lowerWordBefore } from '../../server/src/core/extract/unregistered-words.js';

const REGEX = /(\p{Ll}+)\s+$/u;
const CHARS = ['a', 'z', 'B', ' ', '\n', '\t', '\u00a0', '\u2003', '\u3000', 'é', 'É', 'ß', 'ſ', 'ǅ', '1', ',', '.', '-', '𝑎', '\ud835', '\udc4e'];

describe('lowerWordBefore', () => {
  it('captures what the regex captured', () => {
    for (const s of ['', ' ', 'in ', 'in', 'prices in  ', 'Minister ', 'the minister\n', 'à ', 'straße\u00a0', 'x𝑎𝑎 ', '\udc4eab ', 'ab\ud835 ', 'ǅa ', '1a ', 'from,  ']) {
      assert.equal(lowerWordBefore(s), REGEX.exec(s)?.[1], JSON.stringify(s));
    }
  });
  it('agrees with the regex on random text', () => {
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, (s) => lowerWordBefore(s) === REGEX.exec(s)?.[1]), { numRuns: 5000 });
  });
});
