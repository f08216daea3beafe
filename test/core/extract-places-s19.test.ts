// Places on unseen copy, session 19: one describe per rule, each with invented names in invented sentences (no evaluation
// article's), and the sentences where the rule must not fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

describe('a natural feature\'s noun after a name (session 19)', () => {
  it('makes a lone word no list knows a place: "the X volcano", "the X crater", "the X lagoon"', () => {
    has('Thousands fled when the Taruvang volcano erupted on Tuesday. Taruvang last erupted in 2024.', 'Taruvang:place');
    has('Rangers closed trails around the Kelimoto crater on Monday.', 'Kelimoto:place');
    has('Fishers said the Marundi lagoon had dried up by Friday.', 'Marundi:place');
    has('Divers found coral bleaching on the Tavelu reef last week.', 'Tavelu:place');
  });

  it('reads "ruins" as the noun only where no object follows (review R3)', () => {
    has('Guides led groups through the Qalbanu ruins near the river on Monday.', 'Qalbanu:place');
    has('Qalbanu ruins were closed after the quake, officials said.', 'Qalbanu:place');
    for (const [s, bad] of <[string, string][]>[
      ['Salah ruins Chelsea\'s night, the headline read on Monday.', 'Salah:place'],
      ['Marovic ruins the party again, the paper wrote on Monday.', 'Marovic:place'],
      ['Dembele ruins Arsenal\'s hopes with a late winner.', 'Dembele:place'],
    ]) assert.ok(!typed(s).includes(bad), `${s} => ${typed(s).join(', ')}`);
  });

  it('leaves a person or a body with their own cues', () => {
    has('Dewi Taruvang, a volcanologist, said on Monday the crater was calm.', 'Dewi Taruvang:person');
    has('Taruvang, 54, said the volcano was calm.', 'Taruvang:person');
    has('Shares of Kelimoto Holdings rose after the volcano erupted.', 'Kelimoto Holdings:organization');
  });
});

describe('a lone word that a way reaches (session 19)', () => {
  it('is a place: "is expected to reach X", "reached X at dawn"', () => {
    has('The aid convoy is expected to reach Simbiro by nightfall, the agency said.', 'Simbiro:place');
    has('The flotilla reached Kormasi at dawn, the navy said.', 'Kormasi:place');
  });

  it('is no place after a try that failed or an effort (review R2)', () => {
    const probes: [string, string][] = [
      ['Reuters could not immediately reach Mutapa on Monday. Mutapa was charged with fraud in May.', 'Mutapa:place'],
      ['Reuters could not reach Zanaco on Monday. The bank\'s shares fell 3%.', 'Zanaco:place'],
      ['The ruling party\'s candidate failed to reach Kagame on Monday, aides said.', 'Kagame:place'],
      ['Efforts to reach Brevanto on Friday were unsuccessful, the paper said.', 'Brevanto:place'],
      ['The agency was unable to reach Oduya for comment on Tuesday.', 'Oduya:place'],
    ];
    for (const [s, bad] of probes) assert.ok(!typed(s).includes(bad), `${s} => ${typed(s).join(', ')}`);
  });

  it('is no place when a person is reached by a means or for a word', () => {
    for (const s of ['Reporters reached Okonjo by phone on Monday.', 'Reuters reached Okonjo for comment on Monday, but he declined.']) {
      assert.ok(!typed(s).includes('Okonjo:place'), typed(s).join(', '));
    }
  });
});

describe('a name of several words in a list of places (session 19)', () => {
  it('is a place as a later member of a list a place\'s preposition opens', () => {
    has('Polling stations stayed open late in Lilongwe, Dowa and Nkhoma Zidyana, observers said.', 'Nkhoma Zidyana:place');
    has('The measles campaign reached children in Tamale, Yendi and Wulensi Kpandai this week.', 'Wulensi Kpandai:place');
  });

  it('leaves names that an English word, a body\'s word or a town ends, and people\'s names', () => {
    const firms = typed('The firm has plants in Kisumu, Brandtner Mobility and Kessel Haus said.');
    assert.ok(!firms.includes('Brandtner Mobility:place'), firms.join(', '));
    const clubs = typed('Fans in Harare, Dynamos Harare and Highlanders Bulawayo supporters cheered.');
    assert.ok(!clubs.includes('Dynamos Harare:place'), clubs.join(', '));
    const people = typed('In Lagos, Adebayo Ogunleye and Chika Nwosu said on Monday that prices rose.');
    assert.ok(!people.includes('Chika Nwosu:place') && !people.includes('Adebayo Ogunleye:place'), people.join(', '));
  });
});

