// Candidate spans: runs of capitalised words in a block (scanRuns) and their split
// into candidate names (splitRun): at title words, at "and" between names, at
// connectors that join no body, at hyphens between places, past leading demonyms.
import { isCommonWord, isEnglishWord } from './common-words.js';
import { isDemonym, isGivenName, isPlaceParticle, isSurname, isTown, opensGluedPlace, placeNamed } from './gazetteer.js';
import { isDemonymKey, isFaith, isLanguageWord } from './demonyms.js';
import { ADJECTIVES, CALENDAR_WORD, DOCUMENT_WORDS, NOT_NAMES, ORG_WORDS, PERSON_AFTER, PLACE_CUES, PLACE_OF_HEADS, REGION_ADJECTIVES, TITLES, WEEKDAYS, isAcronym, isLongAcronym, isNameWord, titleCaseTokens } from './names.js';
import type { ScanRun } from './runs.js';
import { POST_NOMINALS } from './title-data.js';
import { POSITION_TITLES, TITLE_HEADS, TITLE_MODIFIERS } from './title-words.js';
import { BODY_NOUN_SET, BODY_PLURAL_SET, isPersonNoun } from './unregistered-cues.js';
import { joinable, normalize, type Token } from './tokens.js';
import {
  CONNECTORS,
  NAME_CLOSING_PATRONYMICS,
  PARTICLES,
  firstOf,
  hasOrgWord,
  lastOf,
  orgWordAt,
  isGiven,
  isSportCopy,
  keyOf,
  placeOf,
  placePrefix,
  regionOfLand,
  type Candidate,
  type Ctx,
} from './unregistered-words.js';

