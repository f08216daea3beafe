// Date values on unseen copy (session 19): the tense a year-less date or a weekday takes from its clause.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('a cue after a date in another clause is not its tense', () => {
  it('a coordinate clause with a subject of its own', () => {
    // 2027-05-19 is a Wednesday.
    assert.deepEqual(datesOf('The orchestra toured Chile on Feb. 9, and its players will record in November.', '2027-05-19'), ['Feb. 9=2027-02-09', 'November=2027-11']);
    assert.deepEqual(datesOf('The brewery shut a kiln in March, but its brewers will test barley in September.', '2027-05-19'), ['March=2027-03', 'September=2027-09']);
  });
  it('the main clause a relative clause closes into', () => {
    assert.deepEqual(datesOf('The weather office, which revised its forecast in April, is due to report on rainfall in August.', '2027-05-19'), ['April=2027-04', 'August=2027-08']);
  });
  it('not a cue in the same clause, nor a relative clause with no comma after it', () => {
    // "will" still reads ahead when the date has no cue before it in its own clause.
    assert.deepEqual(datesOf('In March the guild will elect a chair.', '2027-05-19'), ['March=2028-03']);
    assert.deepEqual(datesOf('On Saturday, the guild will elect a chair.', '2027-05-19'), ['Saturday=2027-05-22']);
    assert.deepEqual(datesOf('Rents fell in April and will fall again in October, the agency said.', '2027-05-19'), ['April=2027-04', 'October=2027-10']);
  });
});

describe('what was due at the time of a past action', () => {
  it('a day due after a verb acting on what fell due, or "before it was due", is the nearest such day', () => {
    // 2027-01-15 is a Friday.
    assert.deepEqual(datesOf('The ferry operator skipped an interest payment due on Thursday, its lenders said.', '2027-01-15'), ['Thursday=2027-01-14']);
    // 2027-02-08 is a Monday.
    assert.deepEqual(datesOf('The gala was abandoned minutes before it was due to open at the town hall on Saturday.', '2027-02-08'), ['Saturday=2027-02-06']);
  });
  it('a day due after a verb that postpones, calls off or suspends it is still ahead', () => {
    // 2026-03-13 is a Friday; 2026-03-12 a Thursday.
    assert.deepEqual(datesOf('The government postponed a vote due on Tuesday, the speaker said.', '2026-03-13'), ['Tuesday=2026-03-17']);
    assert.deepEqual(datesOf('The union called off a strike due on Monday after the ministry raised pay.', '2026-03-12'), ['Monday=2026-03-16']);
    assert.deepEqual(datesOf('The league suspended a match due on Thursday, the referee said.', '2027-01-15'), ['Thursday=2027-01-21']);
    assert.deepEqual(datesOf('The council deferred a hearing due on Thursday, the clerk said.', '2027-01-15'), ['Thursday=2027-01-21']);
  });
  it('not after a verb of saying alone, nor in a clause of its own', () => {
    assert.deepEqual(datesOf('The mayor said the tender was expected on Wednesday.', '2027-08-27'), ['Wednesday=2027-09-01']);
    assert.deepEqual(datesOf('The lighthouse, which was struck by lightning in a gale, was scheduled to relight on Tuesday.', '2027-08-27'), ['Tuesday=2027-08-31']);
    assert.deepEqual(datesOf('Engineers said the bridge was due to carry traffic again on Wednesday.', '2027-08-27'), ['Wednesday=2027-09-01']);
  });
});

