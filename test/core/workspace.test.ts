import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { findQuote, mergeRegistry, parseRegistryFile, registryIdAt, renameEdits, supersessionChain } from '../../server/src/core/index.js';
import { FIXTURES } from '../helpers/paths.js';

const text = 'Engineers said the bridge will “stay closed” until the piers are checked. Repairs begin on Friday.';
const slice = (s: { start: number; end: number } | undefined): string | undefined => s && text.slice(s.start, s.end);

describe('findQuote', () => {
  it('finds a quote exactly, ignoring case, spacing and typographic quotes', () => {
    assert.equal(slice(findQuote(text, 'the bridge will "stay  closed"')), 'the bridge will “stay closed');
  });
  it('finds a quote again after words were added or dropped', () => {
    assert.equal(slice(findQuote(text, 'bridge will stay closed until piers are checked')), 'bridge will “stay closed” until the piers are checked');
    assert.equal(slice(findQuote(text, 'the old bridge will stay shut until the piers are checked')), 'the bridge will “stay closed” until the piers are checked');
  });
  it('finds nothing when most words are gone', () => {
    assert.equal(findQuote(text, 'the ferry sails at dawn from the northern pier'), undefined);
    assert.equal(findQuote(text, '   '), undefined);
  });
});

describe('registry lookups and rename', () => {
  const uri = 'file:///ws/facts.yaml';
  const source = readFileSync(join(FIXTURES, 'workspace', 'facts.yaml'), 'utf8');
  const registry = mergeRegistry([parseRegistryFile(uri, source)]);

  it('names the id under the cursor: a key is a definition, a reference is not', () => {
    const key = registryIdAt(registry, uri, source.indexOf('  corrby:') + 3);
    assert.deepEqual({ id: key?.id, kind: key?.kind, definition: key?.definition }, { id: 'corrby', kind: 'actor', definition: true });
    const ref = registryIdAt(registry, uri, source.indexOf('superseded_by: bridge-reopens') + 16);
    assert.deepEqual({ id: ref?.id, kind: ref?.kind, definition: ref?.definition }, { id: 'bridge-reopens', kind: 'fact', definition: false });
  });

  it('follows the supersession chain', () => {
    assert.deepEqual(supersessionChain(registry, registry.facts.get('bridge-closed')!).map((f) => f.id), ['bridge-reopens']);
  });

  it('renames a fact id in its key, `superseded_by` and markers', () => {
    const article = { uri: 'file:///ws/a.md', text: 'x [@bridge-reopens]', reference: '2026-02-10', actors: [], facts: [{ id: 'bridge-reopens', span: { start: 4, end: 18 }, kind: 'marker' as const }] };
    const r = renameEdits(registry, [article], 'bridge-reopens', 'bridge-open');
    assert.ok('edits' in r);
    const where = r.edits.map((e) => `${e.uri === uri ? 'registry' : 'article'}:${(e.uri === uri ? source : article.text).slice(e.span.start, e.span.end)}`);
    assert.deepEqual(where.sort(), ['article:bridge-reopens', 'registry:bridge-reopens', 'registry:bridge-reopens']);
    assert.ok(r.edits.every((e) => e.newText === 'bridge-open'));
  });

  it('refuses a bad or taken id', () => {
    assert.match((renameEdits(registry, [], 'corrby', 'Corrby Town') as { error: string }).error, /not a valid id/);
    assert.match((renameEdits(registry, [], 'corrby', 'bridge-closed') as { error: string }).error, /already used/);
    assert.match((renameEdits(registry, [], 'nowhere', 'somewhere') as { error: string }).error, /not an id/);
  });
});
