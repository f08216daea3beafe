// Clustering, session 13: founders' surnames beside their family firms, people named with two given names and two family
// names, a family name first that is also a given name, relatives who share a surname, Turkic and Malay patronymics, clubs
// that a club's word leads, and a given name after "Don" or a title. Invented names throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The ids the mentions written `text` got, in order. */
const idsOf = (names: readonly string[], text: string): string[] => names.filter((n) => n.startsWith(`${text}:`)).map((n) => n.split(':').at(2) ?? '');

describe('a founder\'s surname beside the family firm', () => {
  it('take the surname after an honorific for the person, also before the full name', () => {
    const names = typed('Orazov Textiles cut 300 jobs on Monday. "Mr Orazov should come and explain it to us," a weaver said. The mill\'s owner, Bayram Orazov, said the cotton price had doubled.');
    assert.deepEqual(idsOf(names, 'Orazov'), ['bayram-orazov'], names.join(', '));
  });

  it('take the surname in a sentence that names the firm in full, or before an event of a life, for the person', () => {
    const names = typed('Lindqvist Marine said on Monday it would close its yard at Kalmar. Chairman Per Lindqvist said the orders had gone. Lindqvist Marine was formed in 1981 when Lindqvist bought a boatyard from the town. Lindqvist Marine employs 200 people. Lindqvist retired in 2019.');
    assert.deepEqual(idsOf(names, 'Lindqvist'), ['per-lindqvist', 'per-lindqvist'], names.join(', '));
  });
});

describe('two given names and two family names', () => {
  it('find the person again by the first family name, also at a sentence\'s start', () => {
    const names = typed('The club\'s president, Juan Pablo Arango Mejía, resigned on Sunday after the violence. Arango said he took responsibility for the security failures.');
    assert.deepEqual(idsOf(names, 'Arango'), ['juan-pablo-arango-mejia'], names.join(', '));
  });
});

describe('relatives who share a surname', () => {
  it('leave the surname alone to the person named first, not to a relative named after', () => {
    const names = typed('Dmitri Volkov was named chief executive of the mill on Monday, replacing his father, the founder Sergei Volkov, who is 80. Volkov, 49, said the mill would stay open. Volkov told workers on Tuesday that no jobs would go.');
    assert.deepEqual(idsOf(names, 'Volkov'), ['dmitri-volkov', 'dmitri-volkov'], names.join(', '));
  });

  it('read a short family name first as the surname, also where it is a given name elsewhere', () => {
    const names = typed('Lee Wen Hao, 51, a director of a ship chandler, was charged on Monday. The business was started in 1962 by Lee\'s grandfather, Lee Kok Wah, a hawker. The court granted Lee bail of S$200,000.');
    assert.deepEqual(idsOf(names, 'Lee'), ['lee-wen-hao', 'lee-wen-hao'], names.join(', '));
  });
});

describe('patronymics', () => {
  it('keep a Turkic "son of" or "daughter of" in the name, and find the person again by it', () => {
    const names = typed('Village head Ermek Sadyr uulu said on Thursday that the company had broken its promise. "We will stay on the road," Sadyr uulu said. The mine is owned by Elchin Rauf oglu Aliyev, who denied it.');
    assert.deepEqual(idsOf(names, 'Ermek Sadyr uulu'), ['ermek-sadyr-uulu'], names.join(', '));
    assert.deepEqual(idsOf(names, 'Sadyr uulu'), ['ermek-sadyr-uulu'], names.join(', '));
    assert.deepEqual(idsOf(names, 'Elchin Rauf oglu Aliyev'), ['elchin-rauf-oglu-aliyev'], names.join(', '));
  });

  it('keep the Malay "binti" in the name', () => {
    const names = typed('His lawyer, Nur Izzati binti Hamdan, told the court on Tuesday that the maps had been approved.');
    assert.deepEqual(idsOf(names, 'Nur Izzati binti Hamdan'), ['nur-izzati-binti-hamdan'], names.join(', '));
  });
});

describe('a name with "bin" and a word of address before it', () => {
  it('find the person again by the given names between the first word and "bin"', () => {
    const names = typed('For the prosecution, Awang Ahmad Zaki bin Hamid told the court on Tuesday that the maps were forged. Ahmad Zaki said nine witnesses would be called.');
    assert.deepEqual(idsOf(names, 'Ahmad Zaki'), idsOf(names, 'Awang Ahmad Zaki bin Hamid'), names.join(', '));
  });
});

describe('a town and its club', () => {
  it('take the town for a club its word leads where a result or a fixture is written around it, and leave the town elsewhere', () => {
    const names = typed('Deportivo Pasto lost 2-1 to Atlético Tunja on Sunday. Tunja coach Mario Rengifo said his players were tired. Fans in Tunja celebrated.');
    assert.deepEqual(idsOf(names, 'Atlético Tunja'), ['atletico-tunja'], names.join(', '));
    assert.deepEqual(idsOf(names, 'Tunja'), ['atletico-tunja', 'tunja'], names.join(', '));
    assert.equal(names.find((n) => n.startsWith('Deportivo Pasto:'))?.split(':')[1], 'organization', names.join(', '));
  });
});

describe('a given name after "Don" or a title', () => {
  it('take "Don" and a given name for the one person named in full with it', () => {
    const names = typed('The mill was founded in 1971 by Teodoro Baca Ruiz, a farmer from the valley. Don Teodoro, as workers call him, told reporters on Monday that the rain had caused the spill.');
    assert.deepEqual(idsOf(names, 'Don Teodoro'), ['teodoro-baca-ruiz'], names.join(', '));
  });

  it('take a given name after a title for the person named in full after it', () => {
    const names = typed('"Batono Levan has offered to pay since the summer," the lawyer said on Monday, referring to the station\'s owner, businessman Levan Gorgadze. Gorgadze bought it in 2019.');
    assert.deepEqual(idsOf(names, 'Levan'), ['levan-gorgadze'], names.join(', '));
  });
});

describe('an acronym that an anaphor introduces', () => {
  it('take the body the anaphor names: with modifiers before its noun, named after it, or named last before it', () => {
    const after = typed('Taps ran dry in Kairouan on Wednesday. The utility, known by its French initials SEPAD, said the cuts would last a month. Officials said the National Water Supply Utility would send tankers.');
    assert.deepEqual(idsOf(after, 'SEPAD'), idsOf(after, 'National Water Supply Utility'), after.join(', '));
    const before = typed('Karsovia Railways ran its first fast train to Nukus on Thursday. The state operator, known as OTY, said trains would stop at three towns.');
    assert.deepEqual(idsOf(before, 'OTY'), idsOf(before, 'Karsovia Railways'), before.join(', '));
  });
});
