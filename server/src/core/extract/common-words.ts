import { ACTOR_NOUNS, COMMON_WORDS, ENGLISH_WORDS, NAMED_WORDS } from './common-words-data.js';
import { unpackWords } from './gazetteer.js';

// A module constant: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const LETTER = /\p{L}/u;

let common: Set<string> | undefined;

/**
 * Whether a normalised word is a frequent lowercase English word ("gold", "bench",
 * "growth"; SCOWL's commonest tiers, `common-words-data.ts`). Such a word standing
 * alone is a common noun or adjective capitalised by its place (a sentence's start,
 * a headline, shouting, "the …") unless its context says person or organization.
 */
export function isCommonWord(norm: string): boolean {
  return (common ??= unpackWords(COMMON_WORDS)).has(norm);
}

let english: Set<string> | undefined;

/**
 * Whether a normalised word is a lowercase English word of an ordinary dictionary: a frequent one, or one of SCOWL's
 * next tiers ("livestock", "feast", "soybean", "annex"; `ENGLISH_WORDS`). Too rare to say alone that a capitalised
 * word is no name, but a word such as this with no actor's evidence names nothing.
 */
export function isEnglishWord(norm: string): boolean {
  return isCommonWord(norm) || (english ??= unpackWords(ENGLISH_WORDS)).has(norm);
}

/** A model, product or event code: letters and digits in one word ("R4", "H3", "COP25", "A320"). */
export function isCode(text: string): boolean {
  return LETTER.test(text) && /\d/.test(text);
}

let named: Set<string> | undefined;

/**
 * Whether a normalised word of the frequent English words or of a country's or continent's name is a given name or a
 * surname somewhere ("stone", "price", "jordan", "kenya"; `NAMED_WORDS`). The others ("air", "advisory", "industry",
 * "indonesia") end no person's name that the name lists know.
 */
export function isBorneName(norm: string): boolean {
  return (named ??= unpackWords(NAMED_WORDS)).has(norm);
}

let actors: Set<string> | undefined;

/** Whether a lowercase word is a noun for a person (compromise's tag Actor: "agent", "consultant", "cashier"; `ACTOR_NOUNS`). */
export function isActorNoun(w: string): boolean {
  return (actors ??= unpackWords(ACTOR_NOUNS)).has(w);
}

/** A lowercase plural after a name ("officials", "authorities", "farmers") and the word after it, if any. */
const PLURAL_AFTER = /^\s+(\p{Ll}{3,}s)\b(?:[ \t]+([\p{L}\d]+))?/u;
/** Words that open a verb's object: after them the word in -s was a name's verb ("X captains the club", "X mentors two"). */
const OBJECT_OPENERS = new Set('the a an his her their its our my your this that these those some all two three four five six seven eight nine ten'.split(' '));
/** Words that may follow a plural subject: its verb ("said", "protested", "will") or the clause's joints. */
const SUBJECT_VERB = /^(?:\p{Ll}+ed|said|say|says|told|have|had|has|are|were|was|is|will|would|could|can|may|might|must|should|met|went|came|began|who|and|or|but)$/u;

/** A plural after a name: as written, its singular, and whether a verb or a stop follows it (else maybe it was the name's verb). */
export interface PluralAfter {
  plural: string;
  one: string;
  /** A verb, a clause's joint or a stop follows: the plural is a subject ("X farmers said", "according to X farmers."). */
  subject: boolean;
  /** A determiner, a pronoun or a number follows: the word in -s is a verb before its object ("X mentors two engineers"). */
  object: boolean;
}

/** The lowercase plural right after `end` in `text`, if any (see {@link PluralAfter}). */
export function pluralAfter(text: string, end: number): PluralAfter | undefined {
  const m = PLURAL_AFTER.exec(text.slice(end, end + 40));
  const plural = m?.[1];
  if (!plural) return undefined;
  const next = m[2];
  const one = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1);
  return { plural, one, subject: next === undefined || SUBJECT_VERB.test(next), object: next !== undefined && OBJECT_OPENERS.has(next) };
}

/**
 * Whether a plural noun for people follows a name as a subject, so the name is its adjective ("Hindu pilgrims said", "Lund
 * farmers protested"), not a name's verb in -s that is also such a noun ("Lund captains the club", "Jain partners with").
 */
export function peopleAfter(text: string, end: number): boolean {
  const pl = pluralAfter(text, end);
  return pl !== undefined && pl.subject && isActorNoun(pl.one);
}
