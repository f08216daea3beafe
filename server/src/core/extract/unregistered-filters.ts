// Capitalised words that name no actor: documents, events, holidays, amounts and
// common nouns by their words (notActor), and capitals that prove nothing where they
// stand (droppedAt): instructions, shouting, numbered nouns, quoted headings.
import { AMOUNT_WORDS, CUP_WORDS, INDEFINITE_PRONOUNS, ORG_AFTER, ORG_BEFORE, PERSON_AFTER, DOCUMENT_WORDS, EVENT_WORDS, HOLIDAY_WORDS, INSTITUTIONS, KNOWN_ORGS, NEWSLETTER_WORDS, NOT_NAMES, ORDINALS, ORG_WORDS, PLACE_WORDS, REGION_ADJECTIVES, TITLES, isAcronym } from './names.js';
import { isActorNoun, isCommonWord, isEnglishWord, peopleAfter } from './common-words.js';
import { isDemonymKey, isFaith } from './demonyms.js';
import { CURRENCY_CODES, CURRENCY_MARKS, CURRENCY_UNITS } from './currency-data.js';
import { BODY_INITIALISMS, COMMON_INITIALISMS } from './initialism-data.js';
import { PROPER_ADJECTIVES, PROPER_NOUN_WORDS } from './proper-noun-data.js';
import { THING_NOUN_WORDS } from './thing-noun-data.js';
import { isGivenName, isSurname, placeNamed, unpackWords } from './gazetteer.js';
import { libraryVote } from './library-vote.js';
import { DOTTED_TITLES } from './title-data.js';
import { BODY_BEFORE, RACING_WORDS, SPOKESPERSON, cuesAt, sentenceWord } from './unregistered-cues.js';
import type { Occurrence } from './runs.js';
import { normalize, slug, type Token } from './tokens.js';
import { STAKE_NOUNS, endOf, firstOf, hasOrgWord, isGiven, isSpace, lastOf, type Cand, type Ctx } from './unregistered-words.js';

// Module constants: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const LETTERS = /\p{L}+/gu;
const UPPER_FIRST = /^\p{Lu}/u;
const UPPER = /\p{Lu}/u;
/** A bracketed word, then a capitalised one ("(Re-organization) Act"). */
const BRACKETED_FRONT = /^\s*\([^()\n]{1,40}\)\s+(\p{Lu}\p{Ll}+)\b/u;
const HYPHEN_LOWER = /^-\p{Ll}/u;
const CAPITALS_AFTER = /^ \p{Lu}{3,}\b/u;
const CAPITALS_BEFORE = /\b\p{Lu}{3,} $/u;
const CURRENCY_AFTER = /^\$\s?\d/;
const DEGREES_BEFORE = /\bdegrees?\s+$/;
/** A lowercase word after a name (a currency's unit, "CFA francs"), and what follows it. */
const UNIT_AFTER = /^\s+(\p{Ll}+)(\s+\p{Ll})?/u;
const NUMBER_BEFORE = /\d\s*$/;
const NUMBER_AFTER = /^\s*\d/;
/** A number after a name that is a rate or score, not an amount ("AMD 7 percent higher", "X 3-1"). */
const RATE_AFTER = /^\s*[\d.,]+\s*(?:%|percent\b|per cent\b|pct\b|points?\b|-\d)/;
/** A franc's French abbreviation, a mark of no other use ("FCFA", "FCFP"). */
const FRANC_ABBREVIATION = /^FCF[AP]$/;

/** Whether a number stands right before a name or right after it (not a rate or a score). */
function numberedAt(text: string, start: number, end: number): boolean {
  return NUMBER_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || (NUMBER_AFTER.test(text.slice(end, end + 3)) && !RATE_AFTER.test(text.slice(end, end + 24)));
}

/**
 * Whether the word after a name may be a currency's unit (or its plural), as {@link UNIT_AFTER} reads it: read by
 * character codes where ASCII spaces and an ASCII lowercase word follow the name (most names: "X said"), else left
 * to the regex.
 */
function mayBeUnitAfter(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + 24);
  let i = end;
  for (let c = text.charCodeAt(i); i < limit && (c === 32 || (c >= 9 && c <= 13)); c = text.charCodeAt(++i));
  let j = i;
  for (let c = text.charCodeAt(j); j < limit && c >= 97 && c <= 122; c = text.charCodeAt(++j));
  if (i === end || j === i || (j < limit && text.charCodeAt(j) >= 128)) return true;
  const word = text.slice(i, j);
  return CURRENCY_UNITS.has(word) || (word.endsWith('s') && CURRENCY_UNITS.has(word.slice(0, -1)));
}

/**
 * Whether a name is a currency's qualifier or mark, an amount's and no actor's: before a currency's unit ("85 Fiji
 * dollars", "CFA francs", "in Singapore dollars"; a singular unit only before no other lowercase word, as "Eskom dollar
 * bonds" is the firm's), a mark no country bears ("CFA", "FCFA"), or an ISO code beside a number ("KES 200").
 */
function currencyAt(p: Occurrence['part'], text: string, start: number, end: number): boolean {
  const t = firstOf(p.tokens);
  // A franc's French abbreviation always; a mark that is also a body's letters ("the CFA said") and an ISO code ("AMD") beside a number only.
  // (The number is looked for only beside a mark or a code.)
  if (p.length === 1 && (FRANC_ABBREVIATION.test(t.text) || ((CURRENCY_MARKS.has(t.text) || CURRENCY_CODES.has(t.text)) && numberedAt(text, start, end)))) return true;
  if (!mayBeUnitAfter(text, end)) return false;
  const unit = UNIT_AFTER.exec(text.slice(end, end + 24));
  if (!unit?.[1] || hasOrgWord(p.tokens)) return false;
  // Before a unit, a place's name ("Fiji dollars") or a mark ("CFA francs"), not a body's acronym ("in FEMA dollars").
  if (p.length === 1 && t.text === t.text.toUpperCase() && !CURRENCY_MARKS.has(t.text) && placeNamed(t.norm) === undefined) return false;
  const word = normalize(unit[1]);
  if (word.endsWith('s') && CURRENCY_UNITS.has(word.slice(0, -1))) return true;
  return CURRENCY_UNITS.has(word) && (unit[2] === undefined || NUMBER_BEFORE.test(text.slice(Math.max(0, start - 3), start)));
}

/**
 * Last words of the names of exams and the certificates they award ("Secondary Education Certificate Examination",
 * "Higher Secondary Certificate"): no body's or person's name ends in one. A closed class, typed by hand.
 */
const EXAM_WORDS = new Set('exam exams examination examinations certificate diploma'.split(' '));

/** Endings of common nouns and adjectives ("Bankruptcy", "Constitutional", "Enforcement"): such a word alone names nobody. */
const COMMON_ENDING = /\p{Ll}(?:tion|sion|ment|ness|ism|ship|ional|ical|ancy|ency|ptcy|ity)s?$/u;

