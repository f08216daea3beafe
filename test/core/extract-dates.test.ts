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

  it('a month of the coming half-year belongs to this year, a month of the past half-year to the last', () => {
    assert.deepEqual(datesOf('Prices rose in December, the agency said.'), ['December=2025-12']);
    assert.deepEqual(datesOf('Prices rose in December, the agency said.', '2026-11-20'), ['December=2026-12']);
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
});