/** An apostrophe of elision between two tokens. */
const ELIDED_GAP = /^['’]$/;
/** A word or a comma, then white space: inside a sentence. */
const MID_SENTENCE_BEFORE = /[\p{L},]\s+$/u;

// Module constants: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const LOWER_BEFORE = /\p{Ll}[,;]?\s+$/u;
const LOWER_AFTER = /^['’]?s?\s+\p{Ll}/u;
const STOP_INSIDE = /^\.\s*[^\s\p{Lu}"“]/u;

/** The parts of a romanised given name with a hyphen ("Min-seo", Wade-Giles "Hsiu-lan", "Ming-hsun"): a short capitalised syllable, then a lowercase one. */
const SYLLABLE_HEAD = /^\p{Lu}\p{Ll}{1,4}$/u;
const SYLLABLE = /^\p{Ll}{2,5}$/u;
/** English words that a hyphen joins to a place's name to make an adjective ("Doha-based", "Abu Dhabi-born"): no syllable of a name. */
const ADJECTIVE_TAIL = /^(?:\p{Ll}+ed|born|bound|run|made|wide|style|free|like|type|era|led)$/u;

/** Whether the text between two tokens is one hyphen (`text.slice(a.end, b.start) === '-'`, read without a copy). */
const isHyphenBetween = (text: string, a: Token, b: Token): boolean => b.start - a.end === 1 && text.charCodeAt(a.end) === 45;

/** The gaps around a quoted nickname inside a name: ' "' and '" ' (straight or curly), joined by "|". */
const NICKNAME_GAPS = /^ ["“]\|["”] $/;

/** A plural written with a capital ("Workers", "Lawyers"), and the apostrophe and space of its possessive. */
const PLURAL_OWNER = /^\p{Lu}\p{Ll}+s$/u;
const POSSESSIVE_GAP = /^['’] $/;

/** An ampersand between names joins a firm's name ("Yoon & Baek", "P&G"). */
const AMPERSAND = /^ ?& ?$/;

const POST_NOMINAL = new Set(POST_NOMINALS.split('|'));

/** The link of a Malay-world patronymic: anak lelaki, anak perempuan, son of, daughter of ("a/l", "a/p", "s/o", "d/o"). */
const PATRONYMIC_LINK = /^ (?:a\/l|a\/p|s\/o|d\/o) (?=\p{Lu})/u;

/** Two-letter abbreviations that are never a name alone. */
const ABBREVIATIONS = new Set('co st mt ft dr mr ms jr sr vs no pp pt rd av ave'.split(' '));

/**
 * Finds the runs of capitalised words, with connectors inside ("Secretary of
 * State Marco Rubio"), among the `free` tokens of one block (tokens placed in
 * the article). `starts` holds the
 * offsets of sentences' first words.
 */
export function scanRuns(text: string, tokens: readonly Token[], free: readonly boolean[], starts: ReadonlySet<number>): ScanRun[] {
  const titled = titleCaseTokens(text, tokens);
  // A sentence's first word, also after an opening quote or bracket; a quoted name mid-sentence is not one.
  const isStart = (t: Token): boolean =>
    starts.has(t.start) || /(?:^|[.!?:]\s*["“‘'(\[]?|\n\s*["“‘'(\[]?|\s[-–—]\s+)$/.test(text.slice(Math.max(0, t.start - 4), t.start));
  // Token k may join a run that started on a line of the same kind (Title Case or not).
  const nameAt = (k: number): Token | undefined => {
    const t = tokens[k];
    // The tests after the word lists hold only for a word that is not lowercase (most words are): skip them for it.
    return t && free[k] && (isNameWord(t) || (t.shape !== 'lower' && (initialAt(text, tokens, k) || saidNameAt(k) || bylineCapitalsAt(text, tokens, k) || weekdayAfterTown(text, tokens, k, titled[k] === true) || (!titled[k] && (acronymAt(text, tokens, k) || givenMonthAt(text, tokens, k) || placeLeadAt(text, tokens, k)))))) ? t : undefined;
  };
  // "Said" capitalised mid-sentence before more of a name is the Arabic given name ("Commodore Said Nasser al-Habsi"), not the
  // verb; "Home" there is a portfolio's or a body's word ("Minister of Home Affairs X", "Home Office"), not a web page's link.
  const saidNameAt = (k: number): boolean => {
    const t = tokens[k];
    const n = tokens[k + 1];
    return (t?.text === 'Said' || t?.text === 'Home') && !titled[k] && !isStart(t) && n !== undefined && free[k + 1] === true && n.shape === 'upper' && isNameWord(n) && text.slice(t.end, n.start) === ' ';
  };
  // Whether a body's head word follows at `k` within three name words of one line ("Democratic Union").
  const bodyHeadFrom = (k: number): boolean => {
    for (let m = k; m < k + 3; m++) {
      const t = tokens[m];
      if (!t || !nameAt(m) || titled[m] !== titled[k] || (m > k && !joinable(text, tokens[m - 1] ?? t, t))) return false;
      if (ORG_WORDS.has(t.norm)) return true;
    }
    return false;
  };
  // Degrees and post-nominal letters closing a person's name ("Gregory Ang SC", "Sarah Whitcombe KC", "X PhD"): out of the run and
  // no name of their own, where no name word follows them ("SC Freiburg") and the word before is no body's. Only after a
  // given name and at least one more word: a club ("Simba SC") and a party's or firm's member ("a Labour MP", "the X MD") keep them.
  const postNominalAt = (k: number, from: number, last: Token): boolean => {
    const t = tokens[k];
    if (!t || !free[k] || !POST_NOMINAL.has(t.text) || k - from < 2 || !isGivenName(tokens[from]?.norm ?? '') || last.shape !== 'upper' || ORG_WORDS.has(last.norm) || text.slice(last.end, t.start) !== ' ') return false;
    const n = tokens[k + 1];
    return !(n && nameAt(k + 1) && /^[ -]$/.test(text.slice(t.end, n.start)));
  };
  const runs: ScanRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = nameAt(i);
    if (!first) {
      i++;
      continue;
    }
    const kind = titled[i] === true;
    let last = first;
    let j = i + 1;
    let closed = false;
    while (j < tokens.length && free[j] && titled[j] === kind) {
      if (postNominalAt(j, i, last)) {
        closed = true;
        break;
      }
      const t = nameAt(j);
      if (t && (joinable(text, last, t) || AMPERSAND.test(text.slice(last.end, t.start)))) {
        last = t;
        j++;
        continue;
      }
      // A name that French's elided article opens before a word in lowercase, as outlets write theirs ("by L'essentiel",
      // "told L'avenir"), inside a sentence of English (not a French quote's "L'homme" opening it).
      const elided = j === i + 1 && last.text === 'L' ? tokens[j] : undefined;
      if (elided && elided.shape === 'lower' && elided.text.length >= 4 && ELIDED_GAP.test(text.slice(last.end, elided.start)) && MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, last.start - 3), last.start)) && !isEnglishWord(elided.norm)) {
        last = elided;
        j++;
        continue;
      }
      // A romanised given name of syllables joined by a hyphen ("Jang Min-seo", "Baek Do-hyun").
      const head = free[j] ? tokens[j] : undefined;
      const tail = free[j + 1] ? tokens[j + 1] : undefined;
      // (The hyphen first: a test of two code units leaves most words at once.)
      if (head && tail && isHyphenBetween(text, head, tail) && SYLLABLE_HEAD.test(head.text) && SYLLABLE.test(tail.text) && !ADJECTIVE_TAIL.test(tail.text) && joinable(text, last, head)) {
        last = tail;
        j += 2;
        continue;
      }
      if (head && j - 1 > i && isHyphenBetween(text, last, head) && SYLLABLE_HEAD.test(last.text) && SYLLABLE.test(head.text) && !ADJECTIVE_TAIL.test(head.text)) {
        last = head;
        j++;
        continue;
      }
      // A title's or a common noun's possessive before a body's head word ("Prosecutor's Office", "People's Party").
      const poss = free[j] ? tokens[j] : undefined;
      const owned = free[j + 1] ? tokens[j + 1] : undefined;
      if (poss && owned && poss.text === 's' && /^['’]$/.test(text.slice(last.end, poss.start)) && text.slice(poss.end, owned.start) === ' ' && (TITLES.has(last.norm) || isCommonWord(last.norm)) && ORG_WORDS.has(owned.norm) && nameAt(j + 1) && titled[j + 1] === kind) {
        last = owned;
        j += 2;
        continue;
      }
      // A nickname in quotes between a given name and a surname ('Everton "Bertie" Lawrence'): one name.
      const nick = free[j] && free[j + 1] ? tokens[j] : undefined;
      const family = nick ? tokens[j + 1] : undefined;
      if (nick && family && (text.charCodeAt(last.end + 1) === 34 || text.charCodeAt(last.end + 1) === 0x201c) && nick.shape === 'upper' && NICKNAME_GAPS.test(`${text.slice(last.end, nick.start)}|${text.slice(nick.end, family.start)}`) && titled[j + 1] === kind && nameAt(j + 1) && !ORG_WORDS.has(last.norm) && !ORG_WORDS.has(family.norm)) {
        last = family;
        j += 2;
        continue;
      }
      // A plural's possessive inside a body's name, before words that end in its head word ("Apparel Workers' Democratic
      // Union", "Young Lawyers' Association"; not "Heroes' Day").
      const owner = free[j] ? tokens[j] : undefined;
      const mark = text.charCodeAt(last.end);
      if (owner && (mark === 39 || mark === 0x2019) && POSSESSIVE_GAP.test(text.slice(last.end, owner.start)) && PLURAL_OWNER.test(last.text) && titled[j] === kind && nameAt(j) && bodyHeadFrom(j)) {
        last = owner;
        j++;
        continue;
      }
      // A Malaysian and Singaporean patronymic's link ("Ravindran a/l Muthusamy", "X s/o Y", "X d/o Y", "X a/p Y"): one name.
      // (Looked for only where a space and a slash stand as in its links.)
      const link = text.charCodeAt(last.end) === 32 && text.charCodeAt(last.end + 2) === 47 ? PATRONYMIC_LINK.exec(text.slice(last.end, last.end + 6)) : null;
      if (link) {
        let m = j;
        while (m < tokens.length && (tokens[m]?.start ?? Infinity) < last.end + link[0].length) m++;
        const named = tokens[m]?.start === last.end + link[0].length && titled[m] === kind ? nameAt(m) : undefined;
        if (named && m - j <= 3 && tokens.slice(j, m).every((_, q) => free[j + q])) {
          last = named;
          j = m + 1;
          continue;
        }
      }
      // A Turkic "son of"/"daughter of" that closes the name after the father's ("Nurlan Asan uulu said").
      const closing = free[j] ? tokens[j] : undefined;
      if (closing && NAME_CLOSING_PATRONYMICS.has(closing.text) && last.shape === 'upper' && text.slice(last.end, closing.start) === ' ' && !nameAt(j + 1)) {
        last = closing;
        j++;
        break;
      }
      // Up to two connectors ("of the") between two name words.
      let c = 0;
      let prev = last;
      while (c < 2) {
        const conn = free[j + c] ? tokens[j + c] : undefined;
        // "on" only after a body's head word ("Commission on Elections", "Council on Foreign Relations").
        if (!conn || !(CONNECTORS.has(conn.text) || (conn.text === 'on' && c === 0 && ORG_WORDS.has(last.norm))) || !joinable(text, prev, conn)) break;
        prev = conn;
        c++;
      }
      const next = c ? nameAt(j + c) : undefined;
      if (next && joinable(text, prev, next) && titled[j + c] === kind) {
        last = next;
        j += c + 1;
        continue;
      }
      // A place's particle ("Dar es Salaam", "Frankfurt am Main", "Newcastle upon Tyne"): the run crosses it where the whole is a place.
      // (Only where a lowercase particle follows: no closure for the other runs.)
      const particle = tokens[j];
      const through = particle && particle.shape === 'lower' && (isPlaceParticle(particle.text) || text.charCodeAt(particle.start - 1) === 39 || text.charCodeAt(particle.start - 1) === 0x2019) ? acrossPlaceParticle(text, tokens, i, j, (k) => (titled[k] === kind ? nameAt(k) : undefined)) : j;
      if (through > j) {
        last = tokens[through - 1] ?? last;
        j = through;
        continue;
      }
      break;
    }
    const key = kind ? '' : `${isStart(first) ? 1 : 0}${text.slice(first.start, last.end)}`;
    runs.push({ from: i, to: j, titled: kind, key });
    i = closed ? j + 1 : j;
  }
  return runs;
}

/**
 * Where a run of names (tokens `i` to `j`) ends when it crosses one or two lowercase particles of places'
 * names at `j` ("es", "am", "upon") to one or two names, and its last words with them spell a gazetteer place
 * or town ("Dar es Salaam", "Stoke-on-Trent"), also an elided particle before its apostrophe ("Côte d'Ivoire"); `j` when
 * they spell none. Looks up at most a dozen keys.
 */
function acrossPlaceParticle(text: string, tokens: readonly Token[], i: number, j: number, nameAt: (k: number) => Token | undefined): number {
  let c = 0;
  let prev = tokens[j - 1];
  // A lowercase word glued after an apostrophe: the end of a place's name ("Timor Lorosa'e") or a possessive "s" that
  // opens the rest of one ("People's Republic of China").
  const glued = prev !== undefined && tokens[j] !== undefined && elided(text, prev, tokens[j]!, true); // in range: tokens[j] was just checked
  if (glued) {
    for (let h = Math.min(3, j - i); h >= 1; h--) {
      const key = tokens.slice(j - h, j + 1).map((t) => t.norm).join(' ');
      const place = placeNamed(key);
      if (place && !place.exactCase) return j + 1;
    }
  }
  // (Its name's first two words and the glued one at least: "Timor Lorosa" alone opens no name to go on with.)
  const possessive = glued && j - i >= 1 && opensGluedPlace(tokens.slice(i, j + 1).map((t) => t.norm).join(' ')) || (glued && tokens[j]!.text === 's'); // in range: glued implies tokens[j] is defined
  if (possessive) prev = tokens[j + c++];
  for (let t = tokens[j]; !possessive && c < 2 && t && prev && t.shape === 'lower' && isPlaceParticle(t.text) && joinable(text, prev, t); t = tokens[j + ++c]) prev = t;
  if (!c || !prev) return j;
  for (let m = 1; m <= 2; m++) {
    const tail = nameAt(j + c + m - 1);
    if (!tail || !(joinable(text, prev, tail) || (m === 1 && elided(text, prev, tail)))) break;
    prev = tail;
    // (Some are long: "Lao People's Democratic Republic", "República Democrática de São Tomé e Príncipe".)
    for (let h = Math.min(8, j - i); h >= 1; h--) {
      const key = tokens.slice(j - h, j + c + m).map((t) => t.norm).join(' ');
      const place = placeNamed(key);
      if ((place && !place.exactCase) || isTown(key) || (possessive && opensGluedPlace(key))) return j + c + m;
    }
  }
  return j;
}

/** Whether a lowercase particle meets the next name at an apostrophe alone ("d'Ivoire", "dell’Orsa"), or a name its possessive "s". */
function elided(text: string, particle: Token, name: Token, possessive = false): boolean {
  if ((possessive ? name : particle).shape !== 'lower' || name.start - particle.end !== 1 || particle.block !== name.block) return false;
  const c = text.charCodeAt(particle.end);
  return c === 39 || c === 0x2019;
}

/** Head words of lands named by a region's adjective ("Western Highlands", "Northern Territory"; not "Islamic State"). */
const LAND_WORDS = new Set('region province territory territories highlands lowlands plains plateau hills delta basin heights coast desert peninsula islands valley mountains'.split(' '));

/** Whether a token is written in capitals with letters (digits and hyphens aside). */
const TWO_CAPITALS = /\p{Lu}{2}/u;
// Called for nearly every word: a word that opens in lowercase is never shouted, so most skip the regex.
// An ASCII word is read by character codes, without an uppercase copy: no lowercase letter, two capitals in a row.
const shoutedWord = (t: Token | undefined): boolean => t !== undefined && t.shape !== 'lower' && (asciiShouted(t.text) ?? (t.text === t.text.toUpperCase() && TWO_CAPITALS.test(t.text)));
/** {@link shoutedWord}'s test of a word's text when it is all ASCII; undefined for any other. */
function asciiShouted(word: string): boolean | undefined {
  let pair = false;
  let previous = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 97 && c <= 122) return false;
    const capital = c >= 65 && c <= 90;
    pair ||= capital && previous;
    previous = capital;
  }
  return pair;
}

/**
 * An acronym that the word lists take for something else, inside a line of mixed case
 * (no capitals beside it): a function word that is a body's acronym after "the" or before
 * a possessive ("the WHO's representative"), or one longer than six letters ("COCOBOD said")
 * beside a lowercase word.
 */
function acronymAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.text.length < 3 || !shoutedWord(t) || shoutedWord(tokens[k - 1]) || shoutedWord(tokens[k + 1])) return false;
  const before = text.slice(Math.max(0, t.start - 5), t.start);
  const after = text.slice(t.end, t.end + 3);
  // A function word in capitals is a body's acronym only as a noun ("the WHO", "WHO's").
  if (NOT_NAMES.has(t.norm)) return /\b(?:the|The)\s+$/.test(before) || /^['’]s\b/.test(after);
  if (!isLongAcronym(t.text)) return false;
  // (Or alone in a bracket right after a name, as a body's acronym is introduced: "Federación Nacional de Arroceros (FENARROZ)";
  // not a label's word, "(UPDATED)".)
  if (BRACKET_AFTER_NAME.test(text.slice(Math.max(0, t.start - 24), t.start)) && text[t.end] === ')' && !isCommonWord(t.norm)) return true;
  return LOWER_BEFORE.test(before) || LOWER_AFTER.test(text.slice(t.end, t.end + 4));
}

