import { valueBounds, WEEKDAYS, weekdayOf } from '../iso.js';
import type { Check, CheckFinding } from './check.js';

const WEEKDAY_WORD = /\b(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\.?/i;

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
      const name = WEEKDAYS[actual]!;
      // The fix keeps the calendar day and corrects the weekday; the day itself may be what is wrong.
      const fixed = d.text.replace(WEEKDAY_WORD, name);
      out.push({ span: d, message: message(d.text, first, name), ...(fixed !== d.text ? { expected: [fixed] } : {}) });
    }
    return out;
  },
};
