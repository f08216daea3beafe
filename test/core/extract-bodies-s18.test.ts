// Bodies named in another language or like a person, session 18: one entity, one type, from all its mentions' words
// (typeBodiesByEntityVotes), the cues that no person shares (Cues.bodyOnly, Cues.collective), and probes where nothing
// may turn a person into a body. Invented names and sentences throughout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cuesAt } from '../../server/src/core/extract/unregistered-cues.js';
import { extract } from './extract-helpers.js';

const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';
const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}:${a.id}`);
/** The cues of the words around `name` in `sentence` (its first occurrence). */
const cues = (sentence: string, name: string): ReturnType<typeof cuesAt> => {
  const start = sentence.indexOf(name);
  return cuesAt(sentence, start, start + name.length, start === 0, sentence.length);
};

describe('cues that no person shares', () => {
  it('read a head count, a listing and a founding after the name as a body', () => {
    assert.equal(cues('Marvesti employs 400 people in the valley.', 'Marvesti').bodyOnly, true);
    assert.equal(cues('Marvesti, which was founded in 1921, makes tiles.', 'Marvesti').bodyOnly, true);
    assert.equal(cues('Marvesti is listed in Warsaw.', 'Marvesti').bodyOnly, true);
  });

  it('do not read a tactic, a list of the missing or a speaker as a body', () => {
    assert.notEqual(cues('Marvesti employs a clever tactic at the net.', 'Marvesti').bodyOnly, true);
    assert.notEqual(cues('Marvesti was listed as missing on Monday.', 'Marvesti').bodyOnly, true);
    assert.notEqual(cues('Marvesti said it was a hard match.', 'Marvesti').bodyOnly, true);
    assert.notEqual(cues("Marvesti's coach praised the serve.", 'Marvesti').bodyOnly, true);
    assert.equal(cues('Marvesti said it would appeal.', 'Marvesti').bodyOnly, true);
  });

  it('read a plural verb after a name as a body, not after a list', () => {
    assert.equal(cues('Champions Oruvale were fined on Friday.', 'Oruvale').collective, true);
    assert.notEqual(cues('Brandl and Oruvale were fined on Friday.', 'Oruvale').collective, true);
    assert.notEqual(cues('Oruvale have to pay the fine.', 'Oruvale').collective, true);
  });

  it("give a pronoun after a title and a person's name to that person, not to the name before the title", () => {
    assert.equal(cues('Oruvale coach Tiago Meireles said his side was tired.', 'Oruvale').person, 0);
    assert.ok(cues('Oruvale said his side was tired.', 'Oruvale').person > 0);
  });
});

describe('one entity, one type, from all its mentions', () => {
  it('turn a club whose name opens with a sentence capital into the body its mentions say', () => {
    const names = typed('Champions Ferrovale were fined by the league on Friday.\n\nFerrovale said it would appeal.');
    assert.deepEqual(names, ['Champions Ferrovale:organization:champions-ferrovale', 'Ferrovale:organization:champions-ferrovale']);
  });

  it('turn a club named like a person in another language where three mentions say a body and none a person', () => {
    const names = typed(
      'Quinze de Maio walked off the court in protest on Saturday.\n\n' +
        "Quinze de Maio, the navy's club, said the referee had erred. Quinze de Maio's president was abroad.\n\n" +
        'The league will hear the appeal, as Quinze de Maio asked, and give its ruling on Friday.',
    );
    for (const n of names.filter((x) => x.startsWith('Quinze'))) assert.equal(n, 'Quinze de Maio:organization:quinze-de-maio', names.join(', '));
  });

  it('join a club named with its town to the body its first word alone names', () => {
    const names = typed(
      "Dario coach Rui Tavora said on Sunday his team had nothing to apologise for. Dario led 78-71 when the rivals walked off, and Dario's captain was fouled.\n\nThe federation on Monday awarded Dario de Luanda a 20-0 win in the derby.",
    );
    assert.ok(names.includes('Dario de Luanda:organization:dario'), names.join(', '));
  });

  it('keep a person named in full whose given name alone names a body elsewhere, where no town ends the name', () => {
    const names = typed('Awards went to Marta Quintela and others.\n\nMarta said it would expand its stores.');
    assert.ok(names.includes('Marta Quintela:person:marta-quintela'), names.join(', '));
  });

  it("give a firm's surname alone that a head count follows to the firm named in full", () => {
    const names = typed('Texteis Duarte said on Monday it would close its plant in Braga.\n\nDuarte employs 900 people.');
    assert.ok(names.includes('Duarte:organization:texteis-duarte'), names.join(', '));
  });

  it('keep a player named in full a person, though her coach and her rival speak of her', () => {
    const names = typed(
      "Ana Ferraz beat Lina Moreau 6-3 6-2 on Tuesday.\n\nFerraz's coach, Rui Tavora, praised the serve. Moreau's coach said the wind had hurt her.\n\nFerraz meets the winner of the next tie on Thursday.",
    );
    assert.ok(names.includes('Ana Ferraz:person:ana-ferraz'), names.join(', '));
    assert.ok(!names.some((n) => n.startsWith('Ferraz:organization')), names.join(', '));
  });

  it("keep a businessman named in full a person where one mention gives a person's cue", () => {
    const names = typed(
      'Investors sued Marco Bellandi on Monday. Shares in Marco Bellandi fell.\n\nRivals such as Marco Bellandi lost ground, and its plans stalled.\n\nMarco Bellandi said he would fight the case.',
    );
    for (const n of names.filter((x) => x.startsWith('Marco'))) assert.equal(n, 'Marco Bellandi:person:marco-bellandi', names.join(', '));
  });

  it('keep a founder named in full a person beside the firm that bears his name', () => {
    const names = typed('Halvorsen Tekstil said it would cut 200 jobs.\n\nThe firm was founded by Sigurd Halvorsen, 88, who still visits the mill.');
    assert.ok(names.includes('Sigurd Halvorsen:person:sigurd-halvorsen'), names.join(', '));
  });
});

describe('review of session 18: where a body-only cue must not fire', () => {
  it("R10: gives a plural verb after 'of X' to the head noun before it, not to X", () => {
    const names = typed('Relatives of Kasonde Mutapa were told of the verdict on Monday. Mutapa had been held since May.');
    assert.ok(!names.some((n) => n.includes(':organization:')), names.join(', '));
    assert.notEqual(cues('Lawyers for Mutapa have appealed the ruling.', 'Mutapa').collective, true);
  });

  it("R11: reads 'was quoted in', 'was set up by' and 'was established as' as anyone's", () => {
    assert.notEqual(cues('Mutapa was quoted in the Lusaka Times on Monday as saying the vote was rigged.', 'Mutapa').bodyOnly, true);
    assert.notEqual(cues('Mutapa was set up by the police, the court heard on Monday.', 'Mutapa').bodyOnly, true);
    assert.notEqual(cues("Tembo was established as the favourite by Monday's poll.", 'Tembo').bodyOnly, true);
    assert.equal(cues('Marvesti, which was set up in 1998, makes tiles.', 'Marvesti').bodyOnly, true);
    assert.equal(cues('Marvesti is listed on the Lusaka bourse.', 'Marvesti').bodyOnly, true);
    const names = typed('Mutapa was quoted in the Lusaka Times on Monday as saying the vote was rigged.');
    assert.ok(!names.includes('Mutapa:organization:mutapa'), names.join(', '));
  });
});
