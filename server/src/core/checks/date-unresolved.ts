import type { Check } from './check.js';

const message = (text: string, day: string): string =>
  `Cannot resolve \`${text}\`: article has no publication date, read as ${day}; add \`date:\` to the front matter`;

/** `date.unresolved`: a relative date in an article without a front-matter `date` (read against today). */
export const dateUnresolved: Check = {
  code: 'date.unresolved',
  defaultLevel: 'hint',
  run({ dates, dated }) {
    if (dated) return [];
    return dates.filter((d) => d.relative).map((d) => ({ span: d, message: message(d.text, d.value) }));
  },
};
