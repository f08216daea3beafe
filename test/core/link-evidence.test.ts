// Linking by evidence (issue 14): words with their inflections and near-synonyms,
// actors, places and dates, none of which is a gate; undated restatements; similar
// events kept apart; and the checks that report a linked sentence's wrong date or place.
// The story and registry are invented for this test.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle, mergeRegistry, parseRegistryFile, type Analysis } from '../../server/src/core/index.js';
import SYNONYMS from '../../server/src/core/link/synonyms.json';
import { explainLink } from '../../server/src/core/link/index.js';
import { contentStems, stem } from '../../server/src/core/link/words.js';

const REGISTRY = `version: 1
actors:
  corvane-motors:
    name: Corvane Motors
    type: organization
    aliases: [Corvane]
  lindqvist-batteries:
    name: Lindqvist Batteries
    type: organization
    aliases: [Lindqvist]
  maren-holt:
    name: Maren Holt
    type: person
    aliases: [Holt]
    roles:
      - {title: Chief Executive of Corvane Motors, from: 2019-03-01, to: 2025-06-30}
  tove-aalberg:
    name: Tove Aalberg
    type: person
    aliases: [Aalberg]
    roles:
      - {title: Chief Executive of Corvane Motors, from: 2025-07-01}
  sweden:
    name: Sweden
    type: place
  gothenburg:
    name: Gothenburg
    type: place
    within: sweden
  germany:
    name: Germany
    type: place
  berlin:
    name: Berlin
    type: place
    within: germany
facts:
  corvane-buys-lindqvist:
    claim: Corvane Motors agrees to acquire Lindqvist Batteries for 2.1 billion euros.
    date: 2026-03-10
    actors: [corvane-motors, lindqvist-batteries]
    place: gothenburg
    status: superseded
    superseded_by: corvane-invests-lindqvist
    keywords: [takeover, acquisition, 2.1 billion]
  corvane-invests-lindqvist:
    claim: Corvane Motors drops the takeover and takes a 20% stake in Lindqvist Batteries instead.
    date: 2026-04-02
    actors: [corvane-motors, lindqvist-batteries]
    status: confirmed
    keywords: [stake, 20%, investment]
  corvane-plant-berlin:
    claim: Corvane Motors opens a battery assembly plant in Berlin employing 900 workers.
    date: 2026-02-12
    actors: [corvane-motors]
    place: berlin
    status: confirmed
    keywords: [plant, assembly, 900 jobs]
  gothenburg-storm-outage:
    claim: A storm leaves 40,000 households in Gothenburg without electricity.
    date: 2026-01-19
    actors: [gothenburg]
    place: gothenburg
    status: confirmed
    keywords: [storm, outage]
`;

const registry = mergeRegistry([parseRegistryFile('file:///ws/facts.yaml', REGISTRY)]);

function analyse(body: string, date = '2026-04-20'): Analysis {
  return analyzeArticle('file:///ws/draft.md', `---\ndate: ${date}\n---\n${body}\n`, registry, { today: '2026-04-20' });
}

function findingsOf(a: Analysis, code: string): { text: string; message: string; expected?: string[]; fixes: string[] }[] {
  return a.findings
    .filter((f) => f.code === code)
    .map((f) => ({ text: a.article.text.slice(f.span.start, f.span.end), message: f.message, expected: f.expected, fixes: (f.fixes ?? []).map((x) => x.title) }));
}

const linkOf = (a: Analysis, fragment: string): string | undefined => a.links.find((l) => l.claim.text.includes(fragment))?.factId;

