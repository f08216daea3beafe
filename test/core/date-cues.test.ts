// The tense and anchors that decide a year-less date's value on unseen copy (issue 15):
// cue words, clauses, conditions, appointed days, the year a sentence names.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('tense cues of a year-less date', () => {
  it('"expects" speaks of what is to come, though "the last one" follows', () => {
    assert.deepEqual(datesOf('The agency expects the season ending in September to be wetter than the last one.', '2026-01-29'), ['September=2026-09']);
  });
  it('"hopes to" speaks of what is to come', () => {
    assert.deepEqual(datesOf('The mayor hopes to award the tender in January, aides said.', '2026-10-27'), ['January=2027-01']);
  });
  it('a clause opened by "that" takes the future of the clause it hangs on when it has no cue; a verb of saying gives no past', () => {
    assert.deepEqual(datesOf('An analyst said on Thursday that markets now price a cut at the April 15 meeting.', '2026-01-29'), ['Thursday=2026-01-29', 'April 15=2026-04-15']);
    assert.deepEqual(datesOf('Under the new code, importers must register every supplier that ships to them from Nov. 30.', '2026-01-29'), ['Nov. 30=2026-11-30']);
  });
  it('a comma inside a list of names opens no clause', () => {
    assert.deepEqual(datesOf('The utility will cut power in Leeds, York and Hull from Monday, its chief told reporters.', '2026-03-05'), ['Monday=2026-03-09']);
  });
  it('a prediction after "had" was made in the past', () => {
    assert.deepEqual(datesOf('The brokerage had forecast in March that the sale would slip.', '2026-08-11'), ['March=2026-03']);
  });
  it('a scheduling verb in the present speaks of what is to come', () => {
    assert.deepEqual(datesOf('The strike enters its third day on Friday.', '2026-08-19'), ['Friday=2026-08-21']);
    assert.deepEqual(datesOf('The treasurer presents the budget on Tuesday.', '2026-08-19'), ['Tuesday=2026-08-25']);
  });
  it('a condition takes the tense of the clause it conditions', () => {
    assert.deepEqual(datesOf('The union said it would walk out if no offer was made by Friday.', '2026-10-08'), ['Friday=2026-10-09']);
  });
  it('a weekday appointed for something lies ahead; an appointed calendar day keeps its nearest year', () => {
    assert.deepEqual(datesOf('The judge granted the motion and set closing arguments for Thursday.', '2026-10-27'), ['Thursday=2026-10-29']);
    assert.deepEqual(datesOf('The vote was first set for June 16 but was postponed.', '2026-09-17'), ['June 16=2026-06-16']);
  });
  it('a month something is for is no past event; a month beside it continues its year', () => {
    assert.deepEqual(datesOf('The mill said it had bought too little cotton to fill orders for February.', '2026-01-29'), ['February=2026-02']);
    assert.deepEqual(datesOf('Wages for October were paid late, the workers said.', '2026-02-14'), ['October=2025-10']);
    assert.deepEqual(datesOf('The mill said it had too little cotton to fill orders for February and March.', '2026-01-29'), ['February=2026-02', 'March=2026-03']);
  });
});

