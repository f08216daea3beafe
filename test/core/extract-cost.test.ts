import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { extractActors } from '../../server/src/core/extract/actors.js';
import { extractClaims } from '../../server/src/core/extract/claims.js';
import { extractDates } from '../../server/src/core/extract/dates.js';
import { mergeRegistry, parseArticle, parseRegistryFile } from '../../server/src/core/index.js';
import { generateArticle, REGISTRY_YAML } from './extract-helpers.js';

const registry = mergeRegistry([parseRegistryFile('file:///desk/facts.yaml', REGISTRY_YAML)]);
const english = unified().use(retextEnglish);

/** Full extraction as analyzeArticle runs it, without the checks. */
function extractAll(text: string): number {
  const article = parseArticle('file:///desk/generated.md', text);
  const actors = extractActors(article, registry);
  const dates = extractDates(article, { reference: '2026-01-26' });
  return extractClaims(article, dates, actors).length + actors.length;
}

/**
 * CPU time of each function, interleaved run by run, as the minimum over `runs`
 * runs after warm-up: on a shared machine the minimum is the least disturbed run.
 */
function cpuTimes(fns: (() => unknown)[], runs: number): number[] {
  for (const fn of fns) fn();
  const best = fns.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, k) => {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      best[k] = Math.min(best[k]!, (d.user + d.system) / 1000);
    });
  }
  return best;
}

describe('cost of extraction', () => {
  it('a 5,000-word article costs at most a small multiple of the bare retext-english parse', () => {
    const text = generateArticle(5000);
    const [bare, full] = cpuTimes([() => english.parse(text), () => extractAll(text)], 15) as [number, number];
    const ratio = full / bare;
    console.log(`5,000 words: retext-english parse ${bare.toFixed(1)} ms, full extraction ${full.toFixed(1)} ms, ratio ${ratio.toFixed(2)}x`);
    // Measured about 1x since the parse left retext and remark (docs/extraction.md); the
    // target is 2x; the bound of 2.5 leaves a busy shared machine some room.
    assert.ok(ratio < 2.5, `extraction costs ${ratio.toFixed(2)}x the bare parse`);
  });

  it('grows linearly with the length of the article', () => {
    const small = generateArticle(5000);
    const large = generateArticle(20000);
    const [a, b] = cpuTimes([() => extractAll(small), () => extractAll(large)], 5) as [number, number];
    console.log(`5,000 words ${a.toFixed(1)} ms, 20,000 words ${b.toFixed(1)} ms (x${(b / a).toFixed(2)} for 4x the text)`);
    assert.ok(b / a < 8, `4x the text took ${(b / a).toFixed(2)}x the time`);
  });
});
