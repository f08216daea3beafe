// Dates that depend on where an article is written from (the dateline's country, else
// the places it names), weekdays that name a club, and the tense cues of issue 15.
// Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe("numeric dates are read in the order of the desk's country", () => {
  it('day first under an Indian dateline, though the text writes its months first', () => {
    assert.deepEqual(datesOf('MUMBAI, March 3 (Wire) - The tribunal said its order of 04/02/2026 stood.', '2026-03-03'), ['March 3=2026-03-03', '04/02/2026=2026-02-04']);
  });
  it('month first under a US dateline, though the text writes its days first', () => {
    assert.deepEqual(datesOf('DENVER (Wire) — The board, which met on 3 March, voted on 04/02/2026.', '2026-04-20'), ['3 March=2026-03-03', '04/02/2026=2026-04-02']);
  });
  it('day first under a dateline that gives the country after the town', () => {
    assert.deepEqual(datesOf('KISUMU, Kenya (Wire) - The county assembly sat on 05/06/2026, the Speaker said.', '2026-06-20'), ['05/06/2026=2026-06-05']);
  });
  it('without a dateline, by the country the article names most', () => {
    const body = 'Traders in Lagos said the strike that began on 07/03/2026 had emptied the markets of Lagos and Abuja across Nigeria.';
    assert.deepEqual(datesOf(body, '2026-03-20'), ['07/03/2026=2026-03-07']);
  });
  it('without a dateline or places, as the article writes its other dates', () => {
    assert.deepEqual(datesOf('The fund closed on 9 March and reopened on 04/02/2026.', '2026-03-20'), ['9 March=2026-03-09', '04/02/2026=2026-02-04']);
    assert.deepEqual(datesOf('The fund closed on March 9 and reopened on 04/02/2026.', '2026-03-20'), ['March 9=2026-03-09', '04/02/2026=2026-04-02']);
  });
});

