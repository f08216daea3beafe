// The date scan (dateMatches in server/src/core/extract/dates.ts, which tests the first
// character of a date before its alternatives) against the alternatives alone
// (dateMatchesByRegex): the same matches, groups and positions on the shared corpus, the
// eval's articles, the examples, the fixtures, generated articles and random text.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { CHRONO_HINT, CHRONO_HINT_BY_REGEX } from '../../server/src/core/extract/chrono.js';
import { dateMatches, dateMatchesByRegex } from '../../server/src/core/extract/dates.js';
import { CORPUS, FIXTURES, NO_SHARED, ROOT } from '../helpers/paths.js';

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

/** Index, text and named groups of each match. */
const shape = (ms: RegExpExecArray[]) => ms.map((m) => ({ index: m.index, text: m[0], groups: { ...m.groups } }));

function assertSame(text: string, label: string): number {
  const expected = shape(dateMatchesByRegex(text));
  assert.deepEqual(shape(dateMatches(text)), expected, label);
  // The hint that sends a sentence to chrono, with its first-character test, against its alternatives alone.
  assert.equal(CHRONO_HINT.test(text), CHRONO_HINT_BY_REGEX.test(text), `chrono hint: ${label}`);
  return expected.length;
}

function assertSameFiles(paths: readonly string[]): void {
  assert.ok(paths.length > 0, 'no files found');
  let found = 0;
  for (const path of paths) found += assertSame(readFileSync(path, 'utf8'), path);
  assert.ok(found > 0, 'no dates in these files: the comparison proves nothing');
}

describe('date scan = the date alternatives alone', () => {
  it('the shared corpus', { skip: NO_SHARED }, () => assertSameFiles(files(CORPUS, ['.md', '.txt'])));
  it("the eval's invented articles", () => assertSameFiles(files(join(ROOT, 'eval', 'invented'), ['.md', '.txt'])));
  it('the example desk', () => assertSameFiles(files(join(ROOT, 'examples', 'desk'), ['.md'])));
  it('the test fixtures', () => assertSameFiles(files(FIXTURES, ['.md', '.txt', '.markdown'])));
  it('generated articles', () => {
    for (const seed of [1, 2, 3]) {
      const desk = generateDesk(20 + seed * 10, 40, seed);
      for (const words of [60, 400, 3000]) assertSame(generateArticle(desk, { words, seed: seed * 31 + words }), `gen-${seed}-${words}`);
    }
  });
  it('every trigger word, in both cases, before every kind of follower', () => {
    const words = ['January', 'Sept', 'Sep', 'May', 'March', 'Thus', 'Thurs', 'Tues', 'Monday', 'Sun', 'mid', 'Mid', 'early', 'Late', 'the', 'The', 'this', 'over', 'During', 'in', 'of', 'yesterday', 'Tonight', 'Maybe', 'Mayor', 'Junes', 'mid-', 'a', '_', 'x2', 'Christmas', 'Christmas Eve', 'Halloween', "New Year's", 'Easter', 'three days', 'A day', 'the previous', 'last night', 'In two', 'february', 'eighth', '2018', '8/10', '04', '12-30', 'From May to', 'Friday of next', 'of'];
    const tails = [' 3', ' later', ' ago', ' weeks', ' day', ' Day', ' Eve', '/2016', '/25/2015', '-16', ' of 2022', ' March 18', ' week', '. March 3', '. 3 March', '.x', ', June 4', ' 3, 2024', '. 4', ' 2024', '-2024', ' weekend', ' week', ' the weekend', ' March', ' June 2', ' Monday', ' morning', '', '.', ',', '-', '2', '_', 'é'];
    for (const a of words) for (const b of tails) for (const pre of ['', ' ', 'x', '1', '_', 'é', '$', '.']) assertSame(`${pre}${a}${b}`, JSON.stringify(`${pre}${a}${b}`));
  });
  const PIECES = ['on', 'Christmas', 'Eve', 'Halloween', 'three', 'days', 'ago', 'later', 'previous', 'night', 'february', 'eighth', '8/10', '12-30-16', '2015/05/25', '05.25.2015', 'to', 'From', 'next', 'March', 'May', 'Jan.', 'Sept.', 'Tues.', 'Thursday', 'last', 'Next', 'the', 'day', 'before', 'yesterday', 'mid-', 'Mid', '2024', '12', '3rd', '2024-03-12', '12.03.2024', '3/12/2024', 'weekend', 'week', 'of', 'percent', '%', 'morning', 'in', 'early', 'x', 'Mayor', '$', '—', '-', '/', 'é', '_'];
  const JOINERS = [' ', '', ', ', '-', '.', '\n', ' – '];
  const dateish = fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...JOINERS)), { maxLength: 60 }).map((xs) => xs.map(([p, j]) => p + j).join(''));
  it('random date-like text', () => {
    fc.assert(fc.property(dateish, (text) => { assertSame(text, JSON.stringify(text)); }), { numRuns: 3000 });
  });
  it('random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'aAMmJTt1209 .,-/\n_é$%'.split('')), maxLength: 120 })), (text) => { assertSame(text, JSON.stringify(text)); }),
      { numRuns: 3000 },
    );
  });
});
