// Case 3 of linkCandidates (a fact sharing no actor and no place with a claim, met
// through the claim's days and a shared word; on a busy day through its stem index):
// the indexed search must equal the scan of every fact, on dense days whose facts
// share words with claims in every proportion (shares just above and below
// WORDS_ALONE), facts spanning days or a month, facts without a valid date, and
// claims whose only words are names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateDesk } from '../../bench/generate.js';
import { analyzeArticle, CODES, mergeRegistry, parseRegistryFile, type Levels } from '../../server/src/core/index.js';
import { inferLink } from '../../server/src/core/link/index.js';
import { claimStemsOf } from '../../server/src/core/link/score.js';

const NO_CHECKS: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));
const VOCAB = ['harbor', 'crane', 'budget', 'tender', 'ferry', 'bridge', 'quay', 'levy', 'tunnel', 'depot', 'grant', 'pier', 'lantern', 'beacon'];
const desk = generateDesk(12, 120, 3);
const names = desk.actors.map((a) => a.name);

const words = fc.uniqueArray(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 8 });
const factArb = fc.record({
  words,
  keywords: fc.uniqueArray(fc.constantFrom(...VOCAB), { maxLength: 2 }),
  // Mostly one of three days (well over 16 facts a day: the per-day stem index), some spanning days, a month, or no valid date.
  date: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('2026-02-03', '2026-02-04', '2026-02-05') },
    { weight: 1, arbitrary: fc.constantFrom('2026-02-02/2026-02-04', '2026-02-05/2026-03-02', '2026-02') },
    { weight: 1, arbitrary: fc.constantFrom('', 'soon', '2026-13-40') },
  ),
  actors: fc.boolean(),
});
const sentenceArb = fc.record({
  who: fc.oneof(fc.constant('Officials'), fc.constantFrom(...names)),
  day: fc.integer({ min: 1, max: 7 }),
  range: fc.boolean(),
  words: fc.uniqueArray(fc.constantFrom(...VOCAB), { maxLength: 8 }),
});

describe('case 3 of linkCandidates (shared day and words only) equals the scan of every fact', () => {
  it('dense days, word shares around the threshold, long and undated facts, claims without words', () => {
    let linked = 0;
    let claims = 0;
    let wordless = 0;
    fc.assert(
      fc.property(fc.array(factArb, { minLength: 60, maxLength: 120 }), fc.array(sentenceArb, { minLength: 1, maxLength: 8 }), (facts, sentences) => {
        const registry = mergeRegistry([parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
        const all = [...registry.facts.values()];
        facts.forEach((f, k) => {
          const fact = all[k]!;
          fact.claim = `The ${f.words.join(' ')}.`;
          fact.keywords = f.keywords;
          fact.date = f.date;
          if (!f.actors) fact.actors = [];
          delete fact.place;
        });
        const text = sentences
          .map((s) => {
            const when = s.range ? `between February ${s.day} and February ${s.day + 2}, 2026` : `on February ${s.day}, 2026`;
            return s.words.length ? `${s.who} said ${when} that the ${s.words.join(' ')} opened.` : `${s.who} said so ${when}.`;
          })
          .join(' ');
        const a = analyzeArticle('file:///words.md', `---\ndate: 2026-03-15\n---\n\n${text}\n`, registry, { today: '2026-03-15', levels: NO_CHECKS, markdown: true });
        for (const claim of a.claims) {
          if (claim.markers.length) continue;
          claims++;
          const exhaustive = inferLink(claim, registry, 'exhaustive');
          assert.deepEqual(inferLink(claim, registry), exhaustive, claim.text);
          if (exhaustive) linked++;
          if (claimStemsOf(claim, registry).size === 0) wordless++;
        }
      }),
      { numRuns: 150, seed: 11 },
    );
    assert.ok(claims > 300 && linked > 100 && wordless > 0, `${claims} claims, ${linked} linked, ${wordless} without words`);
  });
});
