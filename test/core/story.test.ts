import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyzeArticle,
  buildStoryModel,
  CODES,
  indexArticle,
  mergeRegistry,
  parseRegistryFile,
  storyChain,
  STORY_MODEL_VERSION,
  type Levels,
} from '../../server/src/core/index.js';

const NO_CHECKS: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));

const BRIDGE = `version: 1
actors:
  ann-example:
    name: Ann Example
    type: person
    roles:
      - {title: Mayor of Corrby, from: 2020-01-01, to: 2024-03-01}
      - title: Governor of the Region
        from: 2024-03-02
  corrby:
    name: Corrby
    type: place
facts:
  # the first word on the bridge
  bridge-closed:
    claim: Ann Example says the Corrby bridge stays closed until May.
    date: 2024-03-01
    actors: [ann-example]
    place: corrby
    status: superseded
    superseded_by: bridge-reopens
  bridge-reopens:
    claim: Ann Example says the Corrby bridge reopens in April.
    date: 2024-03-04/2024-03-05
    actors: [ann-example]
    status: superseded
    superseded_by: bridge-opened
  bridge-opened:
    claim: The Corrby bridge opened to traffic.
    date: 2024-04-02
    status: confirmed
    sources:
      - outlet: Corrby Post
        url: https://example.org/bridge
      - file: articles/one.md
        quote: bridge opened
`;

const FERRY = `version: 1
facts:
  ferry-strike:
    claim: Ferry crews strike.
    date: 2024-03-10
    actors: [ann-example]
    status: disputed
`;

const ARTICLE = `---
title: The bridge
date: 2024-03-06
---
Ann Example said on March 4 that the Corrby bridge reopens in April [@bridge-reopens].

The mayor spoke again.
`;

describe('the story model', () => {
  const registry = mergeRegistry([parseRegistryFile('file:///desk/facts.yaml', BRIDGE), parseRegistryFile('file:///desk/harbour/ferry.facts.yaml', FERRY)]);
  const article = indexArticle(analyzeArticle('file:///desk/articles/one.md', ARTICLE, registry, { today: '2024-05-01', levels: NO_CHECKS }));
  const model = buildStoryModel({ registry, index: [article], today: '2024-05-01' });
  const fact = (id: string) => model.facts.find((f) => f.id === id)!;

  it('lists every fact with its statement, dates, status and story, in registry order', () => {
    assert.equal(model.version, STORY_MODEL_VERSION);
    assert.deepEqual(
      model.facts.map((f) => [f.id, f.status, f.story, f.start, f.end]),
      [
        ['bridge-closed', 'superseded', 'desk', '2024-03-01', '2024-03-01'],
        ['bridge-reopens', 'superseded', 'desk', '2024-03-04', '2024-03-05'],
        ['bridge-opened', 'confirmed', 'desk', '2024-04-02', '2024-04-02'],
        ['ferry-strike', 'disputed', 'ferry', '2024-03-10', '2024-03-10'],
      ],
    );
    assert.equal(fact('bridge-closed').statement, 'Ann Example says the Corrby bridge stays closed until May.');
    assert.equal(fact('bridge-reopens').date, '2024-03-04/2024-03-05');
    assert.deepEqual(
      model.stories.map((s) => [s.id, s.uri, s.facts]),
      [
        ['desk', 'file:///desk/facts.yaml', ['bridge-closed', 'bridge-reopens', 'bridge-opened']],
        ['ferry', 'file:///desk/harbour/ferry.facts.yaml', ['ferry-strike']],
      ],
    );
  });

  it('links supersession both ways and follows the chain', () => {
    assert.equal(fact('bridge-closed').supersededBy, 'bridge-reopens');
    assert.deepEqual(fact('bridge-opened').supersedes, ['bridge-reopens']);
    assert.deepEqual(fact('bridge-closed').supersedes, []);
    assert.deepEqual(storyChain(model, 'bridge-closed').map((f) => f.id), ['bridge-reopens', 'bridge-opened']);
  });

  it('locates each fact in its registry file (key and whole entry)', () => {
    const lines = BRIDGE.split('\n');
    const f = fact('bridge-reopens');
    assert.equal(f.location.uri, 'file:///desk/facts.yaml');
    assert.equal(lines[f.location.range.start.line], '  bridge-reopens:');
    assert.equal(f.location.range.start.character, 2);
    assert.equal(f.location.range.end.character, 2 + 'bridge-reopens'.length);
    assert.ok(f.entry.range.end.line > f.location.range.start.line);
    assert.equal(fact('ferry-strike').location.uri, 'file:///desk/harbour/ferry.facts.yaml');
    assert.deepEqual(fact('bridge-opened').sources, [{ outlet: 'Corrby Post', url: 'https://example.org/bridge' }, { file: 'file:///desk/articles/one.md', quote: 'bridge opened' }]);
  });

  it('gives each fact the articles that state it, with the link kind', () => {
    const [ref, ...rest] = fact('bridge-reopens').articles;
    assert.equal(rest.length, 0);
    assert.equal(ref?.uri, 'file:///desk/articles/one.md');
    assert.equal(ref?.kind, 'explicit');
    const line = ARTICLE.split('\n').at(ref?.range.start.line ?? -1) ?? '';
    assert.equal(line.slice(ref?.range.start.character, ref?.range.end.character), 'bridge-reopens');
    assert.deepEqual(fact('ferry-strike').articles, []);
    assert.deepEqual(model.articles, [{ uri: 'file:///desk/articles/one.md', title: 'The bridge', date: '2024-03-06' }]);
  });

  it('lists actors with their roles over time and the facts naming them', () => {
    const ann = model.actors.find((a) => a.id === 'ann-example')!;
    assert.deepEqual(ann.roles, [
      { title: 'Mayor of Corrby', from: '2020-01-01', to: '2024-03-01' },
      { title: 'Governor of the Region', from: '2024-03-02' },
    ]);
    assert.deepEqual(ann.facts, ['bridge-closed', 'bridge-reopens', 'ferry-strike']);
    assert.deepEqual(model.actors.find((a) => a.id === 'corrby')!.facts, ['bridge-closed']);
  });

  it('is seen from today, or from the focused article, whose claims it marks', () => {
    assert.equal(model.asOf, '2024-05-01');
    assert.equal(model.focus, undefined);
    const focused = buildStoryModel({ registry, index: [article], today: '2024-05-01', focus: article, indexing: true });
    assert.equal(focused.asOf, '2024-03-06');
    assert.equal(focused.indexing, true);
    assert.deepEqual(focused.focus?.claims.map((c) => [c.fact, c.kind]), [['bridge-reopens', 'explicit']]);
  });

  it('is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });
});
