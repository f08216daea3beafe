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
