import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

// Reference date 2026-01-26, a Monday, unless a test says otherwise.
const datesOf = (body: string, date?: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('date expressions, resolved against the front-matter date', () => {
  const forms: [string, string[]][] = [
    ['Talks resumed on January 22 in the capital.', ['January 22=2026-01-22']],
    ['Talks resumed on Jan. 22 in the capital.', ['Jan. 22=2026-01-22']],
    ['The deal was signed on 22 January 2026 by both sides.', ['22 January 2026=2026-01-22']],
    ['The statement is dated 26.01.2026 and signed.', ['26.01.2026=2026-01-26']],
    ['The statement is dated 2026-01-26 and signed.', ['2026-01-26=2026-01-26']],
    ['The ministry first spoke on December 26, 2025 about it.', ['December 26, 2025=2025-12-26']],
    ['The budget will be tabled in February, officials said.', ['February=2026-02']],
    ['The plant will be finished by 2027, the company said.', ['2027=2027']],
    ['The minister said on Sunday that talks would go on.', ['Sunday=2026-01-25']],
    ['The minister said late Thursday that talks would go on.', ['late Thursday=2026-01-22']],
    ['The board met yesterday and will meet again tomorrow.', ['yesterday=2026-01-25', 'tomorrow=2026-01-27']],
    ['Talks resume tomorrow in the capital.', ['tomorrow=2026-01-27']],
    ['The mayor spoke this morning in the capital.', ['this morning=2026-01-26']],
    ['Negotiators met over the weekend in the capital.', ['over the weekend=2026-01-24/2026-01-25']],
    ['The union said last week that it would strike.', ['last week=2026-01-19/2026-01-25']],
    ['Talks were held on January 23-24 in the capital.', ['January 23-24=2026-01-23/2026-01-24']],
    ['The plant was shut for three weeks in mid-2025.', ['mid-2025=2025']],
    ['The company opened a plant in September 2025.', ['September 2025=2025-09']],
  ];
  for (const [body, expected] of forms) it(expected.join(', '), () => assert.deepEqual(datesOf(body), expected));

  it('a weekday after a future verb lies ahead', () => {
    assert.deepEqual(datesOf('The two leaders will meet on Friday, an aide said.'), ['Friday=2026-01-30']);
  });

  it('a year-less month of a past event is the last such month, of a coming one the next; with no tense, the nearest', () => {
    assert.deepEqual(datesOf('Prices rose in December, the agency said.'), ['December=2025-12']);
    assert.deepEqual(datesOf('Prices rose in December, the agency said.', '2026-11-20'), ['December=2025-12']);
    assert.deepEqual(datesOf('Prices will rise in December, the agency said.', '2026-11-20'), ['December=2026-12']);
    assert.deepEqual(datesOf('In April, EU leaders gave Britain more time.', '2026-11-20'), ['April=2026-04']);
    assert.deepEqual(datesOf('The new rules in April.', '2026-11-20'), ['April=2027-04']);
  });

  it('durations, vague references and clock times are not dates', () => {
    for (const body of [
      'The two countries have been at odds for 15 years.',
      'The nearly four-year conflict goes on.',
      'The document is now ready, he said.',
      'The mayor recently said the port would reopen.',
      'The meeting starts at 3 p.m. local time.',
      'About 2,000 troops and 1990 vehicles took part.',
    ]) assert.deepEqual(datesOf(body), [], body);
  });

  it('marks relative values and keeps the weekday written beside an explicit date', () => {
    const { dates } = extract('On Sunday, January 25, 2026, the talks ended. On January 22 they began. It was 26.01.2026.');
    const byText = Object.fromEntries(dates.map((d) => [d.text, d]));
    assert.equal(byText['Sunday, January 25, 2026']?.weekday, 0);
    assert.equal(byText['Sunday, January 25, 2026']?.value, '2026-01-25');
    assert.equal(byText['January 22']?.relative, true);
    assert.equal(byText['26.01.2026']?.relative, false);
  });

  it('keeps a weekday that disagrees with its date for the weekday check', () => {
    const [d] = extract('On Sunday, January 26, 2026, the talks ended.').dates;
    assert.equal(d?.value, '2026-01-26');
    assert.equal(d?.weekday, 0);
  });

  it('finds no date inside URLs or code', () => {
    assert.deepEqual(datesOf('See https://example.org/2026-01-22/report and `2026-01-23` for details.'), []);
  });

  it('a bare weekday goes back in a past report and forward in a scheduled one; the publication day is that day', () => {
    // 2026-11-20 is a Friday.
    const on = (body: string) => datesOf(body, '2026-11-20');
    assert.deepEqual(on('Talks will resume Thursday.'), ['Thursday=2026-11-26']);
    assert.deepEqual(on('The strike is expected to run until Thursday.'), ['Thursday=2026-11-26']);
    assert.deepEqual(on('The talks ended on Thursday.'), ['Thursday=2026-11-19']);
    assert.deepEqual(on('The talks ended on Friday.'), ['Friday=2026-11-20']);
    assert.deepEqual(on('The talks will end on Friday.'), ['Friday=2026-11-20']);
    assert.deepEqual(on('Unions said on Tuesday that talks would resume Thursday.'), ['Tuesday=2026-11-17', 'Thursday=2026-11-26']);
    assert.deepEqual(on('The budget will be tabled on Monday, officials said.'), ['Monday=2026-11-23']);
    assert.deepEqual(on('The team met Wednesday morning.'), ['Wednesday morning=2026-11-18']);
    assert.deepEqual(on('They will meet this weekend.'), ['this weekend=2026-11-21/2026-11-22']);
  });

  it('counts "the previous day" and "a day later" from the date named last', () => {
    assert.deepEqual(datesOf('The board met on Jan. 14. It had voted the previous day. Two days later it resigned.'), [
      'Jan. 14=2026-01-14',
      'the previous day=2026-01-13',
      'Two days later=2026-01-15',
    ]);
    assert.deepEqual(datesOf('The board met on Jan. 14.\n\nThe next day it voted.'), ['Jan. 14=2026-01-14', 'The next day=2026-01-15']);
    assert.deepEqual(datesOf('It had voted the day before.'), ['the day before=2026-01-25']);
  });

  it('gives one mention per day of a list that writes the month once', () => {
    assert.deepEqual(datesOf('Hearings were held on 3, 4, 6 and 7 January.'), ['3=2026-01-03', '4=2026-01-04', '6=2026-01-06', '7 January=2026-01-07']);
    assert.deepEqual(datesOf('Talks were held Dec. 8 and 9 in Paris.'), ['Dec. 8=2025-12-08', '9=2025-12-09']);
    assert.deepEqual(datesOf('The vote on January 5 and 6,000 people attended.'), ['January 5=2026-01-05']);
  });

  it('reads holidays, offsets from the publication day, "last night", abbreviations and bare years', () => {
    assert.deepEqual(datesOf('The talks ended on Christmas Eve.'), ['Christmas Eve=2025-12-24']);
    assert.deepEqual(datesOf('The plant will reopen by Easter.'), ['Easter=2026-04-05']);
    // A holiday's name is a whole word: no Easter inside "Eastern".
    assert.deepEqual(datesOf('Crews from the Eastern Cape and Eastern Signal Systems will bid.'), []);
    assert.deepEqual(datesOf("The law took effect on New Year's Day."), ["New Year's Day=2026-01-01"]);
    assert.deepEqual(datesOf('Shops stayed open on Halloween 2025.'), ['Halloween 2025=2025-10-31']);
    assert.deepEqual(datesOf('It happened three days ago.'), ['three days ago=2026-01-23']);
    assert.deepEqual(datesOf('The ministry met last night.'), ['last night=2026-01-25']);
    assert.deepEqual(datesOf('The deal closed on Oct. 31 after talks.'), ['Oct. 31=2025-10-31']);
    assert.deepEqual(datesOf('It opened Sept. 5 in the city.'), ['Sept. 5=2025-09-05']);
    assert.deepEqual(datesOf('He founded the firm in 2012.'), ['2012=2012']);
  });

  it('reads a numeric date month first, day first when the article writes its days first', () => {
    assert.deepEqual(datesOf('The court met on January 22. The plea was admitted on 08/10/2025.'), ['January 22=2026-01-22', '08/10/2025=2025-08-10']);
    assert.deepEqual(datesOf('The court met on 22 January.\n\nThe plea was admitted on 08/10/2025.'), ['22 January=2026-01-22', '08/10/2025=2025-10-08']);
    assert.deepEqual(datesOf('The plea was admitted on 31/12/2025.'), ['31/12/2025=2025-12-31']);
  });

  it('hands the forms the scan lacks to chrono', () => {
    assert.deepEqual(datesOf('The filing is dated 2015/05/25, the court said.'), ['2015/05/25=2015-05-25']);
    assert.deepEqual(datesOf('The contract was signed on 23rd february, 2016 in Oslo.'), ['23rd february, 2016=2016-02-23']);
    assert.deepEqual(datesOf('Prices peaked in June of 2022, the agency said.'), ['June of 2022=2022-06']);
    assert.deepEqual(datesOf('The festival ran 10 August - 12 September 2013 in the city.'), ['10 August - 12 September 2013=2013-08-10/2013-09-12']);
    assert.deepEqual(datesOf('He was born Aug 9, 96 in Lagos.'), ['Aug 9, 96=1996-08-09']);
    assert.deepEqual(datesOf('The board will meet on Friday of next week.'), ['Friday of next week=2026-02-06']);
    assert.deepEqual(datesOf('The side won 3-1 with a 3/4 majority of the vote.'), []);
  });
});


describe('ranges of weekdays', () => {
  // 2026-03-31 is a Tuesday.
  it('are one span of days, placed as one stretch by the tense', () => {
    assert.deepEqual(datesOf('The carrier will add 40 trains from Wednesday to Friday.', '2026-03-31'), ['Wednesday to Friday=2026-04-01/2026-04-03']);
    assert.deepEqual(datesOf('The port will stay shut Monday through Thursday, its operator said.', '2026-03-31'), ['Monday through Thursday=2026-04-06/2026-04-09']);
    assert.deepEqual(datesOf('The museum was closed from Saturday to Monday.', '2026-03-31'), ['Saturday to Monday=2026-03-28/2026-03-30']);
    assert.deepEqual(datesOf('Trains will not run between Friday and Sunday.', '2026-03-31'), ['Friday and Sunday=2026-04-03/2026-04-05']);
  });
  it('are two days when a verb moves one to the other', () => {
    assert.deepEqual(datesOf('The council postponed the vote from Monday to Wednesday.', '2026-03-31'), ['Monday=2026-03-30', 'Wednesday=2026-04-01']);
  });
});

describe('a festival no table knows, dated by a day beside it', () => {
  it('takes the day written after it or before it in apposition', () => {
    assert.deepEqual(datesOf('Banks will shut for the Kumbara holiday on Nov. 3, the central bank said.', '2026-10-20'), ['Kumbara=2026-11-03', 'Nov. 3=2026-11-03']);
    assert.deepEqual(datesOf('Traffic doubles during Lojra, which falls on Friday, police said.', '2026-10-20'), ['Lojra=2026-10-23', 'Friday=2026-10-23']);
    assert.deepEqual(datesOf('Police closed the bridge on Tuesday, the Morava holiday.', '2026-10-22'), ['Tuesday=2026-10-20', 'Morava=2026-10-20']);
  });
  it('leaves a name with no cue of a festival alone', () => {
    assert.deepEqual(datesOf('Acme, on Sept. 27, said profits fell.', '2026-10-20'), ['Sept. 27=2026-09-27']);
  });
});

describe("a holiday's other name, and a festival dated in apposition", () => {
  it('takes the day of the name beside it', () => {
    const found = datesOf("BANGKOK, April 9 (Wire) - Tours were cancelled on Chakri Day (Wan Chakri), the operator said.", '2026-04-09');
    assert.deepEqual(found, ['April 9=2026-04-09', 'Chakri Day=2026-04-06', 'Wan Chakri=2026-04-06']);
  });
  it('a festival after a day, after "on" with a day, or with "the … festival on" a day', () => {
    assert.deepEqual(datesOf('No match is played on Feb. 2, the Fiesta de la Candelaria, when pilgrims walk.', '2026-01-20'), ['Feb. 2=2026-02-02', 'Fiesta de la Candelaria=2026-02-02']);
    assert.deepEqual(datesOf('Growers taste the new wine on Sao Bento, Nov. 11.', '2026-09-20'), ['Sao Bento=2026-11-11', 'Nov. 11=2026-11-11']);
    assert.deepEqual(datesOf('The mayor promised at Kutaoba, the feast of the town on Oct. 14, to pave the road.', '2026-11-20'), ['Kutaoba=2026-10-14', 'Oct. 14=2026-10-14']);
  });
});