describe("holidays are the country's", () => {
  it('a Kenyan holiday under a Kenyan dateline, and Labour Day on 1 May there', () => {
    const body = 'NAIROBI, Sept 30 (Wire) - The court will rule before Mashujaa Day, and the union will march again on Labour Day.';
    assert.deepEqual(datesOf(body, '2026-09-30'), ['Sept 30=2026-09-30', 'Mashujaa Day=2026-10-20', 'Labour Day=2027-05-01']);
  });
  it('Labour Day in a US story stays the first Monday of September', () => {
    assert.deepEqual(datesOf('CHICAGO (Wire) — The drivers will strike on Labor Day, the union said.', '2026-08-10'), ['Labor Day=2026-09-07']);
  });
  it('a South African holiday, past in a past report', () => {
    assert.deepEqual(datesOf('DURBAN, May 4 (Wire) - Stations were closed on Freedom Day, the operator said.', '2026-05-04'), ['May 4=2026-05-04', 'Freedom Day=2026-04-27']);
  });
  it("a state's own day when the article names the state", () => {
    const body = 'The Queensland transport minister said the line would reopen by the King\'s Birthday weekend.';
    assert.deepEqual(datesOf(`BRISBANE, July 1 (Wire) - ${body}`, '2026-07-01'), ['July 1=2026-07-01', "King's Birthday=2026-10-05"]);
  });
  it('a holiday every country that keeps it places alike, with no country known', () => {
    assert.deepEqual(datesOf('The ferry will sail again after Mashujaa Day, its owners said.', '2026-09-01'), ['Mashujaa Day=2026-10-20']);
  });
  it("a national day the table gives two days in a row is the first (the second is the day off)", () => {
    assert.deepEqual(datesOf('ALMATY, Nov 16 (Wire) - The prize money will be paid before Independence Day, the federation said.', '2026-11-16'), ['Nov 16=2026-11-16', 'Independence Day=2026-12-16']);
  });
  it('no date for a holiday whose day differs by country when no country is known', () => {
    assert.deepEqual(datesOf('The parade will be held on Independence Day, organisers said.', '2026-03-01'), []);
  });
  it("a holiday by its name in the dateline country's own language, dated and no actor", () => {
    assert.deepEqual(datesOf('ANKARA, March 2 (Wire) - The exchange will close for the Ramazan Bayramı holiday, it said.', '2026-03-02'), ['March 2=2026-03-02', 'Ramazan Bayramı=2026-03-20']);
    assert.deepEqual(datesOf('VALPARAISO, Chile, Sept 10 (Wire) - Dockers will stop work over Fiestas Patrias, the union said.', '2026-09-10'), ['Sept 10=2026-09-10', 'Fiestas Patrias=2026-09-18']);
    const body = 'IZMIR, May 14 (Wire) - Schools will hold races on Commemoration of Atatürk, Youth and Sports Day, the governor said.';
    const found = extract(body, { date: '2026-05-14' });
    assert.deepEqual(found.dates.map((d) => `${d.text}=${d.value}`), ['May 14=2026-05-14', 'Commemoration of Atatürk, Youth and Sports Day=2026-05-19']);
    assert.ok(!found.actors.some((a) => /Atatürk|Commemoration/.test(a.text)), found.actors.map((a) => a.text).join(', '));
  });
  it("a country's holidays named as its own copy writes them, in lowercase too, with no dateline", () => {
    const body = 'Ferries from Tromsø and Bodø to the islands of northern Norway will not sail on Whit Monday (andre pinsedag) or on Ascension Day (Kristi himmelfartsdag), the Norway operator said.';
    const found = extract(body, { date: '2027-04-20' });
    assert.deepEqual(found.dates.map((d) => `${d.text}=${d.value}`), ['Whit Monday=2027-05-17', 'andre pinsedag=2027-05-17', 'Ascension Day=2027-05-06', 'Kristi himmelfartsdag=2027-05-06']);
    assert.ok(!found.actors.some((a) => /Whit|Kristi/.test(a.text)), found.actors.map((a) => a.text).join(', '));
  });
  it("a festival of days in a row is their span, named with or without 'Festival'; a longer name over a shorter holiday", () => {
    const body = 'PHUKET, April 2 (Wire) - Hotels expect full rooms before Songkran, the Songkran Festival and after the Chakri Memorial Day holiday, the association said.';
    const found = extract(body, { date: '2026-04-02' });
    assert.deepEqual(found.dates.map((d) => `${d.text}=${d.value}`), ['April 2=2026-04-02', 'Songkran=2026-04-13/2026-04-15', 'Songkran Festival=2026-04-13/2026-04-15', 'Chakri Memorial Day=2026-04-06']);
    assert.ok(!found.actors.some((a) => /Songkran|Chakri/.test(a.text)), found.actors.map((a) => a.text).join(', '));
  });
  it('a holiday by the short form copy writes: without a filler word or the name of its town', () => {
    assert.deepEqual(datesOf('HAT YAI, Thailand, April 1 (Wire) - Banks will close on Chakri Day, the central bank said.', '2026-04-01'), ['April 1=2026-04-01', 'Chakri Day=2026-04-06']);
    assert.deepEqual(datesOf('DURBAN, Aug 3 (Wire) - Marches are planned for Women\'s Day, organisers said.', '2026-08-03'), ['Aug 3=2026-08-03', "Women's Day=2026-08-09"]);
    assert.deepEqual(datesOf('TIMARU, New Zealand, Nov 2 (Wire) - Offices in Canterbury shut for Show Day, the council said.', '2026-11-02'), ['Nov 2=2026-11-02', 'Show Day=2026-11-13']);
    // A short form is a common phrase elsewhere: with no country known, no date.
    assert.deepEqual(datesOf('Crowds came for Show Day at the county fair, the organisers said.', '2026-11-02'), []);
  });
  it('a holiday in the language of its country, also typed without its accents', () => {
    assert.deepEqual(datesOf('PUEBLA, Mexico, Nov 2 (Wire) - Bakers sold out before the Dia de la Revolucion parade, they said.', '2026-11-02'), ['Nov 2=2026-11-02', 'Dia de la Revolucion=2026-11-16']);
    assert.deepEqual(datesOf('BERGEN, Norway, March 20 (Wire) - The ferries run on andre paskedag, the operator said.', '2026-03-20'), ['March 20=2026-03-20', 'andre paskedag=2026-04-06']);
  });
  it('a holiday on the day it is named for, not the Monday it is moved to', () => {
    assert.deepEqual(datesOf('CORK, Feb 4 (Wire) - The stores were shut on St. Brigid\'s Day, the chain said.', '2026-02-04'), ['Feb 4=2026-02-04', "St. Brigid's Day=2026-02-01"]);
  });
  it('a one-word holiday only after a preposition of time', () => {
    assert.deepEqual(datesOf('Assumption of the debt was approved by the bank.', '2026-03-01'), []);
  });
  it("a widely reported holiday by the name desks write, where the country's table names it otherwise", () => {
    assert.deepEqual(datesOf('KANO, March 26 (Wire) - Tailors were busiest in the week before Eid al-Fitr, they said.', '2026-03-26'), ['March 26=2026-03-26', 'Eid al-Fitr=2026-03-20']);
    assert.deepEqual(datesOf('LEICESTER, England, Oct 30 (Wire) - Shops will stay open late for Diwali, the council said.', '2026-10-30'), ['Oct 30=2026-10-30', 'Diwali=2026-11-08']);
    assert.deepEqual(datesOf('The bank will shut for Hanukkah, its owners said.', '2026-11-20'), ['Hanukkah=2026-12-05']);
  });
  it("a lunar holiday by the calendar of the dateline's country", () => {
    const body = (city: string): string => `${city}, Jan 20 (Wire) - Exporters will ship more before the Lunar New Year, the ministry said.`;
    assert.deepEqual(datesOf(body('BUSAN'), '2027-01-20'), ['Jan 20=2027-01-20', 'Lunar New Year=2027-02-07']);
    assert.deepEqual(datesOf(body('SHENZHEN'), '2027-01-20'), ['Jan 20=2027-01-20', 'Lunar New Year=2027-02-06']);
    assert.deepEqual(datesOf('DA NANG, Sept 1 (Wire) - Bakers will sell more mooncakes before Chuseok and after Tet, traders said.', '2026-09-01'), [
      'Sept 1=2026-09-01',
      'Chuseok=2026-09-25',
      'Tet=2027-02-06',
    ]);
  });
  it('a holiday less than a month ahead in a past-tense report is the coming one, as a year-less day is', () => {
    assert.deepEqual(datesOf('DA NANG, Jan 29 (Wire) - Growers held back their beans before the Lunar New Year, traders said.', '2026-01-29'), ['Jan 29=2026-01-29', 'Lunar New Year=2026-02-17']);
    assert.deepEqual(datesOf('Sales of turkeys rose before Christmas, the grocer said.', '2026-06-10'), ['Christmas=2025-12-25']);
  });
});