describe('years and anchors', () => {
  it('the month a period of accounts ends in is a month, "to May" alone none', () => {
    assert.deepEqual(datesOf('The brewer said its profit for the year to March rose 8%.', '2026-08-19'), ['March=2026-03']);
    assert.deepEqual(datesOf('The letter was sent to May and her aides.', '2026-08-19'), []);
  });
  it('a month or day followed by "last year", "this year" or "next year" is in that year', () => {
    assert.deepEqual(datesOf('Prices peaked in October last year and on 12 March this year.', '2026-11-10'), ['October=2025-10', 'last year=2025', '12 March=2026-03-12', 'this year=2026']);
    assert.deepEqual(datesOf('The plant will reopen in May next year.', '2026-11-10'), ['May=2027-05', 'next year=2027']);
  });
  it('a year after "for" that no noun follows is a date', () => {
    assert.deepEqual(datesOf('Sales for 2025 as a whole rose 4%, and rations for 2000 troops were sent.', '2026-01-29'), ['2025=2025']);
  });
  it('a year-less day the tense sends far back takes the year its clause names', () => {
    assert.deepEqual(datesOf("The mill's last fire, in 2018, burned for two days and was put out on Nov. 26.", '2026-10-08'), ['2018=2018', 'Nov. 26=2018-11-26']);
  });
  it('but not a day near the publication date, a reported day, or one in another clause', () => {
    assert.deepEqual(datesOf('Acme, founded in 1998, said on Jan. 20 that it would grow.', '2026-02-01'), ['1998=1998', 'Jan. 20=2026-01-20']);
    assert.deepEqual(datesOf('Acme, founded in 1998, said on March 3 that it would grow.', '2026-10-08'), ['1998=1998', 'March 3=2026-03-03']);
    assert.deepEqual(datesOf('Prices were flat in 2025, and that output peaked on Nov. 9.', '2026-10-08'), ['2025=2025', 'Nov. 9=2025-11-09']);
  });
  it('"the day after" a clause or a noun dates an event, no day counted from the last', () => {
    assert.deepEqual(datesOf('The plant closed on Jan. 20, the day after the regulator ruled.', '2026-01-26'), ['Jan. 20=2026-01-20']);
    assert.deepEqual(datesOf('The plant closed on Jan. 20, the day after Parliament voted.', '2026-01-26'), ['Jan. 20=2026-01-20']);
    assert.deepEqual(datesOf('The plant closed on Jan. 20 and reopened the day after.', '2026-01-26'), ['Jan. 20=2026-01-20', 'the day after=2026-01-21']);
  });
  it('a weekday in apposition to a day is that day', () => {
    assert.deepEqual(datesOf('Output peaked on Aug. 9, a windy Sunday with low demand, the operator said.', '2026-09-16'), ['Aug. 9=2026-08-09', 'Sunday=2026-08-09']);
  });
  it('"plan" is a noun unless "to", an object or a pronoun makes it a verb', () => {
    assert.deepEqual(datesOf('The council adopted the housing plan on Tuesday, a spokesman said.', '2026-03-05'), ['Tuesday=2026-03-03']);
    assert.deepEqual(datesOf('The regulator approved the rescue plan in January.', '2026-04-16'), ['January=2026-01']);
    assert.deepEqual(datesOf('Dockers plan a walkout on Friday.', '2026-03-03'), ['Friday=2026-03-06']);
  });
  it('a clause with no cue takes a coming tense from the sentence before it', () => {
    assert.deepEqual(datesOf('The league is set to resume on June 12, after the two public holidays on Monday and Tuesday.', '2026-06-04'), ['June 12=2026-06-12', 'Monday=2026-06-08', 'Tuesday=2026-06-09']);
    assert.deepEqual(datesOf('The fair opens tomorrow with a parade, and continues with concerts on Saturday.', '2026-08-06'), ['tomorrow=2026-08-07', 'Saturday=2026-08-08']);
  });
});

describe('year-less dates anchored by their sentence (issue 15)', () => {
  it('a date of an event noun is not sent back a year by the verb of the report', () => {
    assert.deepEqual(datesOf('Critics branded the levy a test for the referendum on Sept. 20.', '2026-08-04'), ['Sept. 20=2026-09-20']);
    // The object of a verb of telling is no event: the report is past.
    assert.deepEqual(datesOf('The witness told the panel on Sept. 20 that she had been threatened.', '2026-08-04'), ['Sept. 20=2025-09-20']);
  });
  it('the event noun does not borrow the tense of a quotation before it', () => {
    assert.deepEqual(datesOf('"We will recover," the captain said after the defeat on Sunday.', '2026-05-12'), ['Sunday=2026-05-10']);
    assert.deepEqual(datesOf('Fans sang "we will rise again", with flags from Sunday.', '2026-05-12'), ['Sunday=2026-05-10']);
  });
  it('"that" before a month takes the year the sentence named', () => {
    assert.deepEqual(datesOf('The mine flooded in March 2023 and did not reopen until that October.', '2026-09-14'), ['March 2023=2023-03', 'October=2023-10']);
  });
  it('"the past 40 years" is a duration, also after a range chrono reads', () => {
    assert.deepEqual(datesOf('Sales from June to August were the weakest of the past 40 years, the group said.', '2026-09-14'), ['June to August=2026-06/2026-08']);
  });
  it('"in two weeks" after a count is a day when the sentence speaks of what is to come', () => {
    assert.deepEqual(datesOf('The navy will take delivery of a first batch of 12 drones in two weeks.', '2026-03-02'), ['in two weeks=2026-03-16']);
    assert.deepEqual(datesOf('The striker scored nine goals in two weeks.', '2026-03-02'), []);
  });
});

