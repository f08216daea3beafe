// Places on unseen copy, session 20: one describe per rule, each with invented sentences (no evaluation article's), and the
// sentences where the rule must not fire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COUNTRIES } from '../../server/src/core/extract/gazetteer-data.js';
import { isHolidayName } from '../../server/src/core/extract/locale.js';
import { has, lacks, typed } from './extract-helpers.js';

/** Lowercase words that English copy keeps inside a country's name ("Republic of the Congo", "Côte d'Ivoire"). */
const COPY_PARTICLE = /^(?:of|the|and|de|e|et|da|do|du|des|la|le|d['’]\p{Lu}.*)$/u;

describe('countries whose names hold an apostrophe, an accent or "and" (session 20)', () => {
  it('finds every such country of the gazetteer whole and a place, with a straight or a curly apostrophe', () => {
    // Every spelling that copy in English could print as a name: its words capitalised but for the particles above (not
    // "Bouvet-øya", "Jomhuri-ye Eslāmi-ye Irān"), and no holiday's name too ("Pais Kòrsou" is Curaçao Day).
    const spellings = COUNTRIES.split('|')
      .map((p) => p.split('=')[0]!)
      .filter((s) => /['’]|[^\x00-\x7f]/.test(s) && s.split(/[\s-]+/).every((w) => /^\p{Lu}/u.test(w) || COPY_PARTICLE.test(w)) && !isHolidayName(s));
    assert.ok(spellings.length > 100, `${spellings.length} spellings`);
    const missed: string[] = [];
    for (const s of spellings) {
      for (const v of new Set([s, s.replace(/'/g, '’')])) {
        if (!typed(`Officials in ${v} said on Monday that the talks would resume.`).includes(`${v}:place`)) missed.push(v);
      }
    }
    assert.deepEqual(missed, []);
  });

  it('reads a country written with an elided particle or a possessive as one place', () => {
    has('Cocoa growers in Côte d’Ivoire cut their sales on Monday, and Côte d\'Ivoire\'s regulator agreed.', 'Côte d’Ivoire:place', 'Côte d\'Ivoire:place');
    has('Officials of the People’s Republic of China met the envoy on Monday.', 'People’s Republic of China:place');
    has('Exports from Bosnia and Herzegovina and Serbia rose on Monday.', 'Bosnia and Herzegovina:place', 'Serbia:place');
  });

  it('leaves two places joined by "and", a possessive body and a person with an apostrophe alone', () => {
    has('Ministers from Ghana and Togo met in Lomé on Monday.', 'Ghana:place', 'Togo:place');
    lacks('Ministers from Ghana and Togo met in Lomé on Monday.', 'Ghana and Togo:place');
    has('The People\'s Bank cut its rate on Monday, said Ama O\'Neill, its chief economist.', 'People\'s Bank:organization', 'Ama O\'Neill:person');
    has('Luca D\'Angelo of Lisbon said on Monday he would run.', 'Luca D\'Angelo:person', 'Lisbon:place');
    lacks('The Kenya People’s Union said on Monday it would contest the seat.', 'Kenya:place');
  });
});

describe('a lowercase noun for a division after a name (session 20)', () => {
  it('makes a compass word and a surname a place: "the East X district", "the North X province"', () => {
    has('Rice prices rose in the West Alvarado district on Monday, and growers near the town of Alvarado expect more rain.', 'West Alvarado:place', 'Alvarado:place');
    has('Bus fares in the North Castillo province rose by a third in May.', 'North Castillo:place');
  });

  it('leaves a person whose post follows the name, or who speaks elsewhere', () => {
    for (const [s, bad] of <[string, string][]>[
      ['Farmers said on Monday that Rosa Mendez district commissioner had left. Mendez, 51, declined to comment.', 'Rosa Mendez:place'],
      ['Police said Ana Lima province governor would visit on Monday. Lima said she was sorry.', 'Ana Lima:place'],
      ['Tomas Serrano county-wide tests began on Monday, Serrano said.', 'Tomas Serrano:place'],
      ['The fund said on Monday that Grace Kelly region heads met. Kelly said costs rose.', 'Grace Kelly:place'],
    ]) assert.ok(!typed(s).includes(bad), `${s} => ${typed(s).join(', ')}`);
  });
});

describe('WordNet\'s proper nouns of places as weak places (session 20)', () => {
  it('types a river, a desert, a park or a city no other list knows a place where nothing says more', () => {
    has('Barges on the Danube were stopped on Monday, traders said.', 'Danube:place');
    has('Tourists flocked to the Serengeti on Monday.', 'Serengeti:place');
    has('Kalahari farmers lost cattle on Monday. The Kalahari is dry.', 'Kalahari:place');
    has('Luxembourg City officials met on Monday.', 'Luxembourg City:place');
  });

  it('leaves firms named after them and a person who bears one', () => {
    has('Serengeti Breweries said on Monday it would raise prices.', 'Serengeti Breweries:organization');
    has('Shares of Kalahari Holdings rose on Monday, the bourse said.', 'Kalahari Holdings:organization');
    has('Sumatra Kopi, a coffee roaster, said on Monday it would hire 40 people.', 'Sumatra Kopi:organization');
    has('Tom Danube, 54, said on Monday he would retire.', 'Tom Danube:person');
  });
});

describe('a stake\'s noun before a lone WordNet place (review 20 R7, open)', () => {
  // A listed firm named after a mountain or a river: "Shares in X" should vote for a body over a weak town, and every
  // mention of one id should take one type. Left open at the end of session 20 (fix helper B ran out of time).
  it('types the firm a body in every mention', { todo: 'stake cue does not beat a WordNet-only weak town yet' }, () => {
    has('Shares in Orinoco climbed 2% on Tuesday, and Orinoco said orders were up.', 'Orinoco:organization');
    lacks('Shares in Orinoco climbed 2% on Tuesday, and Orinoco said orders were up.', 'Orinoco:place');
  });
  it('keeps a country a place after a stake in its mines (must not fire)', () => {
    has('The fund bought a stake in Zambia\'s copper mines on Tuesday.', 'Zambia:place');
  });
});
