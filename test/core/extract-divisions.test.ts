// First-level divisions (states, provinces, counties) and villages no registry knows (issue 15,
// session 9): the gazetteer's divisions of every country (country-region-data) are places, those
// named like a common word or a person only vote, and villages count in an article of their country.
// Each case is an invented sentence (real places that no evaluation article names).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EMPTY, extract, has, typed } from './extract-helpers.js';

const lacks = (body: string, ...unexpected: string[]): void => {
  const names = typed(body);
  for (const e of unexpected) assert.ok(!names.includes(e), `${e} in ${names.join(', ')}`);
};

/** The ids of the actors of `body` spelled `text`, with an empty registry. */
const idsOf = (body: string, text: string): string[] => extract(body, { registry: EMPTY }).actors.filter((a) => a.text === text).map((a) => a.id);

describe('first-level divisions no registry knows: issue 15, session 9', () => {
  it('take a state, county or province for a place with no place cue around it', () => {
    has('The governor of Sonora said on Monday that the border crossing would reopen.', 'Sonora:place');
    has('Floods hit Roscommon and Offaly on Tuesday, the council said.', 'Roscommon:place', 'Offaly:place');
    has('The storm hit Nordland and Troms og Finnmark on Sunday, cutting power to 9,000 homes.', 'Nordland:place', 'Troms og Finnmark:place');
  });

  it('read an official long form and the short form as one division, with or without diacritics', () => {
    const body = 'Steelworkers in Coahuila de Zaragoza voted on Monday to strike, and unions across Coahuila backed them.';
    has(body, 'Coahuila de Zaragoza:place', 'Coahuila:place');
    assert.deepEqual([...idsOf(body, 'Coahuila de Zaragoza'), ...idsOf(body, 'Coahuila')], ['coahuila', 'coahuila']);
    has('Wind farms in Møre og Romsdal stopped on Sunday, and the Republic of Tatarstan said on Monday it would buy turbines.', 'Møre og Romsdal:place', 'Republic of Tatarstan:place');
    assert.deepEqual(idsOf('Police in Queretaro said on Monday two men were held, and Querétaro said it would add patrols.', 'Queretaro'), ['queretaro']);
  });

  it('take a division with its kind\'s word for a place', () => {
    has('Roads were shut on Monday, County Offaly\'s council said.', 'County Offaly:place');
  });

  it('keep a name of another language that particles join whole, also where a place ends it', () => {
    has('The Cooperativa de Pescadores de Sinaloa said on Monday that catches had fallen by a third.', 'Cooperativa de Pescadores de Sinaloa:organization');
    lacks('The Cooperativa de Pescadores de Sinaloa said on Monday that catches had fallen by a third.', 'Cooperativa:place', 'Pescadores:place');
    has('Traders at the Mercado de Abasto de Córdoba said on Monday that prices had doubled.', 'Mercado de Abasto de Córdoba:organization');
  });

  it('let a division named like a given name or a surname only vote', () => {
    has('Kerry said on Monday that he would run again.', 'Kerry:person');
    has('Guerrero said on Monday he would appeal the ruling.', 'Guerrero:person');
    has('Fires burned in Guerrero on Monday, officials said.', 'Guerrero:place');
  });

  it('keep an adjective of region before a division or a land, and drop it before a city', () => {
    has('The Northern Cape said on Monday that the dams were full.', 'Northern Cape:place');
    lacks('The Northern Cape said on Monday that the dams were full.', 'Cape:person');
    has('Floods hit Western Adelaide on Monday, officials said.', 'Adelaide:place');
  });
});

describe('villages of the article\'s country: issue 15, session 9', () => {
  // (No preposition before the villages: "returned to Eidfjord" says a place of any word, session 12.)
  const body = 'Power cuts hit Eidfjord on Monday, but Granvin stayed dark, the grid operator said.';

  it('take a village of the dateline\'s country for a place', () => {
    has(`TROMSØ, Norway (AP) — ${body}`, 'Eidfjord:place', 'Granvin:place');
  });

  it('take a village for a place where a division of its country is named', () => {
    has(`Unions in Rogaland said on Monday that power had returned to Eidfjord, but Granvin stayed dark.`, 'Eidfjord:place', 'Granvin:place');
    has('Roads between Tullamore and Portarlington were shut on Monday, County Offaly\'s council said.', 'Tullamore:place');
  });

  it('leave a village alone in an article of no country of its own', () => {
    lacks(body, 'Eidfjord:place', 'Granvin:place');
  });
});