describe('cues and weekdays that are no day (issue 15)', () => {
  it('a comma inside a list of common nouns opens no clause', () => {
    assert.deepEqual(datesOf('The minister will meet growers, millers and the union at the port on Tuesday, the day before the strike, her office said.', '2026-11-06'), ['Tuesday=2026-11-10']);
  });
  it('"every Saturday" and "her Sunday column" name no day', () => {
    assert.deepEqual(datesOf('Readers get the digest every Saturday, and her Sunday column runs on page two.', '2026-11-06'), []);
  });
  it('"hoped to" speaks of what is to come', () => {
    assert.deepEqual(datesOf('The city hoped to reopen the bridge in October.', '2026-09-01'), ['October=2026-10']);
  });
});

describe('a plural subject scheduled in the present (issue 15)', () => {
  it('"talks resume on Monday" lies ahead', () => {
    assert.deepEqual(datesOf('Negotiators said talks resume on Monday.', '2026-03-15'), ['Monday=2026-03-16']);
    assert.deepEqual(datesOf('Schools in the province reopen on Thursday, officials said.', '2026-03-16'), ['Thursday=2026-03-19']);
  });
});

describe('anchors and tense of session 9 (issue 15, unseen copy)', () => {
  it('"the same day" is the day named last, not "the same day as" another', () => {
    assert.deepEqual(datesOf('The port closed on March 3. A ferry sank the same day.', '2026-03-10'), ['March 3=2026-03-03', 'the same day=2026-03-03']);
    assert.deepEqual(datesOf('Trading halted on Sept. 9, and the regulator opened a review that same day.', '2026-09-15'), ['Sept. 9=2026-09-09', 'that same day=2026-09-09']);
    assert.deepEqual(datesOf('The vote fell on the same day as the final.', '2026-09-15'), []);
    assert.deepEqual(datesOf('A broker lifted its estimate on Monday, above its figure of Sept. 2. A rival did so the same day.', '2026-09-15'), [
      'Monday=2026-09-14',
      'Sept. 2=2026-09-02',
      'the same day=2026-09-14',
    ]);
  });
  it('"until" after a past verb keeps the past; held over ("adjourned until") it lies ahead', () => {
    assert.deepEqual(datesOf('Villagers camped on the roof of the mosque until Sunday evening.', '2026-07-14'), ['Sunday evening=2026-07-12']);
    assert.deepEqual(datesOf('The judge adjourned the hearing until Monday.', '2026-07-14'), ['Monday=2026-07-20']);
    assert.deepEqual(datesOf('The airline suspended its flights until Friday.', '2026-07-14'), ['Friday=2026-07-17']);
    assert.deepEqual(datesOf('Clinics will stay closed until Friday, the ministry said.', '2026-07-14'), ['Friday=2026-07-17']);
    assert.deepEqual(datesOf('The regulator said the ban would last at least until Oct. 2.', '2026-07-14'), ['Oct. 2=2026-10-02']);
    assert.deepEqual(datesOf('Lenders had been asked to roll over the loans until February.', '2026-07-14'), ['February=2027-02']);
    assert.deepEqual(datesOf('The coastal road was closed until Friday after the landslide.', '2026-07-14'), ['Friday=2026-07-17']);
    assert.deepEqual(datesOf('Both schools were shut until Monday, the council said.', '2026-07-14'), ['Monday=2026-07-20']);
  });
  it('a scheduled report in the present lies ahead; a plural noun "reports" is no cue', () => {
    assert.deepEqual(datesOf('The brewer reports its half-year figures on Thursday.', '2026-07-14'), ['Thursday=2026-07-16']);
    assert.deepEqual(datesOf('Local media reports on Thursday put the toll at nine.', '2026-07-14'), ['Thursday=2026-07-09']);
  });
  it('what a past request or plan is for lies ahead of it', () => {
    assert.deepEqual(datesOf('The senate panel has asked the two ministers to testify in April.', '2026-02-20'), ['April=2026-04']);
    assert.deepEqual(datesOf('The mill had planned to reopen before Easter.', '2026-02-20'), ['Easter=2026-04-05']);
    assert.deepEqual(datesOf('The brokerage had forecast in March that the sale would slip.', '2026-08-11'), ['March=2026-03']);
  });
  it('a participle after a noun, with its agent, gives no past', () => {
    assert.deepEqual(datesOf('The airline said it would lease 12 jets built by Embraer by November and open two routes.', '2026-03-04'), ['November=2026-11']);
    assert.deepEqual(datesOf('The mill was bought by Acme in November.', '2026-03-04'), ['November=2025-11']);
  });
  it('a month after "since at least" is a date', () => {
    assert.deepEqual(datesOf('Guards had taken bribes since at least March, the inquiry found.', '2026-09-01'), ['March=2026-03']);
  });
});

