import { valueBounds, WEEKDAYS, weekdayOf } from '../iso.js';
import type { Check, CheckFinding } from './check.js';

const WEEKDAY_WORD = /\b(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\b\.?/i;

/** The right weekday written as the text wrote the wrong one: full or abbreviated, with or without its full stop, in its case. */
function sameForm(written: string, actual: number): string {
  const full = WEEKDAYS[actual]!; // in range: a weekday number is 0 to 6
  const word = written.replace('.', '');
  let out = word.length > 4 || /day$/i.test(word) ? full : full.slice(0, word.length === 4 && actual === 4 ? 4 : 3);
  if (word === word.toUpperCase()) out = out.toUpperCase();
  else if (word === word.toLowerCase()) out = out.toLowerCase();
  return written.endsWith('.') ? `${out}.` : out;
}

const message = (text: string, day: string, actual: string): string =>
  `Weekday and date disagree in \`${text}\`: ${day} is a ${actual}`;

/** `date.weekday-mismatch`: a date names a weekday that its calendar day does not fall on. */
export const dateWeekdayMismatch: Check = {
  code: 'date.weekday-mismatch',
  run({ dates }) {
    const out: CheckFinding[] = [];
    for (const d of dates) {
      if (d.weekday === undefined) continue;
      const first = valueBounds(d.value)?.first;
      if (!first) continue;
      const actual = weekdayOf(first);
      if (actual === d.weekday) continue;
      const name = WEEKDAYS[actual]!; // in range: weekdayOf gives 0 to 6
      // The fix keeps the calendar day and corrects the weekday; the day itself may be what is wrong.
      const fixed = d.text.replace(WEEKDAY_WORD, (w) => sameForm(w, actual));
      out.push({ span: d, message: message(d.text, first, name), ...(fixed !== d.text ? { expected: [fixed] } : {}) });
    }
    return out;
  },
};
