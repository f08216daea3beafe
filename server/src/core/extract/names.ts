import type { ActorType } from '../types.js';
import type { Token } from './tokens.js';

/** Capitalised words that are not names: function words, months, weekdays, titles, pronouns. */
const NOT_NAMES = new Set(
  `a an the this that these those and or but if then so yet for nor as at by in on of to from with without into onto over under after before
  during since until while when where why how what which who whom whose there here it its he she they we you i me my our your their his her them us
  mr mrs ms dr prof sir madam january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow related post read more share comment comments reply leave back top
  according meanwhile however also still now not no yes all some many most more other another each every both either neither one two three`
    .split(/\s+/),
);

/** Title words dropped from the front of a name ("President Donald Trump" → "Donald Trump"). */
const TITLES = new Set(
  `president vice prime minister ministers secretary general chancellor senator sen rep representative governor gov mayor king queen prince princess
  pope chairman chairwoman chair ceo director spokesperson spokesman spokeswoman ambassador envoy special adviser advisor chief judge justice
  defence defense foreign interior finance deputy foreign-minister mr mrs ms dr prof lord lady general gen colonel col captain capt sergeant
  lieutenant admiral commander officer official opposition leader speaker premier president-elect former acting interim`.split(/\s+/),
);

const ORG_WORDS = new Set(
  `ministry council agency bank party company corporation corp inc ltd llc plc group university college court commission committee department office
  union organization organisation association institute fund foundation authority parliament congress senate assembly government administration
  army navy force forces police service services news times post journal press network television radio club federation league board bureau
  cabinet kremlin pentagon reserve exchange airlines airways motors holdings partners capital securities trust`.split(/\s+/),
);

const PLACE_WORDS = new Set(
  `city county province region state republic kingdom island islands river mountains mountain sea ocean gulf bay valley district oblast street square`.split(/\s+/),
);

/** Whether a token can be part of a proper name. */
export function isNameWord(token: Token, tokens: Token[], index: number, text: string, lowercaseSeen: Set<string>): boolean {
  if (!/^\p{Lu}/u.test(token.text) || /^\d/.test(token.text)) return false;
  if (NOT_NAMES.has(token.norm)) {
    // "of", "the", "and" may sit inside a name ("Bank of England") when capitalised words surround them.
    return false;
  }
  // A word the article also writes in lowercase is a common word at a sentence start.
  const before = text.slice(Math.max(0, token.start - 3), token.start);
  const sentenceStart = token.start === 0 || /(?:^|[.!?:"“”]\s*|\n\s*)$/.test(before) || index === 0 || tokens[index - 1]!.block !== token.block;
  if (sentenceStart && lowercaseSeen.has(token.norm)) return false;
  // All-caps headings ("WORLD") are not names unless short acronyms.
  if (token.text.length > 5 && token.text === token.text.toUpperCase()) return false;
  return true;
}

/** Drops leading title words from a run of name tokens. */
export function stripTitle(run: Token[]): Token[] {
  let i = 0;
  while (i < run.length - 1 && TITLES.has(run[i]!.norm)) i++;
  if (run.length === 1 && TITLES.has(run[0]!.norm)) return [];
  return run.slice(i);
}

/** Guesses the type of an unregistered name, or undefined when it is not a named actor. */
export function classifyName(name: string, run: Token[]): ActorType | undefined {
  const words = run.map((t) => t.norm);
  if (words.some((w) => ORG_WORDS.has(w))) return 'organization';
  if (words.some((w) => PLACE_WORDS.has(w))) return 'place';
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters.length <= 6 && letters === letters.toUpperCase()) return 'organization';
  // Adjectives of nationality ("Ukrainian", "French") are not actors.
  if (run.length === 1 && /(?:ian|ean|ese|ish|ic|an)$/i.test(name) && name.length > 4) return undefined;
  if (run.length >= 2) return 'person';
  return 'person';
}
