// Inferred links found through the registry's inverted indexes (linkCandidates)
// are exactly those of the scan of every fact: same fact, same score, for every
// dated claim without a marker, on generated articles against a large generated
// registry, the shared corpus, the invented eval articles, examples/desk, the
// check fixtures and random sentences.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { analyzeArticle, CODES, mergeRegistry, parseRegistryFile, type Levels, type Registry } from '../../server/src/core/index.js';
import { extractRestatements } from '../../server/src/core/extract/claims.js';
import { inferLink } from '../../server/src/core/link/index.js';
import { CORPUS, FIXTURES, NO_SHARED, ROOT } from '../helpers/paths.js';

const NO_CHECKS: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));

function registryOf(path: string): Registry {
  return mergeRegistry([parseRegistryFile(`file://${path}`, readFileSync(path, 'utf8'))]);
}

/** Compares the indexed and the exhaustive search on every unmarked claim (and undated restatement) of a text; returns how many linked. */
function same(uri: string, text: string, registry: Registry): { claims: number; linked: number } {
  const a = analyzeArticle(uri, text, registry, { today: '2026-03-15', levels: NO_CHECKS, markdown: !uri.endsWith('.txt') });
  let claims = 0;
  let linked = 0;
  // Dated claims, and the undated sentences that restate something as current.
  for (const claim of [...a.claims, ...extractRestatements(a.article, a.dates, a.actors)]) {
    if (claim.markers.length) continue;
    claims++;
    const indexed = inferLink(claim, registry);
    const exhaustive = inferLink(claim, registry, 'exhaustive');
    assert.deepEqual(indexed, exhaustive, `${uri}: ${claim.text}`);
    if (exhaustive) linked++;
  }
  // The analysis links exactly these (linkClaims goes through the indexed search).
  const inferred = a.links.filter((l) => l.kind === 'inferred').length;
  assert.equal(inferred, linked, uri);
  return { claims, linked };
}

const mdFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.(md|txt|markdown)$/.test(f) && f !== 'README.md').map((f) => join(dir, f)) : []);

