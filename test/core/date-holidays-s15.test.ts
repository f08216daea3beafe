// Holidays the tables lacked under the names desks write (session 15). Every sentence here is invented for these tests.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extract } from './extract-helpers.js';

const datesOf = (body: string, date: string): string[] => extract(body, { date }).dates.map((d) => `${d.text}=${d.value}`);

describe('holidays desks name (session 15)', () => {
  it('date Korité as Eid al-Fitr', () => {
    // Senegal's table names the day "End of Ramadan (Eid al-Fitr)"; Dakar copy writes Korité (20 March 2026).
    assert.deepEqual(datesOf('DAKAR, May 29 (Reuters) - Traders said sales had halved since Korité.', '2026-05-29'), ['May 29=2026-05-29', 'Korité=2026-03-20']);
  });

  it('date the spring new year on 21 March where no table keeps it', () => {
    // Tajikistan and Kyrgyzstan have no date-holidays table.
    assert.deepEqual(datesOf('DUSHANBE, Feb. 20 (AFP) - The ministry said the tunnel would reopen before Navruz.', '2026-02-20'), ['Feb. 20=2026-02-20', 'Navruz=2026-03-21']);
    assert.deepEqual(datesOf('BISHKEK, Oct. 22 (Reuters) - Tariffs have not changed since Nooruz, the regulator said.', '2026-10-22'), ['Oct. 22=2026-10-22', 'Nooruz=2026-03-21']);
  });

  it('date International Labour Day on 1 May, not the US Labor Day', () => {
    assert.deepEqual(datesOf('PHNOM PENH, April 17 (AFP) - Unions called a march for International Labour Day.', '2026-04-17'), [
      'April 17=2026-04-17',
      'International Labour Day=2026-05-01',
    ]);
  });
});