describe('a weekday that names a club', () => {
  it('is no date inside the name nor where the weekday stands for the club', () => {
    const body = "Sheffield Wednesday beat Hull on Saturday. Wednesday travel to Leeds on Wednesday, and Wednesday's fans will follow.";
    assert.deepEqual(datesOf(body, '2026-02-14'), ['Saturday=2026-02-14', 'Wednesday=2026-02-18']);
  });
  it('stays a date after a city that is where something happened', () => {
    assert.deepEqual(datesOf('The mayor spoke in Houston Wednesday about the budget.', '2026-02-14'), ['Wednesday=2026-02-11']);
  });
});

describe('tense cues', () => {
  it('a deadline set by a wish is to come; a deadline reported as met is past', () => {
    assert.deepEqual(datesOf("The mayor said she wanted the budget passed by Valentine's Day.", '2026-11-20'), ["Valentine's Day=2027-02-14"]);
    assert.deepEqual(datesOf("The budget was passed by Valentine's Day.", '2026-11-20'), ["Valentine's Day=2026-02-14"]);
  });
  it('"plan" after a determiner or a possessive is a noun, no cue of the future', () => {
    assert.deepEqual(datesOf("A judge approved the lender's plan on March 26 to repay creditors.", '2026-05-07'), ['March 26=2026-03-26']);
    assert.deepEqual(datesOf('Fans plan a march before the game on Friday, the club said.', '2026-05-06'), ['Friday=2026-05-08']);
  });
  it('a year-less range of months in a past report is the last one', () => {
    assert.deepEqual(datesOf('The agency rewrote its flight software from May to December, engineers said.', '2026-01-02'), ['May to December=2025-05/2025-12']);
  });
  it('an office taken on a holiday is a coming one', () => {
    assert.deepEqual(datesOf("The winner takes office on New Year's Day under rules approved in 2021.", '2026-10-05'), ["New Year's Day=2027-01-01", '2021=2021']);
  });
  it('"Next Week" in a Title Case headline is the ISO week', () => {
    assert.deepEqual(datesOf('# Probe Landing Set for Next Week\n\nThe probe is in orbit.', '2026-01-02'), ['Next Week=2026-01-05/2026-01-11']);
  });
  it('a warning speaks of what is to come; a day that "falls" on a weekday is a coming one', () => {
    assert.deepEqual(datesOf('The port operator warned of long queues on Friday.', '2026-09-16'), ['Friday=2026-09-18']);
    assert.deepEqual(datesOf('Schools close for the festival, which falls on Monday.', '2026-09-16'), ['Monday=2026-09-21']);
  });
  it('"three games in four days" is a rate, no date; "in four days" alone is one', () => {
    assert.deepEqual(datesOf('The side played three games in four days.', '2026-07-20'), []);
    assert.deepEqual(datesOf('The board will meet in four days, its chair said.', '2026-07-20'), ['in four days=2026-07-24']);
  });
  it('a relative day in a quotation counts from the day the words were spoken', () => {
    const body = '"We shut two turbines yesterday and lost the whole afternoon," the plant manager said in an interview on Monday.';
    assert.deepEqual(datesOf(body, '2026-09-16'), ['yesterday=2026-09-13', 'Monday=2026-09-14']);
  });
});

