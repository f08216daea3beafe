/**
 * Issue 21 (item 8): texts where the fast YAML reader read something other
 * than the `yaml` package (tabs kept as text, invalid YAML accepted, a thrown
 * RangeError, a lone CR, an empty item's range). Each reads as the package
 * reads it, through the loader.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRegistryFile } from '../../server/src/core/index.js';
import { readRegistryYaml } from '../../server/src/core/registry/read.js';
import { readWithYaml } from '../../server/src/core/registry/tree.js';
import { stripNode } from '../helpers/yaml-diff.js';

const URI = 'file:///desk/facts.yaml';
const ACTOR = 'version: 1\nactors:\n  jane-roe:\n    name: Jane Roe\n    type: person\n  kelsford:\n    name: Kelsford\n    type: place\n';
const FACT = 'facts:\n  roe-elected:\n    claim: Jane Roe was elected mayor of Kelsford\n    date: 2021-02-01\n    actors: [jane-roe, kelsford]\n';
const load = (text: string) => parseRegistryFile(URI, text);
const syntax = (text: string) => load(text).findings.filter((f) => f.code === 'registry.syntax');

describe('registry YAML read as the yaml package reads it (issue 21)', () => {
  it('a tab before a comment ends a name, it is not part of it', () => {
    const f = load(ACTOR.replace('name: Jane Roe', 'name: Jane Roe\t# house spelling'));
    assert.deepEqual(f.findings, []);
    assert.equal(f.actors.find((a) => a.id === 'jane-roe')!.name, 'Jane Roe');
  });

  it('a tab before a comment after a date keeps the fact', () => {
    const f = load(ACTOR + FACT.replace('date: 2021-02-01', 'date: 2021-02-01\t# approx'));
    assert.deepEqual(f.findings, []);
    assert.equal(f.facts.find((x) => x.id === 'roe-elected')?.date, '2021-02-01');
  });

  it('a tab before a comma in a flow list loses no actor', () => {
    const f = load(ACTOR + FACT.replace('[jane-roe, kelsford]', '[jane-roe\t, kelsford]'));
    assert.deepEqual(f.findings, []);
    assert.deepEqual(f.facts[0]!.actors, ['jane-roe', 'kelsford']);
  });

  it('a tab before the colon of a key is not part of the id', () => {
    const f = load(ACTOR + FACT.replace('roe-elected:', 'roe-elected\t:'));
    assert.deepEqual(f.findings, []);
    assert.deepEqual(f.facts.map((x) => x.id), ['roe-elected']);
  });

  it('rejects `[-]`, `- \\t-` and keys over 1,024 characters as the yaml package does', () => {
    for (const text of [ACTOR + FACT.replace('[jane-roe, kelsford]', '[-]'), `${ACTOR}facts:\n  - \t-\n`, `${ACTOR}  ${'k'.repeat(1030)}:\n    name: Long\n    type: person\n`]) {
      assert.ok(readWithYaml(text).errors.length, 'the yaml package rejects it');
      assert.equal(syntax(text).length, 1, JSON.stringify(text.slice(-60)));
    }
  });

  it('an escape past U+10FFFF is a positioned syntax finding, not a thrown RangeError', () => {
    const text = `${ACTOR.replace('name: Kelsford', 'name: "\\U00110000"')}`;
    let file: ReturnType<typeof load> | undefined;
    assert.doesNotThrow(() => (file = load(text)));
    const found = file!.findings.filter((f) => f.code === 'registry.syntax');
    assert.equal(found.length, 1);
    assert.ok(found[0]!.span.start >= text.indexOf('"\\U') && found[0]!.span.start <= text.indexOf('"\\U') + 2, `at ${found[0]!.span.start}`);
    assert.doesNotThrow(() => parseRegistryFile(URI, 'a: "\\U00110000"'));
  });

  it('a lone CR at the end of the file reads as the yaml package reads it', () => {
    const text = `${ACTOR}${FACT}    status: confirmed\r`;
    assert.deepEqual(stripNode(readRegistryYaml(text).root), stripNode(readWithYaml(text).root));
  });

  it('an empty item followed by spaces has the range the yaml package gives it', () => {
    for (const text of ['keywords:\n  -   \n  - x\n', '-   ', 'a:\n- \t\n- # c\n']) {
      assert.deepEqual(stripNode(readRegistryYaml(text).root), stripNode(readWithYaml(text).root), JSON.stringify(text));
    }
  });
});