describe('a past order or permission keeps its day in the past', () => {
  it('"ordered X to pay on Monday" and "allowed them to return on Tuesday" tell when it happened', () => {
    assert.deepEqual(datesOf('A tribunal ordered the builder to pay damages to the tenants on Monday.', '2026-07-16'), ['Monday=2026-07-13']);
    assert.deepEqual(datesOf('Police allowed families to go back to their homes on Tuesday.', '2026-07-16'), ['Tuesday=2026-07-14']);
  });
});

describe('the reported clause after a verb of saying', () => {
  it('a pronoun after the date opens the reported clause: its "would" does not date the telling', () => {
    assert.deepEqual(datesOf('The minister told lawmakers on Monday she would sign the decree.', '2026-06-05'), ['Monday=2026-06-01']);
    assert.deepEqual(datesOf('The carrier informed pilots on Tuesday they will be paid in full.', '2026-06-05'), ['Tuesday=2026-06-02']);
  });
});

describe('words that are no past', () => {
  it('a participle after its noun ("passengers booked on") gives no tense to the date before it', () => {
    assert.deepEqual(datesOf('The airline said on Tuesday it would add flights from Wednesday for passengers booked on the grounded carrier.', '2026-09-08'), ['Tuesday=2026-09-08', 'Wednesday=2026-09-09']);
  });
  it('words in -ed that are no verb ("high-speed", "hundred") and names in -ed are no past', () => {
    assert.deepEqual(datesOf('The operator will run 40 high-speed trains on Wednesday.', '2026-03-31'), ['Wednesday=2026-04-01']);
    assert.deepEqual(datesOf('Police will question Mohammed on Thursday.', '2026-03-31'), ['Thursday=2026-04-02']);
  });
});

describe('"agreed" is a past', () => {
  it('keeps the day of an agreement in the past before a coming clause', () => {
    assert.deepEqual(datesOf('The unions agreed on Friday that they will return to work.', '2026-03-12'), ['Friday=2026-03-06']);
    assert.deepEqual(datesOf('Exporters agreed in May to cut prices.', '2026-03-12'), ['May=2025-05']);
  });
});

describe('a date right before "that" dates the report, not what it reports', () => {
  it('a verb of telling before an apposition, a forecast made that day', () => {
    assert.deepEqual(datesOf('The mayor told the assembly, the Sobranie, on Tuesday that the bridge would reopen.', '2026-05-14'), ['Tuesday=2026-05-12']);
    assert.deepEqual(datesOf('The weather office forecast Monday that the lake would keep rising.', '2026-05-14'), ['Monday=2026-05-11']);
  });
  it('a coming report stays coming', () => {
    assert.deepEqual(datesOf('The board will announce on Tuesday that the mill closes.', '2026-05-14'), ['Tuesday=2026-05-19']);
  });
});

