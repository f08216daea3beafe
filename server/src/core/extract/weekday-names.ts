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

/**
 * Whether {@link NAME_BEFORE} may match `text` from `from` to `end`, read backwards by character codes: spaces
 * that end it, and a capital in the word right before them (most weekdays follow "on" or "late"). Only ASCII is
 * read so: a character beyond it leaves the answer to the regex.
 */
function mayNameBefore(text: string, from: number, end: number): boolean {
  let i = end - 1;
  let c = i >= from ? text.charCodeAt(i) : 0;
  if (c >= 128) return true;
  if (c !== 32 && (c < 9 || c > 13)) return false;
  for (; i >= from; i--) {
    c = text.charCodeAt(i);
    if (c >= 128) return true;
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  // The word before the spaces: its letters, apostrophes and hyphens, nearest first.
  for (; i >= from; i--) {
    c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
  }
  return false;
}

/** The mentions without the weekdays that name a body in this article (the same list when there is none). */
export function withoutWeekdayNames(text: string, mentions: DateMention[]): DateMention[] {
  let names: Set<string> | undefined;
  for (const d of mentions) {
    if (!WEEKDAY.test(d.text) || names?.has(d.text)) continue;
    const m = mayNameBefore(text, Math.max(0, d.start - 40), d.start) ? NAME_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start)) : null;
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