describe('the near-synonym table (synonyms.json)', () => {
  it('puts every single word in one group only, each group of two or more generic lowercase entries', () => {
    const seen = new Map<string, string>();
    for (const group of SYNONYMS.groups) {
      assert.ok(group.length >= 2, group.join('/'));
      for (const entry of group) {
        assert.match(entry, /^[a-z]+(?: [a-z]+){0,2}$/, entry);
        if (entry.includes(' ')) continue;
        const s = stem(entry);
        const other = seen.get(entry);
        assert.ok(other === undefined || other === s, `${entry} in two groups`);
        seen.set(entry, s);
      }
      // Every entry of a group counts as the same term.
      const terms = new Set(group.map((e) => [...contentStems(e)].find((t) => t.startsWith('~'))));
      assert.equal(terms.size, 1, `${group.join('/')}: ${[...terms].join(', ')}`);
    }
  });
  it('brings irregular verb forms to their base', () => {
    for (const [form, base] of Object.entries(SYNONYMS.irregular)) assert.equal(stem(form), stem(base), form);
  });
});

describe('words: inflections and near-synonyms', () => {
  it('meets inflections of a word', () => {
    const s = (t: string) => [...contentStems(t)];
    assert.deepEqual(s('signed'), s('signing'));
    assert.deepEqual(s('signs'), s('sign'));
    assert.deepEqual(s('negotiations'), s('negotiators'));
    assert.deepEqual(s('met'), s('meeting'));
  });
  it('meets near-synonyms of the same event', () => {
    const has = (t: string, u: string) => [...contentStems(t)].some((x) => contentStems(u).has(x));
    assert.ok(has('the takeover', 'agreed to buy the company'));
    assert.ok(has('its acquisition', 'the takeover'));
    assert.ok(has('600,000 homes', 'households'));
    assert.ok(has('lost power', 'without electricity'));
    assert.ok(!has('lost the match', 'without electricity'));
    assert.ok(!has('the storm', 'the takeover'));
  });
});

describe('linking by evidence', () => {
  it('links a restatement with the wrong date and reports the date, offering the fact’s date and a marker', () => {
    const a = analyse('Corvane agreed to buy Lindqvist Batteries for 2.1 billion euros on March 12.');
    assert.equal(linkOf(a, 'Corvane agreed'), 'corvane-buys-lindqvist');
    const [f] = findingsOf(a, 'claim.date-mismatch');
    assert.equal(f?.text, 'March 12');
    assert.deepEqual(f?.expected, ['March 10']);
    assert.deepEqual(f?.fixes, ['Link to `corvane-buys-lindqvist` with a marker']);
    assert.deepEqual(findingsOf(a, 'claim.unlinked'), []);
  });

  it('links a paraphrase through near-synonyms and inflections', () => {
    const a = analyse('On March 10, Corvane Motors said it would take over Lindqvist in a 2.1 billion euro acquisition.');
    assert.equal(linkOf(a, 'take over'), 'corvane-buys-lindqvist');
  });

  it('reports a place the registry does not know but the gazetteer does', () => {
    const a = analyse('Corvane Motors opened a battery assembly plant with 900 jobs in Munich on February 12.');
    assert.equal(linkOf(a, 'assembly plant'), 'corvane-plant-berlin');
    const [f] = findingsOf(a, 'claim.place-mismatch');
    assert.equal(f?.text, 'Munich');
    assert.deepEqual(f?.expected, ['Berlin']);
  });

  it('a place inside the fact’s place is no mismatch', () => {
    const a = analyse('A storm left 40,000 households without power in Gothenburg, Sweden on January 19.');
    assert.equal(linkOf(a, 'A storm'), 'gothenburg-storm-outage');
    assert.deepEqual(findingsOf(a, 'claim.place-mismatch'), []);
  });

  it('links an undated present-tense restatement and reports a superseded fact as stale', () => {
    const a = analyse('Corvane says it will acquire Lindqvist Batteries for 2.1 billion euros.');
    assert.equal(linkOf(a, 'Corvane says'), 'corvane-buys-lindqvist');
    const [f] = findingsOf(a, 'claim.stale');
    assert.match(f?.message ?? '', /superseded by `corvane-invests-lindqvist`/);
    // Not a dated claim: `extract` and `claim.unlinked` do not see it.
    assert.deepEqual(a.claims, []);
  });

  it('a dated past-tense report of the same fact is history, not stale', () => {
    const a = analyse('On March 10, Corvane agreed to acquire Lindqvist Batteries for 2.1 billion euros.');
    assert.equal(linkOf(a, 'Corvane agreed'), 'corvane-buys-lindqvist');
    assert.deepEqual(findingsOf(a, 'claim.stale'), []);
  });

  it('undated sentences that restate nothing, or only past events, stay silent', () => {
    const a = analyse('Corvane is a carmaker with a long history. Lindqvist Batteries makes cells for buses. Holt joined Corvane decades ago.');
    assert.deepEqual(a.links, []);
    assert.deepEqual(a.findings.filter((f) => f.severity !== 'hint'), []);
  });

  it('keeps apart another event of the same actors', () => {
    const a = analyse('Corvane and Lindqvist Batteries signed a supply contract for bus cells on March 10.');
    assert.equal(linkOf(a, 'supply contract'), undefined);
    assert.equal(findingsOf(a, 'claim.unlinked').length, 1);
    assert.deepEqual(findingsOf(a, 'claim.date-mismatch'), []);
  });

  it('a date alone, or a shared actor and a date, is not a link', () => {
    const a = analyse('Corvane recalled 3,000 vans over faulty brakes on March 10.');
    assert.deepEqual(a.links, []);
  });
});

