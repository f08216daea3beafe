import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { analyzeArticle, CODES, indexArticle, mergeRegistry, parseRegistryFile, type IndexedArticle, type Levels } from '../../server/src/core/index.js';
import { FIXTURES } from '../helpers/paths.js';

const registry = mergeRegistry([parseRegistryFile('file:///ws/facts.yaml', readFileSync(join(FIXTURES, 'workspace', 'facts.yaml'), 'utf8'))]);
const OFF: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));

/** A full garbage collection (the test runner does not expose `gc`: switch it on and fetch it from a fresh context). */
function collect(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

describe('index entries keep no part of their article', () => {
  it('names ids by the registry, so that an entry without its text lets the text go', () => {
    // Long articles, each naming a fact by its marker: the marker's id is read from the text.
    const pad = (i: number): string => `The council met again on the plan for the ${i}th time. `.repeat(2000);
    const entries: Omit<IndexedArticle, 'text'>[] = [];
    const analyse = (i: number, text: string) => analyzeArticle(`file:///ws/a${i}.md`, text, registry, { today: '2026-03-12', levels: OFF });
    // The registry's lookup tables are built on first use: not by the entries.
    analyse(-1, 'The bridge closed on March 1 [@bridge-closed].');
    collect();
    const before = process.memoryUsage().heapUsed;
    let bytes = 0;
    for (let i = 0; i < 60; i++) {
      const text = `---\ndate: 2026-03-02\n---\n\nThe bridge closed on March 1 [@bridge-closed].\n\n${pad(i)}\n`;
      bytes += text.length;
      const { text: _dropped, ...kept } = indexArticle(analyse(i, text));
      entries.push(kept);
    }
    assert.ok(entries.every((e) => e.facts.some((f) => f.kind === 'marker' && f.id === 'bridge-closed')));
    collect();
    const kept = process.memoryUsage().heapUsed - before;
    // The texts came to several MB; what the entries keep is a few hundred bytes each.
    assert.ok(kept < bytes / 4, `entries keep ${kept} bytes of ${bytes} bytes of text`);
  });
});
