// Warming the analysis up at start-up: it runs one short step per turn of the event loop (a
// request never waits for more than a step), stops for good when told, and never changes what
// an analysis finds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AnalysisCache, analyzeArticle, mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';
import { WarmUp, warmUpSteps } from '../../server/src/lsp/warm-up.js';
import { FIXTURES } from '../helpers/paths.js';

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('warm-up', () => {
  it('runs one step per turn of the event loop and stops for good when told', async () => {
    const w = new WarmUp(20);
    w.start();
    assert.equal(w.ran, 0, 'nothing runs before the event loop turns');
    // Something queued meanwhile (a request) runs after at most one step.
    await turn();
    const seen = w.ran;
    assert.ok(seen <= 1, `${seen} steps ran before a callback queued at the start`);
    await turn();
    await turn();
    w.stop();
    const stopped = w.ran;
    for (let i = 0; i < 10; i++) await turn();
    assert.equal(w.ran, stopped, 'no step after stop()');
    assert.ok(w.over);
    w.start();
    await turn();
    assert.equal(w.ran, stopped, 'a stopped warm-up does not start again');
  });

  it('runs to its end and says so', async () => {
    const w = new WarmUp(5);
    w.start();
    while (!w.over) await turn();
    assert.equal(w.ran, [...warmUpSteps(5)].length);
  });

  it('never changes results: analyses before and after warming up are equal', () => {
    const root = join(FIXTURES, 'workspace');
    const yaml = readFileSync(join(root, 'facts.yaml'), 'utf8');
    const registry = mergeRegistry([parseRegistryFile('file:///w/facts.yaml', yaml)]);
    const texts = readdirSync(join(root, 'articles')).map((f) => readFileSync(join(root, 'articles', f), 'utf8'));
    const run = () =>
      texts.map((text, i) => {
        const uri = `file:///w/articles/${i}.md`;
        const fresh = analyzeArticle(uri, text, registry, { today: '2026-02-10' });
        // An edit session too: the warm-up uses the edit path with a cache of its own.
        const cache = new AnalysisCache();
        analyzeArticle(uri, text, registry, { today: '2026-02-10', cache });
        const edited = analyzeArticle(uri, text.replace('. ', '. The River Authority said so. '), registry, { today: '2026-02-10', cache });
        return { findings: fresh.findings, actors: fresh.actors, links: fresh.links, edited: edited.findings };
      });
    const before = run();
    for (const _ of warmUpSteps()) void _;
    assert.deepEqual(run(), before);
  });
});
