// Places that no list knows, typed by the words copy writes around them (session 12): a lone word after "to"
// or "at", a part of a land or who governs it before "of", a division's or a stop's noun after the name, and
// a facility named after a place. Invented names in invented sentences: no evaluation article's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { has, typed } from './extract-helpers.js';

const lacks = (body: string, ...unexpected: string[]): void => {
  const names = typed(body);
  for (const e of unexpected) assert.ok(!names.includes(e), `${e} in ${names.join(', ')}`);
};

describe('places no list knows, by their prepositions and nouns (session 12)', () => {
  it('take a lone word after "to" or "at" for a place, but not after a role, a source or a sale', () => {
    has('Ferries will run extra trips to Ombuvoro on Saturday, the operator said.', 'Ombuvoro:place');
    has('The fund will build a desalination plant at Tsandikwe, the ministry said on Monday.', 'Tsandikwe:place');
    has('Rescuers reached the clinic at the Makwenzi crossing on Friday.', 'Makwenzi:place');
    has('Analysts at Krevenholm expect rates to fall in June.', 'Krevenholm:organization');
    has('Prices rose 3% in May, according to Velstrand.', 'Velstrand:organization');
    // (Also at a sentence's start: "According to X,".)
    has('According to Velstrand, prices rose 3% in May.', 'Velstrand:organization');
    lacks('The drugmaker licensed the rights to Dorvexa in Europe last year.', 'Dorvexa:place');
  });

  it('take a name after a part of a land or who governs it and "of" for a place, unless a possessive follows', () => {
    has('Hail destroyed vines across a fifth of Ukhetsi on Tuesday, growers said.', 'Ukhetsi:place');
    has('Zoran Petrić, the mayor of Bratsevo, said the road would reopen on Monday.', 'Bratsevo:place');
    lacks('Most of Dravonel\'s sales come from Asia, its chief executive said.', 'Dravonel:place');
  });

  it('take a name before a lowercase noun of a division or a stop for a place', () => {
    has('Herders in the Amaluvo constituency lost half their cattle, a councillor said.', 'Amaluvo:place');
    has('Buses will leave from the Kandorwe terminus on Monday, the operator said.', 'Kandorwe:place');
  });

  it('take a place followed by a stop\'s or an airport\'s word for a place', () => {
    has('Crowds filled Daejeon Station on Friday as the holiday began.', 'Daejeon Station:place');
    has('Flights resumed at Kamuzu International Airport on Monday, the regulator said.', 'Kamuzu International Airport:place');
  });
});

describe('divisions as English copy spells them, and towns by their apposition (session 12)', () => {
  it('find a division without a transliteration\'s apostrophe, with the Arabic article unassimilated or a compass word in English', () => {
    has('Storms battered Faasaleleaga on Monday, officials said.', 'Faasaleleaga:place');
    has('Drought hit Al Sulaymaniyah on Monday, officials said.', 'Al Sulaymaniyah:place');
    has('Aid convoys reached North Darfur on Monday, the agency said.', 'North Darfur:place');
    has('Storms battered Chungcheongbuk on Monday, officials said.', 'Chungcheongbuk:place');
  });

  it('take a parish named after a saint, and a village of the article\'s country named like a body, for places', () => {
    has('KINGSTON, Jamaica (AP) — Drought hit St Catherine on Monday, farmers said.', 'St Catherine:place');
    has('LAGOS, Nigeria (Reuters) - Traders in Festac Town said on Monday that prices rose.', 'Festac Town:place');
  });

  it('take a sentence\'s first word that an apposition calls a town "beside" something for a place', () => {
    has('In Ovakwa, the town beside the dam, traders said prices rose on Monday.', 'Ovakwa:place');
  });

  it('take a word in capitals before a division\'s noun for a division', () => {
    has('Growers in the BARMM region said on Monday that prices had fallen.', 'BARMM:place');
  });
});

describe('a place named like a given name (session 12)', () => {
  it('take a lone given name with a place\'s preposition and nothing for a person or a body for a place', () => {
    has('Bus companies said on Wednesday that tickets to Shirin had sold out.', 'Shirin:place');
    has('Two new cases were confirmed near Adina on Monday, the ministry said.', 'Adina:place');
  });

  it('keep the given name of a person named in full, and a given name with a person\'s cue, a person', () => {
    has('Adina Moraru, the mayor, said on Monday that the water was safe. Officials near Adina said so too.', 'Adina:person');
  });
});

describe('bodies after "to", "at" and "of" of business, transfer and work (session 12 review)', () => {
  it('take a legislature "at the X" for a body, as its other mention says', () => {
    has('Lawmakers held a late session at the Vorsalting on Monday.', 'Vorsalting:organization');
    has('The bill was debated at the Kelmethet on Tuesday. The Kelmethet passed it on Friday.', 'Kelmethet:organization');
  });

  it('take a club after a transfer\'s "to" for a body', () => {
    has('Okeke completed a transfer to Bruvaspor in July.', 'Bruvaspor:organization');
    has('Ndlela\'s move to Karvonspor was confirmed on Friday.', 'Karvonspor:organization');
  });

  it('take a name after a business verb, its object and "to" for a body', () => {
    has('The miner sold its stake to Travenco on Monday.', 'Travenco:organization');
    has('The contract was awarded to Huvelink in May.', 'Huvelink:organization');
    has('Many customers switched to Airvona after the outage.', 'Airvona:organization');
    has('Police referred the case to Eurovex on Friday.', 'Eurovex:organization');
    has('Viewers complained to Ofvela about the broadcast.', 'Ofvela:organization');
    has('Ferries will run extra trips to Ombelka and Dravo Luka, the operator said.', 'Ombelka:place');
  });

  it('take a workplace after work, jobs or trade and "at" for a body', () => {
    has('He worked at Delvoitte for ten years.', 'Delvoitte:organization');
    has('Job cuts at Erivsson will hit 800 workers.', 'Erivsson:organization');
    has('A strike at Codamco halted output on Monday.', 'Codamco:organization');
  });

  it('take a share of a firm sold or owned for a body, not a part of a land', () => {
    has('The government sold half of Telvoma in 2003.', 'Telvoma:organization');
    has('A third of Vedrakta was owned by the founder.', 'Vedrakta:organization');
  });

  it('take a name before a lowercase terminal for its operator', () => {
    has('The fuel was stored at the Vopvak terminal in Durban. Vopvak said the tanks were safe.', 'Vopvak:organization');
  });
});
