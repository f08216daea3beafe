import type { Role } from '../registry/model.js';
import { textMemo } from './memo.js';
import { NAME_TITLES, TITLE_HEADS, TITLE_MODIFIERS, TITLE_QUALIFIERS } from '../extract/title-words.js';
import { ORG_WORDS } from '../extract/names.js';
import { normalize } from '../extract/tokens.js';
import type { Span } from '../types.js';

/** Words that head a title, and words that qualify one: the project's one list (`extract/title-words.ts`). */
const HEADS = TITLE_HEADS;

const QUALIFIERS = TITLE_QUALIFIERS;

/** Words that mark a title as a past one ("former chief executive"): never outdated. */
const PAST = new Set(['former', 'ex', 'then', 'outgoing', 'late', 'onetime', 'one-time', 'erstwhile', 'retired', 'previous']);

/** One spelling of each title word, so "Defense Advisor" meets "Defence Adviser". */
const SAME: Record<string, string> = {
  defense: 'defence', advisor: 'adviser', councilor: 'councillor', chairman: 'chair', chairwoman: 'chair',
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', operation: 'operations',
};

/** A title word in its comparable form. */
export function titleWord(word: string): string {
  const w = normalize(word).replace(/['’]s$/, '');
  return SAME[w] ?? w;
}

const isTitleWord = (w: string, extra?: ReadonlySet<string>): boolean => HEADS.has(w) || QUALIFIERS.has(w) || !!extra?.has(w);

const LINKING = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'a', 'an']);

/** The words of an actor's role titles, which may qualify a title written in copy ("Harbour Master"). */
export function roleWords(roles: readonly Role[]): Set<string> {
  const out = new Set<string>();
  for (const r of roles) for (const w of r.title.split(/[\s,]+/)) if (w && !LINKING.has(w.toLowerCase())) out.add(titleWord(w));
  return out;
}

/** A title written next to a name: its span, its words, and whether it is marked as past. */
export interface TitlePhrase {
  span: Span;
  text: string;
  words: string[];
  past: boolean;
}