/** A capitalised word of mixed case, then an opening bracket, right before a word. */
const BRACKET_AFTER_NAME = /\p{Lu}\p{Ll}+\s+\($/u;

/** A town after one of these is where something happened ("in Houston Wednesday"), not part of a name. */
const LOCATIVE = /\b(?:in|at|from|to|near|outside|across|around|into|of)\s+$/i;

/**
 * A weekday right after a city's name, with no locative preposition before the city ("Sheffield
 * Wednesday beat Preston", not "in Houston Wednesday"): a club's name in sport copy (`splitRun`
 * drops the weekday elsewhere), as `weekday-names.ts` reads it for dates.
 */
function weekdayAfterTown(text: string, tokens: readonly Token[], k: number, titled: boolean): boolean {
  const t = tokens[k];
  // The weekday first: most words are none, and this runs for every capitalised word that is no name word.
  if (!t || t.shape !== 'upper' || !WEEKDAYS.has(t.norm)) return false;
  const town = k > 0 ? tokens[k - 1] : undefined;
  if (!town || t.text !== `${t.text[0]}${t.text.slice(1).toLowerCase()}` || text.slice(town.end, t.start) !== ' ') return false;
  if (placeNamed(town.norm)?.kind !== 'city' || LOCATIVE.test(text.slice(Math.max(0, town.start - 12), town.start))) return false;
  // Wire copy writes a match's day bare after the opponent ("face Liverpool Sunday.", "host Chelsea Saturday in the
  // cup"): the weekday names the club only where a word of the clause or of the name follows it ("Sheffield
  // Wednesday beat Preston", "Sheffield Wednesday's fans", "the Sheffield Wednesday Trust"), not a full stop or a preposition.
  const next = WORD_NEXT.exec(text.slice(t.end, t.end + 24))?.[1];
  if (!next) return false;
  return (!titled || UPPER_FIRST_LETTER.test(next)) && !WEEKDAY_DATE_NEXT.has(next.toLowerCase());
}

/** The word after a weekday, past a possessive (hoisted: esbuild compiles a `\p{}` literal to a `new RegExp` where it stands). */
const WORD_NEXT = /^(?:['’]s)?\s(\p{L}+)/u;
const UPPER_FIRST_LETTER = /^\p{Lu}/u;

/** Words after a weekday that leave it a date (prepositions, conjunctions, parts of the day). */
const WEEKDAY_DATE_NEXT: ReadonlySet<string> = new Set(
  'in at on after before for against to with as when while but and or so because if the a an of from until by than night morning afternoon evening lunchtime noon'.split(' '),
);

/** A capital initial that the word lists take for a word ("A" of "S.A.", "I" of "P.I.B."): right after another initial and its dot. */
/** A byline's opening words before a name in capitals ("By ", "By A B and "), from the line's start. */
const BYLINE_OPEN = /^[ \t]*By\s+(?:[\p{Lu}\p{M}.'’ -]+\s+and\s+)?[\p{Lu}\p{M}.'’ -]*$/u;
/** A word in capitals, as wire bylines write a writer's name ("By IRYNA SOLOVEIKO"). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}]+$/u;

/** Whether token `k` is a word in capitals longer than an acronym on a byline's line, the writer's name ("By NADIA KHOURANI"). */
function bylineCapitalsAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.text.length <= 6 || !CAPITALS_WORD.test(t.text)) return false;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  return t.start - lineStart < 80 && BYLINE_OPEN.test(text.slice(lineStart, t.start));
}

function initialAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  return t !== undefined && prev !== undefined && t.text.length === 1 && t.shape === 'upper' && prev.text.length === 1 && prev.shape === 'upper' && t.start === prev.end + 1 && text[prev.end] === '.';
}

/** A lowercase word and one space before a token. */
const LOWER_WORD_SPACE = /(\p{Ll}+)\s$/u;

/**
 * A capitalised function word that opens a place's name after a place's preposition, mid-sentence
 * ("in The Hague", "in Had Kourt"): before a name word, when the two spell a gazetteer place or
 * the name word alone spells none (so "in The Netherlands" stays "Netherlands").
 */
function placeLeadAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || t.shape !== 'upper' || !NOT_NAMES.has(t.norm) || CALENDAR_WORD.test(t.norm) || !isNameWord(next) || !joinable(text, t, next)) return false;
  const prev = LOWER_WORD_SPACE.exec(text.slice(Math.max(0, t.start - 12), t.start))?.[1];
  if (prev === undefined || !PLACE_CUES.has(prev)) return false;
  const pair = `${t.norm} ${next.norm}`;
  return placeNamed(pair) !== undefined || isTown(pair) || (placeNamed(next.norm) === undefined && !isTown(next.norm));
}

/** A month's abbreviation that is a given name ("Jan van der Berg", "Pieter-Jan"): before a name or a particle, with no full stop or number. */
function givenMonthAt(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || t.text !== 'Jan' || !next || /^\.|^\s*\d/.test(text.slice(t.end, t.end + 3))) return false;
  return (next.shape === 'upper' || PARTICLES.has(next.text)) && /^[\s-]+$/.test(text.slice(t.end, next.start)) && next.shape !== 'digit';
}