/** Nouns that head an apposition calling a name a firm or another body ("X, a Swedish charity"). */
const FIRM_NOUNS = String.raw`company|firm|charity|startup|start-up|retailer|group|carrier|lender|bank|developer|manufacturer|publisher|agency|organi[sz]ation|foundation|non-?profit|operator|provider|chain|club|party`;
/** An apposition that a noun heads, up to four words in ("X, the London-based phone maker"), as a pattern. */
const appositionOf = (nouns: string): RegExp => new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:${nouns})\b`, 'u');
/**
 * An apposition that calls a name a body, also by a noun a product, a band or a campaign shares ("X, the London-based
 * phone maker", "X, a Swedish charity", "X, a music app"): a lone pronoun so called is a body's name.
 */
const BODY_GLOSS = appositionOf(String.raw`${FIRM_NOUNS}|makers?|brand|producer|label|band|app|platform|movement|campaign`);
/** An apposition by the firms' nouns alone ("X, a unit of the telecom operator"): evidence against a thing's nouns. */
const FIRM_GLOSS = appositionOf(FIRM_NOUNS);

/** Whether a lone indefinite pronoun is a body's name: an apposition calls it one, or it begins a longer name in the article ("Nothing Technology"). */
function bodyByPronoun(t: Token, text: string): boolean {
  return BODY_GLOSS.test(text.slice(t.end, t.end + 80)) || new RegExp(String.raw`\b${t.text}\s+\p{Lu}`, 'u').test(text);
}

/** An initialism with a plural's lowercase "s" ("NGOs", "ETFs"). */
const PLURAL_INITIALISM = /^\p{Lu}{2,6}s$/u;
/** A Roman numeral of a stage ("I" to "X"). */
const ROMAN_STAGE = /^(?:I{1,3}|IV|VI{0,3}|IX|X)$/;
/** After a word, a code's number or a stage's numeral hyphened to it ("-2", "-19", "-IV"). */
const CODE_AFTER = /^-(?:\d|(?:I{1,3}|IV|VI{0,3}|IX|X)(?![\p{L}\d]))/u;

/**
 * Last words that make a name an event, a prize or a stage of a season whatever body words stand before them ("X
 * International Film Festival", "X Foundation Prize", "X Open", "X Fashion Week", "X League Season", "X Patch Update").
 * Not "programme" or "fund", which end bodies' names as often ("World Food Programme"), nor "games" ("Riot Games").
 */
const EVENT_HEADS = new Set(['festival', 'festivals', 'fest', 'open', 'prize', 'prizes', 'award', 'awards', 'week', 'season', 'update']);
/** Seasons, before "Split", a competitive season's half ("Winter Split"; not the club "Hajduk Split"). */
const SEASONS = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);
function eventHead(toks: readonly Token[]): boolean {
  const last = lastOf(toks).norm;
  if (EVENT_HEADS.has(last)) return true;
  return last === 'split' && SEASONS.has(toks[toks.length - 2]?.norm ?? '');
}

/** A ship's prefix before its name ("MV Kestrel Star", "MT Ocean Grace", "HMS Albion"). */
const SHIP_PREFIXES = new Set(['MV', 'MT', 'MS', 'HMS', 'USS']);
/** The kinds of ships and boats, singular: a closed class, typed by hand. */
const SHIP_KINDS = 'ship vessel ferry tanker freighter trawler yacht liner barge boat cutter frigate steamer corvette'.split(' ');
/**
 * Nouns of ships and boats, singular and plural ("the ferry", "two tankers"): the one list the ship rules read. Not
 * "carrier", as often an airline (a carrier is a ship only right before a prefixed name, {@link SHIP_NOUN_BEFORE}).
 */
export const SHIP_NOUNS: ReadonlySet<string> = new Set(SHIP_KINDS.flatMap((k) => [k, k.endsWith('y') ? `${k.slice(0, -1)}ies` : `${k}s`]));
/** A ship's noun, or what only a ship does, which the article writes when it names one ("the ferry", "a tanker", "it sank"). */
// (Not "carriers", as often airlines, nor "cruise", a sport's verb: session 18 review.)
const SHIP_NOUN = new RegExp(String.raw`\b(?:${[...SHIP_NOUNS].join('|')}|sank|capsized|docked|ran aground)\b`);
/**
 * After a prefixed name, what a body does and no ship ("MV X said", "MT X won the contract"): a firm whose name opens with the
 * letters. Not "reported" or "posted", which ships do ("reported a fire", "posted a position"; session 19 review).
 */
const FIRM_ACTS_AFTER = /^,?\s+(?:said|says|told|announced|announces|won|wins|signed|signs|agreed|agrees|hired|employs|plans|planned)\b/;
/** A ship's noun right before the name, no comma between ("its vessel MV X", "the cargo ship MV X"). */
const SHIP_NOUN_BEFORE = new RegExp(String.raw`\b(?:${SHIP_KINDS.join('|')}|carrier)\s+(?:the\s+)?$`);
/** Per article, whether it writes a ship's noun (read once, only for an article with a ship's prefix). */
const shipArticles = new WeakMap<Ctx, boolean>();
/**
 * A ship's name, no actor (session 18): a ship's prefix in capitals and the capitalised name after it ("MV Kestrel Star",
 * or the prefix alone where a title word cut the run, "MV Lady of ..."), in an article that writes a ship's noun. Not a
 * firm whose name opens with the same letters where nothing speaks of ships, nor where the name speaks or acts as a firm does
 * ("MT Hallberg Group won the contract", "MV X said it would ship motorcycles").
 */
function shipName(toks: readonly Token[], ctx: Ctx): boolean {
  const first = firstOf(toks);
  if (!SHIP_PREFIXES.has(first.text)) return false;
  if (toks.length === 1 && !/^ \p{Lu}/u.test(ctx.text.slice(first.end, first.end + 2))) return false;
  // (Right after a ship's noun, "its vessel MV X", the name is a thing for untypeThings, which drops its other mentions too,
  // "the X had sailed": dropped here, this mention would leave them bodies.)
  if (SHIP_NOUN_BEFORE.test(ctx.text.slice(Math.max(0, first.start - 24), first.start))) return false;
  const last = lastOf(toks);
  if (FIRM_ACTS_AFTER.test(ctx.text.slice(last.end, last.end + 16))) return false;
  let ships = shipArticles.get(ctx);
  if (ships === undefined) shipArticles.set(ctx, (ships = SHIP_NOUN.test(ctx.text)));
  return ships;
}

/** The words of a storm's name before it ("Storm Babet", "Hurricane Otis"). */
const STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);

/**
 * Whether capitalised words name no actor: a document, law or treaty ("Paris
 * Declaration"), a war, event or holiday ("World War II", "Christmas Eve"), an
 * amount ("Billion Dollars"), or one common noun or adjective alone (a body's
 * head word such as "Cabinet" or "Board", unless it names one body: "Kremlin").
 */
export function notActor(toks: readonly Token[], ctx: Ctx): boolean {
  const last = lastOf(toks).norm;
  if (toks.length > 1 && (DOCUMENT_WORDS.has(last) || NEWSLETTER_WORDS.has(last) || EXAM_WORDS.has(last))) return true;
  if (toks.length > 1 && (last === 'day' || last === 'eve' || last === 'night' || last === 'year') && !isGiven(firstOf(toks), ctx)) return true;
  let event = false;
  let body = false;
  for (const t of toks) {
    if (HOLIDAY_WORDS.has(t.norm) || AMOUNT_WORDS.has(t.norm)) return true;
    if (EVENT_WORDS.has(t.norm) || (toks.length > 1 && CUP_WORDS.has(t.norm))) event = true;
    else if (ORG_WORDS.has(t.norm)) body = true;
  }
  // A people's compound of a demonym ("Indo-Fijian", "Afro-Colombians", "Sino-Thai"): its first parts a demonym or a combining form.
  if (toks.length > 1 && demonymCompound(toks, ctx.text)) return true;
  // (Not after a given name: "Coach Tomas Feast", "Anna Gala" are people; but a storm's word that is also a given name
  // opens a storm's name, "Storm Babet".)
  if (event && !body && !(toks.length > 1 && isGiven(firstOf(toks), ctx) && !STORM_WORDS.has(firstOf(toks).norm))) return true;
  // A name that an event's, a prize's or a season's head word ends is that thing, body words and all (session 18: "X
  // International Film Festival", "X Foundation Prize", "X Open", "X League Season", "Winter Split"); not two words a given
  // name opens ("Grace Award").
  if (toks.length > 1 && eventHead(toks) && !(toks.length === 2 && isGiven(firstOf(toks), ctx))) return true;
  if (shipName(toks, ctx)) return true;
  if (toks.length > 1) return false;
  const t = firstOf(toks);
  if (t.text.length === 1) return true;
  // An initialism's plural ("NGOs", "IPOs"): a common noun, as no body's name is written so.
  if (PLURAL_INITIALISM.test(t.text)) return true;
  if (INDEFINITE_PRONOUNS.has(t.norm)) return !bodyByPronoun(t, ctx.text);
  if (isAcronym(t.text)) return false;
  if (PLACE_WORDS.has(t.norm) || ORDINALS.has(t.norm) || t.norm === 'day' || t.norm === 'year') return true;
  if (ORG_WORDS.has(t.norm) && !INSTITUTIONS.has(t.norm)) return true;
  if (DOCUMENT_WORDS.has(t.norm) || TITLES.has(t.norm)) return true;
  // Plurals of title words and head words ("Lawyers", "Ministers", "Banks").
  const singular = t.norm.endsWith('s') ? t.norm.slice(0, -1) : '';
  if (singular && (TITLES.has(singular) || (ORG_WORDS.has(singular) && !INSTITUTIONS.has(singular)))) return true;
  return COMMON_ENDING.test(t.text) && !isGiven(t, ctx);
}

const DOTTED = new Set(DOTTED_TITLES.split('|'));
const DOTTED_BEFORE_NAME = /^\.\s+(\p{Lu}[\p{L}'’-]*)/u;

/** A profession's abbreviation with its full stop before a name ("Ing. X", "Lic. X", "Arq. X", "Eng. X"), which ends the run: a title, no actor (not the bank ING). */
export function dottedTitle(toks: readonly Token[], text: string): boolean {
  const t = firstOf(toks);
  if (toks.length !== 1 || t.shape !== 'upper' || t.text === t.text.toUpperCase() || !DOTTED.has(t.norm)) return false;
  // (Not before a common word, which opens the next sentence: "said Eng. Shares in the lender fell".)
  const next = DOTTED_BEFORE_NAME.exec(text.slice(t.end, t.end + 40))?.[1];
  return next !== undefined && !sentenceWord(next);
}

/** A combining form of a people's name before a hyphen ("Indo-", "Afro-", "Sino-", "Anglo-", "Franco-"). */
const COMBINING = /^\p{Lu}\p{Ll}{2,}o$/u;

/** Whether hyphens join these words and the last is a demonym, each before it a demonym or a combining form ("Indo-Fijian"). */
function demonymCompound(toks: readonly Token[], text: string): boolean {
  const last = lastOf(toks);
  if (!isDemonymKey(last.norm) && !(last.norm.endsWith('s') && isDemonymKey(last.norm.slice(0, -1)))) return false;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const next = toks[i + 1];
    if (!t || !next || text.slice(t.end, next.start) !== '-' || !(COMBINING.test(t.text) || isDemonymKey(t.norm))) return false;
  }
  return true;
}

/** Common nouns that take a number ("Chapter 11", "Article 5", "Flight 302"): with one, no name. */
const NUMBERED = new Set('annex annexe appendix schedule exhibit chapter article section clause paragraph rule room title phase stage level grade category flight route page table figure item part round game week season class type tier gate terminal platform line highway station unit ward district precinct division case resolution'.split(' '));

/**
 * Units written with a capital after a number ("606 MHz", "2.1 GW", "40 TEU"): a closed class, typed by hand
 * (lowercase ones, "kWh", "km", start no name).
 */
const UNITS = new Set('hz mhz ghz thz kw mw gw tw mwh gwh twh kv mva mtpa mmbtu btu gb tb mb kb mbps gbps teu teus dwt'.split(' '));

/** English prefixes that a capital may open a hyphenated common word with ("Re-organization", "Non-aligned"): a closed class. */
const PREFIXES = new Set('re pre non anti co ex post sub inter multi semi self counter mid pro un de'.split(' '));

/** All-caps function words: beside them, capitals shout ("WE WILL NOT BACK DOWN"). */
const SHOUTED = /\b(?:THE|AND|FOR|ARE|WAS|WERE|WILL|NOT|THIS|THAT|WITH|YOU|OUR|HAVE|HAS|OF|TO|IS|WE|BE|IT|MY|NO|IN|ON|AT|BY|I)\b/;

/** Determiners after a sentence's first word: the word is a verb ("Skip the queue"), not a name. */
const IMPERATIVE = /^\s+(?:the|a|an|your|our|this|these|those|my|their|its|all|every|him|her|them|it|us|me)\b/;

/** Whether `start`–`end` sits in a quotation of three or more words that all start with a capital (a heading or slogan: "Trick Or Treat, Look Up"). */
function quotedTitleCase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0 || /[\n.!?]/.test(before.slice(open + 1))) return false;
  const after = text.slice(end, end + 60);
  const close = after.search(/["”]/);
  if (close < 0 || /[\n]/.test(after.slice(0, close))) return false;
  const quoted = before.slice(open + 1) + text.slice(start, end) + after.slice(0, close);
  const words = quoted.match(LETTERS) ?? [];
  return words.length >= 3 && words.every((w) => UPPER_FIRST.test(w));
}

/** Capitals joined by hyphens, no part a common word ("ZCCM-IH", not "NO-GO"). */
function acronymCode(tokens: readonly Token[], text: string): boolean {
  let prev: Token | undefined;
  for (const t of tokens) {
    if ((prev && text.slice(prev.end, t.start) !== '-') || isCommonWord(t.norm) || NOT_NAMES.has(t.norm)) return false;
    prev = t;
  }
  return true;
}

/** A saint's title opening a name, and a feast's or a day's "of" before it. */
const SAINT = /^(?:St|Saint|Ste)$/;
const FEAST_OF = /\b(?:[Ff]east|[Dd]ay|[Ee]ve|[Ff]estival|[Ff]iesta|[Pp]ilgrimage|[Ss]olemnity)\s+of\s+$/;

/** A letter or a Roman numeral that numbers a noun ("Annex C", "Title IX"). */
const LETTERED = /^(?:[A-Z]|[IVX]{2,4})$/;

/** A holiday's possessive after a name: `'s` (group 1), or a plural's bare apostrophe, then Day, Eve or Night. */
const HOLIDAY_POSSESSIVE = /^['’](s)?\s+(?:Day|Eve|Night)\b/;

/** Before a language's name: a verb of naming and "in" ("known in X as", "called in X as"); after it, "as". */
const IN_LANGUAGE_BEFORE = /\b(?:known|called|named|written|spelt|spelled|referred\s+to)\s+in\s+$/;
const AS_AFTER = /^\s+as\b/;
/** Endings of languages' names in English ("Amharic", "Kurdish", "Sinhalese", "Georgian"). */
const LANGUAGE_SHAPE = /(?:ic|ish|ese|ian)$/;

/** A disease's or a virus's noun after a place's name ("X disease", "X virus"): the place only names the illness. */
const DISEASE_AFTER = /^\s+(?:disease|virus|fever|flu|syndrome)\b/;
/** The disease's noun, then a lowercase noun it modifies ("virus cases", "fever clinics"). */
const DISEASE_NOUN_AFTER = /^\s+\p{L}+\s+\p{Ll}/u;
/** A preposition of rest before the name ("In X", "in X"): with a noun after the disease's, a fronted place with no comma. */
const IN_BEFORE = /(?:^|[^\p{L}])[Ii]n\s+$/u;

/** Whether the place's name at `start`–`end` names a disease ("X disease", "X fever"), not a place ("In X virus cases rose"). */
function diseaseNamed(text: string, start: number, end: number): boolean {
  if (!DISEASE_AFTER.test(text.slice(end, end + 14))) return false;
  return !(IN_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && DISEASE_NOUN_AFTER.test(text.slice(end, end + 24)));
}
/**
 * A ship's noun (group 1), then "the" or a comma and "the" (group 2: the comma), and perhaps one more ship's name and "and the"
 * ("the cutters, the X and the ").
 */
const SHIP_BEFORE = /\b([a-z]+)(?:(,)?\s+the|\s)\s*(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},?\s+(?:and|or)\s+the\s+)?$/u;
/** A report's verb after the name, or after a body's lowercase noun or two: the name speaks, no ship ("the vessel, the X port authority said"). */
const SPEAKS_AFTER = /^\s+(?:[a-z]+\s+){0,2}(?:said|says|told|added|reported|announced)\b/;

/**
 * Whether the place's name at `start`–`end` is a ship's, named after a ship's noun ({@link SHIP_NOUNS}: "the ferry X", "two
 * vessels, the X and the Y"), as a ship's name may be a place's.
 * Without a comma, a plural noun opens a clause the name is the subject of ("the tankers X seized", "the boats the X detained"),
 * and a country's name after any noun acts there ("the frigate X sent"): a ship named so stands after a comma ("its sister ship,
 * the X").
 */
function shipNamed(text: string, start: number, end: number, country: boolean): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 10) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  // (Only where the word before is "the" or a ship's noun: most names have neither, and are left at once.)
  const last = /([a-z]+)\s+$/.exec(before.slice(-12))?.[1];
  if (last === undefined || (last !== 'the' && !SHIP_NOUNS.has(last))) return false;
  const m = SHIP_BEFORE.exec(before);
  const noun = m?.[1];
  if (noun === undefined || !SHIP_NOUNS.has(noun)) return false;
  if (m?.[2] === undefined && (country || noun.endsWith('s'))) return false;
  return !SPEAKS_AFTER.test(text.slice(end, end + 40));
}

