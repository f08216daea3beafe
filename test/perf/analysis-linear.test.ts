// Timing (issue 19: timing leaves npm test): the whole analysis grows linearly with the
// article on repetitive inputs (no catastrophic backtracking anywhere in the core).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateDesk } from '../../bench/generate.js';
import { analyzeArticle, mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';

const desk = generateDesk(30, 60, 2);
const generated = mergeRegistry([parseRegistryFile('file:///w/facts.yaml', desk.yaml)]);
const URI = 'file:///w/article.md';

/** Median time of `runs` analyses of a text, in ms. */
function timeOf(text: string, runs = 3): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    analyzeArticle(URI, text, generated, { today: '2026-03-12' });
    t.push(performance.now() - s);
  }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

describe('analysis time grows linearly (no catastrophic backtracking)', () => {
  // Each input is a unit repeated n and 4n times; a quadratic cost would take 16× as long.
  const units: [string, string][] = [
    ['capitalised words', 'Alpha Beta Gamma Delta '],
    ['one long name run', 'Ama '],
    ['open markers', '[@a '],
    ['date-like digits', '12 1 2026 '],
    ['months without days', 'March April May '],
    ['weekday commas', 'Monday, Tuesday, '],
    ['dots', 'U.S. '],
    ['quotes', '"“ '],
    ['hyphens', 'Ama-Lotus-'],
    ['news prose', `${desk.actors[0]!.name} said on Monday, March 2, 2026 that the plan was signed. `],
    ['backticks', '` '],
    ['brackets', '[ '],
  ];
  for (const [name, unit] of units) {
    it(name, () => {
      let n = Math.ceil(4000 / unit.length);
      // Grow n until one run takes long enough to measure.
      while (timeOf(unit.repeat(n), 1) < 15 && n < 2_000_000 / unit.length) n *= 2;
      const small = timeOf(unit.repeat(n));
      const large = timeOf(unit.repeat(4 * n));
      assert.ok(large < small * 9 + 30, `${name}: ${small.toFixed(1)} ms for ${n}, ${large.toFixed(1)} ms for ${4 * n} (×${(large / small).toFixed(1)})`);
    });
  }
});