/** After a lone word, a report's verb: a newspaper's or a person's ("The Hindu reported", "Jain wrote"). */
const REPORTED_AFTER = /^,?\s+(?:reported|reports|wrote|writes|published|quoted|cited|revealed)\b/;
/** A name's own capitalised "The" right before a word mid-sentence ("told The X", "according to The X"), not a sentence's first word. */
const NAME_THE_BEFORE = /[\p{Ll}\d,;:]\s+The\s+$/u;

/**
 * Whether a faith's word alone is a name here, a newspaper's, not an adjective or an adherent: "The" and a report's
 * verb around it ("The Hindu reported"), or a name's "The" mid-sentence before it ("according to The Hindu"). Faiths' words
 * name no actor only before a noun or as a plural ("Hindu pilgrims", "Jains").
 */
function faithAsName(word: Token, text: string): boolean {
  if (!isFaith(word.norm)) return false;
  // Wherever the article writes it: a run's split is shared by all its mentions (each mention's adjective is dropped by droppedAt).
  // (An adherent reports too, "a Hindu reported the theft": the report's verb counts only after the name's own "The".)
  for (let at = text.indexOf(word.text); at >= 0; at = text.indexOf(word.text, at + 1)) {
    const end = at + word.text.length;
    const before = text.slice(Math.max(0, at - 8), at);
    if (NAME_THE_BEFORE.test(before) || (THE_BEFORE.test(before) && REPORTED_AFTER.test(text.slice(end, end + 16)))) return true;
  }
  return false;
}
/** A capitalised "The" right before a word. */
const THE_BEFORE = /(?:^|[^\p{L}])The\s+$/u;

/** Whether a word's article calls a person by it alone, cached per article and word. */
const surnameSeen = new WeakMap<Ctx, Map<string, boolean>>();

/** After a lone name, a person's verb ("Gilani said"); before it, "told". */
const TOLD_BEFORE = /\btold\s+$/;
/**
 * Before a lone name, what is done to a person ("met X in", "thanked X,"; session 18 review), with no lowercase noun after the
 * name, which would make it the noun's adjective ("met Welsh officials").
 */
const MET_BEFORE = /\b(?:met|thanked|interviewed|congratulated|sacked|replaced|succeeded|phoned|called)\s+$/;
const MET_AFTER = /^(?:\s*[,.;:]|\s+(?:in|on|at|and|after|before|last|this|when|during|to\s+discuss)\b)/;

/**
 * Whether a lone word that reads as a region's demonym by its ending ("Gilani" of Gilan, "Tehrani", "Baghdadi") is a
 * person's name here: a person's cue around it ("Gilani said", "told Gilani"), or the article writing it as the last word of
 * a name ("Yousaf Raza Gilani"), as copy calls a person by the surname. Families take their surnames from their region's.
 */
function surnameInArticle(word: Token, ctx: Ctx): boolean {
  const { text } = ctx;
  if (word.norm.endsWith('s')) return false;
  if (PERSON_AFTER.test(text.slice(word.end, word.end + 40)) || TOLD_BEFORE.test(text.slice(Math.max(0, word.start - 8), word.start))) return true;
  if (MET_BEFORE.test(text.slice(Math.max(0, word.start - 16), word.start)) && MET_AFTER.test(text.slice(word.end, word.end + 16))) return true;
  let seen = surnameSeen.get(ctx);
  if (!seen) surnameSeen.set(ctx, (seen = new Map()));
  const known = seen.get(word.norm);
  if (known !== undefined) return known;
  let found = false;
  // A capitalised word that is no common word, title or demonym right before it, on the same line ("Raza Gilani").
  const escaped = word.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}\\p{M}'’-]*)[ \\t]+${escaped}(?![\\p{L}\\p{M}])`, 'gu'))) {
    const prev = normalize(m[1] ?? '');
    // (Nor a sentence's capitalised function word: "A Sunni cleric", "The Jesuit".)
    if (!isCommonWord(prev) && !NOT_NAMES.has(prev) && !TITLES.has(prev) && !isDemonym(prev) && !ADJECTIVES.has(prev)) {
      found = true;
      break;
    }
  }
  seen.set(word.norm, found);
  return found;
}

/**
 * Splits a run of capitalised words into candidate names: at title words
 * ("UK Prime Minister Keir Starmer" → UK, Keir Starmer), around connectors that
 * join no organization, at leading demonyms ("Ukrainian President ...") and at
 * hyphens between places ("Russia-Ukraine").
 */
