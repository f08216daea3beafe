// Persons, session 15: spans and clusters of names in non-English forms, and titles kept out of them.
// Invented names and sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
const idOf = (names: readonly string[], text: string): string | undefined => names.find((n) => n.startsWith(`${text}:`))?.split(':').at(2);

describe('person spans in non-English forms', () => {
  it('keep a Wade-Giles given name of two syllables whole and the name a person', () => {
    const names = typed('The court named two former clerks, Hsu Kuo-ming and Teng Hsiu-lan, on Monday.');
    assert.ok(names.includes('Hsu Kuo-ming:person:hsu-kuo-ming'), names.join(', '));
    assert.ok(names.includes('Teng Hsiu-lan:person:teng-hsiu-lan'), names.join(', '));
  });

  it('keep "Sultan" between a given name and a family name inside the name', () => {
    const names = typed('The deputy governor Harith Sultan al-Mabsali said on Monday the port would reopen. Mabsali gave no date.');
    assert.ok(names.includes('Harith Sultan al-Mabsali:person:harith-sultan-al-mabsali'), names.join(', '));
    assert.equal(idOf(names, 'Mabsali'), 'harith-sultan-al-mabsali', names.join(', '));
  });

  it('keep "Sultan" before "bin" as the given name after a title', () => {
    const names = typed('Prince Sultan bin Fahad al-Qirbi opened the hall on Monday.');
    assert.ok(names.includes('Sultan bin Fahad al-Qirbi:person:sultan-bin-fahad-al-qirbi'), names.join(', '));
  });

  it('read a capitalised "Said" before more of a name as the given name', () => {
    const names = typed('The former harbour master, retired Commodore Said Hamdan al-Marri, said the crane had failed twice.');
    assert.ok(names.includes('Said Hamdan al-Marri:person:said-hamdan-al-marri'), names.join(', '));
  });
});

describe('titles and honorifics kept out of person spans', () => {
  for (const [title, name] of [
    ['Legislator', 'Chang Pei-yu'],
    ['Lawmaker', 'Grace Odhiambo-Kerr'],
    ['Undersecretary', 'Mireya Castellanos'],
    ['Brigadier', 'Tomasz Wielgosz'],
    ['Commodore', 'Henrik Aalberg'],
    ['Ayatollah', 'Mahmoud Tabrizian'],
    ['Pastor', 'Emeka Nwankwo-Ade'],
    ['Father', 'Ignacy Brzostek'],
    ['Sister', 'Bernadette Culhane'],
  ] as const) {
    it(`leave "${title}" out of "${title} ${name}"`, () => {
      const names = typed(`The hearing was told on Monday that ${title} ${name} had signed the letter.`);
      assert.ok(names.some((n) => n.startsWith(`${name}:person:`)), names.join(', '));
      assert.ok(!names.some((n) => n.startsWith(`${title}`)), names.join(', '));
    });
  }
});

describe('titles with a portfolio of several words', () => {
  it('leave a portfolio of common words out of the name after it', () => {
    const names = typed('Deputy Minister for Rural Water Supply Ngozi Adeyemi-Cole said on Monday the pumps would be fixed.');
    assert.ok(names.includes('Ngozi Adeyemi-Cole:person:ngozi-adeyemi-cole'), names.join(', '));
  });

  it('leave a coordinated portfolio out of the name after it', () => {
    const names = typed('Minister of Trade and Industry Kofi Asante-Bekoe said on Monday the duty would go.');
    assert.ok(names.includes('Kofi Asante-Bekoe:person:kofi-asante-bekoe'), names.join(', '));
  });

  it('leave "Home Affairs" out of the name after "Minister of"', () => {
    const names = typed('The Minister of Home Affairs Chen Hsiu-mei said on Monday the border would reopen.');
    assert.ok(names.includes('Chen Hsiu-mei:person:chen-hsiu-mei'), names.join(', '));
  });
});

