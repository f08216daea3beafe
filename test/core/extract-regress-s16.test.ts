// Regressions a review of session 15 found (issue 15), each beside the case its rule was made for. Invented sentences.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY, extract, has, lacks, typed } from './extract-helpers.js';

describe('a town that is the surname of a person named earlier (F21)', () => {
  const person = 'Joana Braga, a union organiser, said on Tuesday that workers heard of the closure on the radio.';

  it('stays the town before a noun for its offices or people', () => {
    has(`${person} The mill will close in June, according to Braga officials.`, 'Braga:place');
    lacks(`${person} The mill will close in June, according to Braga officials.`, 'Braga:person');
    has(`${person} Braga authorities said the road was shut, and Braga police agreed.`, 'Braga:place');
    lacks(`${person} Braga authorities said the road was shut, and Braga police agreed.`, 'Braga:person');
    lacks(`${person} Braga council said it would help.`, 'Braga:person');
  });

  it('still reads the surname acting as the person', () => {
    has(`${person} The mill will close in June, according to Braga.`, 'Braga:person');
    has(`${person} Braga says the union will appeal.`, 'Braga:person');
  });
});

describe('a name that a natural feature\'s word opens (F10)', () => {
  it('is a body where its mentions call it one', () => {
    has('Mount Halvern said on Monday it would cut 240 jobs at its three clinics.', 'Mount Halvern:organization');
    has('The football club Cerro Maracaná signed a shirt deal on Tuesday.', 'Cerro Maracaná:organization');
    has('Cerro Maracaná beat Sportivo Itauguá 2-1 on Sunday.', 'Cerro Maracaná:organization');
  });

  it('still reads a mountain or a lake as the place', () => {
    has('Hikers said the trail up Mount Pirapó would stay closed until May.', 'Mount Pirapó:place');
    has('Fishermen on Lake Ypoá said it would be a poor year.', 'Lake Ypoá:place');
    has('Residents near Mount Halvern said it was quiet on Monday.', 'Mount Halvern:place');
  });
});

describe('a body\'s head word of another language alone (F3)', () => {
  it('is the body where it acts as one', () => {
    has('Lega said on Tuesday it would vote against the budget amendment.', 'Lega:organization');
    has('The coalition said Lega would vote against the budget, Carlo Verzini told reporters.', 'Lega:organization');
  });

  it('still heads a body\'s name of several words, and an English head word alone is none', () => {
    has('Lega Calcio Orvieto said on Tuesday it would appeal.', 'Lega Calcio Orvieto:organization');
    lacks('Union leaders met on Monday. The Union said it would strike.', 'Union:organization');
  });

  it('is no actor where it never acts (an adjective, a body named by its head word alone)', () => {
    assert.deepEqual(typed('The meet produced three Olympic medallists on Saturday.'), []);
    assert.deepEqual(typed('Troops were sent in 2025. The Secretariat did not say how long they would stay.'), []);
  });
});

describe('a faith\'s word that is a name (F20)', () => {
  it('is a newspaper before a report\'s verb or after a name\'s "The"', () => {
    has('The Hindu reported on Monday that the state would delay the temple levy.', 'Hindu:organization');
    has('Officials told The Hindu on Monday that the levy would wait.', 'Hindu:organization');
  });

  it('is a person by a given name or an honorific', () => {
    has('Priya Jain, a trader in Madurai, said the levy was new. "We were never asked," Ms Jain said.', 'Priya Jain:person', 'Jain:person');
  });

  it('still names no actor as an adjective or an adherents\' plural', () => {
    assert.deepEqual(typed('Hindu pilgrims protested outside the office on Monday, and Jains joined them.'), []);
    assert.deepEqual(typed('The Hindu community protested on Monday.'), []);
  });

  it('is an adjective before a plural for people, also where a person bears it as a surname', () => {
    const body = 'Priya Jain, a trader, said the levy was new. Jain traders joined the protest. "We were never asked," Ms Jain said.';
    const jains = extract(body, { registry: EMPTY }).actors.filter((a) => a.text === 'Jain');
    assert.deepEqual(jains.map((a) => a.type), ['person']);
    assert.ok(jains[0]!.start > extract(body, { registry: EMPTY }).text.indexOf('Ms Jain'));
  });

  it('is judged at each mention, whichever comes first (a run\'s split is shared by its mentions)', () => {
    const body = 'Pilgrims protested for a week, and Jain traders joined them.\n\nPriya Jain, a trader, said the levy was new. "We were never asked," Ms Jain said.';
    const { text, actors } = extract(body, { registry: EMPTY });
    assert.deepEqual(actors.filter((a) => a.text === 'Jain').map((a) => a.start), [text.indexOf('Ms Jain') + 3]);
    has('Hindu pilgrims protested on Monday. Officials told The Hindu that the levy would wait.', 'Hindu:organization');
  });
});

describe('copy read as a match report (F16)', () => {
  const business = 'The brewer sponsors the club, and its sales pitch won over fans and players alike.';

  it('needs a result where its sport words are business copy\'s too', () => {
    has(`${business} Its chief executive said the firm would host Braga officials on Friday and then visit Porto.`, 'Braga:place', 'Porto:place');
    lacks(`${business} Its chief executive said the firm would host Braga officials on Friday and then visit Porto.`, 'Braga:organization');
  });

  it('still reads a town as its club beside a result', () => {
    has('The club thanked its fans and players after the league game. Braga beat Porto 2-1 on Sunday.', 'Braga:organization', 'Porto:organization');
    has('The club thanked its fans and players before the derby against Braga on Sunday.', 'Braga:organization');
  });
});