/** Whether this occurrence's capitals prove nothing where it stands (see {@link Occurrence.dropped}). */
export function droppedAt(o: Occurrence, text: string, base: number): boolean {
  const p = o.part;
  // A currency's country prefix ("NZ$350,000", "US$ 2 billion", "HK$"): an amount, no actor.
  if (p.length === 1 && text.charCodeAt(o.end + base) === 36 && CURRENCY_AFTER.test(text.slice(o.end + base, o.end + base + 3))) return true;
  // A hashtag ("#SaveOurPier") and a temperature's scale ("37 degrees Celsius").
  if (text[o.start + base - 1] === '#' || DEGREES_BEFORE.test(text.slice(Math.max(0, o.start + base - 9), o.start + base))) return true;
  if (currencyAt(p, text, o.start + base, o.end + base)) return true;
  // A language a name or a word is given in ("known in X as", "called in X"): no actor, also where it reads as a place.
  // A place the gazetteer knows stays a place ("known in Gulu as the father of"), unless a language's shape ends it.
  // ("as" after it first: anchored, it leaves most names at once; the words before, unanchored, try every position.)
  if (AS_AFTER.test(text.slice(o.end + base, o.end + base + 4)) && IN_LANGUAGE_BEFORE.test(text.slice(Math.max(0, o.start + base - 24), o.start + base)) && (LANGUAGE_SHAPE.test(p.key) || !placeNamed(p.key))) return true;
  // A faith's word that the article also writes as a name ("Priya Jain", "The Hindu reported"), here before a plural for people:
  // their adjective ("Jain traders", "Hindu pilgrims").
  if (p.length === 1 && isFaith(p.key) && peopleAfter(text, o.end + base)) return true;
  // A place's name that names something else where it stands: a disease or a virus first found there ("X disease", "X virus",
  // "X fever"), a ship named after it ("its sister ship, the X", "the cutters, the X and the Y").
  if (p.place && (diseaseNamed(text, o.start + base, o.end + base) || shipNamed(text, o.start + base, o.end + base, placeNamed(p.key)?.kind === 'country'))) return true;
  if (p.type === 'place') return false;
  // Several words in capitals that name no place are shouted ("NO JOBS", "STOLEN SEAT").
  // But an acronym of parts joined by hyphens, none a word, is a code ("ZCCM-IH").
  if (p.length > 1 && p.tokens.every((t) => t.text === t.text.toUpperCase()) && !p.tokens.every((t) => t.text.length === 1) && !hasOrgWord(p.tokens) && !acronymCode(p.tokens, text)) return true;
  if (quotedTitleCase(text, o.start + base, o.end + base)) return true;
  // The front of a law's name that brackets a word ("Telecommunication (Re-organization) Act").
  const bracketed = BRACKETED_FRONT.exec(text.slice(o.end + base, o.end + base + 60));
  if (bracketed && DOCUMENT_WORDS.has((bracketed[1] ?? '').toLowerCase())) return true;
  const start = o.start + base;
  const end = o.end + base;
  const after = text.slice(end, end + 12);
  // The name a holiday's possessive opens ("Valentine's Day", "St David's Day", "Teachers' Day", "All Saints' Eve").
  const holiday = HOLIDAY_POSSESSIVE.exec(after);
  if (holiday && (holiday[1] !== undefined || text[end - 1] === 's')) return true;
  // A saint a feast or a day is named for ("the feast of St George", "the Day of St Ambrose").
  if (p.length > 1 && SAINT.test(firstOf(p.tokens).text) && FEAST_OF.test(text.slice(Math.max(0, start - 24), start))) return true;
  // A numbered noun with a letter or a Roman numeral ("Annex C", "Title IX").
  if (p.length === 2 && NUMBERED.has(firstOf(p.tokens).norm) && LETTERED.test(lastOf(p.tokens).text)) return true;
  // A project's or a craft's stage, hyphened to a Roman numeral ("X-II plant", "X-IV"): a thing's code, as "X-2" is; people write
  // a numeral after a space ("John Smith II").
  if (p.length === 2 && ROMAN_STAGE.test(lastOf(p.tokens).text) && text[end - lastOf(p.tokens).text.length - 1] === '-') return true;
  if (p.length > 1) return false;
  if (p.sentenceStart && IMPERATIVE.test(after)) return true;
  const t = firstOf(p.tokens);
  // A model's, product's or craft's code ("BK-417", "Kaguya-2", "Covid-19"; a stage's Roman numeral, "X-I").
  if (CODE_AFTER.test(after)) return true;
  // A unit after its number ("606 MHz", "3500 MHz bands", "2.1 GW").
  if (UNITS.has(t.norm) && /\d\s*$/.test(text.slice(Math.max(0, start - 3), start))) return true;
  // A prefix of a hyphenated common word ("Re-organization", "Non-aligned").
  if (PREFIXES.has(t.norm) && HYPHEN_LOWER.test(after)) return true;
  if ((NUMBERED.has(t.norm) || (t.text.length <= 3 && t.text !== t.text.toUpperCase())) && /^\s+\d/.test(after)) return true;
  // A common word in capitals is shouted, not an acronym, when it has five letters or more or another word in capitals
  // beside it ("FATIGUE KILLS", "STABILITY FIRST", "SAFE STREETS").
  if (t.text === t.text.toUpperCase() && isCommonWord(t.norm) && (t.text.length >= 5 || CAPITALS_AFTER.test(after) || CAPITALS_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return true;
  if ((t.text.length >= 3 || NOT_NAMES.has(t.norm)) && t.text === t.text.toUpperCase() && UPPER.test(t.text)) {
    const around = text.slice(Math.max(0, start - 24), start) + ' ' + text.slice(end, end + 24);
    if (SHOUTED.test(around)) return true;
  }
  return false;
}

/**
 * Nouns of things that a name is often followed by, or introduced with ("the Ibovespa index",
 * "the Tarvin line", "the KOMBAT law", "the drug X", "the comedy X", "X, our weekly newsletter"; exams,
 * games of chance, payments and what money is kept in: "the X exam", "a X jackpot", "X wallets", "the X scandal"):
 * a closed class, typed by hand. A body's own nouns (programme and fund may be run by one) are
 * left to the body's evidence.
 */
const VERB_LIKE = new Set(['show', 'act', 'single', 'line', 'brand']);
// ("brand" too, not as a verb: it counts only after a name, "the X brand"; the firm itself is as often "the outdoor brand X"
// or "X, a fashion brand,".)
const THING_NOUNS = `index indices law act treaty accord pact regulation directive drug vaccine medicine painkiller antibiotic treatment therapy
  antidepressant thinner pill tablet syrup inhaler jab satellite probe rocket spacecraft telescope mission project programme
  program campaign pipeline scheme initiative line railway bridge dam tunnel canal reactor film movie documentary drama comedy
  thriller musical opera sitcom album single song novel book column newsletter podcast show series award prize trophy medal
  festival storm cyclone hurricane typhoon horse mare gelding colt filly stallion ship vessel tanker freighter trawler
  ferry yacht frigate warship submarine exam examination lottery jackpot wallet token cryptocurrency scandal brand ticker`.split(/\s+/);
/**
 * Animals and machines a name is given to: only in an apposition or after the noun ("X, an Asian elephant that", "its customer
 * chatbot, X,"); a name before them is as often their owner's or maker's ("the Northwind chatbot", "the Ferndale Zoo elephant").
 */
const CREATURE_NOUNS = `elephant gorilla chimpanzee orangutan panda giraffe rhino rhinoceros hippo hippopotamus tiger lioness whale orca
  dolphin puppy leopard cheetah crocodile camel penguin koala chatbot robot`.split(/\s+/);
// A carrier alone is as often an airline: only a ship's kind makes it a ship.
THING_NOUNS.push(String.raw`(?:bulk|container|ore|gas|car)\s+carrier`);
// Payments and games of chance a name is given as a product's ("the X cash transfers", "X scratch cards").
THING_NOUNS.push(String.raw`cash[\s-]+transfer`, String.raw`scratch[\s-]+card`);
// Games by their kind ("the X slot game", "the video game X"): "game" alone follows a club's name as often ("the X game", a match).
THING_NOUNS.push(String.raw`(?:video|slot|mobile|online|board|computer|card|strategy|puzzle)[\s-]+game`);
const THING_ALT = THING_NOUNS.join('|');
/**
 * Lowercase nouns of kinds that a name before them classifies, as no firm or person does: a harvest and its festivities
 * ("the Rtveli harvest festivities"), crops, varieties, breeds and dishes ("the Rosa Damascena buds", "Polka berries"),
 * peoples and their collectives ("Himba families", "the Lhotshampa community", "Khmu villagers") and a faith's houses
 * ("the Anglican church"). Closed classes, typed by hand; a firm's people and plants ("Høgsbro workers", "its X plant")
 * are not among them, and an acronym before them is left to its body ("ANC elders"); nor are the plurals "varieties" and
 * "cultivars", which a breeder's name takes ("Syngenta varieties"), where a variety's own name takes the singular ("the X variety").
 */
const KIND_NOUNS = `harvests? festivities feasts? celebrations processions dancers grapes? vines buds berries beans leaf
  variety cultivar seedlings breeds? dish dishes cuisine delicacy families communities community peoples clans tribes
  villagers herders pastoralists nomads speakers minority minorities diaspora languages? dialects? church churches mosques?
  temples? congregations?`.split(/\s+/);
const KIND_ALT = KIND_NOUNS.join('|');
/**
 * Heads of an apposition that glosses a name as no actor: a deity, a dish, a drink, a variety or a dance ("X, the Aymara
 * god of plenty", "X, the local aged spirit", "X, a grape of the south"), or a stretch of the calendar ("X, the end of
 * Buddhist Lent"). A closed class, typed by hand.
 */
const GLOSS_ALT = 'gods?|goddess(?:es)?|deity|deities|dish(?:es)?|drinks?|spirits?|delicac(?:y|ies)|grapes?|variety|varieties|breeds?|cultivars?|dances?|games?|(?:end|start|beginning|close)(?=\\s+of\\b)';
/**
 * Nouns of plans, events and payments ("the Terra Nova plan", "X, a one-day race around Y", "the women's race, X,"): their
 * plurals and some singulars are verbs after a name ("X plans to", "X rallies", "X races"), and a relative clause follows
 * them as often as a name ("the plan X unveiled"), so they count only in the singular after a name and in an apposition.
 */
const CLAUSE_NOUNS = `plan race rally marathon tournament championship event fair expo exhibition carnival parade contest competition
  grant subsidy scholarship stipend allowance voucher certification edition version variant`.split(/\s+/);
const CLAUSE_ALT = CLAUSE_NOUNS.join('|');
/**
 * Of those, the nouns of events and payments: after a known surname or given name, or a name with an actor's cue elsewhere,
 * the name is the organiser's or the eponym's ("a Trump rally", "the Kipchoge race", "a Fulbright grant"), no thing's.
 */
const EPONYM_NOUNS = new Set(`race rally marathon tournament championship event fair expo exhibition carnival parade contest competition
  grant subsidy scholarship stipend allowance voucher`.split(/\s+/));
/** The thing nouns that are no common verb: only they head an apposition or a determiner's phrase ("X, the data show" is a clause). */
const NAMING_ALT = [...THING_NOUNS.filter((w) => !VERB_LIKE.has(w)), ...CREATURE_NOUNS].join('|');
const OPEN_BRACKET = /\(\s*$/;
/** Thing nouns of what bodies run: after an acronym, no evidence against a body. */
const RUN_BY_BODIES = new Set('programme program project scheme initiative mission pipeline campaign plan grant subsidy scholarship brand'.split(' '));
/**
 * Nouns of devices, tokens, signals, records and tests that a technology's initials modify ("SIM cards", "ID documents", "GPS
 * trackers", "PIN codes", "DNA tests", "SMS messages"): after an acronym the acronym names the technology, not a body (bodies'
 * acronyms stand before their people, events and schemes: "UN troops", "the WTA event", "the IMF programme"). A closed class, typed by hand.
 */
/**
 * Technology and token initialisms: a class of common-noun initialisms ("SIM cards", "ID documents", "GPS trackers", "DNA tests"),
 * not names. Only these are dropped before a device's noun; a firm's or an agency's acronym before its products or papers stays
 * a body ("TSMC chips", "UN documents", "LG screens").
 */
const TECH_INITIALISMS = new Set(['SIM', 'ID', 'IDS', 'GPS', 'PIN', 'PINS', 'DNA', 'RNA', 'SMS', 'MMS', 'USB', 'LED', 'LEDS', 'LCD', 'RFID', 'NFC', 'ATM', 'ATMS', 'QR', 'PCR', 'CCTV', 'HIV', 'IP', 'VPN', 'SD', 'HDMI', 'EMV', 'OTP', 'MRI', 'CT', 'GSM', 'SOS', 'IMEI', 'ECG', 'EV', 'EVS', 'AI', 'TV']);
const DEVICE_AFTER = /^\s+(?:cards?|chips?|readers?|scanners?|scans|trackers?|tracking|devices?|receivers?|signals?|jammers?|jamming|coordinates|swaps?|registration|documents?|numbers?|codes?|navigation|machines?|kits?|tests?|testing|sequencing|messages?|texts?|drives?|ports?|cables?|screens?|bulbs?|lights?|lamps?|technology|location|locations)\b(?!-)/;
/** Words that may follow an apposition's head noun ("X, a drama that …", "X, our newsletter on …", "X, a plan launched in …"). */
const AFTER_HEAD = String.raw`(?:\s*(?:[,.;:!?)"”—–]|$)|\s+(?:that|which|who|whose|where|when|on|about|in|from|for|of|by|with|at|to|since|around|across|between|through|under|held|hosted|organi[sz]ed|sponsored|funded|financed|backed|offered|paid|managed|operated|owned|launched|released|run|set|made|named|called|based|produced|directed|written|starring|trained|ridden|bred|sold|developed|aimed|designed|published|broadcast|shown|introduced|announced|unveiled|approved|adopted|known)\b)`;
/** A determiner and up to three modifiers before a thing noun ("the company's blood thinner", "our free weekly newsletter", "a security and development program"). */
/** A region's adjective that the finder leaves out of a name ("the bulk carrier Southern X"). */
const REGION_WORD = String.raw`(?:(?:${[...REGION_ADJECTIVES].map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|')})\s+)?`;
const DETERMINER = String.raw`(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our|[Tt]his|[\p{L}\p{N}]+['’]s)`;
const DETERMINED = String.raw`${DETERMINER}\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?`;
/** The same in an apposition, whose head noun must close it: up to five modifiers, a body's name among them ("X, a Central Bank of Nigeria campaign that …"). */
const DETERMINED_APPOSITION = String.raw`${DETERMINER}\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}?`;
/** A determiner right before a name ("the X …", "its X …"). */
const DETERMINER_BEFORE = new RegExp(String.raw`\b${DETERMINER}\s+$`, 'u');
/**
 * After a name that a determiner opens: a number or up to two lowercase modifiers, then a thing noun ("the X 18 scholarship
 * program", "the X road-safety campaign", "its X cash-transfer scheme"); see modifiedThing.
 */
const THING_MODIFIED = new RegExp(String.raw`^(\s+\d{1,4})?((?:\s+\p{Ll}[\p{Ll}-]*){0,2})\s+(?:(${THING_ALT})s?|(${CLAUSE_ALT}))\b(?!-)`, 'u');
/** Words that no modifier of a thing noun is: function words, verbs of a clause ("the X 2 said the programme", "the X 5 has a plan"). */
const NOT_MODIFIERS = new Set('the a an its their his her our your my this that these those and or but to of in on at for with by from as is are was were be been being has have had do does did will would can could may might must shall should not no also which who whom whose it he she they we said says say told runs run launched'.split(' '));
/**
 * After a name: a thing noun, past an "of/for" tail of capitals and a bracketed short form ("Security Action for Europe (SAFE) programme", "SAFE) programme");
 * an apposition headed by a thing noun ("X, the drama that won", "X, our free newsletter"); coordination with things ("X and the other horses");
 * or a horse's rider or trainer.
 */
const THING_AFTER = new RegExp(String.raw`^(?:\s+(?:for|of)(?:\s+(?:the\s+)?\p{Lu}[\p{L}-]*)+)?(?:\s*\([^()\n]{1,24}\))?\)?(?:\s+(?:(${THING_ALT})s?|(${CLAUSE_ALT})|(?:(?:and|or)\s+\p{Lu}[\p{L}-]*\s+)?(${KIND_ALT}))\b(?!-)|,?\s+(?:also\s+)?(?:ridden|trained|saddled)\s+by\b|,\s+(?:directed|written|narrated|illustrated|composed)\s+by\b(?![^,.;!?\n]{1,60},\s+(?:(?:has|had|will|would)\s+)?(?:said|says|say|told|announced|reported|found|warned|urged|estimated|added|noted|published|surveyed|polled)\b)|\s+premiered\s+(?:at|in|on)\b|,\s+${DETERMINED_APPOSITION}(?:(?:${NAMING_ALT}|${CLAUSE_ALT})s?|${GLOSS_ALT})(?=${AFTER_HEAD})|\s+and\s+(?:the|other|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${NAMING_ALT})s\b)`, 'u');
/**
 * Before a name: a thing noun after a determiner and its modifiers ("the drug X", "the company's blood thinner X", "his Sunday column, X,"),
 * a storm's title ("Cyclone X"), a horse's rider's or trainer's verb ("rode X", "saddled X"), or a product's sale ("sold as X").
 * (After a comma the name must close the apposition: "the film, X said" is a report.)
 */
const THING_BEFORE = new RegExp(String.raw`(?:\b${DETERMINED}(?:${NAMING_ALT})s?(,)?\s+${REGION_WORD}|\b${DETERMINED}(?:${CLAUSE_ALT})s?(,)\s+${REGION_WORD}|\b(?:Storm|Cyclone|Hurricane|Typhoon)\s+|\b(?:rode|saddled|trains|trained)\s+|\b(?:titled|entitled)\s+|\b(?:sold|marketed|branded|rebranded|relaunched)\s+as\s+|\b(?:[Tt]he|[Aa]n?)\s+(?:${NAMING_ALT}),\s+(?:which|that)\s+[^.;!?]{0,60}?\b(?:named|called|dubbed)\s+)$`, 'u');
/**
 * Before a name: a list of things ("festivals, X in Y and Z", "labels such as X and Y"); after a comma the
 * name closes the apposition, or a place or the next name follows ("festivals, X in Y"; "films, X said" is a report).
 */
const LIST_BEFORE = new RegExp(String.raw`\b(?:${NAMING_ALT}|(?<!\b[Rr]ecord\s)label|product|title|variety|wine|game)s(?:\s+such\s+as|\s+like|\s+including|\s*:|(,))\s+$`, 'u');
const LIST_CLOSED = /^\s*(?:[,.;:!?)"”—–]|$)|^\s+(?:in|and)\b/;

/**
 * The run of ASCII letters that ends `text` between `from` and `end`, past trailing whitespace and one comma or colon
 * with the whitespace before it. THING_BEFORE and LIST_BEFORE are anchored at the end of their window, which V8 tries
 * from every position of it (a tenth of the name finder's time): they can only match where this word is one of their
 * last words, so a Set lookup of it skips the scan for most names.
 */
function lastWord(text: string, from: number, end: number): string {
  let i = end;
  while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  if (i > from && (c === 44 || c === 58)) {
    i--;
    while (i > from && isSpace(text.charCodeAt(i - 1))) i--;
  }
  let j = i;
  for (let k = text.charCodeAt(j - 1); j > from && ((k >= 65 && k <= 90) || (k >= 97 && k <= 122)); k = text.charCodeAt(j - 1)) j--;
  return text.slice(j, i);
}

const plurals = (ws: readonly string[]): string[] => ws.map((w) => `${w}s`);
const NAMING_WORDS = [...THING_NOUNS.filter((w) => !VERB_LIKE.has(w) && !w.includes('(') && !w.includes('[')), ...CREATURE_NOUNS, 'carrier', 'game'];
/** The words THING_BEFORE can end with (before its trailing whitespace, past a comma). */
const THING_BEFORE_LAST = new Set([
  ...NAMING_WORDS,
  ...plurals(NAMING_WORDS),
  ...CLAUSE_NOUNS,
  ...plurals(CLAUSE_NOUNS),
  ...[...REGION_ADJECTIVES].map((w) => w[0]?.toUpperCase() + w.slice(1)),
  ...'Storm Cyclone Hurricane Typhoon rode saddled trains trained titled entitled as named called dubbed'.split(' '),
]);
/** The words LIST_BEFORE can end with (before its trailing whitespace, past a comma or a colon). */
const LIST_BEFORE_LAST = new Set([...plurals(NAMING_WORDS), ...plurals(['label', 'product', 'title', 'variety', 'wine', 'game']), 'as', 'like', 'including']);

/** THING_BEFORE's match in `text` between `from` and `end`. */
function thingBefore(text: string, from: number, end: number): RegExpExecArray | null {
  return THING_BEFORE_LAST.has(lastWord(text, from, end)) ? THING_BEFORE.exec(text.slice(from, end)) : null;
}

/** LIST_BEFORE's match in `text` between `from` and `end`. */
function listBefore(text: string, from: number, end: number): RegExpExecArray | null {
  return LIST_BEFORE_LAST.has(lastWord(text, from, end)) ? LIST_BEFORE.exec(text.slice(from, end)) : null;
}
/**
 * A product's maker, or a measure or a pack of a product, before its name ("the maker of X cooking oil", "a bag of X", "two
 * bottles of X"): no body is made or sold by the bag. A closed class of English nouns, typed by hand.
 */
const PRODUCT_OF = /\b(?:makers?|producers?|brewers?|distillers?|(?:a|an|one|two|three|four|five|six|ten|\d+|the|per)\s+(?:bags?|bottles?|packets?|packs?|cans?|tins?|sacks?|cartons?|crates?|jars?|box|boxes|litres?|liters?|kilos?|tonnes?|tons?|pints?|glass|glasses|cups?))\s+of\s+$/i;
const MAKER_OF = /\b(?:makers?|producers?|brewers?|distillers?)\s+of\s+$/i;
/**
 * After a product's name that ends its noun phrase: punctuation, or an adverb, an auxiliary, a verb of price or sale, a
 * preposition or a conjunction ("a bag of X now costs", "a bottle of X, the ..."), not a noun it modifies: the maker's name
 * before its product ("a box of X chocolates") is the maker's.
 */
const PRODUCT_END = /^(?:\s*(?:[,.;:!?)"”—–]|$)|\s+(?:now|still|also|then|is|was|are|were|has|had|have|will|would|could|can|may|costs?|sells?|sold|went|rose|fell|doubled|in|on|at|for|from|to|and|or|with|than|by)\b)/;
const POSSESSIVE_AFTER = /^['’]s\b/;
/** Between two names of one list ("X and Y", "X, Y"). */
const LISTED = /^(?:\s+(?:and|or)\s+|,\s+)$/;
/** A quoted name's opening mark, and its end: the closing mark after at most six words on the line ("the "X Y" campaign"). */
const QUOTE_OPEN = /["“‘]$/;
const QUOTE_REST = /^[^"”’\n.!?]{0,60}?["”’]/;
/** A prize, a title or a race won ("won the X in 1987", "won the X by a length"): the name closes there. */
const WON_BEFORE = /\b(?:won|wins|win|winning)\s+(?:the|a|an)\s+$/;
const WON_AFTER = /^(?:\s*(?:[,.;:!?)"”—–]|$)|\s+(?:in|at|by|for|with|on)\b|\s*d['’]\p{Lu})/u;
/** Lowercase words after a name that are no common English ("X creuses, the drama …"): the rest of a title in another language. */
const FOREIGN_TAIL = /^(?:\s+\p{Ll}+){1,3}(?=,)/u;
/** Words that open the name of a plan or an operation ("Plan Michoacán", "Operation Sea Guardian"): a closed class, typed by hand. */
const THING_FIRST = new Set('plan project operation operação operación opération operazione ley lei loi decreto'.split(' '));
/**
 * Later in a "Project X" name's sentence, a body's noun that speaks for it ("Project X sent doctors, the charity said"):
 * charities and campaigns are named so as often as plans (review R21).
 */
const BODY_ANAPHOR_AFTER = /^[^.;!?\n]*?,\s+the\s+(?:charity|group|organi[sz]ation|foundation|nonprofit|non-profit|NGO|agency|network|institute|campaign\s+group|aid\s+group)\s+(?:said|says|added|told|announced|reported)\b/;
/** What closes an apposition after a name: punctuation or the sentence's end. */
const CLOSED = /^\s*(?:[,.;:!?)"”—–]|$)/;
const TITLE_WORD_AFTER = /^\s+\p{Lu}\p{Ll}+(?=[\s,])/u;
/** Words of horse-racing copy (cues' RACING_WORDS): where two of them stand, the runners are horses. */
const RACING_WORD = new RegExp(`\\b(?:${RACING_WORDS.join('|')})\\b`, 'gi');
/** In racing copy, a runner's people and the favourite beside it ("X's owners", "X and the favourite", "the favourite, X,"). */
const RUNNER_AFTER = /^(?:['’]s\s+(?:owners?|trainers?|jockey|rider|connections|breeder)\b|,?\s+and\s+the\s+favou?rite\b)/;
const RUNNER_BEFORE = /\bthe\s+favou?rite,\s+$/;

/**
 * "whose" and a work's noun before a name ("X, whose novel Y followed", "whose song "Y" topped"): the work's title. Only works,
 * not what a person runs or a body's programme ("whose campaign Y runs", "whose firm Y employs": review R28), and not a name a
 * given name opens ("whose film Jane Okafor produced").
 */
const WHOSE_WORK_BEFORE = /\b[Ww]hose\s+(?:(?:new|latest|first|debut|last|best-selling|hit|award-winning)\s+)?(?:novel|book|memoir|song|album|single|film|movie|documentary|play|poem|podcast|painting|sculpture)\s+["“‘]?$/;

/** Whether the text is horse-racing copy: two different racing words. */
function racingCopy(text: string): boolean {
  const seen = new Set<string>();
  for (const m of text.matchAll(RACING_WORD)) if (seen.add(m[0].toLowerCase().replace(/s$/, '')).size >= 2) return true;
  return false;
}

/**
 * Whether this mention of a name is a thing's: followed or introduced by a thing noun ("the X index", "the drug X"), or what a
 * thing's name opens with; `'eponym'` when only a singular noun of events or payments follows it ("the X rally", "a X grant"),
 * `'modified'` when a thing noun follows only past hyphenated modifiers ("the X coal-export project").
 */
function thingAt(c: Cand, text: string, racing: () => boolean): boolean | 'eponym' | 'modified' {
  const end = endOf(c);
  // (Whether the copy is racing copy is read only beside a runner's cue: a scan of the whole text.)
  if (!c.part.given && (RUNNER_AFTER.test(text.slice(end, end + 40)) || (RUNNER_BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start)) && CLOSED.test(text.slice(end, end + 4)))) && racing()) return true;
  const near = text.slice(Math.max(0, c.start - 60), c.start);
  if (near.includes('hose ') && WHOSE_WORK_BEFORE.test(near) && !isGivenName(firstOf(c.part.tokens).norm)) return true;
  // A name in quotes is the thing's title with the quoted words after it ("the "Puerto Vivo" campaign", "a campaign, "Vissza a pénzt",").
  if (QUOTE_OPEN.test(text.slice(c.start - 1, c.start))) {
    const rest = QUOTE_REST.exec(text.slice(end, end + 64))?.[0];
    if (rest !== undefined && text.slice(c.start, end + rest.length).split(/\s+/).length <= 6) {
      const quoted = text.slice(end + rest.length, end + rest.length + 80);
      if (THING_AFTER.test(quoted)) return true;
      const before = thingBefore(text, Math.max(0, c.start - 101), c.start - 1);
      if (before && ((before[1] === undefined && before[2] === undefined) || CLOSED.test(quoted))) return true;
    }
  }
  const after = text.slice(end, end + 80);
  // (Not in brackets, where it is the short form of a body's name before it: "Identity Documents (ID) office".)
  if (c.part.acronym && TECH_INITIALISMS.has(text.slice(c.start, end).toUpperCase()) && DEVICE_AFTER.test(after) && !OPEN_BRACKET.test(text.slice(Math.max(0, c.start - 2), c.start))) return true;
  const match = THING_AFTER.exec(after);
  // (An acronym before a noun of kinds is as often a body's: "ANC elders".)
  const thing = match?.[3] !== undefined && c.part.acronym ? null : match;
  // (An acronym before a scheme's noun is as often the body that runs it: "the IMF programme";
  // not in brackets, where it is the short form of the name before: "Secure Roads for Europe (SRE) programme".)
  // (So is an acronym before an event's noun: "the WTA event", "a PTI rally", "the UEFA competition".)
  const modified = thing ? undefined : modifiedThing(c, text, after);
  const noun = thing?.[1] ?? thing?.[2] ?? modified?.noun;
  if ((thing || modified) && !(c.part.acronym && noun !== undefined && (RUN_BY_BODIES.has(noun) || thing?.[2] !== undefined) && !OPEN_BRACKET.test(text.slice(Math.max(0, c.start - 2), c.start)))) {
    if (modified?.hyphenated) return 'modified';
    return noun !== undefined && thing?.[1] === undefined && EPONYM_NOUNS.has(noun) ? 'eponym' : true;
  }
  const before = thingBefore(text, Math.max(0, c.start - 100), c.start);
  if (before && ((before[1] === undefined && before[2] === undefined) || CLOSED.test(after))) return true;
  // (A known surname or given name in it is the eponym's: "the Okafor funeral", "the Lindqvist final".)
  if (!thing && !modified && dataThingAt(c, text, after)) return 'eponym';
  // A product's maker or a measure of it before the name ("the maker of X", "a bag of X"); not an acronym nor a possessive,
  // a firm's as often ("a maker of BMW parts", "the maker of X's engines").
  // A measure's name ends its noun phrase ("a bag of X now costs"), not the maker's before its product ("a box of X chocolates").
  if (!c.part.acronym && !POSSESSIVE_AFTER.test(after) && lastWord(text, Math.max(0, c.start - 40), c.start) === 'of') {
    const of = text.slice(Math.max(0, c.start - 40), c.start);
    if (PRODUCT_OF.test(of) && (MAKER_OF.test(of) || PRODUCT_END.test(after))) return true;
  }
  if (WON_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start)) && WON_AFTER.test(after)) return true;
  const list = listBefore(text, Math.max(0, c.start - 40), c.start);
  if (list && (list[1] === undefined || LIST_CLOSED.test(after))) return true;
  // A title in another language writes its later words in lowercase ("X creuses, the drama that …").
  const tail = FOREIGN_TAIL.exec(after)?.[0];
  if (tail && !tail.trim().split(/\s+/).some((w) => isCommonWord(w) || NOT_NAMES.has(w)) && THING_AFTER.test(after.slice(tail.length))) return true;
  return false;
}

/**
 * The thing noun after a name that a determiner opens, past a number or lowercase modifiers ("the X 18 scholarship program"),
 * and whether only hyphenated modifiers stand between (no number): "the X coal-export project" is as often X's project.
 */
function modifiedThing(c: Cand, text: string, after: string): { noun: string; hyphenated: boolean } | undefined {
  const m = THING_MODIFIED.exec(after);
  if (!m || (m[1] === undefined && !m[2]) || c.part.acronym || !DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return undefined;
  // (A lowercase word after a name is as often its verb, "the X order urgent line works": only hyphenated compounds,
  // which no verb is, count as modifiers without a number before them: "road-safety", "cash-transfer".)
  for (const w of (m[2] ?? '').trim().split(/\s+/)) {
    if (w && (NOT_MODIFIERS.has(w) || (m[1] === undefined && !w.includes('-')) || (!w.includes('-') && /(?:ed|[^s]s)$/.test(w)))) return undefined;
  }
  const noun = m[3] ?? m[4];
  return noun === undefined ? undefined : { noun, hyphenated: m[1] === undefined };
}

/**
 * WordNet's nouns of things (thing-noun-data.ts, from scripts/thing-noun-data.mjs: drugs, vehicles, software, events,
 * documents, works, dishes and drinks, games), past THING_NOUNS: the singular noun right after a name that a determiner
 * opens ("the X sedan", "its X spreadsheet"), when no noun of its maker or its people follows ("the X sedan maker", "the X
 * scooter workers"); or the noun after a determiner right before the name, no comma between ("its sedan X", "the
 * pastry X"). Cheap: an anchored regex over the 80 characters after the name, and a Set lookup of the word before it.
 */
let thingWords: Set<string> | undefined;
const DATA_NOUN_AFTER = /^\s+(\p{Ll}+)(?![\p{L}'’-])(?!\s+(?:makers?|manufacturers?|producers?|developers?|builders?|compan(?:y|ies)|firms?|group|units?|division|plants?|factor(?:y|ies)|brand|workers|staff|employees|chief|owners?|operators?|executives?|shares|stake)\b)/u;
const DATA_NOUN_BEFORE = new RegExp(String.raw`\b${DETERMINER}\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+$`, 'u');
function dataThingAt(c: Cand, text: string, after: string): boolean {
  if (c.part.acronym) return false;
  const words = (thingWords ??= unpackWords(THING_NOUN_WORDS));
  const m = DATA_NOUN_AFTER.exec(after);
  if (m?.[1] !== undefined && words.has(m[1]) && DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start))) return true;
  const last = lastWord(text, Math.max(0, c.start - 40), c.start);
  if (!words.has(last) || /[,:]\s*$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return false;
  // "the game X lost on Sunday": a result after the name makes X a side, not the game's own name (untypeCommonNouns' GAME_BEFORE).
  if (RESULT_AFTER.test(after)) return false;
  const b = DATA_NOUN_BEFORE.exec(text.slice(Math.max(0, c.start - 60), c.start));
  return b?.[1] === last;
}

/** Whether a name cut before a title word is a thing's with it: the title word ends the thing's name ("X Prince, also trained by"). */
function thingThroughTitle(c: Cand, text: string): boolean {
  if (!c.part.beforeTitle) return false;
  const end = endOf(c);
  const title = TITLE_WORD_AFTER.exec(text.slice(end, end + 24))?.[0];
  return title !== undefined && THING_AFTER.test(text.slice(end + title.length, end + title.length + 80));
}

/** Relative "which" after a name: a thing's clause as much as a body's. */
const WHICH_AFTER = /^["”’']?,?\s+which\b/;

/**
 * Whether a mention of a name introduced as a thing speaks of an actor all the same: a person's or a body's strong cue
 * ("X, 54,", "X's chief executive", "shares in X"), a report it makes ("X said", "X, who"), or one made by it or to it
 * ("told X", "X reported"). A pronoun in its sentence ("X will be expanded, he said"), "its", "at X" or the next
 * sentence's "the company" are anyone's: a programme, a drug or a race has them as well.
 */
function actorEvidence(c: Cand, text: string): boolean {
  const end = endOf(c);
  const cues = (c.at.cues ??= cuesAt(text, c.start, end, c.part.sentenceStart, c.limit));
  if (cues.strongPerson || cues.strongOrg) return true;
  if (cues.person === 0 && cues.organization === 0) return false;
  const after = text.slice(end, end + 40);
  return PERSON_AFTER.test(after) || (ORG_AFTER.test(after) && !WHICH_AFTER.test(after)) || ORG_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start));
}

/**
 * A clause's subject that acts, or a possessive with a role (session 16): the name opens its sentence or follows "the", a
 * comma or "and", and a finite verb of what actors do follows it ("The X won 31 percent", "X employs 3,000 people", "X plans
 * to enter Ghana"), or a role noun follows its possessive ("X's leader"). A closed class of verbs a product, a fee or a sale
 * takes rarely ("rose", "costs" and "raised" are not in it).
 */
const ACTING_AFTER = /^(?:\s+(?:won|wins|lost|employs|employed|hired|hires|plans|planned|opened|opens|posted|posts|elected|appointed|appoints|fired|governs|governed|announced|announces|signed|signs|sued|sues|wants|wanted|demanded|demands|rejected|rejects|accused|accuses|campaigned|pledged|nominated|nominates|leads|controls|controlled)\b|['’]s\s+(?:leader|leaders|leadership|chief|chairman|chairwoman|chair|president|founder|spokesman|spokeswoman|spokesperson|members|candidate|candidates|staff|employees|workers|board|executives?)\b)/;
const SUBJECT_BEFORE = /(?:^|[.!?"”:]\s*|\b[Tt]he\s+|,\s+|\band\s+)$/;
function subjectActs(c: Cand, text: string): boolean {
  const end = endOf(c);
  return ACTING_AFTER.test(text.slice(end, end + 40)) && SUBJECT_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
}

/**
 * Names of things, not actors: every mention of a name's entity is followed or introduced by a
 * thing noun or none says more, and no mention has a body's or a person's evidence (a head word
 * for a body, a title, or a cue around it: "X said", "X's chief executive", "shares in X").
 * A name opened by a plan's or an operation's word ("Plan X", "Operation X") is a thing too,
 * unless its cues say otherwise. Untypes such entities in place.
 */
export function untypeThings(candidates: readonly Cand[], text: string): void {
  let things: Set<string> | undefined;
  // Mentions in a thing's context: the cues around them read the thing's (a bracket after its name: "(SRE) programme").
  const thingMentions = new Set<Cand>();
  // Thing mentions whose title word is the end of the thing's name: the title is no evidence.
  let titled: Set<Cand> | undefined;
  // Mentions followed only by a noun of events or payments ("a X rally"), and the names with no other thing mention.
  const eponymMentions = new Set<Cand>();
  const named = new Set<string>();
  // Mentions before a thing noun past hyphenated modifiers only ("the X coal-export project").
  const modifiedMentions = new Set<Cand>();
  let prev: Cand | undefined;
  let isRacing: boolean | undefined;
  const racing = (): boolean => (isRacing ??= racingCopy(text));
  // The names a storm's word opens ("Storm Petra", dropped as a storm's): the word alone later is the storm ("Petra tore the roof off").
  let storms: Set<string> | undefined;
  for (const c of candidates) {
    const last = prev;
    prev = c;
    if (!c.id && c.part.length === 2 && c.part.common && STORM_WORDS.has(firstOf(c.part.tokens).norm)) (storms ??= new Set()).add(lastOf(c.part.tokens).norm);
    if (!c.id || c.type === 'place') continue;
    const at = thingAt(c, text, racing);
    if (at === 'eponym') eponymMentions.add(c);
    else if (at === 'modified') modifiedMentions.add(c);
    else if (at) named.add(c.id);
    // The next name of a list that a thing opens is a thing too ("labels such as X and Y").
    if (at || (last && thingMentions.has(last) && listBefore(text, Math.max(0, last.start - 40), last.start) !== null && LISTED.test(text.slice(endOf(last), c.start)))) {
      (things ??= new Set()).add(c.id);
      thingMentions.add(c);
    } else if (thingThroughTitle(c, text)) {
      (things ??= new Set()).add(c.id);
      thingMentions.add(c);
      (titled ??= new Set()).add(c);
    } else if (c.part.length > 1 && THING_FIRST.has(firstOf(c.part.tokens).norm) && !BODY_ANAPHOR_AFTER.test(text.slice(endOf(c), Math.min(c.limit ?? text.length, endOf(c) + 160)))) (things ??= new Set()).add(c.id);
  }
  if (storms) untypeStorms(candidates, text, storms);
  if (!things) return;
  const evidence = new Set<string>();
  for (const c of candidates) {
    if (!c.id || !things.has(c.id)) continue;
    const p = c.part;
    const eponym = !named.has(c.id);
    if (c.type === 'place' || p.afterTitle || (p.beforeTitle && !titled?.has(c)) || hasOrgWord(p.tokens) || libraryVote(p.key) !== undefined || KNOWN_ORGS.has(p.key)) evidence.add(c.id);
    // A known surname or given name before an event's or a payment's noun is its organiser or eponym ("a Trump rally").
    else if (eponymMentions.has(c) && p.tokens.some((t) => isSurname(t.norm) || isGivenName(t.norm))) evidence.add(c.id);
    // A known surname ending a name, or a one-word known given name, before hyphenated modifiers and a thing noun is the
    // owner's ("the X iron-ore pipeline"; not "the Tani Maju road-safety campaign", whose given name opens a longer name).
    else if (modifiedMentions.has(c) && (isSurname(lastOf(p.tokens).norm) || (p.tokens.length === 1 && isGivenName(lastOf(p.tokens).norm)))) evidence.add(c.id);
    else if (!thingMentions.has(c)) {
      // (So is a name with any actor cue elsewhere, where nothing but such nouns or hyphenated modifiers made it a thing.)
      const cues = eponym ? (c.at.cues ??= cuesAt(text, c.start, endOf(c), p.sentenceStart, c.limit)) : undefined;
      // An apposition naming a body ("X, a unit of the telecom operator,") says so as well.
      if (actorEvidence(c, text) || subjectActs(c, text) || (cues !== undefined && (cues.person > 0 || cues.organization > 0)) || FIRM_GLOSS.test(text.slice(endOf(c), endOf(c) + 80))) evidence.add(c.id);
    }
  }
  for (const c of candidates) {
    if (c.id && things.has(c.id) && !evidence.has(c.id)) {
      c.type = undefined;
      c.id = undefined;
    }
  }
}

/**
 * Before a fund's name, money paid out of it or drawn on it, or an owner's pronoun ("payments from the X Fund", "drawing on
 * the X Fund", "paid into the X Fund", "its X Fund"); not a loan or an amount from it, as a lender that is a body gives
 * ("a loan from the X Fund for Development").
 */
const FUND_BEFORE = /(?:\b(?:payments?|payouts?|compensation|claims|disbursements?)\s+(?:from|out\s+of)\s+(?:the\s+)?|\b(?:draw|draws|drew|drawn|drawing)\s+on\s+(?:the\s+)?|\b(?:paid|pay|pays|put|puts)\s+into\s+(?:the\s+)?|\b[Ii]ts\s+|\bprotected\s+by\s+the\s+)$/;
/** After a fund's name, what it pays out ("the X Fund, which pays claims if …"). */
const FUND_AFTER = /^,?\s+which\s+(?:pays|paid|covers|compensates|reimburses)\b/;
const FUND_WORDS = new Set(['fund', 'funds']);

/**
 * Funds that are pots of money, no bodies (session 16): a name a fund's word heads, no other head word of bodies in it,
 * that a mention shows paid out of, drawn on, paid into or owned ("payments from the X Solidarity Fund", "drawing on the X
 * Compensation Fund", "its X Fund for Y"), where no mention has a body's or a person's evidence ("the X Fund said", "the
 * fund's chief executive"; a body's acronym bound to it counts: "XF said"). Untypes them in place.
 */
export function untypeFunds(candidates: readonly Cand[], text: string): void {
  let funds: Set<string> | undefined;
  for (const c of candidates) {
    if (!c.id || c.type !== 'organization' || c.part.length < 2 || !c.part.tokens.some((t) => FUND_WORDS.has(t.norm))) continue;
    if (c.part.tokens.some((t) => ORG_WORDS.has(t.norm) && !FUND_WORDS.has(t.norm))) continue;
    const end = endOf(c);
    if (FUND_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)) || FUND_AFTER.test(text.slice(end, end + 30))) (funds ??= new Set()).add(c.id);
  }
  if (!funds) return;
  for (const c of candidates) if (c.id && funds.has(c.id) && (c.part.beforeTitle || c.part.afterTitle || actorEvidence(c, text))) funds.delete(c.id);
  for (const c of candidates) {
    if (c.id && funds.has(c.id)) {
      c.type = undefined;
      c.id = undefined;
    }
  }
}

/**
 * Before an initialism that the article writes as a common noun: an indefinite article or a possessive pronoun, with up
 * to two lowercase modifiers between ("an IPO", "its AGM", "a new copper ETF"), or a superlative ("the country's largest
 * IPO"). A body's acronym takes neither but as a modifier of the noun after it ("an EU official", "its IMF loan"), which
 * {@link HEAD_CLOSED} tells apart.
 */
const COMMON_NOUN_BEFORE = /(?:\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Yy]our)(?:\s+(?:new|planned|proposed|first|second|third|annual|extraordinary|special|initial|latest|next|last|long-awaited|delayed|secondary)(?:\s+\p{Ll}[\p{Ll}-]*)?)?|\b(?:larg|bigg|small|great|high|low|late|earli)est)\s+$/u;
/** A possessive pronoun before the initialism: with a closing quote after, a body's name quoted ("defend "our X""). */
const POSSESSIVE_BEFORE = /\b(?:[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our)\s+$/;
const QUOTE_AFTER = /^\s*["”’']/;
/**
 * After an initialism that heads its noun phrase: punctuation, a preposition, a relative pronoun, an auxiliary or a verb of
 * change ("an IPO on the exchange", "its AGM in March", "its EBITDA fell"); not a noun it modifies ("an EU official") nor
 * "and", which coordinates modifiers as often ("its EU and NATO allies").
 */
const HEAD_CLOSED = /^(?:\s*(?:[,.;:!?)"”—–]|$)|\s+(?:in|on|of|for|at|by|from|with|to|that|which|is|was|will|would|could|has|had|rose|fell|grew|jumped|dropped|declined|increased|climbed|slipped|shrank|contracted|expanded)\b)/u;

/**
 * Initialisms that the article writes as common nouns, no actor (session 16): an acronym that one mention shows heading a
 * noun phrase after an indefinite article, a possessive pronoun or a superlative ("plans an IPO on the exchange", "at its
 * AGM in March", "the country's largest IPO"), or that the article also writes in the plural ("IPOs", "NGOs"), as no
 * body's name is. Not where a mention has a body's or a person's evidence ("X said", "shares in X", "X chief Y"), nor an
 * acronym that spells or brackets a name of the article (its id is shared with that name's). Every mention of it goes.
 * Session 18: also an initialism WordNet has only as a common noun of things, acts, messages or money (COMMON_INITIALISMS,
 * initialism-data.ts: "GDP", "VAT", "TV", "OLED", "EBITDA"), on the same terms: a body's cue on any mention keeps it
 * ("the ICE said", "told ICE", "(ICE)"). The article's own cues still find the trade's initialisms WordNet lacks.
 */
export function untypeCommonInitialisms(candidates: readonly Cand[], text: string): void {
  let common: Set<string> | undefined;
  // Whether the article writes each initialism's plural, read once per initialism, not per mention.
  const plural = new Map<string, boolean>();
  for (const c of candidates) {
    if (!c.id || c.type !== 'organization' || !c.part.acronym) continue;
    const end = endOf(c);
    const word = text.slice(c.start, end);
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    const after = text.slice(end, end + 16);
    if (COMMON_INITIALISMS.has(word) || (COMMON_NOUN_BEFORE.test(before) && HEAD_CLOSED.test(after) && !(QUOTE_AFTER.test(after) && POSSESSIVE_BEFORE.test(before))) || measureUse(text, c.start, end, before) || (plural.get(word) ?? plural.set(word, pluralWritten(text, word)).get(word))) (common ??= new Set()).add(c.id);
  }
  if (!common) return;
  for (const c of candidates) {
    if (!c.id || !common.has(c.id)) continue;
    if (!c.part.acronym || c.part.beforeTitle || c.part.afterTitle || OPEN_BRACKET.test(text.slice(Math.max(0, c.start - 2), c.start)) || actorEvidence(c, text) || subjectActs(c, text) || bodyCueAt(c, text)) common.delete(c.id);
  }
  for (const c of candidates) {
    if (c.id && common.has(c.id)) {
      c.type = undefined;
      c.id = undefined;
    }
  }
}

/**
 * A body's people or rule after an initialism ("X agents", "X officials", "X spokesman", "X leader Y", "the X government"): a
 * body's letters, not a thing's ("PC users", "TV viewers" are a thing's).
 */
const BODY_PEOPLE = `agents officials officers inspectors investigators spokesman spokeswoman spokesperson chief director chairman chairwoman
  leader leaders leadership lawmakers legislators government administration`.split(/\s+/);
const BODY_PEOPLE_AFTER = new RegExp(String.raw`^\s+(?:${BODY_PEOPLE.join('|')})\b`);
/**
 * After an initialism, the lowercase word it modifies and the word after that ("LNG imports rose", "GMO seed must", "the EV
 * market grew").
 */
const MODIFIED_AFTER = /^\s+(\p{Ll}[\p{Ll}-]{2,})(?:[ \t]+([\p{L}\d$]+))?/u;
/** Words that open a verb's object or a number: after them the lowercase word was the initialism's verb ("The X placed the firm"). */
const OBJECT_AFTER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|\d.*|\$.*|\p{Lu}.*)$/u;
/**
 * What a body's letters stand before, not a thing's: its people, posts, units and premises ("X lawmaker", "X general manager",
 * "X delegation", "X headquarters"). A closed class, typed by hand; compromise's nouns for persons are read as well.
 */
const BODY_MODIFIED = new Set([...BODY_PEOPLE, ...`official members member lawmaker staff delegation delegates envoy envoys chiefs boss
  head manager general secretary candidate candidates supporters troops forces soldiers fighters militants rebels headquarters
  office offices branch branches unit units team squad board executives executive ministers minister council councillors
  activists workers employees counsel lawyers statement letter notice report filing decision ruling audit probe spokespeople
  shares stock bonds voters`.split(/\s+/)]);
/** Events and payments a body holds or gives ("the X event", "a X rally", "the X competition", "X grants"): its letters are the body's. */
const EVENT_MODIFIED = new RegExp(`^(?:${CLAUSE_ALT}|event|events|rally|rallies|meeting|summit|conference|congress|games|match|league|cup|final|finals|awards?|prize)$`);
/** Verbs that are no noun a thing's letters modify (and take no "-ed"/"-s" ending): "X put the figure", "X cut rates". */
const BARE_VERBS = new Set('put cut set met led won lost told made took gave kept sent paid hit bought sold said says let ran saw'.split(' '));

/**
 * Whether this mention of an initialism modifies a lowercase common noun, as a thing's letters do ("LNG imports", "GMO
 * maize", "a GLOF warning system", "the EV market"): the word after it is no function word, no body's people, post or unit
 * (BODY_MODIFIED, compromise's persons' nouns, ORG_WORDS), no adverb, and no verb before its object ("The X placed the
 * firm", "X delivers 60,000 doses"). Nor after a body's noun, where the letters are the body's name in apposition ("the
 * agency X put inflation at").
 */
function modifiesNoun(c: Cand, text: string): boolean {
  const end = endOf(c);
  const m = MODIFIED_AFTER.exec(text.slice(end, end + 40));
  const w = m?.[1];
  if (!m || !w) return false;
  if (NOT_NAMES.has(w) || BARE_VERBS.has(w) || BODY_MODIFIED.has(w) || ORG_WORDS.has(w) || EVENT_MODIFIED.test(w) || w.endsWith('ly') || isActorNoun(w) || isActorNoun(w.replace(/s$/, ''))) return false;
  const next = m[2];
  if (next !== undefined && OBJECT_AFTER.test(next) && /(?:ed|s)$/.test(w)) return false;
  // (A modifier of a body's noun or post: "the X guerrilla army", "X general manager", "the X regional exchange".)
  if (next !== undefined && (BODY_MODIFIED.has(next) || ORG_WORDS.has(next.toLowerCase()) || isActorNoun(next))) return false;
  // (A past tense in -ed is a verb, "The X confirmed on Monday"; not a noun in -eed, "X seed".)
  if (w.length > 4 && /[^e]ed$/.test(w)) return false;
  return !BODY_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start));
}

/** Lowercase words before a bracket ("liquefied natural gas ("), up to eight, hyphens splitting them ("electric-vehicle"). */
const LOWER_WORDS_BEFORE = /((?:\p{Ll}+[\s-]+){1,8})\(\s*$/u;
/** Words an expansion leaves out of its initials. */
const EXPANSION_SKIPS = new Set('of and the for in on to a an de'.split(' '));

/**
 * Whether this initialism in brackets follows the lowercase words it stands for ("liquefied natural gas (LNG)", "electric
 * vehicles (EVs)", "genetically modified organisms (GMOs)"): a thing the article spells out as a common noun, as no body's
 * name is written.
 */
function lowercaseExpansion(c: Cand, text: string): boolean {
  const m = LOWER_WORDS_BEFORE.exec(text.slice(Math.max(0, c.start - 100), c.start));
  if (!m?.[1]) return false;
  const letters = text.slice(c.start, endOf(c)).replace(/s$/, '').toLowerCase();
  const words = m[1].trim().split(/[\s-]+/);
  // The initials of the last words, the skipped function words giving a letter or none.
  for (let from = words.length - 1; from >= 0; from--) {
    const tail = words.slice(from);
    if (tail[0] !== undefined && EXPANSION_SKIPS.has(tail[0])) continue;
    const all = tail.map((w) => w[0]).join('');
    const kept = tail.filter((w) => !EXPANSION_SKIPS.has(w)).map((w) => w[0]).join('');
    if (all === letters || kept === letters) return true;
    if (kept.length > letters.length) return false;
  }
  return false;
}

/**
 * Initialisms of things the article writes only before the nouns they modify, twice or more, or spells out in lowercase
 * (session 19): fuels, technologies, products and measures ("LNG imports ... new LNG contracts", "GMO maize ... GMO seed",
 * "electric vehicle (EV) charging"). One mention before a noun is a firm's or a body's as often ("X cargo flights", "X
 * prices", "the X event": sessions 16-17 reviews), so it stays. An initialism no name of the article spells (its id its own letters), no body WordNet knows
 * (BODY_INITIALISMS: "EU rules", "IMF loan talks") or the lexicon knows, each mention of which modifies a noun
 * (modifiesNoun) or follows its lowercase expansion; none acts, is told, follows "by", carries a title or a body's
 * people, or stands in brackets beside a name. Every mention of it goes.
 */
export function untypeThingInitialisms(candidates: readonly Cand[], text: string): void {
  // Per initialism: whether every mention so far modifies a noun, whether one follows its lowercase expansion, and whether
  // one shows an actor (or the letters are a known body's or a name's).
  let seen: Map<string, { modifies: boolean; goods: boolean; expanded: boolean; actor: boolean; count: number }> | undefined;
  for (const c of candidates) {
    if (!c.id || c.type !== 'organization' || !c.part.acronym || c.part.length !== 1) continue;
    const e = (seen ??= new Map()).get(c.id) ?? { modifies: true, goods: false, expanded: false, actor: false, count: 0 };
    seen.set(c.id, e);
    e.count++;
    if (e.actor) continue;
    const word = text.slice(c.start, endOf(c));
    const bracketed = OPEN_BRACKET.test(text.slice(Math.max(0, c.start - 2), c.start));
    const expanded = bracketed && lowercaseExpansion(c, text);
    e.expanded ||= expanded;
    e.modifies &&= !bracketed && modifiesNoun(c, text);
    e.goods ||= e.modifies && GOODS_AFTER.test(text.slice(endOf(c), endOf(c) + 24));
    e.actor = c.id !== slug(word) || BODY_INITIALISMS.has(word.replace(/s$/, '')) || KNOWN_ORGS.has(c.part.key) || (bracketed && !expanded) || c.part.beforeTitle || c.part.afterTitle || BY_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start)) || actorEvidence(c, text) || subjectActs(c, text) || bodyCueAt(c, text);
  }
  if (!seen) return;
  for (const c of candidates) {
    const e = c.id ? seen.get(c.id) : undefined;
    // (One mention before a noun is a firm's as often, "X cargo flights", "X prices": the reading needs two, and one of them
    // before a good's noun; a body's own things, "X tariffs", "X strongholds", "X loans", are no thing's, review R17.)
    if (e && !e.actor && ((e.modifies && e.goods && e.count > 1) || e.expanded)) {
      c.type = undefined;
      c.id = undefined;
    }
  }
}
const BY_BEFORE = /\bby\s+(?:the\s+)?$/;
/**
 * After a thing's initialism, the goods, crops, plants and markets a fuel, crop or technology names and no body owns ("X
 * imports", "X maize", "X terminal", "X chargers", "the X market"). Not tariffs, loans, deposits, cards, clubs, posters or
 * tickets: a utility's, a bank's, a fund's, a league's or a party's own (review R17).
 */
const GOODS_AFTER = /^\s+(?:imports?|exports?|cargoes|seeds?|maize|crops?|cotton|soya|plants?|terminals?|tankers?|carriers?|pipelines?|vehicles?|cars|trucks|buses|chargers?|charging|batteries|engines?|fuel|production|output|reserves|market|markets|sector|industry|technology|technologies|funds|investing|investments?|disclosures?|reporting)\b(?!-)/;

/** A body's spokesman or officials and "for", "of", "at" or "from" before it ("a spokesman for X", "officials at the X"). */
const BODY_PEOPLE_BEFORE = new RegExp(String.raw`\b(?:${SPOKESPERSON}|officials)\s+(?:for|of|at|from)\s+(?:the\s+)?$`);
/**
 * Before an initialism, what is done to a body or a person and to no thing: asked, urged, sued, petitioned or lobbied ("ministers
 * asked the X to lend"), or a body's deed in the passive with "by" ("detained by X", "fined by X"). Not "backed the", "joined",
 * nor money's or ownership's verbs ("funded by", "bought by", "operated by"), which a thing takes as often ("backed the IPO",
 * "funded by VAT", "operated by GPS"; session 19 review); nor "caused by", "measured by".
 */
const BODY_OBJECT_BEFORE = /\b(?:asked|urged|sued|petitioned|lobbied|(?:detained|arrested|raided|fined|sued|hired|employed|appointed|nominated|investigated|charged|critici[sz]ed|condemned)\s+by)\s+(?:the\s+)?$/;
/** "delivered by X" with no noun after the name ("delivered by X on Monday", not "delivered by IV drip"): a carrier. */
const DELIVERED_BY_BEFORE = /\bdelivered\s+by\s+$/;
const NO_NOUN_AFTER = /^(?:\s*[,.;:]|\s*$|\s+(?:on|in|at|to|from|and|last|this|after|before|when)\b)/;
/**
 * What a body does and no thing an initialism stands for ("the X approved a loan", "the X ruled", "X cut supply"). "declined"
 * only before "to" ("the X declined to comment"): alone it is an indicator's verb ("as GDP declined"; session 19 review).
 */
const BODY_ACTS_AFTER = /^\s+(?:approved|approves|ruled|rules|lent|lends|granted|grants|ordered|orders|fined|fines|arrested|detained|raided|urged|urges|declined\s+to|refused|voted|decided|cut\s+(?:supply|supplies|power|electricity|off)|switched\s+off)\b/;
/** Before a clause's subject: SUBJECT_BEFORE, or a conjunction that opens a clause ("after X cut supply", "when the X ruled"). */
const CLAUSE_BEFORE = /\b(?:after|when|before|until|because|as|since|while|once)\s+(?:the\s+)?$/;

/**
 * Whether a mention of an initialism shows a body: its people after it or before it, what is done to a body before it, or a
 * body's verb after it as a clause's subject ("ICE agents", "a spokesman for the X", "asked the X", "The X approved a loan").
 */
function bodyCueAt(c: Cand, text: string): boolean {
  const end = endOf(c);
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  return BODY_PEOPLE_AFTER.test(after) || BODY_PEOPLE_BEFORE.test(before) || BODY_OBJECT_BEFORE.test(before) || (DELIVERED_BY_BEFORE.test(before) && NO_NOUN_AFTER.test(after)) || (BODY_ACTS_AFTER.test(after) && (SUBJECT_BEFORE.test(before.slice(-12)) || CLAUSE_BEFORE.test(before)));
}

/**
 * Before an initialism that names a measure: a share of it, past a place's possessive ("3% of GDP", "a tenth of Malta's GDP",
 * "one per cent of the country's GNI").
 */
const SHARE_OF_BEFORE = /(?:%|\bper\s?cent|\bpercent|\b(?:half|third|quarter|fifth|tenth|share|proportion|fraction)s?)\s+of\s+(?:(?:the\s+)?[\p{L}-]+['’]s\s+)?$/u;
/** What closes a measure's noun phrase after a share of it: HEAD_CLOSED's words, or "and", "but", "while" (a clause goes on). */
const MEASURE_CLOSED = /^(?:\s*(?:[,.;:!?)"”—–]|$)|\s+(?:in|on|of|for|at|by|from|with|to|that|which|is|was|will|would|has|had|and|but|while)\b)/u;
/**
 * Before a share of a measure, the words that make it one ("brings in 3% of GDP", "makes up a tenth of X", "a deficit of 3%
 * of X"). Without them "N% of X" is a stake as often ("has 24.9% of X", "retains 51% of X"): ownership takes many verbs.
 */
const SHARE_MEASURE_BEFORE = /\b(?:amount(?:s|ed|ing)?\s+to|equal(?:s|led|ling)?\s+to|equivalent\s+to|mak(?:e|es|ing)\s+up|made\s+up|account(?:s|ed|ing)?\s+for|br(?:ing|ings|inging|ought)\s+in|deficits?|debts?|surplus(?:es)?|spending|expenditure)\b/;
/**
 * After an initialism that names a measure: its value per head ("GDP per capita"), or its rate as a percentage set by a rate's
 * verb (RATE_VERB_BEFORE: "cut VAT to 10%", "charges VAT at 18%") or after an article ("a VAT of 16%"). Not a party's score
 * in a poll ("put the X at 40%", "lift X to 41%"), nor a firm's growth or its goods ("X grew 30%", "X growth", "X cargoes",
 * "X prices"): firms, blocs and parties take those as often as measures (review R1, R5).
 */
const MEASURE_AFTER = /^\s+per\s+capita\b/u;
const RATE_TO_AFTER = /^\s+(?:at|to)\s+\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)/u;
const RATE_OF_AFTER = /^\s+of\s+\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)/u;
/** Before a rate's initialism, a verb that sets a rate (with RATE_TO_AFTER), or an article (with RATE_OF_AFTER). */
const RATE_VERB_BEFORE = /\b(?:cut|cuts|cutting|raise[sd]?|raising|lower(?:s|ed|ing)?|reduce[sd]?|reducing|set|sets|setting|increase[sd]?|increasing|hike[sd]?|hiking|charges?|charged|charging|levy|levies|levied|levying)\s+$/;
const ARTICLE_BEFORE = /\b(?:an?|the)\s+$/;
/** After a rate's initialism, the rate set in an apposition, past the goods it is on ("the VAT on fuel, raised to 16%"). */
const RATE_SET_AFTER = /^(?:\s+on\s+\p{Ll}[\p{Ll}\s-]{0,30}?)?,?\s+(?:raised|cut|lowered|reduced|set|fixed|increased)\s+to\s+\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)/u;
/**
 * Before a tax's initialism put on goods ("levied GST on fuel", "imposed X on imported rice"): with TAX_ON_AFTER. Not "put" or
 * "charge", which take firms as often ("put X on negative watch", "charged X on counts of fraud": review R3).
 */
const TAX_VERB_BEFORE = /\b(?:impose[sd]?|imposing|levy|levies|levied|levying|waive[sd]?|waiving)\s+$/;
/** After it, the goods: "on" and a lowercase word that is no determiner or pronoun. */
const TAX_ON_AFTER = /^\s+on\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)\p{Ll}/u;
/** Before a share or a rate: a stake in a firm, not a measure ("owns 30% of X", "raised its stake in X to 10%"). */
const STAKE_BEFORE = /\b(?:stakes?|owns?|owned|owning|holds?|held|holding|bought|buys?|buying|sold|sells?|selling|acquired?|acquiring|controls?|controlled|shareholding|investment|invested)\b/;

/**
 * Whether this initialism's mention names a measure, a rate or a tax (session 17): a share of it that closes its noun phrase
 * after a measure's words (SHARE_MEASURE_BEFORE), its value per head, its rate set by a rate's verb, or a tax levied on goods;
 * not a stake in a firm (STAKE_BEFORE). Read from the article's words: no list of such initialisms is kept.
 */
function measureUse(text: string, start: number, end: number, before: string): boolean {
  const after = text.slice(end, end + 64);
  const near = text.slice(Math.max(0, start - 60), start);
  const share = SHARE_OF_BEFORE.test(before) && MEASURE_CLOSED.test(after) && SHARE_MEASURE_BEFORE.test(near);
  const rate = (RATE_TO_AFTER.test(after) && RATE_VERB_BEFORE.test(before)) || (RATE_OF_AFTER.test(after) && ARTICLE_BEFORE.test(before));
  if (!share && !rate && !MEASURE_AFTER.test(after) && !RATE_SET_AFTER.test(after) && !(TAX_VERB_BEFORE.test(before) && TAX_ON_AFTER.test(after))) return false;
  return !STAKE_BEFORE.test(near);
}

/** An agent noun's plural ("traders", "hikers", "vendors"): what a sentence opens with as a common noun for people. */
const AGENT_PLURAL = /^\p{Ll}{3,}(?:er|or)s$/u;

/**
 * Common nouns a sentence opens with (session 17): a lone word that only opens sentences, never written capitalised inside
 * one, and that is a plural of an agent noun the dictionary has ("Hikers said the trail …", "Traders at the fair …"), or an
 * adverb of the dictionary before a comma ("Separately, the club …"). A lone word of a longer name of the article may be one
 * (a firm "X Traders" beside "Traders at the fair said"). Not in sport copy, where clubs are plurals ("Raiders beat …"), nor
 * a given name, a surname or a place, a word with a title, a body's first word ("Traders Ltd") or one that acts ("Traders
 * employs 300 people"). Untypes them in place.
 */
export function untypeSentenceCommonNouns(candidates: readonly Cand[], text: string, sport: boolean): void {
  let opening: Set<string> | undefined;
  let inside: Set<string> | undefined;
  for (const c of candidates) {
    const p = c.part;
    // (The first word of a body's longer name is the body's short form: "Traders Ltd" … "Traders employs 300 people".)
    if (p.length > 1) {
      if (c.type === 'organization') (inside ??= new Set()).add(firstOf(p.tokens).norm);
      // (Nor a person's surname: the last word of a person named in full, "Grace Sellers ... Sellers, 45, runs ...": review R17.)
      else if (c.type === 'person') (inside ??= new Set()).add(lastOf(p.tokens).norm);
      continue;
    }
    if (!p.sentenceStart || subjectActs(c, text)) (inside ??= new Set()).add(p.key);
    else if (c.type && c.type !== 'place' && !p.place && !p.given && !p.acronym && !p.beforeTitle && !p.afterTitle && openingCommonNoun(p.key, text, endOf(c), sport)) (opening ??= new Set()).add(p.key);
  }
  if (!opening) return;
  for (const c of candidates) {
    if (c.part.length === 1 && c.part.sentenceStart && opening.has(c.part.key) && !inside?.has(c.part.key)) {
      c.type = undefined;
      c.id = undefined;
    }
  }
}

/**
 * After an opening plural, what makes it a name: an apposition that says who or what it is ("Sellers, 45,", "Waters, a
 * farmer,", "Summers, the former minister,": a person's surname, review R17), or a firm's own words ("Travelers shares fell",
 * "Brewers' chief": review R18).
 */
const NAMED_AFTER = /^(?:,\s+(?:\d{1,3}\s*,|(?:a|an|the|its|his|her|their)\s)|['’]s?(?:\s|$)|\s+(?:shares|stock|bonds|shareholders|chief|executives?|spokes(?:man|woman|person))\b)/;

/** Whether a sentence's opening word is a common noun's plural or an adverb (see untypeSentenceCommonNouns). */
function openingCommonNoun(key: string, text: string, end: number, sport: boolean): boolean {
  if (isSurname(key) || isGivenName(key) || !isEnglishWord(key)) return false;
  if (key.endsWith('ly')) return text.charCodeAt(end) === 44;
  return !sport && AGENT_PLURAL.test(key) && isEnglishWord(key.slice(0, -1)) && !NAMED_AFTER.test(text.slice(end, end + 48));
}

/** Whether the article writes an initialism's plural with a lowercase "s" ("IPOs" beside "IPO"). */
function pluralWritten(text: string, word: string): boolean {
  const plural = `${word}s`;
  for (let i = text.indexOf(plural); i >= 0; i = text.indexOf(plural, i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + plural.length);
    if (!isLetter(before) && !isLetter(after)) return true;
  }
  return false;
}
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/**
 * A storm's name alone after the storm's word named it ("Storm Petra flooded the plant … Petra tore the roof off"): the
 * storm, no actor, unless a mention has a person's or a body's evidence (`actorEvidence`: "Petra, 54,", "Petra said").
 */
function untypeStorms(candidates: readonly Cand[], text: string, storms: ReadonlySet<string>): void {
  let ids: Map<string, boolean> | undefined;
  for (const c of candidates) {
    if (!c.id || c.part.length !== 1 || c.type === 'place' || !storms.has(c.part.key)) continue;
    const evidenced = actorEvidence(c, text) || c.part.afterTitle === true;
    const had = (ids ??= new Map()).get(c.id);
    ids.set(c.id, had === true || evidenced);
  }
  if (!ids) return;
  // (Nor a word that a person named in full lent its id: "Brenda" of "Brenda Okoro" is hers, also in storm copy.)
  for (const c of candidates) if (c.id && c.part.length > 1 && ids.has(c.id)) ids.set(c.id, true);
  for (const c of candidates) {
    if (c.id && c.part.length === 1 && ids.get(c.id) === false) {
      c.type = undefined;
      c.id = undefined;
    }
  }
}

/**
 * The words of an event's or a contest's name, alone, name it, no actor ("Libertadores" after "Copa Libertadores",
 * "Sudamericana"): a lone word that a name dropped for its event word holds, beside that word. Not a given name or a
 * surname (the "Davis" of "Davis Cup" may be a person's), a common word or a place, nor a word with a body's head word.
 */
export function untypeEventWords(candidates: readonly Cand[], text: string): void {
  let words: Set<string> | undefined;
  const eventWord = (t: Token): boolean => EVENT_WORDS.has(t.norm) || CUP_WORDS.has(t.norm);
  for (const c of candidates) {
    const p = c.part;
    if (c.type || !p.common || p.length < 2 || !p.tokens.some(eventWord) || hasOrgWord(p.tokens)) continue;
    for (const t of p.tokens) {
      if (t.norm.length >= 4 && !eventWord(t) && !isCommonWord(t.norm) && !isGivenName(t.norm) && !isSurname(t.norm)) (words ??= new Set()).add(t.norm);
    }
  }
  if (!words) return;
  // A sponsor's name in its event's ("Acme sponsored the Acme Marathon"): a word that begins a body's full name, or
  // that speaks in one of its mentions ("Acme said"; no event speaks), is the body's.
  let bodies: Set<string> | undefined;
  const lone = (c: Cand): boolean => !!c.type && c.type !== 'place' && c.part.length === 1 && !c.part.place;
  for (const c of candidates) {
    if (c.type === 'organization' && c.part.length > 1) (bodies ??= new Set()).add(firstOf(c.part.tokens).norm);
    else if (lone(c) && SPOKE_AFTER.test(text.slice(endOf(c), endOf(c) + 16))) (bodies ??= new Set()).add(firstOf(c.part.tokens).norm);
  }
  for (const c of candidates) {
    if (lone(c) && words.has(firstOf(c.part.tokens).norm)) {
      if (bodies?.has(firstOf(c.part.tokens).norm)) continue;
      c.type = undefined;
      c.id = undefined;
    }
  }
}

/** After a name: a speech verb ("X said"), which no event is the subject of. */
const SPOKE_AFTER = /^\s+(?:said|says|told|added|announced|warned|confirmed)\b/;

/** After a name: what only a body does or has ("said it", "said in a statement that it", its lawmakers, shares, chief executive). */
const BODY_AFTER = /^(?:\s+(?:said|says|added|warned)\s+(?:(?:on\s+\w+|in\s+a\s+statement)\s+)?(?:that\s+)?(?:it|its)\b|\s+(?:shares|shareholders|lawmakers|legislators|MPs|senators|councillors|deputies)\b|['’]s\s+(?:chief executive|ceo|board|shares|chairman|chairwoman|spokes(?:man|woman|person)|lawmakers|legislators)\b)/;

/**
 * A word of events alone that a mention shows acting as a body ("Carnival said it would cancel", "Jubilee lawmakers",
 * "Festival's chief executive"): a firm or a party named by a common noun, as no event speaks, sits or trades. Types all
 * the word's mentions a body (the per-run typing left them no actor, reading no context).
 */
export function typeEventWordBodies(candidates: readonly Cand[], text: string): void {
  let bodies: Set<string> | undefined;
  for (const c of candidates) {
    const p = c.part;
    if (c.type || !p.common || p.length !== 1 || !EVENT_WORDS.has(firstOf(p.tokens).norm)) continue;
    const end = endOf(c);
    if (BODY_AFTER.test(text.slice(end, end + 48))) (bodies ??= new Set()).add(p.key);
  }
  if (!bodies) return;
  for (const c of candidates) {
    if (c.type || !bodies.has(c.part.key)) continue;
    c.type = 'organization';
    c.id = slug(firstOf(c.part.tokens).text);
  }
}

let properNouns: Set<string> | undefined;
let properAdjectives: Set<string> | undefined;

/** A word's singular by English's regular plurals, with the word itself first ("fisheries" → "fishery"). */
export function singulars(norm: string): string[] {
  const out = [norm];
  if (norm.endsWith('ies')) out.push(`${norm.slice(0, -3)}y`);
  if (norm.endsWith('es')) out.push(norm.slice(0, -2));
  if (norm.endsWith('s') && !norm.endsWith('ss')) out.push(norm.slice(0, -1));
  return out;
}

/**
 * Whether a capitalised word alone is a common noun or adjective of the dictionary (session 19): a lowercase English word
 * (or its plural) that WordNet never writes as a proper noun ("Vaccine", "Sport", "Head", "Fisheries"; not "Congress",
 * "Senate", "Treasury", "Labour"), or an adjective WordNet writes only capitalised ("Olympic"); `proper-noun-data.ts`.
 */
export function isCommonNounWord(norm: string): boolean {
  const proper = (properNouns ??= unpackWords(PROPER_NOUN_WORDS));
  const forms = singulars(norm);
  if (forms.some((w) => proper.has(w))) return false;
  return forms.some((w) => isEnglishWord(w)) || (properAdjectives ??= unpackWords(PROPER_ADJECTIVES)).has(norm);
}

/** After a word: a mark or a letter that makes it part of a longer name ("Canal+", "Hang'ombe", "Hewlett-Packard"). */
const NAME_GOES_ON = /^(?:[+&@*]|['’](?!s\b)\p{L}|-\p{L})/u;
/** After a word: its possessive before a capitalised word, a name that goes on ("the X's Office"). */
const POSSESSIVE_NAME_AFTER = /^['’]s\s+\p{Lu}/u;
/** Before a word: a capitalised word of a name right before it on its line ("Baltic X", "Reporters Without X"), not a function word. */
const CAPITAL_BEFORE = /(?:^|[^\p{L}'’])(\p{Lu}[\p{L}'’.-]*)[ \t]$/u;
const FUNCTION_WORDS = new Set('the a an in on at for by of to from with and or but as if when while after before since into than this that these those its their his her our my your we they he she it'.split(' '));
/** After a word: a report past a relative clause ("X, which is owned by 300 families, said"). */
const REPORT_PAST_CLAUSE = /^,\s+(?:which|who|whose)\b[^.;"“”]{0,100}?,\s+(?:said|says|told|added|announced|warned)\b/;
/** Before a word: a lowercase noun for a person or a trade right before it ("farmer X", "ride-hailing firms Y and X"). */
const NOUN_BEFORE = /(?:^|[^\p{L}])(\p{Ll}{3,})[ \t]$/u;
/** Before a word: a place's preposition, also opening a sentence ("In X, farmers said"). */
const IN_BEFORE_WORD = /(?:^|[^\p{L}])(?:[Ii]n|[Nn]ear)\s+$/u;
/** Before a word: someone's work for it ("after reporting for X", "she writes for the X"). */
const WORK_FOR_BEFORE = /\b(?:report(?:s|ed|ing)?|writ(?:es|ing|ten)|wrote|work(?:s|ed|ing)?|play(?:s|ed|ing)?|reporter|correspondent|editor|columnist)\s+for\s+(?:the\s+)?$/;
/** Between two names of a list. */
const LISTED_AFTER = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
/** After a word: a lowercase noun for a body that it names ("the opposition X party", "the X group"). */
const BODY_NOUN_AFTER = /^\s+(?:party|group|movement|alliance|coalition|bloc|union|newspaper|magazine|daily|broadcaster)\b/;

/** After a word: a match's verb before a side's name or a score ("X beat Y", "X drew 1-1", "X lost to the Y", "X 2-1"). */
const MATCH_AFTER = /^(?:\s+(?:beat|beats|drew with|lost to|host|hosts|face|faces|defeated|edged|thrashed|hammered|routed|overcame)\s+(?:the\s+)?\p{Lu}|\s+(?:drew|won|lost|beat\s+\S+)?\s*\d{1,3}[-–]\d{1,3}\b)/u;
/** Before a word: a side's name and a match's verb ("Y beat X", "Y had beaten X", "Y lost to the X"), or "fans of X". */
const MATCH_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*\s+(?:had\s+|have\s+)?(?:beat|beaten|beats|drew with|lost to|host|hosts|face|faces|defeated|edged|thrashed|hammered|routed|overcame)|\d{1,3}[-–]\d{1,3}\s+with|[Ff]ans\s+of)\s+(?:the\s+)?$/u;

/**
 * Before a word: how copy cites an outlet or names a listed firm ("an interview with X", "according to X", "told the X", "shares
 * of X", "a stake in X"). The firm's part is HOLDING_IN's nouns of a stake (STAKE_NOUNS), also with a capital opening a sentence
 * ("Shares in X"); not HOLDING_IN's nouns of trust ("faith in X", "invested in X"), which a person or a place takes as often.
 */
const CITED_BEFORE = new RegExp(String.raw`(?:[Ii]nterview\s+with|[Aa]ccording\s+to|report(?:ed|s)?\s+(?:in|by)|published\s+(?:in|by)|quoted\s+(?:in|by)|told\s+[Tt]he|[Ss]hares\s+of|(?:Shares|${STAKE_NOUNS})\s+in)\s+(?:the\s+)?$`);
/** After a cited word: the name ends its phrase (a mark, a time or place, a clause), no lowercase noun of a thing ("according to X rules"). */
const CITED_END = /^(?:\s*[,.;:)]|\s+(?:on|in|at|last|this|that|rose|fell|gained|lost|said)\b)/;
/**
 * Before a word: a game or a season that a side played, and its result after the word ("the game X lost", "the match X won
 * 2-1", "the season X had drawn"; session 20): a club, also in copy that is no sport's. Not a game's own name, nor a day
 * ("the game Monopoly", "the game Sunday"): the result's verb must follow.
 */
const GAME_BEFORE = /\b[Tt]he\s+(?:game|match|season|derby|final|fixture)\s+$/;
const RESULT_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:lost|won|drew|drawn)\b/;
/** After a word: its report of news ("X reported on Monday that"). */
const REPORTED_AFTER = /^\s+reported\s+(?:on|that|in|last|this)\b/;

/**
 * Capitalised common nouns alone, no actors (session 19): a lone word in Title Case that the dictionary has only as a common
 * noun or adjective (isCommonNounWord: "Vaccine", "Sport", "Head", "Welfare", "Olympic"), left by a heading, a list of a
 * ministry's portfolios, a cut name or a title ("Head coach"), where none of its mentions shows an actor: a body's or a
 * person's cue ("X said", "told X", "X's chief executive", "X, 54,"), a subject that acts ("X employs 300 people"), a title
 * or a body's noun beside it ("the lender X", "the X party"), or a given name, surname or place it is. Not a word that a
 * longer name of the article opens ("X" of "X Builders"), nor one a capitalised word or a mark joins to a longer name
 * ("Baltic X", "X+"), nor a plural in sport copy (clubs: "the X"), nor a side a match cue names ("X beat the Y 2-1",
 * "fans of X", "the game X lost"), nor the last word of a person named in full in the article (their surname), nor an outlet or a
 * lender cited ("according to X,", "told the X on", "X reported that"). A firm named by a common word ("Anchor said it would
 * …") keeps every mention. Untypes them in place.
 */
export function untypeCommonNouns(candidates: readonly Cand[], text: string, sport: boolean): void {
  let common: Map<string, boolean> | undefined;
  let leads: Set<string> | undefined;
  let surnames: Set<string> | undefined;
  for (const c of candidates) {
    const p = c.part;
    if (c.type === 'organization' && p.length > 1) (leads ??= new Set()).add(firstOf(p.tokens).norm);
    else if (c.type === 'person' && p.length > 1) (surnames ??= new Set()).add(lastOf(p.tokens).norm);
  }
  const adjectives = (properAdjectives ??= unpackWords(PROPER_ADJECTIVES));
  let prev: Cand | undefined;
  for (const c of candidates) {
    const last = prev;
    prev = c;
    const p = c.part;
    if (!c.type || c.type === 'place' || p.length !== 1 || p.acronym || p.place || p.given) continue;
    const t = firstOf(p.tokens);
    if (!TITLE_WORD.test(t.text) || isSurname(t.norm) || !isCommonNounWord(t.norm)) continue;
    // (The last word of a person the article names in full: their surname, "Root" after "Joe Root".)
    if (surnames?.has(t.norm) === true) continue;
    const end = endOf(c);
    const after = text.slice(end, end + 24);
    const before = CAPITAL_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start))?.[1];
    const cues = (c.at.cues ??= cuesAt(text, c.start, end, p.sentenceStart, c.limit));
    const cut = NAME_GOES_ON.test(after) || (before !== undefined && !FUNCTION_WORDS.has(before.toLowerCase())) || (leads?.has(t.norm) === true && !adjectives.has(t.norm));
    const near = text.slice(Math.max(0, c.start - 30), c.start);
    const noun = NOUN_BEFORE.exec(near)?.[1];
    // (A list's next name after a body's named by a plural noun for bodies, or by no common noun: "ride-hailing firms Y and X", "Y and X".)
    const listed = last !== undefined && last.type === 'organization' && LISTED_AFTER.test(text.slice(endOf(last), c.start)) && (BODY_BEFORE.test(text.slice(Math.max(0, last.start - 30), last.start)) || !last.part.tokens.some((u) => isCommonNounWord(u.norm)));
    const labelled = BODY_BEFORE.test(near) || WORK_FOR_BEFORE.test(near) || (noun !== undefined && isActorNoun(noun)) || listed;
    const evidence = cut || labelled || cues.place > 0 || IN_BEFORE_WORD.test(near) || REPORT_PAST_CLAUSE.test(text.slice(end, end + 140)) || (sport && t.norm.endsWith('s')) || p.beforeTitle === true || p.afterTitle === true || c.at.body === true || c.at.bracketed === true || POSSESSIVE_NAME_AFTER.test(after) || BODY_NOUN_AFTER.test(after) || actorEvidence(c, text) || subjectActs(c, text) || bodyCueAt(c, text) || SPOKE_AFTER.test(after) || MATCH_AFTER.test(text.slice(end, end + 40)) || MATCH_BEFORE.test(text.slice(Math.max(0, c.start - 48), c.start)) || (CITED_BEFORE.test(near) && CITED_END.test(after)) || REPORTED_AFTER.test(after) || (RESULT_AFTER.test(after) && GAME_BEFORE.test(near));
    (common ??= new Map()).set(p.key, (common.get(p.key) ?? false) || evidence);
  }
  if (!common) return;
  for (const c of candidates) {
    if (c.part.length === 1 && common.get(c.part.key) === false) {
      c.type = undefined;
      c.id = undefined;
    }
  }
}
/** A word in Title Case: a capital, then lowercase letters only ("Vaccine"; not "PiS", "OK", "iPhone"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