describe('bylines and single names', () => {
  it('read a writer\'s name in capitals on a byline, a long surname too', () => {
    const names = typed('Lake levels fall again\n\nBy ROSALIND OKONKWO-BRAITHWAITE Associated Press\n\nThe lake fell on Monday to its lowest level.');
    assert.ok(names.some((n) => n.startsWith('ROSALIND OKONKWO-BRAITHWAITE:person:')), names.join(', '));
  });

  it('keep a byline\'s surname that the gazetteer knows as a town', () => {
    const names = typed('Lake levels fall again\n\nBy Marisol Ibarra Quintanilla\n\nThe lake fell on Monday to its lowest level.');
    assert.ok(names.some((n) => n.startsWith('Marisol Ibarra Quintanilla:person:')), names.join(', '));
  });

  it('make a name a town\'s word opens a person where a person\'s own evidence speaks', () => {
    const names = typed('The board met on Monday. Its managing director, Anand Ramkissoon-Lee, said in a statement that the systems had worked.');
    assert.ok(names.includes('Anand Ramkissoon-Lee:person:anand-ramkissoon-lee'), names.join(', '));
  });
});

describe('a portfolio named like a town', () => {
  it('leave a common word before "Minister" no place, though a town bears it', () => {
    const names = typed('Plantation Minister Ruwan Dissanayaka welcomed the ruling on Monday.');
    assert.ok(names.includes('Ruwan Dissanayaka:person:ruwan-dissanayaka'), names.join(', '));
    assert.ok(!names.some((n) => n.startsWith('Plantation:')), names.join(', '));
  });
});

describe('clusters of surnames and patronyms', () => {
  it('make "Mr X" the person named in full where the gazetteer knows X as a town', () => {
    const names = typed('Mayor Luis Fernando Cárdenas Ruales said the city had kept the rules. According to Mr Cárdenas, the line would open in 2029.');
    const ids = names.filter((n) => n.startsWith('Cárdenas:'));
    assert.deepEqual(ids, ['Cárdenas:person:luis-fernando-cardenas-ruales'], names.join(', '));
  });

  it('keep a father named after "bin" apart from his son', () => {
    const names = typed('Sheikh Nawaf bin Rashid bin Hamad al-Sulaimi chairs the firm. It was founded by the late Rashid bin Hamad al-Sulaimi, his father.');
    assert.notEqual(idOf(names, 'Rashid bin Hamad al-Sulaimi'), idOf(names, 'Nawaf bin Rashid bin Hamad al-Sulaimi'), names.join(', '));
  });
});

describe('words next to names that are no actors', () => {
  it('leave the adjective of a faith or an order before a person\'s noun untyped', () => {
    const names = typed('Father Tadeo Quiroga, a Jesuit priest, said on Monday that a Sunni cleric and a Pentecostal pastor had joined the talks. A Sufi imam came too.');
    assert.ok(names.includes('Tadeo Quiroga:person:tadeo-quiroga'), names.join(', '));
    for (const word of ['Jesuit', 'Sunni', 'Pentecostal', 'Sufi']) assert.ok(!names.some((n) => n.startsWith(`${word}:`)), names.join(', '));
  });

  it('keep a church named with a faith\'s word a body', () => {
    const names = typed('The Methodist Church said on Monday it would open the hall.');
    assert.ok(names.includes('Methodist Church:organization:methodist-church'), names.join(', '));
  });
});

describe('names of things typed as persons', () => {
  it('leave a storm named after "Storm" no person, though "Storm" is a given name', () => {
    const names = typed('Rivers rose across the valley after Storm Halvard hit on Friday, the council said.');
    assert.ok(!names.some((n) => n.includes('Halvard')), names.join(', '));
  });
});

describe('single names with an age and a role', () => {
  it('make a single name before "a 38-year-old grower" a person', () => {
    const names = typed('Coffee prices fell in May. Namubiru, a 38-year-old grower near Masaka, said the buyers had left.');
    assert.ok(names.includes('Namubiru:person:namubiru'), names.join(', '));
  });
});
