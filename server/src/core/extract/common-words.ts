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
