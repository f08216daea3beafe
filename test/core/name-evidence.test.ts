// actor.unregistered reports a one-word name only where the article shows it to be a person's or a
// body's (server/src/core/checks/name-evidence.ts); the finder still returns every name it typed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unregisteredReport } from './extract-helpers.js';

function reported(body: string): { findings: string[]; actors: string[] } {
  const r = unregisteredReport(body);
  return { findings: r.findings, actors: r.actors.filter((x) => x.type !== 'place').map((x) => x.text) };
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

describe('names of several words that the article shows to be no person or body', () => {
  it('leaves out a village, a hamlet, an island and a quarter that the words around them place', () => {
    const r = reported(
      'Growers in the villages of Lomba Verde and Pico Alto sold less this year. ' +
        'Nets were mended in Vila Serrana, a fishing village on the coast. ' +
        'Divers left for Rocha Negra island on Monday. A depot planned at Campo Largo, south of the city, will open in 2029.',
    );
    for (const name of ['Lomba Verde', 'Pico Alto', 'Vila Serrana', 'Rocha Negra', 'Campo Largo']) assert.ok(!r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });

  it("leaves out an event by its head word or its verbs, even beside a body's word", () => {
    const r = reported('The firm showed its range at the Tarvel Tech Expo on Monday. Buyers will meet again at the Kessan Cocoa Week in October.');
    for (const name of ['Tarvel Tech Expo', 'Kessan Cocoa Week']) assert.ok(!r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });

  it("leaves out contests, prizes, laws, documents and plans by their head word, and keeps a body named after one", () => {
    const r = reported(
      'Kelvaro Gaming won the Tarsk Pixel Open on Sunday and will play the Norvik Winter Masters in March. ' +
        'Parliament passed the Velora Digital Identity Act and sent the Morrow Forest Bill back to committee. ' +
        'The Halvik Film Awards Foundation said the Halvik Film Awards would be held in Sandoro. ' +
        "Ministers cited the Orsa Harbour Declaration and the government's Verdal Growth Strategy, and the Drava Patch Update ships next week.",
    );
    for (const name of ['Tarsk Pixel Open', 'Norvik Winter Masters', 'Velora Digital Identity Act', 'Morrow Forest Bill', 'Halvik Film Awards', 'Orsa Harbour Declaration', 'Verdal Growth Strategy', 'Drava Patch Update'])
      assert.ok(!r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
    for (const name of ['Kelvaro Gaming', 'Halvik Film Awards Foundation']) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });

  it("leaves out a ship by its prefix and without it, an edition after its year and a text that is signed or passed", () => {
    const r = reported(
      'The ferry MV Tarsa Pride hit the cargo ship MV Osmund Star on Sunday. The Osmund Star belongs to Kelvor Bulk Haulage, ' +
        'whose director said the radar failed. Clubs will play the 2027 Frost Split in Sandoro. ' +
        'Ministers signed the Velmar Coast Compact and lawmakers passed the Orsa Data Rules on Monday.',
    );
    for (const name of ['MV Tarsa Pride', 'MV Osmund Star', 'Osmund Star', 'Frost Split', 'Velmar Coast Compact', 'Orsa Data Rules'])
      assert.ok(!r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
    assert.ok(r.findings.includes('Kelvor Bulk Haulage'), JSON.stringify(r));
  });

  it('leaves out a law, a levy and a product that an apposition, a preposition or a model number names', () => {
    const r = reported(
      'The regulator opened an inquiry under the Kodeks Tarvelski, the consumer code, on Monday. ' +
        'Visitors pay the Morra Levante, a levy of 200 escudos a night. ' +
        'The company launched the Strada Vento in March and will ship the Monte Carga 3, its cargo model, in 2027. ' +
        "Its two Dorsa Pro 250 engines were running. Farmers were paid under the government's Green Harvest Model.",
    );
    for (const name of ['Kodeks Tarvelski', 'Morra Levante', 'Strada Vento', 'Monte Carga', 'Dorsa Pro', 'Green Harvest Model']) assert.ok(!r.findings.some((f) => f.startsWith(name)), `${name}: ${JSON.stringify(r)}`);
  });

  it('leaves out both halves of a title in another language that the finder split at its particles', () => {
    const r = reported('Deputies will debate the tax law, the Wet Heffing over de Toegevoegde Opbrengst, next Tuesday.');
    for (const name of ['Wet Heffing', 'Toegevoegde Opbrengst']) assert.ok(!r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });

  it('still reports people and bodies of several words, with or without such cues', () => {
    const r = reported(
      'Celia Mabunda, who grows cashews in the village of Lomba Verde, said prices fell. ' +
        'Growers in Porto Lindo said Celia Mabunda was right. Tomas Oriel told reporters in Vila Serrana on Monday that the plant would reopen. ' +
        'The Vanterra Growers Association, a body of 4,000 farmers, backed the plan. Rosa Quelimane, a lawyer, said the law was unfair. ' +
        'Lina Varga, a race car driver, and Ana Pereira, a model from Porto, spoke in Lisbon on Monday. ' +
        'The court stopped the Commission on Elections from removing the mayor. Shares rose in Copenhagen on Tuesday.\n\nThe mayor of Tarnby Kommune, Ivo Brandt, said he would meet the minister.',
    );
    for (const name of ['Celia Mabunda', 'Tomas Oriel', 'Vanterra Growers Association', 'Rosa Quelimane', 'Commission on Elections', 'Tarnby Kommune', 'Lina Varga', 'Ana Pereira']) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
    // (The village's own mention, which a speech verb follows, is no person's.)
    assert.ok(!r.findings.includes('Lomba Verde'), JSON.stringify(r));
  });
  it("takes no coordination with a language's word, nor a pair that a thing's noun follows, as a body's sign", () => {
    const r = reported(
      'Leaflets were printed in Portuguese and Velumba, officials said on Monday. ' +
        'The kits fit Trazivo and Molvera scooters. Fans will play Kestrin and Dorvale 7 tournaments in May.',
    );
    for (const name of ['Velumba', 'Molvera', 'Trazivo', 'Kestrin', 'Dorvale']) assert.ok(!r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });

  it('still reports a pair of bodies that act, take a role noun or a demonym before a noun', () => {
    const r = reported(
      'The regulator fined Paylino and Zetracash on Friday. Lenders such as Brovanta and Quellido declined to comment. ' +
        'Talks between the carrier Ostravo and Spanish airline Iberia ended on Monday, and Kelvaro and Sorimex officials met on Tuesday.',
    );
    for (const name of ['Paylino', 'Zetracash', 'Brovanta', 'Quellido', 'Ostravo', 'Sorimex']) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });
  it("reports no region's adjective before a nationality's or a continent's ('Southeast Asian'), but a person or a paper so named", () => {
    const r = reported(
      'Exports to Southeast Asian markets rose on Monday, and the Central European gas hub reopened. ' +
        'South American clubs met in Lima.\n\nDawn French said on Tuesday she would tour. The New European said on Tuesday it would cut staff.',
    );
    for (const name of ['Southeast Asian', 'Central European', 'South American']) assert.ok(!r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
    for (const name of ['Dawn French', 'New European']) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
  });
  it("reports a paper so named by its frame: a capital 'The' inside a sentence or a report verb after it", () => {
    const r = reported('The East African reported on Monday that fuel taxes would rise, citing treasury papers.');
    assert.ok(r.findings.includes('East African'), JSON.stringify(r));
    const s = reported('Ministers quoted a survey in The West Australian on Monday. The Central European said on Tuesday it would cut staff.');
    for (const name of ['West Australian', 'Central European']) assert.ok(s.findings.some((f) => f.endsWith(name)), `${name}: ${JSON.stringify(s)}`);
    // Still no actor: a lowercase "the", a noun after the pair, a pair that opens its sentence before a noun.
    const t = reported('Southern African leaders said on Monday they would meet. The South American champions lost in the Central European final.');
    for (const name of ['Southern African', 'South American', 'Central European']) assert.ok(!t.findings.some((f) => f.endsWith(name)), `${name}: ${JSON.stringify(t)}`);
  });
  it('reports both names of a pair before what two bodies make or play together: a deal, an agreement, a game', () => {
    for (const [body, names] of [
      ['Regulators approved the Paylino and Zetracash deal on Monday, ending a year of talks.', ['Paylino', 'Zetracash']],
      ['The Kestra and Molvera agreement was signed on Monday in the capital.', ['Kestra', 'Molvera']],
      ['Fans watched the Zanaco and Nkana game on Sunday.', ['Zanaco', 'Nkana']],
      ['A codeshare between Kestrair and Ethiopian, the two airlines said, starts in May.', ['Kestrair']],
    ] as const) {
      const r = reported(body);
      for (const name of names) assert.ok(r.findings.includes(name), `${name}: ${JSON.stringify(r)}`);
    }
    // Still no finding: a pair before goods or a model, or beside a language.
    for (const body of [
      'Riders prefer Velbo and Trazzi scooters in the capital.',
      'Pharmacies stocked Corvexa and Lumidra vaccines on Monday.',
      'Traders sold Marvo and Pelix 8 phones at a discount.',
      'The film was dubbed in Spanish and Quenya for release.',
    ]) {
      const r = reported(body);
      assert.deepEqual(r.findings, [], `${body}: ${JSON.stringify(r)}`);
    }
  });
});
