/**
 * The registry's fast YAML reader against the `yaml` package on generated,
 * registry-shaped texts (tabs, comments, CRLF and lone CR, flow and block
 * lists, quoted and block scalars, escapes, empty items, long keys) and on
 * random edits of them: whatever the fast reader accepts reads exactly as the
 * package reads it, and loading any of them never throws.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addActorEdits, addFactEdits, addSpellingEdits, applyEdits, mergeRegistry, parseRegistryFile, setFactStatusEdits, type Registry, type TextEdit } from '../../server/src/core/index.js';
import { editedRegistryYaml, registryYaml } from '../fixtures/registry/yaml-arbitrary.js';
import { compareReaders } from '../helpers/yaml-diff.js';

const RUNS = 2000;

function check(arb: fc.Arbitrary<string>, seed: number): Record<string, number> {
  const counts: Record<string, number> = { same: 0, fallback: 0 };
  fc.assert(
    fc.property(arb, (text) => {
      const o = compareReaders(text);
      counts[o.kind] = (counts[o.kind] ?? 0) + 1;
      assert.ok(o.kind === 'same' || o.kind === 'fallback', `${o.kind}: ${'detail' in o ? o.detail : ''}`);
      const file = parseRegistryFile('file:///desk/facts.yaml', text);
      for (const f of file.findings) assert.ok(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code} at ${f.span.start}-${f.span.end}`);
    }),
    { numRuns: RUNS, seed },
  );
  return counts;
}

describe('fast YAML reader on registry-shaped texts', () => {
  it(`reads ${RUNS} generated registries as the yaml package does, or falls back`, () => {
    const counts = check(registryYaml(), 20261206);
    // Most generated texts are common block style: the fast reader must read a good share itself.
    assert.ok(counts.same! > RUNS * 0.3, JSON.stringify(counts));
  });

  it(`reads ${RUNS} randomly edited registries as the yaml package does, or falls back`, () => {
    const counts = check(editedRegistryYaml(), 8);
    assert.ok(counts.same! > RUNS * 0.05, JSON.stringify(counts));
  });

  it('registry edits of generated registries read back with the change and no syntax error', () => {
    const uri = 'file:///desk/facts.yaml';
    let edited = 0;
    fc.assert(
      fc.property(fc.oneof(registryYaml(), editedRegistryYaml()), (text) => {
        const file = parseRegistryFile(uri, text);
        if (file.findings.some((f) => f.code === 'registry.syntax')) return;
        const reg = mergeRegistry([file]);
        const actor = [...reg.actors.keys()][0];
        const fact = [...reg.facts.keys()][0];
        const ops: [string, TextEdit[], (r: Registry) => boolean][] = [
          ['add actor', addActorEdits(reg, { id: 'zz-new', name: 'Zed New', type: 'person', aliases: ['Zed'] }), (r) => r.actors.get('zz-new')?.name === 'Zed New'],
          ['add fact', addFactEdits(reg, { id: 'zz-fact', claim: 'A claim', date: '2024-01-01', actors: actor ? [actor] : [] }), (r) => r.facts.get('zz-fact')?.claim === 'A claim'],
        ];
        if (actor) ops.push(['add spelling', addSpellingEdits(reg, actor, 'Zedd', 'aliases'), (r) => !!r.actors.get(actor)?.aliases.includes('Zedd')]);
        if (fact) ops.push(['set status', setFactStatusEdits(reg, fact, 'disputed'), (r) => r.facts.get(fact)?.status === 'disputed']);
        for (const [name, edits, ok] of ops) {
          if (!edits.length) continue;
          edited++;
          const out = applyEdits(text, edits);
          const after = parseRegistryFile(uri, out);
          assert.deepEqual(after.findings.filter((f) => f.code === 'registry.syntax').map((f) => f.message), [], `${name}: ${JSON.stringify(out)}`);
          assert.ok(ok(mergeRegistry([after])), `${name} not read back: ${JSON.stringify(out)}`);
        }
      }),
      { numRuns: 1000, seed: 3 },
    );
    assert.ok(edited > 1000, `${edited} edits`);
  });
});