export function splitRun(run: Token[], sentenceStart: boolean, ctx: Ctx): Candidate[] {
  const { text, lowercaseSeen } = ctx;
  const head = run[0];
  if (!head) return [];
  // A sentence's first word that the article also writes in lowercase is a common word (not a body's head word
  // before its name: "Bank Al-Maghrib said"; nor a particle before another, which open a surname: "De la Cruz said", "Van der Berg").
  const particles = PARTICLES.has(head.norm) && run[1]?.shape === 'lower' && PARTICLES.has(run[1].text) && joinable(text, head, run[1]);
  if (sentenceStart && !particles && lowercaseSeen.has(head.norm) && !placeOf([head]) && !TITLES.has(head.norm) && !(run[1] && ORG_WORDS.has(head.norm) && joinable(text, head, run[1]) && !TITLES.has(run[1].norm) && !TITLE_HEADS.has(run[1].norm))) {
    run = run.slice(1);
    sentenceStart = false;
  }
  // A noun for a person opens the sentence before a given name ("Novelist Tomas Brek won", "Farmer Ana Lucero said"): the noun is no
  // part of the name, as a title is not (not a given name itself, "Christian", nor before a body's word, "Student Union").
  const role = run[1];
  if (sentenceStart && role && head.shape === 'upper' && head.text !== head.text.toUpperCase() && !TITLES.has(head.norm) && !ORG_WORDS.has(head.norm) && isPersonNoun(head.norm) && !isGivenName(head.norm) && isGivenName(role.norm) && !ORG_WORDS.has(role.norm) && joinable(text, head, role)) {
    return splitRun(run.slice(1), false, ctx);
  }
  // A common noun for a body opens the sentence before the body's name ("Consultancy Valgreen Mackenna estimated");
  // a head word there starts the name ("Bank Al-Maghrib said").
  const lead = run[0];
  if (sentenceStart && run.length > 1 && lead && BODY_NOUN_SET.has(lead.norm) && !ORG_WORDS.has(lead.norm)) {
    return splitRun(run.slice(1), false, ctx).map((c) => ({ ...c, bodyLed: true }));
  }
  // So does one in the plural before a list of names ("Exporters X and Y said", "Rivals X, Y and Z"): each is a body, one word too
  // (not the noun and a head word, "Exporters Association").
  const second = run[1];
  if (sentenceStart && lead && second && BODY_PLURAL_SET.has(lead.norm) && !ORG_WORDS.has(second.norm) && !CONNECTORS.has(second.text) && joinable(text, lead, second)) {
    return cut(run.slice(1), (t) => t.text === 'and').flatMap((c) => splitRun(c, false, ctx)).map((c) => ({ ...c, bodyLed: true, listed: true }));
  }
  const only = run.length === 1 ? run[0] : undefined;
  // Abbreviations alone are no names ("Co" of "Co-operation", "St", "Jr"); "Xi" is one.
  if (only && ABBREVIATIONS.has(only.norm) && only.text !== only.text.toUpperCase()) return [];
  // A short abbreviation with its full stop inside a sentence ("HARRISBURG, Pa. —", "Calif., said").
  if (only && only.text.length <= 5 && only.text !== only.text.toUpperCase() && STOP_INSIDE.test(text.slice(only.end, only.end + 3))) return [];
  if (!run.length) return [];
  // A town and a weekday name a club only in sport copy ("Sheffield Wednesday"); elsewhere the weekday is a date.
  if (run.length > 1 && WEEKDAYS.has(lastOf(run).norm) && !isSportCopy(ctx)) run = run.slice(0, -1);
  if (placeOf(run)) return [{ tokens: run, sentenceStart }];
  // Coordinated names are separate ("Prime Minister Mikko Laine and Nordvik CEO Tom Heller"),
  // unless an organization's name spans the "and" ("National Security and Defense Council").
  // A law's or a regulation's name spans its "and" ("Waste Reduction and Recycling Act"): one name, no actor.
  if (run.length > 2 && !hasOrgWord(run) && DOCUMENT_WORDS.has(run[run.length - 1]?.norm ?? '')) return [{ tokens: run, sentenceStart }];
  const conjuncts = cutAnd(run);
  const bodyEnd = complementEnd(run, conjuncts, ctx);
  if (bodyEnd > 0) return [...splitRun(run.slice(0, bodyEnd), sentenceStart, ctx), ...splitRun(run.slice(bodyEnd + 1), false, ctx)];
  // A body's unit named by coordinated common nouns after the body's name ("Caspian Press Health and Science
  // Department"): the body, then its unit.
  const unit = unitAfterBody(conjuncts, ctx);
  if (unit > 0) return [...splitRun(run.slice(0, unit), sentenceStart, ctx), ...splitRun(run.slice(unit), false, ctx)];
  if (conjuncts.length > 1 && (!hasOrgWord(run) || conjuncts.some((c) => placeOf(c)) || (hasOrgWord(firstOf(conjuncts)) && !complementAnd(conjuncts, ctx)) || separate(conjuncts) || twoNamed(conjuncts))) {
    return conjuncts.flatMap((c, n) => splitRun(n > 0 ? afterPortfolio(conjuncts[n - 1] ?? [], c) : c, sentenceStart && n === 0, ctx));
  }
  const pieces = piecesAtTitles(run, sentenceStart, text);

  const out: Candidate[] = [];
  for (const piece of pieces) {
    let employer = false;
    for (let part of splitParts(piece.tokens, ctx)) {
      let start = piece.start && part[0] === piece.tokens[0];
      // After "of", a titled person's employer or home ("Economist Priya Raman of Holcombe Vashti") is not whom the title serves.
      const at = part[0] ? piece.tokens.indexOf(part[0]) : -1;
      if (at > 0 && piece.tokens.slice(0, at).some((t) => t.text === 'of')) employer = true;
      const afterTitle = piece.afterTitle && !employer;
      let surname = false;
      // Demonyms and adjectives of region lead a name only inside an organization ("Russian Foreign Ministry")
      // or a place named by its head word ("Western Highlands", "Northern Territory").
      if (!hasOrgWord(part) && !(part.length > 1 && LAND_WORDS.has(lastOf(part).norm))) {
        for (;;) {
          const lead = part[0];
          if (!lead) break;
          const two = part.length > 1 && isDemonym(keyOf(part.slice(0, 2))) ? 2 : 0;
          // (A demonym known by its ending alone stands alone: before a name it may be a given name, "Harish Kapoor".)
          // (A language's or a region's word alone that the article shows as a surname, "met X in", "told X", is a person's:
          // session 19 review.)
          const lone = part.length === 1 && (isDemonymKey(lead.norm) || isLanguageWord(lead.norm)) && !(piece.afterTitle && lead === piece.tokens[0]);
          if (lone && !isDemonym(lead.norm) && !ADJECTIVES.has(lead.norm) && surnameInArticle(lead, ctx)) surname = true;
          const n = two || (isDemonym(lead.norm) || (lone && !surname && !faithAsName(lead, ctx.text)) || ADJECTIVES.has(lead.norm) ? 1 : 0);
          if (!n) break;
          // A region of a continent or country keeps its adjective ("Latin America", "Western Europe").
          if (n === 1 && regionOfLand(part)) break;
          // After a title a given name starts the person's name, also one that is an adjective ("Chief Executive Christian Sewing").
          if (n === 1 && piece.afterTitle && lead === piece.tokens[0] && isGivenName(lead.norm)) break;
          // A demonym before one common word is part of a firm's name ("Korean Air", "Welsh Water", "British Gas"):
          // the word alone names nothing.
          const rest = part[n];
          if (part.length === n + 1 && rest && isCommonWord(rest.norm) && !placeOf([rest])) break;
          part = part.slice(n);
          start = false;
        }
      }
      // A unit's adjective before the title ("X Regional Commissioner", "X Provincial Governor") is the post's: the name before it is the unit's.
      if (piece.beforeTitle && part.length > 1 && UNIT_ADJECTIVES.has(lastOf(part).norm) && lastOf(part) === lastOf(piece.tokens)) part = part.slice(0, -1);
      if (!part.length) continue;
      if (peopleAdjective(part) && !afterTitle && !titledPaper(part, text)) continue;
      // After a title, a town's name is a person's ("Sheikh Hassan", "Prime Minister Jackson"); a country's is not.
      const place = placeOf(part);
      const type = (afterTitle && !hasOrgWord(part) && (!place || (place.kind === 'city' && part.length === 1))) || surname ? 'person' : undefined;
      out.push({ tokens: part, sentenceStart: start, ...(type ? { type } : {}), ...(piece.beforeTitle ? { beforeTitle: true } : {}), ...(afterTitle ? { afterTitle: true } : {}) });
    }
  }
  return out;
}

/**
 * Whether a part is a region's adjectives and then an adjective of nationality or of a continent: a people's or a region's
 * adjective, no actor ("Southeast Asian", "Central European", "South American"; a lone demonym is dropped above). Not a
 * person's name that a given name opens or a surname ends ("Dawn French"), nor "The New European", whose "New" is no
 * region's word.
 */
function peopleAdjective(part: readonly Token[]): boolean {
  if (part.length < 2 || hasOrgWord(part)) return false;
  const last = lastOf(part).norm;
  if (!(isDemonym(last) || ADJECTIVES.has(last)) || isSurname(last) || isGivenName(last)) return false;
  const first = part[0]?.norm ?? '';
  if (isGivenName(first)) return false;
  return part.slice(0, -1).every((t) => REGION_ADJECTIVES.has(t.norm));
}

/**
 * Whether such a pair is a paper's or a body's name by its frame: a capital "The" before it inside a sentence ("a report in
 * The East African"), a report verb right after it ("The East African reported on Monday"), or "according to" before it.
 */