describe('a list after a holding\'s, a market\'s or a trust\'s noun and "in" (session 19, review R1)', () => {
  it('is no list of places: "shares in A and X Y", "confidence in A, B and X Y"', () => {
    const probes: [string, string[]][] = [
      ['Shares in Jumia and Kestrava Bomani fell on Monday.', ['Kestrava Bomani:place']],
      ['Shares in Safaricom, Jumia and Kestrava Bomani fell on Monday in Nairobi.', ['Jumia:place', 'Kestrava Bomani:place']],
      ['Investment in Kestrava, Zanaco and Bomani Tembo rose in 2025, the report said on Monday.', ['Zanaco:place', 'Bomani Tembo:place']],
      ['Investors lost faith in Kestrava, Zanaco and Mwale Tembo on Monday, analysts said.', ['Zanaco:place', 'Mwale Tembo:place']],
      ['Confidence in Ruto, Gachagua and Kalonzo Musyoka fell, a poll found on Monday.', ['Gachagua:place', 'Kalonzo Musyoka:place']],
      ['Stakes in Orvenko and Daliso Mbeki Farms were sold on Tuesday.', ['Daliso Mbeki Farms:place']],
    ];
    for (const [s, bad] of probes) {
      const names = typed(s);
      assert.ok(!bad.some((b) => names.includes(b)), `${s} => ${names.join(', ')}`);
    }
  });

  it('places a later name of several words only after a place a gazetteer knows', () => {
    has('Crews cleared roads in Mombasa, Kilifi and Takaungu Bamba on Tuesday.', 'Takaungu Bamba:place');
    const names = typed('Crews cleared roads in Takaungu and Vipingo Bamba on Tuesday.');
    assert.ok(!names.includes('Vipingo Bamba:place'), names.join(', '));
  });
});

describe('a list after a noun for a place and "of" (session 19)', () => {
  it('makes the later members places too: "the islands of A and X"', () => {
    has('The storm cut power to the islands of Vemalu and Korradi on Thursday.', 'Vemalu:place', 'Korradi:place');
  });

  it('leaves a person the list names after a place', () => {
    const names = typed('The mayor of Lagos and Tunde Bello said on Monday that roads were shut.');
    assert.ok(!names.includes('Tunde Bello:place'), names.join(', '));
  });
});

describe('an apposition that names a natural feature (session 19)', () => {
  it('makes the name a place: "X, a volcano", "X, a glacier"', () => {
    has('Hikers were cleared from Kavuru, a volcano north of the city, on Sunday.', 'Kavuru:place');
    has('Sinjaru Kelet, a glacier east of the pass, lost a fifth of its ice, scientists said.', 'Sinjaru Kelet:place');
  });

  it('leaves a plant or a firm that an apposition calls a complex', () => {
    const names = typed('Engineers at Korvala, a chemicals complex in the north, went on strike.');
    assert.ok(!names.includes('Korvala:place'), names.join(', '));
  });
});

describe('a route\'s start after a role and "from" (session 19)', () => {
  it('is a place where "to" and a place follow: "flew engineers from X to Y"', () => {
    has('The charity flew engineers from Bemvara to Kolendo on Friday.', 'Bemvara:place');
  });

  it('stays the workplace without a route', () => {
    has('Engineers from Kessler Brandt said on Monday the bridge was safe.', 'Kessler Brandt:organization');
    const names = typed('Engineers from Morvandel said on Monday the bridge was safe.');
    assert.ok(!names.includes('Morvandel:place'), names.join(', '));
  });
});

describe('a natural feature beside a body named after it (session 19)', () => {
  it('stays the place: "Lake X" beside "the Lake X Water Board"', () => {
    has('The Lake Sorvuna Water Board said on Thursday that fish stocks in Lake Sorvuna had halved.', 'Lake Sorvuna:place', 'Lake Sorvuna Water Board:organization');
  });

  it('leaves a body\'s short form that keeps a body\'s word', () => {
    has('The Sorvuna Water Board said on Thursday that the Board would meet.', 'Sorvuna Water Board:organization');
  });
});