const WORD = /[\p{L}][\p{L}\p{M}.'’-]*/gu;
// Module constants: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ish|ese|ch|an|i)$/u;
const NEXT_WORD = /^[ \t]+([\p{L}][\p{L}\p{M}'’-]*)/u;

/**
 * The title written right before a name ("Defence Minister Rustem Umerov",
 * "the authority's chief executive, Martin Osei") or right after it
 * ("Khalid Haddad, Tidewell's chief executive, said"). Only title words count;
 * nationality adjectives and possessives may sit among them.
 */
export function titleAround(text: string, name: Span, sentence: Span, extra?: ReadonlySet<string>): TitlePhrase | undefined {
  return titleBefore(text, name, sentence, extra) ?? titleAfter(text, name, sentence, extra);
}

function titleBefore(text: string, name: Span, sentence: Span, extra?: ReadonlySet<string>): TitlePhrase | undefined {
  const before = text.slice(sentence.start, name.start);
  const words = [...before.matchAll(WORD)].map((m) => ({ text: m[0], start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
  // Only spaces (or one comma after the title) between the words of the phrase and the name.
  let end = name.start;
  let title: typeof words = [];
  let past = false;
  for (const w of [...words].reverse()) {
    const gap = text.slice(w.end, end);
    const allowed = title.length === 0 && end === name.start ? /^(?:\s+|,\s+)$/ : /^\s+$/;
    if (!allowed.test(gap)) break;
    const norm = titleWord(w.text);
    if (isTitleWord(norm, extra)) title.unshift(w);
    else if (PAST.has(norm) || PAST.has(normalize(w.text))) {
      past = true;
      break;
    } else if (title.length && (UPPER_FIRST.test(w.text) || /['’]s$/.test(w.text))) {
      // "French President", "Tidewell's chief executive": a modifier, keep looking for "former".
    } else break;
    end = w.start;
  }
  // A comma between title and name is only an apposition ("the authority's chief executive, Martin Osei").
  if (!title.length) return undefined;
  title = trimToHead(title);
  return phrase(text, title, past);
}

function titleAfter(text: string, name: Span, sentence: Span, extra?: ReadonlySet<string>): TitlePhrase | undefined {
  const after = text.slice(name.end, sentence.end);
  const lead = /^,\s+/.exec(after);
  if (!lead) return undefined;
  const base = name.end + lead[0].length;
  const words = [...after.slice(lead[0].length).matchAll(WORD)].map((m) => ({ text: m[0], start: base + m.index!, end: base + m.index! + m[0].length }));
  const title: typeof words = [];
  let past = false;
  let at = base;
  for (const w of words) {
    if (!/^\s*$/.test(text.slice(at, w.start))) break;
    const norm = titleWord(w.text);
    if (isTitleWord(norm, extra)) title.push(w);
    else if (title.length) break;
    else if (PAST.has(norm)) past = true;
    else if (!(norm === 'the' || norm === 'its' || norm === 'his' || norm === 'her' || UPPER_FIRST.test(w.text) || /['’]s$/.test(w.text))) break;
    at = w.end;
  }
  const last = title.at(-1);
  if (!last) return undefined;
  if (!/^\s*(?:[,.;:)]|of\b|at\b|for\b)/.test(text.slice(last.end, sentence.end))) return undefined;
  return phrase(text, trimToHead(title), past);
}

function trimToHead(title: { text: string; start: number; end: number }[]): { text: string; start: number; end: number }[] {
  let last = title.length - 1;
  while (last >= 0 && !HEADS.has(titleWord(title[last]!.text))) last--; // in range: last >= 0 is tested first
  return title.slice(0, last + 1);
}

function phrase(text: string, title: { start: number; end: number; text: string }[], past: boolean): TitlePhrase | undefined {
  const first = title[0];
  const last = title.at(-1);
  if (!first || !last) return undefined;
  const span = { start: first.start, end: last.end };
  return { span, text: text.slice(span.start, span.end), words: title.map((w) => titleWord(w.text)), past };
}

/**
 * The title words of each role, once per role: derived from the immutable Role object the
 * registry holds, so it lives and goes with the registry (not a memo of answers).
 */
const roleTitleWords = new WeakMap<Role, Set<string>>();

/** Words that make a role another, lesser or passing one: "Deputy U.S. Attorney" is not "U.S. Attorney". */
const RANKS = new Set(['deputy', 'vice', 'assistant', 'acting', 'interim', 'associate', 'under']);

/**
 * Whether a role's title holds every word of the phrase ("Defence Minister" ⊂ "Minister
 * of Defence of Ukraine") and the phrase every rank word of the role ("Head Coach" does
 * not fit "Interim Head Coach" nor "Assistant Coach").
 */
export function titleFits(words: readonly string[], role: Role): boolean {
  let have = roleTitleWords.get(role);
  if (!have) roleTitleWords.set(role, (have = new Set(role.title.split(/[\s,]+/).map(titleWord))));
  for (const w of have) if (RANKS.has(w) && !words.includes(w)) return false;
  if (words.includes('ceo')) return have.has('chief') && have.has('executive') && words.every((w) => w === 'ceo' || have.has(w));
  return words.every((w) => have.has(w));
}

/** Whether a role is held on an ISO day (`from` and `to` inclusive, missing ends open). */
export function roleHeld(role: Role, day: string): boolean {
  return (role.from === undefined || role.from <= day) && (role.to === undefined || day <= role.to);
}

/** Whether a capitalised run is only title words, possibly with a nationality ("British Prime Minister", "Operations"). */
export function isTitleOnly(text: string): boolean {
  // Every keystroke asks again for the same names: remember the answers (they depend on the text alone).
  const memo = textMemo.table<boolean>('title only');
  return memo.get(text) ?? memo.remember(text, computeTitleOnly(text));
}

function computeTitleOnly(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  let titles = 0;
  for (const w of words) {
    const norm = titleWord(w);
    if (isTitleWord(norm)) titles++;
    else if (!DEMONYM.test(w)) return false;
  }
  return titles > 0;
}

/**
 * Whether a capitalised run is the front of a title rather than a name: it is
 * followed right away by a word that heads a title, and it either opens with a
 * title word ("Deputy Plant Manager") or holds only title words and the generic
 * head words of organisations ("USW International President", "Union
 * International Secretary"). "Apple CEO Tim Cook" keeps "Apple".
 */
export function isTitleFront(text: string, name: Span): boolean {
  const next = NEXT_WORD.exec(text.slice(name.end, name.end + 40));
  if (!next?.[1] || !HEADS.has(titleWord(next[1]))) return false;
  const words = text.slice(name.start, name.end).split(/\s+/).filter(Boolean).map(titleWord);
  const first = words[0];
  if (first === undefined) return false;
  const isTitle = (w: string): boolean => isTitleWord(w) || NAME_TITLES.has(w) || TITLE_MODIFIERS.has(w);
  return isTitle(first) || words.every((w) => isTitle(w) || ORG_WORDS.has(w));
}
