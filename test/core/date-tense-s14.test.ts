// Year-less dates and ranges (session 14): general causes read in the fresh dev sets' date errors.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('year-less dates and ranges (session 14)', () => {
  it('date a past verb\'s object noun by that verb, and give a present passive no past', () => {
    // "the site on Monday" is the object of "visited", no event noun: the later "would" is another clause's.
    assert.deepEqual(datesOf('An inspector visited the site on Monday and would report later.', '2026-03-10'), ['Monday=2026-03-09']);
    assert.deepEqual(datesOf('The board had paid half of the arrears on Monday and would pay the rest later.', '2026-07-30'), ['Monday=2026-07-27']);
    // An event noun after a preposition keeps its own tense ("an issue for the election on Aug. 13").
    assert.deepEqual(datesOf('He called the spill an issue for the election on Aug. 13.', '2026-07-01'), ['Aug. 13=2026-08-13']);
    // "is completed by": a passive in the present speaks of what is to come; a year in a relative clause with a number's comma dates that clause alone.
    assert.deepEqual(
      datesOf('The board suspended the supplier, which has serviced its 1,800 terminals since 2017, until an audit is completed by Oct. 30.', '2026-09-22'),
      ['2017=2017', 'Oct. 30=2026-10-30'],
    );
  });

  it('skip a closed quotation\'s cues, a letter\'s recipient and a present passive with an adverb', () => {
    assert.deepEqual(datesOf('Fans hung a banner reading "The club is not for sale" on the bridge on Sunday.', '2026-03-12'), ['Sunday=2026-03-08']);
    assert.deepEqual(datesOf('The firm said it would appeal, and that she had written to the regulator on Monday without a reply.', '2026-02-05'), ['Monday=2026-02-02']);
    assert.deepEqual(datesOf('Offices are also closed on Monday for the holiday.', '2026-05-21'), ['Monday=2026-05-25']);
  });

  it('date the act a present passive charges in -ing as past, and an event noun after "of"', () => {
    // "are accused of poaching": the charge reports a past act, which the date dates.
    assert.deepEqual(datesOf('Four rangers are accused of poaching rhinos in the reserve on Tuesday, officials said.', '2026-03-12'), ['Tuesday=2026-03-10']);
    assert.deepEqual(datesOf('Two clerks are charged with forging land titles at the registry on Saturday.', '2026-03-12'), ['Saturday=2026-03-07']);
    // The passive that is itself the dated event keeps its present.
    assert.deepEqual(datesOf('The bridge is reopened to traffic on Saturday.', '2026-03-12'), ['Saturday=2026-03-14']);
    // "a boycott of the vote on Sunday": the event noun after "of" keeps its own time, not the past of "called for".
    assert.deepEqual(datesOf('Farmers called for a boycott of the auction on Sunday, saying prices would stay low.', '2026-03-12'), ['Sunday=2026-03-15']);
  });

  it('join two months or two days a range writes into one interval', () => {
    assert.deepEqual(datesOf('The refinery was not paid for shipments made between October and March, the court heard.', '2026-05-25'), ['October and March=2025-10/2026-03']);
    assert.deepEqual(datesOf('Police stopped 214 cars between May 10 and May 20.', '2026-05-25'), ['May 10 and May 20=2026-05-10/2026-05-20']);
    assert.deepEqual(datesOf('The harvest usually runs from late August to early October.', '2026-09-01'), ['late August to early October=2026-08/2026-10']);
    assert.deepEqual(datesOf('Buyers expect higher prices in the October-December quarter.', '2026-07-01'), ['October-December=2026-10/2026-12']);
    // Not a list of two days, nor weekdays (their own ranges), nor months coordinated without "between".
    assert.deepEqual(datesOf('Sales rose in March and fell in July.', '2026-09-01'), ['March=2026-03', 'July=2026-07']);
  });

  it('date holidays the tables write in lowercase, move a day, or spell another way', () => {
    // Finnish writes its holidays in lowercase ("vappu"); English copy capitalises them.
    assert.deepEqual(datesOf('HELSINKI, April 27 (Reuters) - The chain will shut its store in Tampere after Vappu, it said.', '2026-04-27'), ['April 27=2026-04-27', 'Vappu=2026-05-01']);
    // Serbia's Statehood Day: two rules, the second moved past the first when it falls on a Sunday.
    assert.deepEqual(datesOf('BELGRADE, March 12 (AFP) - The squad gathered a week after Statehood Day, the federation said.', '2026-03-12'), ['March 12=2026-03-12', 'Statehood Day=2026-02-15']);
    // Trinidad's spelling of Diwali.
    assert.deepEqual(datesOf('PORT OF SPAIN, Sept 22 (Reuters) - The board expects sales to peak before Divali, it said.', '2026-09-22'), ['Sept 22=2026-09-22', 'Divali=2026-11-08']);
  });
});
