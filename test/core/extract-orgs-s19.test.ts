// Bodies that real copy names in ways the rules did not read, session 19: an outlet whose name a reporter's e-mail address
// also writes in lowercase, a rating agency named with "Ratings", a credit rating's grade written in capitals; and probes
// where nothing must change. Invented names and sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}`);

describe("an outlet's name in a reporter's e-mail address", () => {
  const story =
    '(Northwire) -- Lakeland asked holders of its bonds to wait, in a letter sent on Monday.\n\n' +
    'The ministry said the letter had been seen by reporters.\n\n' +
    'To contact the reporter on this story:\nJane Mbeki in Nairobi at jmbeki@northwire.net';

  it('keep the dateline credit a body: the domain of an address is no prose use of the name in lowercase', () => {
    const names = typed(story);
    assert.ok(names.includes('Northwire:organization'), names.join(', '));
  });

  it('still let a word the prose writes in lowercase count as one', () => {
    const names = typed('(Harbour) -- Lakeland asked holders of its bonds to wait on Monday.\n\nThe harbour was closed, officials said.');
    assert.ok(!names.includes('Harbour:organization'), names.join(', '));
  });

  it('keep the contact line\'s writer and place, and find no actor inside an address', () => {
    const names = typed(story + ';\nTom Reed in Dubai at treed4@northwire.net');
    assert.ok(names.includes('Tom Reed:person'), names.join(', '));
    assert.ok(names.includes('Dubai:place'), names.join(', '));
    assert.deepEqual(names.filter((n) => /northwire|treed/.test(n)), [], names.join(', '));
  });
});

describe('a rating agency named with "Ratings"', () => {
  it('type "X Ratings" a body also where nothing else says so', () => {
    const names = typed('Corvane Ratings expects the port authority to borrow again next year, according to a client note published on Thursday.');
    assert.ok(names.includes('Corvane Ratings:organization'), names.join(', '));
    assert.ok(!names.some((n) => n.endsWith(':person')), names.join(', '));
  });
});

describe("a credit rating's grade", () => {
  it('is no actor with its modifier or beside a rating word', () => {
    const names = typed('Varnok Ratings rated the operator CCC+ in August and affirmed its BB- rating on Monday. It was rated AA in 2019.');
    for (const grade of ['CCC', 'BB', 'AA']) assert.ok(!names.some((n) => n.startsWith(`${grade}:`)), names.join(', '));
  });

  it('leave bodies written with the same letters where no rating is near', () => {
    const names = typed('The AA said on Monday that breakdowns rose 12% in the heat, and the BBB said complaints about builders doubled.');
    assert.ok(names.includes('AA:organization'), names.join(', '));
    assert.ok(names.includes('BBB:organization'), names.join(', '));
  });

  it('is a grade only right after the rating\'s verb, "to … from", or before a rating word', () => {
    const names = typed('Kelvar Ratings downgraded the utility to CCC from B on Friday, and Oster cut its rating on the province to CC. A CCC rating followed.');
    assert.ok(!names.some((n) => /^CCC?:/.test(n)), names.join(', '));
    const more = typed('Oster rated it CC in May and affirmed its AA for the port on Friday.');
    assert.ok(!more.some((n) => /^(?:CC|AA):/.test(n)), more.join(', '));
  });

  it('keep a body with a grade\'s letters where the rating word is further back, across a comma or "and"', () => {
    for (const s of [
      'Kelvar affirmed Lakeland\'s rating on Friday, and the CCC said it would appeal the count.',
      'Prosecutors upgraded the charges against CCC activists on Friday.',
      'The court affirmed the ruling on Friday and the CCC leader welcomed it.',
      'The agency upgraded the rating and CCC supporters marched to the square.',
      'Voters moved to CCC in droves, and the CCC party won seats in the east.',
      'The ministry kept the CCC informed of the count on Friday.',
    ]) {
      const names = typed(s);
      assert.ok(names.includes('CCC:organization'), `${s} => ${names.join(', ')}`);
    }
  });

  it('leave a body named after a capitalised "Ratings" alone, and a code with a hyphen', () => {
    const names = typed('Varnok Ratings and the AA said on Monday they would meet. The CCC-Link group said it would join.');
    assert.ok(names.includes('AA:organization'), names.join(', '));
  });
});

describe("a private company's legal form in brackets", () => {
  const story =
    'Ruzivo Kestrel (Pvt) Ltd won a contract to print ballot papers for the council, a tender notice showed on Tuesday. Its chairman, Rufaro Dube, declined to comment.\n\n' +
    'Ruzivo had bid against two rivals, the notice said.';

  it('make the name before it a firm, and its short name the firm too', () => {
    const names = typed(story);
    assert.ok(names.includes('Ruzivo Kestrel:organization'), names.join(', '));
    assert.ok(names.includes('Ruzivo:organization'), names.join(', '));
    assert.ok(names.includes('Rufaro Dube:person'), names.join(', '));
  });

  it('leave a person before a bracket that holds no legal form alone', () => {
    const names = typed('Jane Mokoena (Pty) said nothing on Monday. Tom Reed (Ltd) and Ana Silva (Private) did not reply.');
    for (const p of ['Jane Mokoena', 'Tom Reed', 'Ana Silva']) assert.ok(names.includes(`${p}:person`), names.join(', '));
  });
});

describe("a newspaper named by newspapers' head words alone", () => {
  it('is a body beside an outlet\'s cue: told, joined, a capitalised "The", a photo credit', () => {
    const names = typed(
      'Tendai Moyo, a farmer, told the Herald on Wednesday that buyers had not paid. She joined the Herald in 2021.\n\n' +
        'A driver told The Gazette that trucks stood idle on Monday.\n\nCaption: Workers at the gate on Thursday. Photo: Tribune',
    );
    assert.equal(names.filter((n) => n === 'Herald:organization').length, 2, names.join(', '));
    assert.ok(names.includes('Gazette:organization'), names.join(', '));
    assert.ok(names.includes('Tribune:organization'), names.join(', '));
  });

  it('stays no actor where no outlet is meant', () => {
    const names = typed('He told the Council on Monday that the Board would meet. She joined the Ministry in 2020. The Post Office said mail was late. Lawyers told the Tribunal that the Commission had erred.');
    assert.deepEqual(names.filter((n) => /^(?:Council|Board|Ministry|Post|Tribunal|Commission)\b/.test(n)), [], names.join(', '));
  });
});