describe('lists, ranges and numeric forms', () => {
  it('a list of days is no two-digit year', () => {
    assert.deepEqual(datesOf('The committee met on July 22, 23 and 24.', '2026-07-27'), ['July 22=2026-07-22', '23=2026-07-23', '24=2026-07-24']);
  });
  it('a range between two months with their years is one expression', () => {
    assert.deepEqual(datesOf('Rates rose from November 2022 to July 2023, the bank said.', '2026-07-27'), ['November 2022 to July 2023=2022-11/2023-07']);
  });
  it('a range of numeric days is one expression, read in one order', () => {
    assert.deepEqual(datesOf('NAIROBI, Sept 25 (Wire) - The fair ran from 05/06/2026 to 09/06/2026.', '2026-09-25'), ['Sept 25=2026-09-25', '05/06/2026 to 09/06/2026=2026-06-05/2026-06-09']);
    assert.deepEqual(datesOf('HOUSTON (Wire) — The fair ran 05/06/2026 - 05/09/2026.', '2026-09-25'), ['05/06/2026 - 05/09/2026=2026-05-06/2026-05-09']);
  });
  it('a numeric date with dashes is day first under a Chilean dateline', () => {
    assert.deepEqual(datesOf('VALPARAISO, Sept 16 (Wire) - A permit dated 03-08-2026 approved the route.', '2026-09-16'), ['Sept 16=2026-09-16', '03-08-2026=2026-08-03']);
  });
  it("a holiday written with or without its apostrophe (Founders' Day, Founders Day)", () => {
    assert.deepEqual(datesOf("ACCRA, July 27 (Wire) - Banks will close on Founders' Day.", '2026-07-27'), ['July 27=2026-07-27', "Founders' Day=2026-08-04"]);
  });
});

describe('a day counted from the last day named, in a past clause', () => {
  it('"the same day" after a past verb is not the coming day named before it', () => {
    const body = 'The port workers walked out on Saturday. The union said on Sunday that talks would resume on Thursday. The harbour master told local radio the same day that ships were waiting.';
    assert.deepEqual(datesOf(body, '2026-06-22'), ['Saturday=2026-06-20', 'Sunday=2026-06-21', 'Thursday=2026-06-25', 'the same day=2026-06-21']);
  });
  it('"the next day" in a coming clause still counts from the coming day', () => {
    const body = 'The union said on Sunday that talks would resume on Thursday. A vote will follow the next day.';
    assert.deepEqual(datesOf(body, '2026-06-22'), ['Sunday=2026-06-21', 'Thursday=2026-06-25', 'the next day=2026-06-26']);
  });
});
describe('a later day after a coming one stays ahead', () => {
  it('"set for the next day" after a coming day named', () => {
    const body = 'The ferry sailed on Saturday. The final sailing is on Friday, and a spare slot had been set for the next day.';
    assert.deepEqual(datesOf(body, '2026-06-22'), ['Saturday=2026-06-20', 'Friday=2026-06-26', 'the next day=2026-06-27']);
  });
});
describe('a count of days in a quotation', () => {
  it('counts from the day the words were spoken', () => {
    const body = '"Three days ago the river was still in its bed," said Lwazi Dube, a farmer, by phone from the shelter on Tuesday.';
    assert.deepEqual(datesOf(body, '2026-03-12'), ['Three days ago=2026-03-07', 'Tuesday=2026-03-10']);
  });
});
describe('a summons to a sitting lies ahead', () => {
  it('"summoned the mayor to a hearing on Friday" in a Tuesday report', () => {
    const body = 'The city council summoned Mayor Oduya Kamau to a public hearing on Friday over the water cuts.';
    assert.deepEqual(datesOf(body, '2026-03-10'), ['Friday=2026-03-13']);
  });
});
describe('a summoned sitting that a past verb tells of is past', () => {
  it('"summoned to a hearing on Monday, where she apologised" in a Thursday report', () => {
    const body = 'Fisheries minister Talia Moengangongo was summoned to a hearing on Monday, where she apologised for the quota error.';
    assert.deepEqual(datesOf(body, '2026-03-12'), ['Monday=2026-03-09']);
  });
  it('"summoned the bank chief to a hearing on Monday and grilled him"', () => {
    const body = 'Senators summoned the bank chief to a hearing on Monday and grilled him for four hours over fees.';
    assert.deepEqual(datesOf(body, '2026-03-12'), ['Monday=2026-03-09']);
  });
  it('a sitting still to come keeps its coming date', () => {
    const body = 'The council summoned the port chief to a hearing on Monday, where he will be asked about the cranes.';
    assert.deepEqual(datesOf(body, '2026-03-12'), ['Monday=2026-03-16']);
  });
});

describe("the article's country, also from the names of its bodies", () => {
  it('a country named in its bodies outvotes towns that share names abroad', () => {
    const body = 'Runners from a Glasgow club joined the Jamaica Athletics Association meet, and the Jamaica Olympic Association said stadium staff would be off on Independence Day.';
    assert.deepEqual(datesOf(body, '2026-07-20'), ['Independence Day=2026-08-06']);
  });
});
