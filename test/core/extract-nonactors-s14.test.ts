// Products, exams, payments and holidays that copy capitalises are no actors (issue 15, session 14), on invented
// sentences (no eval article's text).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { typed } from './extract-helpers.js';

describe('names no registry knows: exams, games of chance and payments are no actors', () => {
  it('drops a name an exam word ends, and one an exam noun follows or glosses', () => {
    assert.deepEqual(typed('Pupils in Varnok sat the Upper Primary Leaving Examination on Monday. The Kelto exams start in May. The Bavru, a school-leaving exam that decides places, was cut.'), ['Varnok:place']);
  });

  it('drops a lottery game and a wallet named by their nouns', () => {
    assert.deepEqual(typed('Sales of Kwik Zeta tickets rose on Monday, and the Kwik Zeta jackpot passed 3 million. Many said Pesaline wallets were down, the Zorvan Lottery Board said.'), ['Zorvan Lottery Board:organization']);
  });

  it('drops a payment a cash transfer names, and keeps a body whose mentions act', () => {
    assert.deepEqual(typed('The Tavoru cash transfers will rise in April. Kestrona said on Monday that its Kestrona wallet would launch.'), ['Kestrona:organization', 'Kestrona:organization']);
  });
});

describe("names no registry knows: another country's holidays are no actors", () => {
  it('drops a holiday name of some country that the date extractor left undated', () => {
    assert.deepEqual(typed('Bakers in Durban said their best week was Divali, when sweets sold out, and guesthouses were full for Weiberfastnacht.'), ['Durban:place']);
  });

  it('keeps a holiday name that an apposition calls a firm', () => {
    assert.deepEqual(typed('Vappu, a Tampere logistics firm, bought six trucks. Analysts expect Vappu to grow in June.'), ['Vappu:organization', 'Tampere:place', 'Vappu:organization']);
  });

  it('keeps a holiday name where a mention of it acts', () => {
    assert.deepEqual(typed('Carnival said on Monday that its ships would sail.'), ['Carnival:organization']);
  });
});

describe('names no registry knows: a language a name is given in is no actor', () => {
  it('drops the language of "known in X as"', () => {
    assert.deepEqual(typed('The festival, known in Hiligaynon as "pista", was funded by the Iloilo Provincial Board.'), ['Iloilo Provincial Board:organization']);
  });

  it('keep a name before a thing noun that a firm apposition, a report verb or a ticket shows an actor', () => {
    assert.deepEqual(typed('Users of Paxona wallets could not pay on Monday. Paxona, a unit of the mobile operator, apologised.'), ['Paxona:organization', 'Paxona:organization']);
    assert.ok(typed('Travellers queued for Skyvela tickets at the terminal on Friday.').includes('Skyvela:organization'));
    assert.ok(typed('The fees rose, the International Baccalaureate said in a letter on Monday.').some((n) => n.startsWith('International Baccalaureate:')));
  });

  it('keep a place after "known in" that the gazetteer knows', () => {
    assert.ok(typed('Adongo, known in Lira as the mother of the market, retired on Friday.').includes('Lira:place'));
  });
});
