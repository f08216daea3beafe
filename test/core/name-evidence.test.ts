// actor.unregistered reports a one-word name only where the article shows it to be a person's or a
// body's (server/src/core/checks/name-evidence.ts); the finder still returns every name it typed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle, mergeRegistry } from '../../server/src/core/index.js';

const registry = mergeRegistry([]);

function reported(body: string): { findings: string[]; actors: string[] } {
  const text = `---\ndate: 2026-03-04\n---\n${body}\n`;
  const a = analyzeArticle('file:///w/a.md', text, registry, { today: '2026-03-04' });
  return {
    findings: a.findings.filter((f) => f.code === 'actor.unregistered').map((f) => text.slice(f.span.start, f.span.end)),
    actors: a.actors.filter((x) => x.type !== 'place').map((x) => x.text),
  };
}

describe('unregistered names worth a finding', () => {
  it('leaves out a lone word with nothing around it that says person or body', () => {
    const r = reported('Tourists crowded Velmora on Sunday, and hotels in the valley were full.\n\nVelmora will stay open until April.');
    assert.ok(r.actors.includes('Velmora'), `the finder still types it: ${JSON.stringify(r)}`);
    assert.ok(!r.findings.includes('Velmora'), JSON.stringify(r));
  });

  it('reports a lone word that a body noun, a possessive, an apposition or a speech verb marks', () => {
    const r = reported(
      'Shares in Zorvanta fell 4% on Tuesday. Analysts at Kelmarco cut their target, ' +
        "and the lender Brastova said Zorvanta's debt was too high.\n\nThe deal was first reported by Tagblitz. " +
        'Quorindel, the state miner, declined to comment.',
    );
    for (const name of ['Zorvanta', 'Kelmarco', 'Brastova', 'Tagblitz', 'Quorindel']) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });

  it('reports every name of two words, and a one-word name whose entity has one', () => {
    const r = reported('Oksana Velymyrenko met investors on Monday. Velymyrenko told them the plant would reopen.');
    assert.deepEqual(r.findings, ['Oksana Velymyrenko', 'Velymyrenko']);
  });

  it('reports an acronym and a name coordinated with another name', () => {
    const r = reported('The regulator fined Paylino and Zetracash on Friday, the ZRB said.');
    for (const name of ['Paylino', 'Zetracash', 'ZRB']) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });

  it("reports a lone word that a firm's head, its workers, an apposition before it or 'whose' marks", () => {
    const r = reported(
      'Brindova CEO Anselmo Ruiz met union leaders on Tuesday. Workers at Calvesta walked out. ' +
        'Torvanix, whose founder was arrested last year, will repay depositors. The state investor Merobank bought a stake. ' +
        "Dunvora, a game studio in Tartu, laid off 30 staff. The country's parliament, the Oskavat, passed the law. " +
        'Pelvaro, the national road hauliers\' association, said 300 trucks were stuck.',
    );
    for (const name of ['Brindova', 'Calvesta', 'Torvanix', 'Merobank', 'Dunvora', 'Oskavat', 'Pelvaro']) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });
});
