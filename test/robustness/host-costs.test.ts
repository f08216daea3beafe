// Costs that grew with the square of the desk (issue 21, Medium 9): a supersession cycle listed
// whole in every member's finding (a 5,001-fact cycle printed 295 MB, 20,001 ran out of memory).
// The CLI's registry search once per folder is measured by bench/cli-desk.mts (10,000 articles).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';

/** A registry whose `n` facts supersede each other in one loop. */
function cycleRegistry(n: number): string {
  const lines = ['version: 1', 'facts:'];
  for (let i = 0; i < n; i++) lines.push(`  f${i}:`, `    claim: Fact ${i}`, '    date: 2026-02-01', '    status: superseded', `    superseded_by: f${(i + 1) % n}`);
  return lines.join('\n') + '\n';
}

describe('supersession cycles', () => {
  it('gives each member of a 5,001-fact cycle one short finding, not the whole cycle', () => {
    const n = 5001;
    const registry = mergeRegistry([parseRegistryFile('file:///desk/facts.yaml', cycleRegistry(n))]);
    const cycles = (registry.findings.get('file:///desk/facts.yaml') ?? []).filter((f) => f.code === 'registry.supersession-cycle');
    assert.equal(cycles.length, n, 'one finding per member');
    const longest = Math.max(...cycles.map((f) => f.message.length));
    assert.ok(longest < 300, `a message of ${longest} characters`);
    const total = cycles.reduce((sum, f) => sum + f.message.length, 0);
    assert.ok(total < 300 * n, `${total} characters in all`);
    assert.match(cycles[0]!.message, /cycle of 5001 facts: `f0` → `f1` → … → `f5000` → `f0`/);
  });

  it('still spells a short cycle out whole', () => {
    const registry = mergeRegistry([parseRegistryFile('file:///desk/facts.yaml', cycleRegistry(3))]);
    const cycles = (registry.findings.get('file:///desk/facts.yaml') ?? []).filter((f) => f.code === 'registry.supersession-cycle');
    assert.equal(cycles.length, 3);
    for (const f of cycles) assert.match(f.message, /^Supersession cycle: `f0` → `f1` → `f2` → `f0`;/);
  });
});
