import type { DateMention } from '../types.js';
import { placeNamed } from './gazetteer.js';
import { nameTokens } from './tokens.js';

/**
 * Weekdays that are names: a club named after its town and a weekday (`Sheffield
 * Wednesday`) is no date, nor is the weekday alone when the article uses it for the club
 * (`Wednesday travel to Coventry`, `Wednesday's first home win`, `bought Wednesday`).
 * A weekday names a body in an article that writes it right after a city's name that
 * is no place of the event (`in Houston Wednesday` is a date); there the weekday is a
 * date only where a date stands: after `on`, `by`, `until`, `last`, `next`, `late` …,
 * in apposition to `tomorrow`, or before a part of the day.
 */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** The capitalised word right before a weekday, and what comes before that word. */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;
/** A city after one of these is where something happened, not part of a name. */
const LOCATIVE = /\b(?:in|at|from|to|near|outside|across|around|into|of|across)\s+$/i;
/** A weekday that is a date in an article that names a club by it. */
const DATE_BEFORE = /(?:\b(?:on|by|until|till|since|from|before|after|through|to|between|last|next|this|every|late|early|past)|\b(?:tomorrow|yesterday|today|tonight),)\s+$/i;
const DATE_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;

/** The mentions without the weekdays that name a body in this article (the same list when there is none). */
export function withoutWeekdayNames(text: string, mentions: DateMention[]): DateMention[] {
  let names: Set<string> | undefined;
  for (const d of mentions) {
    if (!WEEKDAY.test(d.text) || names?.has(d.text)) continue;
    const m = NAME_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start));
    if (!m || !m[1]) continue;
    const place = placeNamed(nameTokens(m[1]).join(' '));
    const at = d.start - m[0].length;
    if (place?.kind === 'city' && !LOCATIVE.test(text.slice(Math.max(0, at - 12), at))) (names ??= new Set()).add(d.text);
  }
  if (!names) return mentions;
  const club = names;
  return mentions.filter((d) => {
    if (!club.has(d.text)) return true;
    const before = text.slice(Math.max(0, d.start - 16), d.start);
    if (NAME_BEFORE.test(before)) return false;
    return DATE_BEFORE.test(before) || DATE_AFTER.test(text.slice(d.end, d.end + 12));
  });
}
