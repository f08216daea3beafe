// The tense of year-less dates (session 13): the reviewer's weekday in an infinitive after a past report, and general
// causes read in the fresh dev sets' date errors. Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('tense of year-less dates (session 13)', () => {
  it('give an infinitive of a scheduling verb no tense of its own', () => {
    assert.deepEqual(datesOf('Wanjala told reporters the union voted to end the walkout on Tuesday.', '2026-10-22'), ['Tuesday=2026-10-20']);
    assert.deepEqual(datesOf('The union plans to end the walkout on Tuesday.', '2026-10-22'), ['Tuesday=2026-10-27']);
    // (With no verb before it, a headline's infinitive is to come.)
    assert.deepEqual(datesOf('Dock Commission to meet shippers on Thursday', '2026-04-14'), ['Thursday=2026-04-16']);
  });

  it('read the tense of the fresh sets\' year-less dates by general cues', () => {
    // A comma inside a number does not end what a vote sets.
    assert.deepEqual(datesOf('The council voted on Monday to cap visitors at 4,000 a day from April 1.', '2026-02-03'), ['Monday=2026-02-02', 'April 1=2026-04-01']);
    // What usually happens is the nearest such month; a thing moved to a month moves ahead.
    assert.deepEqual(datesOf('The fair, usually held in September, has been moved to January, organisers said.', '2026-08-14'), ['September=2026-09', 'January=2027-01']);
    // "can" speaks of what is to come.
    assert.deepEqual(datesOf('Holders can claim refunds at the box office from Wednesday, the theatre said.', '2026-11-03'), ['Wednesday=2026-11-04']);
    // A year inside a relative clause dates that clause alone.
    assert.deepEqual(datesOf('The lender, which he set up in Tansen in 2004, had 9,000 members before it stopped paying out in January.', '2026-09-11'), ['2004=2004', 'January=2026-01']);
  });
});