describe('actor.outdated-title at the date of the act', () => {
  it('a dated past act is checked against the title held that day', () => {
    const a = analyse('Chief Executive Maren Holt opened a car plant in Gothenburg on May 3, 2025.');
    assert.deepEqual(findingsOf(a, 'actor.outdated-title'), []);
  });
  it('names who held the title at the act’s date, and offers that name', () => {
    const a = analyse('Chief Executive Maren Holt announced the takeover of Lindqvist Batteries on March 10.');
    const [f] = findingsOf(a, 'actor.outdated-title');
    assert.equal(f?.text, 'Chief Executive');
    assert.match(f?.message ?? '', /at 2026-03-10 \(the date of the act\)/);
    assert.match(f?.message ?? '', /Chief Executive of Corvane Motors on 2026-03-10: Tove Aalberg/);
    assert.deepEqual(f?.fixes, ['Name the holder at 2026-03-10: `Tove Aalberg`']);
    const fix = a.findings.find((x) => x.code === 'actor.outdated-title')!.fixes![0]!;
    assert.equal(a.article.text.slice(fix.edits[0]!.span.start, fix.edits[0]!.span.end), 'Maren Holt');
  });
  it('without a dated past act, the article’s date counts', () => {
    const a = analyse('Chief Executive Maren Holt says the takeover will go ahead.');
    assert.match(findingsOf(a, 'actor.outdated-title')[0]?.message ?? '', /at 2026-04-20, .*: Tove Aalberg/);
  });
});

describe('explainLink (what hovers show)', () => {
  it('gives the certainty and the evidence of an inferred link, the date against', () => {
    const a = analyse('Corvane agreed to buy Lindqvist Batteries for 2.1 billion euros on March 12.');
    const link = a.links[0]!;
    const why = explainLink(link.claim, registry.facts.get(link.factId)!, registry);
    assert.ok(['high', 'medium', 'low'].includes(why.certainty));
    assert.deepEqual(why.actors.sort(), ['Corvane Motors', 'Lindqvist Batteries']);
    assert.ok(why.words.includes('buy'), why.words.join(','));
    assert.equal(why.date, 'differs');
  });
});

describe('claim.place-mismatch reads where, not whose', () => {
  it('a place in the possessive is not where the event happened', () => {
    const a = analyse('Corvane says it will acquire Lindqvist Batteries for 2.1 billion euros, a milestone in Berlin’s long search for investors.');
    assert.equal(linkOf(a, 'Corvane says'), 'corvane-buys-lindqvist');
    assert.deepEqual(findingsOf(a, 'claim.place-mismatch'), []);
  });
});