describe('what is planned, meant or for a day lies ahead; what a clause opened by "Last year" tells is that year', () => {
  it('a deadline of an infinitive, a day something is for, what was meant to happen', () => {
    assert.deepEqual(datesOf('The club said on Monday it had met the sponsors to raise the money by Friday.', '2026-05-13'), ['Monday=2026-05-11', 'Friday=2026-05-15']);
    assert.deepEqual(datesOf('Agents said seats on the ferry for Monday had sold out.', '2026-05-14'), ['Monday=2026-05-18']);
    assert.deepEqual(datesOf('The new berths were meant to be opened to ships in November.', '2026-09-14'), ['November=2026-11']);
    assert.deepEqual(datesOf('The council voted on Monday to close the old market from March 1.', '2026-01-14'), ['Monday=2026-01-12', 'March 1=2026-03-01']);
  });
  it('"we planned for this" tells what was done', () => {
    assert.deepEqual(datesOf('"We planned for this in April," the harbour master said.', '2026-08-14'), ['April=2026-04']);
  });
  it('"Last year" opening a clause gives its year-less day that year', () => {
    assert.deepEqual(datesOf('Last year the fair opened on June 9, and the police closed the road the day before.', '2026-05-20'), ['Last year=2025', 'June 9=2025-06-09', 'the day before=2025-06-08']);
  });
});

describe('"next <weekday>" is that day of next week', () => {
  it('not the coming day of this week', () => {
    assert.deepEqual(datesOf('The lawyer said the sample would be opened by next Thursday.', '2026-07-29'), ['next Thursday=2026-08-06']);
    assert.deepEqual(datesOf('The union will meet next Monday.', '2026-07-29'), ['next Monday=2026-08-03']);
  });
});

describe('cues of what is to come in the present and in conditions; reports by "according to"', () => {
  it('a change "starting" a day, a plural present that schedules, a present condition, "possible"', () => {
    assert.deepEqual(datesOf('The airline said it added 12 flights to the coast starting Saturday.', '2026-05-11'), ['Saturday=2026-05-16']);
    assert.deepEqual(datesOf('The fair, which began on Saturday, and the races end on Tuesday.', '2026-05-11'), ['Saturday=2026-05-09', 'Tuesday=2026-05-12']);
    assert.deepEqual(datesOf('"If we close on Friday, the only bakery left will be the supermarket," she said.', '2026-05-13'), ['Friday=2026-05-15']);
    assert.deepEqual(datesOf('The weather office said on Monday that storms were possible again on Thursday.', '2026-05-12'), ['Monday=2026-05-11', 'Thursday=2026-05-14']);
  });
  it('"according to" a filing dates a report; "its forecast" is a noun; a present perfect holds "until" ahead', () => {
    assert.deepEqual(datesOf('The buyer will pay 3 dollars a share, according to a filing on Wednesday.', '2026-05-14'), ['Wednesday=2026-05-13']);
    assert.deepEqual(datesOf('The growers association on Tuesday cut its forecast for the harvest.', '2026-05-14'), ['Tuesday=2026-05-12']);
    assert.deepEqual(datesOf('Two lines have added a weekly ship from the port until December.', '2026-10-14'), ['December=2026-12']);
  });
});

describe('no tense from a name or a bare infinitive', () => {
  it('"Open" of a tournament is no verb; a verb after a modal is no past', () => {
    assert.deepEqual(datesOf('She became the first woman to win the Tashkent Open on Sunday.', '2026-11-16'), ['Sunday=2026-11-15']);
    assert.deepEqual(datesOf('The owner said the firm would lay up two trawlers from September.', '2026-08-20'), ['September=2026-09']);
    assert.deepEqual(datesOf('The minister ordered the army on Tuesday to open two more corridors.', '2026-05-22'), ['Tuesday=2026-05-19']);
  });
});

describe('a weekday\'s event, a vote and a year-opened clause keep the past', () => {
  it('"for" a weekday\'s possessive is the event of a past day', () => {
    assert.deepEqual(datesOf("Police arrested two men for Tuesday's attack on the depot.", '2026-12-03'), ['Tuesday=2026-12-01']);
    assert.deepEqual(datesOf("A militia claimed responsibility for Monday’s blast.", '2026-12-03'), ['Monday=2026-11-30']);
  });
  it('a past vote or decision is dated by its plain day', () => {
    assert.deepEqual(datesOf('Shareholders voted to approve the merger on Tuesday.', '2026-12-03'), ['Tuesday=2026-12-01']);
    assert.deepEqual(datesOf('The council decided to suspend the mayor on Monday.', '2026-12-03'), ['Monday=2026-11-30']);
  });
  it('every year-less month of a clause that "Last year" opens', () => {
    assert.deepEqual(datesOf('Last year, sales peaked in May and fell in June.', '2026-12-03'), ['Last year=2025', 'May=2025-05', 'June=2025-06']);
  });
});
