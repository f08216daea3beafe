// contentStems (server/src/core/link/words.ts) scans words by character code; here it
// is held to the regular-expression scan it replaced, on the shared corpus, the eval's
// invented articles, the fixtures, generated articles and random text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { normalize } from '../../server/src/core/extract/tokens.js';
import { contentStems, phraseTerms, stem, STOP } from '../../server/src/core/link/words.js';
import { CORPUS, FIXTURES, NO_SHARED, ROOT } from '../helpers/paths.js';

/** The scan contentStems replaced: a global regular expression over the normalised text (and the phrases of synonyms.json over every word). */
function reference(text: string): Set<string> {
  const out = new Set<string>();
  const every: string[] = [];
  for (const m of normalize(text).matchAll(/[a-z0-9][a-z0-9%'’-]*/g)) {
    let w = m[0];
    w = w.replace(/['’]s$/, '').replace(/['’-]+$/, '');
    if (w) every.push(w);
    const digit = /\d/.test(w);
    if (w.length < 3 && !digit) continue;
    if (STOP.has(w)) continue;
    const money = /[$€£¥]/.test(normalize(text).charAt(m.index! - 1));
    if (digit && (/^\d{1,2}(?:st|nd|rd|th)?$/.test(w) ? !money : /^(?:19|20)\d\d$/.test(w))) continue;
    out.add(stem(w));
  }
  for (const g of phraseTerms(every)) out.add(g);
  return out;
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (/\.(md|txt|markdown)$/.test(name)) out.push(path);
  }
  return out.sort();
}

function assertSame(text: string, label: string): void {
  for (const line of text.split(/\n+/)) assert.deepEqual([...contentStems(line)].sort(), [...reference(line)].sort(), `${label}: ${JSON.stringify(line.slice(0, 80))}`);
}

describe('contentStems = the regular-expression word scan', () => {
  it('the shared corpus', { skip: NO_SHARED }, () => {
    for (const path of files(CORPUS)) assertSame(readFileSync(path, 'utf8'), path);
  });
  it("the eval's invented articles and the fixtures", () => {
    for (const path of [...files(join(ROOT, 'eval', 'invented')), ...files(FIXTURES)]) assertSame(readFileSync(path, 'utf8'), path);
  });
  it('generated articles', () => {
    for (const seed of [1, 2]) assertSame(generateArticle(generateDesk(30, 40, seed), { words: 2000, seed }), `gen-${seed}`);
  });
  it('random text', () => {
    const unit = fc.constantFrom(...'aeiourstlnAZ09 ’\'-%.,s\u00e9\u0301ß\n'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string({ unit, maxLength: 80 }), fc.string({ maxLength: 80 })), (text) => assert.deepEqual([...contentStems(text)].sort(), [...reference(text)].sort())), { numRuns: 3000 });
  });
});