function titledPaper(part: readonly Token[], text: string): boolean {
  const start = part[0]!.start; // in range: a name's part holds at least one token
  const before = text.slice(Math.max(0, start - 24), start);
  if (/[^\s.!?"“‘'(\[:—–-]\s+The\s+$/.test(before) || /\baccording\s+to\s+(?:the\s+)?$/i.test(before)) return true;
  return PAPER_VERB_AFTER.test(text.slice(lastOf(part).end, lastOf(part).end + 16));
}
const PAPER_VERB_AFTER = /^\s+(?:said|says|reported|reports|wrote|writes|quoted|cited|published|told|added)\b/;

/** Adjectives of a unit of local government that a post's title takes ("Regional Commissioner", "Provincial Governor"). */
export const UNIT_ADJECTIVES: ReadonlySet<string> = new Set(['regional', 'provincial', 'municipal', 'divisional']);

/** A run cut at its title words: the pieces before, between and after them, and a place completing a title ("Minister of Defence"). */
interface Piece {
  tokens: Token[];
  afterTitle: boolean;
  beforeTitle: boolean;
  start: boolean;
}

function piecesAtTitles(run: readonly Token[], sentenceStart: boolean, text: string): Piece[] {
  const pieces: Piece[] = [];
  let cur: Token[] = [];
  let afterTitle = false;
  let curStart = sentenceStart;
  const connectorAt = (k: number): boolean => {
    const t = run[k];
    return t !== undefined && CONNECTORS.has(t.text);
  };
  for (let k = 0; k < run.length; ) {
    const t = run[k];
    if (!t) break;
    // A post named by common words between a title word and an officer's head ("Chief Financial Officer", "Regional Sales
    // Director"): one title, whose words name no body.
    const post = corporatePostAt(run, k);
    if (post > 0) {
      if (cur.length) pieces.push({ tokens: cur, afterTitle, beforeTitle: true, start: curStart });
      cur = [];
      curStart = false;
      afterTitle = true;
      k = post;
      continue;
    }
    if (!isTitleAt(run, k, text)) {
      cur.push(t);
      k++;
      continue;
    }
    if (cur.length) pieces.push({ tokens: cur, afterTitle, beforeTitle: true, start: curStart });
    cur = [];
    curStart = false;
    afterTitle = true;
    k++;
    // "Secretary of State", "Minister of Defence": a connector and one word after a title complete it
    // (a particle starts a name instead: "Cr van der Westhuizen").
    if (connectorAt(k) && !PARTICLES.has(run[k]?.text ?? '')) {
      while (connectorAt(k)) k++;
      if (k < run.length) {
        let n = placePrefix(run.slice(k), text) || 1;
        // A portfolio of several common words ("Minister for Rural Roads Jane Okafor", "Secretary of Home Affairs X"): all of
        // them, up to a given name or the run's last word, which stays the person's.
        // (And through connectors to more of them or to a place: "Minister of Trade and Industry X", "Secretary of State for Northern Ireland X".)
        const portfolioWord = (u: Token | undefined): boolean => u !== undefined && u.shape === 'upper' && isCommonWord(u.norm) && !isGivenName(u.norm);
        for (;;) {
          const u = run[k + n];
          if (!u || !run[k + n + 1]) break;
          if (portfolioWord(u)) {
            n++;
            continue;
          }
          if (!CONNECTORS.has(u.text) || PARTICLES.has(u.text)) break;
          const rest = run.slice(k + n + 1);
          const place = placePrefix(rest, text);
          const m = place > 0 ? place : portfolioWord(rest[0]) ? 1 : 0;
          if (m === 0 || !rest[m]) break;
          n += 1 + m;
        }
        const complement = run.slice(k, k + n);
        if (placeOf(complement)) pieces.push({ tokens: complement, afterTitle: false, beforeTitle: true, start: false });
        k += n;
      }
    }
  }
  if (cur.length) pieces.push({ tokens: cur, afterTitle, beforeTitle: false, start: curStart });
  return pieces;
}

/** Heads of a company's posts that common words before them qualify ("Chief Financial Officer", "Regional Sales Director"). */
const POST_HEADS = new Set('officer director counsel manager officers directors'.split(' '));

/** Endings of the adjectives among the head words of bodies ("Financial", "Olympic", "United", "Daily"). */
const ADJECTIVE_ENDING = /(?:al|ic|ed|ly)$/;

/**
 * Where a post ends that starts at `k`: a title word ("Chief", "Senior") or, opening the run, two common words, then up
 * to three common words that are no title, then a post's head; 0 when none does.
 */
function corporatePostAt(run: readonly Token[], k: number): number {
  const first = run[k];
  if (!first || first.shape !== 'upper') return 0;
  const led = TITLES.has(first.norm) || TITLE_MODIFIERS.has(first.norm);
  let m = led ? k + 1 : k;
  while (m < run.length && m - k < 4) {
    const t = run[m];
    // (Unless a title leads ("Chief"), a body's head noun ends the body's name: "Health Department Director X"; "Chief Technology Officer" is a post.)
    if (!t || t.shape !== 'upper' || TITLES.has(t.norm) || POST_HEADS.has(t.norm) || (ORG_WORDS.has(t.norm) && !ADJECTIVE_ENDING.test(t.norm) && !(TITLES.has(first.norm) && !TITLE_MODIFIERS.has(first.norm))) || !isCommonWord(t.norm)) break;
    m++;
  }
  const head = run[m];
  const words = m - (led ? k + 1 : k);
  if (!head || !POST_HEADS.has(head.norm) || words < (led ? 1 : 2)) return 0;
  return m + 1;
}

/** Endings of Slavic and Central Asian family names ("Sydykova", "Asanov", "Tokayev", "Kovalenko", "Bakyt uulu"). */
const FAMILY_ENDING = /(?:ov|ova|ev|eva|yev|yeva|enko|uulu|kyzy)$/;

/** Titles' abbreviations that are also names' words ("Sen", "Gen", "Col"): titles only before the name they serve. */
const ABBREVIATED_TITLES = new Set('sen rep gov gen col'.split(' '));

/** Titles that Arabic, Persian and Turkish names also take as given names and patronyms ("Yaqoob Sultan al-Mahrouqi"). */
const NAMED_TITLES = new Set('sultan emir amir'.split(' '));
const PATRONYM_LINKS = new Set('bin ibn bint binti'.split(' '));

/** Plural titles of the bench, before a list of the judges' names ("Justices X Y and Z W"). */
const PLURAL_TITLES = new Set(['justices', 'judges']);
/** After a name, the list goes on (", Z W and …", " and Z W"). */
const LIST_GOES_ON = /^(?:,\s*|\s+and\s+)\p{Lu}/u;

/** Whether `run[k]` is a title word here: not a head of an organization ("Foreign Ministry", "Ministry of Finance"). */
function isTitleAt(run: readonly Token[], k: number, text: string): boolean {
  const t = run[k];
  if (!t || CONNECTORS.has(t.text)) return false;
  const next = run[k + 1];
  if (honorificLinkAt(run, k)) return true;
  // A title's abbreviation closing a name, with no full stop, serves no one after it: a name's word ("Hun Sen", "Amartya Sen";
  // not "Texas Gov. Greg Abbott", whose run the full stop ends).
  if (!next && k > 0 && ABBREVIATED_TITLES.has(t.norm) && t.text !== t.text.toUpperCase() && text[t.end] !== '.') return false;
  // A title that is also a given name, between a given name and more of the name, is the name's middle word ("Yaqoob Sultan
  // al-Mahrouqi", "Ahmed Emir Yilmaz"): Arabic and Turkish names take such words as given names and patronyms.
  const before = run[k - 1];
  // A rank or style that is also a surname ("Mufti", "Pastor", "Deacon") is a title only before more of a name and after
  // no given name ("Pastor Emeka Obi"; not "Ana Pastor", "Mehbooba Mufti", nor a lone "Pastor said").
  if (POSITION_TITLES.has(t.norm)) return !!next && next.shape === 'upper' && joinable(text, t, next) && !ORG_WORDS.has(next.norm) && !(before && before.shape === 'upper' && isGivenName(before.norm) && !TITLES.has(before.norm) && !POSITION_TITLES.has(before.norm));
  if (next && before && (next.shape === 'upper' || PARTICLES.has(next.text)) && before.shape === 'upper' && NAMED_TITLES.has(t.norm) && !TITLES.has(before.norm) && !TITLE_HEADS.has(before.norm) && !ORG_WORDS.has(before.norm) && !isCommonWord(before.norm) && !placeOf([before]) && joinable(text, before, t) && joinable(text, t, next)) return false;
  // (After another title, before "bin", it is the given name the patronym follows: "Prince Sultan bin Salman".)
  if (next && NAMED_TITLES.has(t.norm) && PATRONYM_LINKS.has(next.text) && joinable(text, t, next)) return false;
  // A word that heads a title only beside another ("Chief Executive", "Executive Chair", "Chief Negotiator", "Head Coach").
  if (!TITLES.has(t.norm) && !(TITLE_HEADS.has(t.norm) && ((next && TITLES.has(next.norm)) || (k > 0 && TITLES.has(run[k - 1]?.norm ?? '') && !isGivenName(t.norm))))) return false;
  if (next && ORG_WORDS.has(next.norm)) return false;
  // A plural title ("Justices", "Judges") only before a name of two words that a given name leads or that opens a list
  // ("Justices Amara Diallo and …"): else it opens a building's or a body's name ("Judges Hall", "Judges Hall Trust").
  if (PLURAL_TITLES.has(t.norm)) {
    const surname = run[k + 2];
    if (!next || !surname || next.shape !== 'upper' || surname.shape !== 'upper' || ORG_WORDS.has(surname.norm) || !joinable(text, next, surname)) return false;
    const end = run[run.length - 1]?.end ?? surname.end;
    if (!isGivenName(next.norm) && !LIST_GOES_ON.test(text.slice(end, end + 8))) return false;
  }
  // Titles before a possessive inside a body's name ("Chief Public Prosecutor's Office").
  if (run.some((u, m) => m > k && u.text === 's' && ORG_WORDS.has(run[m + 1]?.norm ?? ''))) return false;
  // A title word coordinated inside a body's name ("Justice and Development Party"), no title after the "and".
  if (next?.text === 'and' && hasOrgWord(run.slice(k + 2)) && !run.slice(k + 2).some((u) => TITLES.has(u.norm))) return false;
  // "Ministry of Finance": after a connector that follows an organization's head word.
  const prev = run[k - 1];
  if (prev && CONNECTORS.has(prev.text) && hasOrgWord(run.slice(0, k))) return false;
  // Modifiers ("Finance", "Foreign", "Deputy") are titles only before a title ("Finance Minister").
  if (TITLE_MODIFIERS.has(t.norm)) {
    // "Deputy X Y" before a given name and a surname: a member of a parliament, as copy of many countries writes one.
    // (Or before two names whose last ends as Slavic and Turkic family names do, "-ova", "-yev", "uulu", which name data lacks.)
    if (t.norm === 'deputy' && next && run[k + 2]?.shape === 'upper' && !hasOrgWord(run.slice(k + 1)) && (isGivenName(next.norm) || ((run[k + 3] === undefined || CONNECTORS.has(run[k + 3]?.text ?? '')) && FAMILY_ENDING.test(run[k + 2]?.norm ?? '')))) return true;
    let m = k + 1;
    for (let u = run[m]; u && TITLE_MODIFIERS.has(u.norm); u = run[++m]);
    const after = run[m];
    return after !== undefined && TITLES.has(after.norm);
  }
  return true;
}

/**
 * Malay and Bruneian styles of several words ("Tan Sri", "Datuk Seri", "Dato Seri Setia Awang Haji", "Pengiran", "Pehin"):
 * words that are names elsewhere ("Tan" a surname, "Sri" a given name, "Seri Wangsa" a bank) but honorifics inside such a
 * style, before a name of two words or more. From the federal and state honours of Malaysia and the styles of Brunei.
 */
const STYLE_LINKS = new Set('sri seri setia paduka utama awang dayang'.split(' '));
const STYLE_OPENERS = new Set('pengiran pehin'.split(' '));
const STYLE_TITLES = new Set('datuk dato datin tun tan toh pengiran pehin'.split(' '));
function honorificLinkAt(run: readonly Token[], k: number): boolean {
  const t = run[k];
  if (!t || t.shape !== 'upper') return false;
  const prev = run[k - 1];
  // A name of two words or more follows the style (it is not the style's last word).
  const nameAfter = (m: number): boolean => {
    let n = m;
    while (n < run.length && (STYLE_LINKS.has(run[n]?.norm ?? '') || TITLES.has(run[n]?.norm ?? ''))) n++;
    return run.length - n >= 2;
  };
  // "Tan Sri", "Toh Puan": a surname before a style's link word opens the style.
  const next = run[k + 1]?.norm ?? '';
  if ((t.norm === 'tan' || t.norm === 'toh') && (k === 0 || TITLES.has(prev?.norm ?? '')) && (STYLE_LINKS.has(next) || next === 'puan') && nameAfter(k + 1)) return true;
  if (STYLE_OPENERS.has(t.norm) && (k === 0 || TITLES.has(prev?.norm ?? '')) && nameAfter(k + 1)) return true;
  if (!STYLE_LINKS.has(t.norm) || !prev) return false;
  // (After a Malay title, alone or through other link words, only: "Minister Sri Mulyani Indrawati" keeps her given
  // name, and "Sri Sri Ravi Shankar" his honorific, which no Malay title opens.)
  let j = k - 1;
  while (j > 0 && STYLE_LINKS.has(run[j]?.norm ?? '')) j--;
  return STYLE_TITLES.has(run[j]?.norm ?? '') && nameAfter(k);
}

/**
 * A conjunct without the words that end a title's portfolio begun in the conjunct before it ("Minister of Trade and
 * Industry Ali Baba": "Ali Baba"): common words that are no given names, up to the name, where that conjunct holds a
 * title and a connector after it.
 */
function afterPortfolio(before: readonly Token[], conjunct: Token[]): Token[] {
  const t = before.findIndex((u) => TITLES.has(u.norm));
  if (t < 0 || !before.slice(t + 1).some((u) => u.text === 'of' || u.text === 'for')) return conjunct;
  let n = 0;
  while (n < conjunct.length - 1 && conjunct[n]?.shape === 'upper' && isCommonWord(conjunct[n]?.norm ?? '') && !isGivenName(conjunct[n]?.norm ?? '')) n++;
  return n > 0 && n < conjunct.length ? conjunct.slice(n) : conjunct;
}

/** Splits at connectors (unless an organization spans them and no part is a place) and at hyphens between places. */
function splitParts(toks: Token[], ctx: Ctx): Token[][] {
  const { text } = ctx;
  while (toks.length && CONNECTORS.has(firstOf(toks).text)) toks = toks.slice(1);
  while (toks.length && CONNECTORS.has(lastOf(toks).text) && !(toks.length > 1 && NAME_CLOSING_PATRONYMICS.has(lastOf(toks).text))) toks = toks.slice(0, -1);
  if (!toks.length) return [];
  if (placeOf(toks)) return [toks];
  // Coordination first: "United States and Europe" are two actors, "National Security and Defense Council" one.
  const conjuncts = cutAnd(toks);
  if (conjuncts.length > 1) {
    const bodyEnd = complementEnd(toks, conjuncts, ctx);
    if (bodyEnd > 0) return [...splitParts(toks.slice(0, bodyEnd), ctx), ...splitParts(toks.slice(bodyEnd + 1), ctx)];
    const trimmed = conjuncts.map((c) => c.filter((t) => !CONNECTORS.has(t.text)));
    if (!hasOrgWord(toks) || trimmed.some((c) => placeOf(c)) || (hasOrgWord(firstOf(trimmed)) && !complementAnd(conjuncts, ctx)) || separate(conjuncts) || namedAlone(trimmed, ctx)) return conjuncts.flatMap((c) => splitParts(c, ctx));
    return [toks];
  }
  if (toks.some((t) => CONNECTORS.has(t.text))) {
    const parts = cut(toks, (t) => CONNECTORS.has(t.text));
    // "Strait of Hormuz", "Isle of Wight": a place's head word alone before "of".
    if (parts.length === 2 && firstOf(parts).length === 1 && PLACE_OF_HEADS.has(firstOf(firstOf(parts)).norm) && toks[1]?.text === 'of') return [toks];
    // "Bank of England", "Coalition of the Willing", "Port of Montreal": an organization's head word before the connector.
    if (firstOf(parts).some((_, k) => orgWordAt(toks, k))) return [toks];
    // A place's name of several words that holds a connector closes the run ("Officials of the People's Republic of China").
    if (parts.length > 2) {
      for (let k = 1; k < toks.length - 2; k++) {
        if (!CONNECTORS.has(toks[k]!.text) || CONNECTORS.has(toks[k + 1]!.text)) continue; // in range: 1 <= k < toks.length - 2
        const rest = toks.slice(k + 1);
        if (rest.some((t) => CONNECTORS.has(t.text)) && placeOf(rest)) return [...splitParts(toks.slice(0, k), ctx), rest];
      }
    }
    // Particles of a person's name ("Ursula von der Leyen", "Badr bin Abdullah bin Farhan") keep the name whole.
    // ("of" is no particle: "Priya Raman of Holcombe Vashti" is a person and her employer.)
    if (parts.length === 2 && isGiven(firstOf(firstOf(parts)), ctx) && !hasOrgWord(toks) && !toks.some((t) => t.text === 'of')) return [toks];
    // Only particles join the words ("Ma. Lourdes de los Santos", "Centro de Exportadores del Litoral"): a name of another
    // language, one actor also where a place ends it ("Bolsa de Comercio de Rosario", "Universidad de Sonora"), as English
    // copy relates two actors with its own words ("of", "in").
    if (toks.every((t) => !CONNECTORS.has(t.text) || PARTICLES.has(t.text))) return [toks];
    // A body's head word keeps the connector after it ("Hannah Reyes of the University of Arizona" → Hannah Reyes, University of Arizona).
    const bodies = bodyGroups(toks);
    if (bodies.length > 1) return bodies.flatMap((p) => splitParts(p, ctx));
    return parts.flatMap((p) => splitParts(p, ctx));
  }
  // "Russia-Ukraine", "US-Ukraine": hyphens between places.
  if (toks.length > 1 && hyphenated(toks, text)) {
    const parts = toks.map((t) => [t]);
    if (parts.every((p) => placeOf(p))) return parts;
  }
  return [toks];
}

/**
 * Cuts tokens at the connectors that follow no body's head word, keeping those that
 * do with what follows ("Bank of England"): one group when no connector qualifies.
 */
function bodyGroups(toks: readonly Token[]): Token[][] {
  const groups: Token[][] = [];
  let cur: Token[] = [];
  // Whether the words since the last connector hold a head word ("University" in "the University of").
  let head = false;
  let cutting = false;
  let some = false;
  for (const [k, t] of toks.entries()) {
    if (CONNECTORS.has(t.text)) {
      if (!cutting && !head) {
        cutting = true;
        if (cur.length) groups.push(cur);
        cur = [];
      }
      if (!cutting) cur.push(t);
      continue;
    }
    if (cutting) {
      some = true;
      cutting = false;
      head = false;
    } else if (cur.length && CONNECTORS.has(cur[cur.length - 1]?.text ?? '')) head = false;
    if (orgWordAt(toks, k)) head = true;
    cur.push(t);
  }
  if (cur.length) groups.push(cur);
  return some && groups.some((g) => g.some((t) => CONNECTORS.has(t.text))) ? groups : [];
}

/**
 * Whether "and" continues the complement of a body's head word ("Ministry of Housing and
 * Urban Affairs", "Agency for Food and Drug Administration and Control"): the first
 * conjunct has a head word before "of" or "for", and what follows each "and" is common
 * words that start no body of their own (not "the …", a head word, an acronym, a place).
 */
function complementAnd(conjuncts: readonly Token[][], ctx: Ctx): boolean {
  return complements(conjuncts, ctx) === conjuncts.length - 1;
}

/** How many conjuncts after the first continue its complement (see {@link complementAnd}), one after another. */
function complements(conjuncts: readonly Token[][], ctx: Ctx): number {
  const head = firstOf(conjuncts);
  const at = head.findIndex((t, k) => (t.text === 'of' || t.text === 'for') && head.slice(0, k).some((_, j) => orgWordAt(head, j)));
  if (at < 0 || at === head.length - 1) return 0;
  let n = 0;
  for (const [j, c] of conjuncts.slice(1).entries()) {
    // (The last may end in the body's land: "Chamber of Commerce and Industry of Slovenia".)
    const of = j === conjuncts.length - 2 ? c.findIndex((t, k) => k > 0 && (t.text === 'of' || t.text === 'for') && placeOf(c.slice(k + 1)) !== undefined) : -1;
    const words = of > 0 ? c.slice(0, of) : c;
    if (!(words.length > 0 && !orgWordAt(c, 0) && words.every((t) => CONNECTORS.has(t.text) || (commonNoun(t, ctx) && !isAcronym(t.text))))) break;
    n++;
  }
  return n;
}

/**
 * Where a run of three conjuncts or more splits when only its first ones make one body's
 * name ("Ministry of Trade and Industry and Faisal Iqbal"): the index of the "and" after
 * them in `toks`, or -1.
 */
function complementEnd(toks: readonly Token[], conjuncts: readonly Token[][], ctx: Ctx): number {
  if (conjuncts.length < 3) return -1;
  const n = complements(conjuncts, ctx);
  if (n === 0 || n === conjuncts.length - 1) return -1;
  let seen = 0;
  return toks.findIndex((t) => t.text === 'and' && ++seen === n + 1);
}

/**
 * Where a body's name ends before the unit that coordinated common nouns name ("Health and
 * Science Department" after "Caspian Press"): two conjuncts, the first a name ending in a head
 * word followed by common nouns, the second common nouns and a head word. The index in the
 * run of the unit's first word, or 0.
 */
function unitAfterBody(conjuncts: readonly Token[][], ctx: Ctx): number {
  if (conjuncts.length !== 2) return 0;
  const [left = [], right = []] = conjuncts;
  let k = left.length;
  while (k > 1 && commonNoun(left[k - 1]!, ctx) && !orgWordAt(left, k - 1)) k--; // in range: 1 <= k - 1 < left.length
  if (k === left.length || !orgWordAt(left, k - 1) || right.length < 2 || !orgWordAt(right, right.length - 1)) return 0;
  return right.slice(0, -1).every((t, j) => commonNoun(t, ctx) && !orgWordAt(right, j)) ? k : 0;
}

/** A capitalised common noun or adjective inside a body's name ("Urban", "Affairs", "Control"), no place: the article writes it in lowercase, or it is a frequent English word (SCOWL, `common-words.ts`). */
function commonNoun(t: Token, ctx: Ctx): boolean {
  if (placeOf([t])) return false;
  if (ctx.lowercaseSeen.has(t.norm) || ORG_WORDS.has(t.norm) || isCommonWord(t.norm)) return true;
  // Plurals and adjectives of frequent words ("Affairs", "Devices", "Coastal").
  const stem = /^(.{3,}?)(?:es|s|al|ic)$/.exec(t.norm)?.[1];
  return stem !== undefined && (isCommonWord(stem) || isCommonWord(`${stem}e`));
}

/** Whether only a hyphen stands between each token and the next. */
function hyphenated(toks: readonly Token[], text: string): boolean {
  let prev: Token | undefined;
  for (const t of toks) {
    if (prev && text.slice(prev.end, t.start) !== '-') return false;
    prev = t;
  }
  return true;
}

/**
 * Whether coordinated names are separate actors although a body's head word is
 * among them: the second is a name of its own ("NATO and the European Union",
 * "Barclays and the Bank of America"), or the first is an acronym.
 */
/**
 * Two bodies, the first named by one word no English dictionary has ("Ecopetrol and Grupo Argos", "Orsted and Copenhagen
 * Infrastructure Partners"): a body's name that spans "and" joins common words or two names before one head ("Justice and Development Party", "Food and
 * Drug Administration").
 */
function namedAlone(conjuncts: readonly Token[][], ctx: Ctx): boolean {
  const [head, next] = conjuncts;
  const word = head?.length === 1 ? head[0] : undefined;
  // The second names a body in full: a head word opens it, or it has three words or more ("Kestrel and Varnok Capital" may be one firm).
  if (conjuncts.length !== 2 || word === undefined || next === undefined || !(next.length >= 3 || (next.length === 2 && orgWordAt(next, 0))) || !hasOrgWord(next) || ctx.lowercaseSeen.has(word.norm)) return false;
  // (Nor a plural of one: "Securities and Exchange Commission", "Fisheries and Oceans Canada".)
  const w = word.norm;
  return ![w, w.replace(/ies$/, 'y'), w.replace(/s$/, '')].some((x) => isEnglishWord(x));
}

/**
 * Two bodies named in full, the second by its head word, the first by two words or more whose last no English dictionary
 * has ("Kencana Farma and Halvor Biotech", "Arvo Tekstil and Marrow Logistics"): a body's name that spans "and" joins common
 * words before its head ("National Security and Defense Council") or one word to another ("Food and Drug Administration").
 */
function twoNamed(conjuncts: readonly Token[][]): boolean {
  const [head, next] = conjuncts;
  if (conjuncts.length !== 2 || head === undefined || next === undefined || head.length < 2 || next.length < 2) return false;
  if (hasOrgWord(head) || !hasOrgWord(next) || !orgWordAt(next, next.length - 1)) return false;
  // (The second holds a name word of its own, not only head words and legal forms: "X and Sons Limited", "X and Partners
  // LLP", "X and Company Limited" are one founders' firm.)
  if (next.every((t) => ORG_WORDS.has(t.norm) || !/\p{L}/u.test(t.text))) return false;
  // (The first's last word a name's, not a common word that the head word governs: "Tarvia Food and Allied Workers Union".)
  return head.every((t) => t.shape === 'upper') && !isEnglishWord(lastOf(head).norm);
}

function separate(conjuncts: Token[][]): boolean {
  const head = firstOf(conjuncts);
  return conjuncts.slice(1).some((c) => c[0]?.text === 'the') || (head.length === 1 && isAcronym(firstOf(head).text));
}

/**
 * Conjuncts at "and", but two whose words with their "and" spell a country stay one ("Bosnia and Herzegovina and
 * Serbia": two places, not three).
 */
function cutAnd(toks: Token[]): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  let and: Token | undefined;
  for (const t of toks) {
    if (t.text !== 'and') {
      cur.push(t);
      continue;
    }
    const last = parts[parts.length - 1];
    if (last && and && cur.length && placeOf([...last, and, ...cur])?.kind === 'country') parts[parts.length - 1] = [...last, and, ...cur];
    else if (cur.length) parts.push(cur);
    cur = [];
    and = t;
  }
  const last = parts[parts.length - 1];
  if (last && and && cur.length && placeOf([...last, and, ...cur])?.kind === 'country') parts[parts.length - 1] = [...last, and, ...cur];
  else if (cur.length) parts.push(cur);
  return parts;
}

/** Splits tokens at the ones that `at` accepts, dropping those. */
function cut(toks: Token[], at: (t: Token) => boolean): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (const t of toks) {
    if (at(t)) {
      if (cur.length) parts.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) parts.push(cur);
  return parts;
}