describe('weekdays coordinated in a list share the first one’s tense', () => {
  it('a past list whose last weekday sits before a future verb', () => {
    // 2027-10-05 is a Tuesday.
    assert.deepEqual(datesOf('Volunteers who cleaned the beach on Saturday, Sunday or Monday will get a badge.', '2027-10-05'), [
      'Saturday=2027-10-02',
      'Sunday=2027-10-03',
      'Monday=2027-10-04',
    ]);
    assert.deepEqual(datesOf('Farmers who sold grain on Friday and Saturday will be paid on Thursday.', '2027-10-05'), [
      'Friday=2027-10-01',
      'Saturday=2027-10-02',
      'Thursday=2027-10-07',
    ]);
  });
  it('a day moved to is ahead, for every weekday of the list', () => {
    assert.deepEqual(datesOf('The club said it had moved its matches to Thursday and Friday.', '2027-10-05'), ['Thursday=2027-10-07', 'Friday=2027-10-08']);
  });
  it('not a weekday of another clause', () => {
    assert.deepEqual(datesOf('The quarry flooded on Sunday, and the crew will pump it on Wednesday.', '2027-10-05'), ['Sunday=2027-10-03', 'Wednesday=2027-10-06']);
    assert.deepEqual(datesOf('Bidding stalled on Sunday and will reopen on Wednesday.', '2027-10-05'), ['Sunday=2027-10-03', 'Wednesday=2027-10-06']);
  });
  it('not a weekday after a comma alone, nor one with a possessive', () => {
    // 2026-03-10 is a Tuesday.
    assert.deepEqual(datesOf('The union said on Monday, Wednesday\'s strike would go ahead.', '2026-03-10'), ['Monday=2026-03-09', 'Wednesday=2026-03-11']);
    assert.deepEqual(datesOf('The dean said on Thursday, Saturday\'s exam would be moved.', '2027-10-05'), ['Thursday=2027-09-30', 'Saturday=2027-10-09']);
    assert.deepEqual(datesOf('Divers searched the lake on Sunday, Monday would bring more boats, police said.', '2027-10-05'), ['Sunday=2027-10-03', 'Monday=2027-10-11']);
  });
});

describe('a holiday no table dates takes the day written beside it', () => {
  it('a day, then a country’s or the holiday in apposition', () => {
    // 2027-10-05 is a Tuesday.
    assert.deepEqual(datesOf('The archive reopens on Nov. 18, Ruritania\'s Charter Day.', '2027-10-05'), ['Nov. 18=2027-11-18', 'Charter Day=2027-11-18']);
    assert.deepEqual(datesOf('Choirs will sing on Saturday, the Day of Bells and Lamps, when markets close.', '2027-10-05'), ['Saturday=2027-10-09', 'Day of Bells and Lamps=2027-10-09']);
  });
  it('a name, then the day with a holiday’s noun after it', () => {
    assert.deepEqual(datesOf('Loggers hope to finish before Oak Kings, the Dec. 2 forest holiday.', '2027-10-05'), ['Oak Kings=2027-12-02', 'Dec. 2=2027-12-02']);
  });
  it('a day’s name after a preposition of time, or a name with a holiday’s noun, then "on" a weekday', () => {
    assert.deepEqual(datesOf('Vintners plan to bottle before Grape Crown Day on Thursday.', '2027-10-05'), ['Grape Crown Day=2027-10-07', 'Thursday=2027-10-07']);
    assert.deepEqual(datesOf('Shops closed during the Yam Harvest holiday on Friday.', '2027-10-05'), ['Yam Harvest=2027-10-01', 'Friday=2027-10-01']);
  });
  it('not a tour operator’s holidays, nor a person named Day beside a weekday', () => {
    // 2026-03-10 is a Tuesday.
    assert.deepEqual(datesOf('Customers who booked TUI holidays on Monday were told to wait, the firm said.', '2026-03-10'), ['Monday=2026-03-09']);
    assert.deepEqual(datesOf('The ministry said on Monday, Kasonde Day, the union leader, would attend.', '2026-03-10'), ['Monday=2026-03-09']);
    assert.deepEqual(datesOf('The council said on Friday, Mara Day would chair the inquiry.', '2027-10-05'), ['Friday=2027-10-01']);
    assert.deepEqual(datesOf('Families who booked Sunwing holidays on Friday will get refunds.', '2027-10-05').filter((x) => !x.startsWith('Friday')), []);
  });
  it('not a body or a person beside a day, nor a table’s holiday beside a weekday', () => {
    assert.deepEqual(datesOf('Borvik Mills said on Tuesday, the firm’s pay day, that wages would rise.', '2027-10-05'), ['Tuesday=2027-10-05']);
    assert.deepEqual(datesOf('The envoy met Ivo Brandt on Tuesday, the foreign office said.', '2027-10-05'), ['Tuesday=2027-10-05']);
    assert.deepEqual(datesOf('Lakeside Credit said on Tuesday, a local paper reported.', '2027-10-05'), ['Tuesday=2027-10-05']);
    assert.deepEqual(datesOf('Tomas Ek, the June 9 champion, said he would defend his title.', '2027-10-05'), ['June 9=2027-06-09']);
    // The table's Fourth of July stays its day; the weekday beside it is the sentence's.
    assert.deepEqual(datesOf('WASHINGTON (Wire) - Fireworks are planned for Independence Day on Sunday.', '2027-06-10').slice(0, 1), ['Independence Day=2027-07-04']);
  });
});