describe('inferred links through the registry indexes equal the scan of every fact', () => {
  const desk = generateDesk(400, 5000, 3);
  const big = mergeRegistry([parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
  const small = { actors: desk.actors, facts: desk.facts.slice(0, 400) };

  it('generated articles against a 5,000-fact generated registry', () => {
    let claims = 0;
    let linked = 0;
    for (let i = 0; i < 40; i++) {
      const text = generateArticle(small, { words: 250 + (i % 7) * 60, seed: 1000 + i, date: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}` });
      const r = same(`file:///ws/a${i}.md`, text, big);
      claims += r.claims;
      linked += r.linked;
    }
    assert.ok(claims > 200 && linked > 50, `${claims} claims, ${linked} linked`);
  });

  it('generated articles whose facts lost their actors (links by date and words alone)', () => {
    const bare = mergeRegistry([parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
    for (const fact of bare.facts.values()) {
      fact.actors = [];
      delete fact.place;
    }
    let linked = 0;
    for (let i = 0; i < 15; i++) {
      const text = generateArticle(small, { words: 400, seed: 2000 + i, date: `2026-02-${String(1 + i).padStart(2, '0')}` });
      linked += same(`file:///ws/b${i}.md`, text, bare).linked;
    }
    assert.ok(linked > 0, 'some claims link by date and words alone');
  });

  it('busy days: thousands of facts on a few days, some spanning several days, claims naming days and short ranges', () => {
    // Every fact moved into February 2026: one-day facts 250 to a day (the per-day stem
    // index), a seventh of them over a week, a month or a range reaching into March (the
    // scan of longer facts); articles with dates, weekdays and "between ... and ..." ranges.
    const busy = mergeRegistry([parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
    let i = 0;
    for (const fact of busy.facts.values()) {
      const day = String(1 + (i % 20)).padStart(2, '0');
      fact.date = (i % 7 === 3 ? `2026-02-${day}/2026-02-${String(Math.min(28, 1 + (i % 20) + (i % 5))).padStart(2, '0')}` : i % 11 === 5 ? '2026-02' : i % 13 === 6 ? `2026-02-${day}/2026-03-04` : `2026-02-${day}`) as never;
      if (i % 3 === 0) fact.actors = [];
      i++;
    }
    let linked = 0;
    let claims = 0;
    for (let k = 0; k < 20; k++) {
      const text = generateArticle(small, { words: 400, seed: 3000 + k, date: `2026-02-${String(1 + k).padStart(2, '0')}` });
      const extra = `\n\nThe ministry said between February ${1 + (k % 9)} and February ${4 + (k % 9) + (k % 6)}, 2026 that ${desk.facts[k]!.claim.replace(/\.$/, '')}. Officials said on February ${2 + k} that ${desk.facts[k + 40]!.claim.replace(/\.$/, '')}.\n`;
      const r = same(`file:///ws/busy${k}.md`, text + extra, busy);
      linked += r.linked;
      claims += r.claims;
    }
    assert.ok(claims > 100 && linked > 20, `${claims} claims, ${linked} linked`);
  });

  it('random sentences built from the registry’s words, names and dates', () => {
    const facts = desk.facts.slice(0, 400);
    const months = ['January', 'February', 'March', 'April', 'May', 'June'];
    const sentence = fc.tuple(
      fc.constantFrom(...desk.actors.map((a) => a.name)),
      fc.constantFrom(...facts.map((f) => f.claim)),
      fc.constantFrom(...months),
      fc.integer({ min: 1, max: 28 }),
      fc.constantFrom('on', 'in', 'by'),
      fc.boolean(),
    ).map(([name, claim, month, day, prep, withDay]) => `${name} said ${prep} ${month}${withDay ? ` ${day}` : ''} 2026 that ${claim.replace(/\.$/, '')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        same('file:///random.md', `---\ndate: 2026-03-15\n---\n\n${sentences.join(' ')}\n`, big);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('examples/desk and the check fixtures', () => {
    const deskRegistry = registryOf(join(ROOT, 'examples', 'desk', 'facts.yaml'));
    let linked = 0;
    for (const f of mdFiles(join(ROOT, 'examples', 'desk', 'articles'))) linked += same(`file://${f}`, readFileSync(f, 'utf8'), deskRegistry).linked;
    assert.ok(linked > 0);
    const checks = join(FIXTURES, 'checks');
    const shared = registryOf(join(checks, 'registry.yaml'));
    for (const dir of readdirSync(checks, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
      const own = join(checks, dir, 'registry.yaml');
      const registry = existsSync(own) ? registryOf(own) : shared;
      for (const f of mdFiles(join(checks, dir))) same(`file://${f}`, readFileSync(f, 'utf8'), registry);
    }
  });

  it('the invented eval articles (against the example desk and the generated registry)', () => {
    const deskRegistry = registryOf(join(ROOT, 'examples', 'desk', 'facts.yaml'));
    for (const f of mdFiles(join(ROOT, 'eval', 'invented'))) {
      const text = readFileSync(f, 'utf8')
        .replace(/\{\{([^|}]*)\|[^}]*\}\}/g, '$1')
        .replace(/\[\[([^|\]]*)\|[^\]]*\]\]/g, '$1')
        .replace(/<<|>>/g, '');
      same(`file://${f}`, text, deskRegistry);
      same(`file://${f}`, text, big);
    }
  });

  it('the shared corpus against its registry', { skip: NO_SHARED }, () => {
    const registry = registryOf(join(CORPUS, 'facts.yaml'));
    let linked = 0;
    for (const f of [...mdFiles(join(CORPUS, 'articles')), ...mdFiles(join(CORPUS, 'drafts'))]) linked += same(`file://${f}`, readFileSync(f, 'utf8'), registry).linked;
    assert.ok(linked > 0);
  });
});
