// Timing (issue 19: timing leaves npm test): registry files that are hostile by size or by
// alias expansion are refused within a bounded time; the findings themselves are asserted in
// test/core/registry-load.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRegistryFile } from '../../server/src/core/index.js';
import { generateRegistry } from '../fixtures/registry/generate.js';

describe('registry refusals are fast', () => {
  it('an alias bomb ("billion laughs") in under 3 s', () => {
    const lines = ['version: 1', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('actors:\n  x:\n    name: X\n    type: person\n    aliases: *a9');
    const t = performance.now();
    parseRegistryFile('file:///bomb.yaml', lines.join('\n'));
    assert.ok(performance.now() - t < 3000, `${(performance.now() - t).toFixed(0)} ms`);
  });

  it('a 50 MB registry in under 1 s', () => {
    const big = generateRegistry(2000);
    const text = big + '\n' + 'x'.repeat(50 * 1024 * 1024 - big.length);
    const t = performance.now();
    parseRegistryFile('file:///big.facts.yaml', text);
    assert.ok(performance.now() - t < 1000, `${(performance.now() - t).toFixed(0)} ms`);
  });
});
