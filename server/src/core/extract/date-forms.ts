import { HOLIDAY_NAMES } from './holidays.js';

/** The date forms the scan reads (`dates.ts` resolves them): month and weekday names, and one pattern with a named group per form. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};
export const WEEKDAY_INDEX: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};

/** A month's name or abbreviation, as the date scan and chrono's hint read it. */
export const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;
const MONTH_PLAIN = String.raw`(?:January|February|April|June|July|August|September|October|November|December)`;
/** March and May, common words too, are months beside another month ("contracts for February and March"). */
const MONTH_PAIRED = String.raw`(?=Ma[ry])(?<=\b(?:${MONTH_PLAIN}|March|May),?\s+(?:and|or|to|through|&)\s+)(?:March|May)|(?:March|May)(?=,?\s+(?:and|or|to|through|&)\s+(?:${MONTH_PLAIN}|March|May)\b)`;
/** The month a period of accounts ends in: "the year to March", "the three months to May". */
const PERIOD_TO = String.raw`(?<=\b(?:year|months|quarter|period|half|weeks)\s+)to\s+${MONTH}`;
const WEEKDAY_FULL = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const WEEKDAY = String.raw`(?:${WEEKDAY_FULL}|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.)`;
/** A day of the month in digits, with an ordinal ending or none. */
export const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[89]\d\d|2[01]\d\d)`;
const DASH = String.raw`\s*[-–—]\s*`;
const PART = String.raw`(?:\s+(?:morning|afternoon|evening|night))?`;
const PREP_YEAR = String.raw`(?:copyright|©|in|since|by|until|till|from|of|before|after|during|through|early|late|mid|mid-|end of|start of|beginning of|spring|summer|autumn|fall|winter)`;
const COUNT = String.raw`(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})`;
/** A day that ends a list: not the start of a larger number ("5 and 6,000 people"). */
const LAST_DAY = String.raw`${DAY}\b(?![.,]\d)`;

/** The date forms: every alternative is a named group, longest forms first. */
const DATE_ALTERNATIVES = [
  String.raw`(?<iso>\b\d{4}-\d{2}-\d{2}\b(?:\/\d{4}-\d{2}-\d{2}\b)?)`,
  String.raw`(?<dotted>\b\d{1,2}\.\d{1,2}\.\d{4}\b)`,
  String.raw`(?<slashed>\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}-\d{1,2}-\d{4}\b)`,
  // Lists that write the month once: "3, 4, 6 and 7 January", "Dec. 8 and 9" (one mention per day).
  String.raw`(?<dlist>\b${DAY}(?:\s*,\s*${DAY})*\s*,?\s+(?:and|&)\s+${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?)`,
  // A list whose last day has its own month ("March 28, 31 and April 2"): the days before it are the first month's.
  String.raw`(?<mlist>\b${MONTH}\s+${DAY}(?:\s*,\s*${DAY})*\s*,?\s+(?:and|&)\s+${LAST_DAY}(?:,?\s+${YEAR}\b)?|\b${MONTH}\s+${DAY}(?:\s*,\s*${DAY}\b)+(?=\s*,?\s+(?:and|&)\s+${MONTH}\s+${DAY}\b))`,
  // [Weekday,] Month Day[-Day][, Year]   |   [Weekday,] Day[-Day] Month [Year]   |   Month Year
  String.raw`(?<mdy>\b(?:${WEEKDAY},?\s+)?${MONTH}\s+${DAY}(?:${DASH}(?:${MONTH}\s+)?${DAY})?\b(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<dmy>\b(?:${WEEKDAY},?\s+)?${DAY}(?:${DASH}${DAY})?\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<my>\b${MONTH},?\s+${YEAR}\b)`,
  // A name ends at a word's end: `Easter` is no holiday inside `Eastern`.
  String.raw`(?<holiday>\b(?:${HOLIDAY_NAMES})(?![A-Za-z\u00C0-\u024F\d])(?:,?\s+${YEAR}\b)?)`,
  String.raw`(?<wd>\b(?:(?:[Ee]arly|[Ll]ate|[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+)?${WEEKDAY}${PART}\b)`,
  String.raw`(?<rel>\b(?:[Tt]he\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Tt]his\s+(?:morning|afternoon|evening))\b)`,
  // Days counted from the date last named: "the previous day", "a day later", "the same day" (not "the same day as ..."); "the day after" only where no noun or clause follows ("the day after Ottawa said" dates an event); not a comparison ("two weeks later than in 2025").
  // Also the month or year before or after the one last named ("in May 2025 ... the following month").
  String.raw`(?<anchored>\b(?:[Tt]he\s+(?:previous|next|following)\s+day|(?:[Tt]he|[Tt]hat)\s+same\s+day(?!\s+(?:as|of|each|every)\b)|[Tt]he\s+day\s+(?:before|after)(?=\s*(?:[.,;:!?)"'”’]|$)|\s+(?:and|but|or|as|in|at|on|with|by|from|to)\b)|${COUNT}\s+(?:days?|weeks?)\s+(?:later|earlier)(?!\s+than\b)|[Tt]he\s+(?:previous|preceding|following)\s+(?:month|year)(?![-\w]))\b)`,
  // Days counted from the publication day: "three days ago", "in two weeks".
  String.raw`(?<offset>\b(?:${COUNT}\s+(?:[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?)\s+(?:ago|from\s+now)|[Ii]n\s+${COUNT}\s+(?:days|weeks)(?:['’]\s+time)?)\b)`,
  String.raw`(?<weekend>\b(?:(?:[Oo]ver|[Dd]uring)\s+the|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+past)\s+weekend\b)`,
  String.raw`(?<period>\b(?:(?:[Ll]ast|[Nn]ext|[Tt]his|(?:[Tt]he\s+)?[Pp]ast)\s+(?:week|month|year)|(?:Last|Next|This|Past)\s+(?:Week|Month|Year))\b)`,
  // A month alone: after a preposition or qualifier ("since at least March"), or bare when its name is no common word (not May, March).
  String.raw`(?<monthOnly>\b(?:(?:(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast|[Nn]ext|[Tt]his|[Bb]efore|[Aa]fter|[Tt]hrough|[Dd]uring)\s+(?:at\s+least\s+|as\s+(?:early|late)\s+as\s+)?)${MONTH}|${MONTH_PLAIN}|${MONTH_PAIRED}|${PERIOD_TO})\b(?!\.?[\s,]+\d)(?<![A-Z][a-z]{2}(?=\s+(?:[A-Z][a-z]|(?:van|von|de|der|den|da|di|du|le|la)\b))))`,
  // Also a span whose last year keeps its last two digits ("the 1997-98 crisis", "the 2025/26 season").
  String.raw`(?<yrange>\b(?:[Ff]rom\s+)?${YEAR}(?:\s*[-–—]\s*|\s+(?:to|until|through)\s+)${YEAR}\b(?![\d%]|[.,]\d|-\d)|(?<![\d/.-])\b${YEAR}[-–/]\d\d\b(?![\d%/-]|[.,]\d))`,
  String.raw`(?<yearq>\b(?:[Mm]id|[Ee]arly|[Ll]ate)-${YEAR}\b)`,
  String.raw`(?<year>(?<![\d$€£.,:/-])\b${YEAR}\b(?![\d%]|[.,]\d|-\d|\s*(?:percent|per cent|%)))`,
].join('|');

/** After a preposition that may open a month alone: a capital, or `at least`, `as early as`. */
const TO_MONTH = String.raw`\s+(?:[A-Z]|a[st]\b)`;
/**
 * The lowercase words that may open a date, each with what must follow it where the
 * alternatives ask for it (`the` only before `day`, `previous`, `same`...; `of` only before a
 * month): most words of prose are lowercase, and the common ones (`the`, `in`, `of`, `a`, `to`)
 * are ruled out here by their next word, without trying every alternative.
 */
const LOWER_OPENERS = [
  String.raw`the\s+(?:day|previous|preceding|next|following|same|past|Fourth)`,
  String.raw`in\s+(?:[0-9A-Z]|a[nst]?\b|one|t(?:wo|hree|en)|f(?:our|ive)|s(?:ix|even)|eight|nine)`,
  String.raw`an?\s+[DdWwMmYy]`,
  String.raw`to\s+[A-Z]`,
  String.raw`(?:of|by|since|until|before|after|through)${TO_MONTH}`,
  String.raw`from\s+(?:[0-9A-Z]|a[st]\b)`,
  String.raw`during\s+(?:[A-Z]|a[st]\b|the\b)`,
  String.raw`over\s+the\b`,
  String.raw`(?:early|late|last|next|this|past|mid|yesterday|today|tomorrow|tonight|that|one|two|three|four|five|six|seven|eight|nine|ten)\b`,
].join('|');

/**
 * One pass over prose. Every alternative starts at a word boundary with a digit,
 * one of these capitals (a month, a weekday, a holiday, a number word, or a
 * qualifier or preposition that may open a date) or one of {@link LOWER_OPENERS}:
 * tested first, they let the scan leave every other position at once, instead of
 * trying each alternative there (about half the scan's cost, and the lowercase
 * words a fifth of what was left; test/core/date-scan.test.ts holds it to the
 * alternatives alone).
 */
export const DATE_RE = new RegExp(String.raw`\b(?=[0-9A-JL-PS-WY]|${LOWER_OPENERS})(?:${DATE_ALTERNATIVES})`, 'g');

/** Every match of the date scan in a text, as {@link blockDates} reads them. */
export function dateMatches(text: string): RegExpExecArray[] {
  return scanAll(DATE_RE, text);
}

/** Every match of the date alternatives alone, without the first-character test: the reference {@link dateMatches} must equal. */
export function dateMatchesByRegex(text: string): RegExpExecArray[] {
  return scanAll(new RegExp(DATE_ALTERNATIVES, 'g'), text);
}

function scanAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

export const LEADING_PREPOSITION = /^(?:on|by|since|in|from|until|till|of|before|after|through|during)\s+/i;
export const PREP_YEAR_RE = new RegExp(`(?:${PREP_YEAR})\\s+$`, 'i');
