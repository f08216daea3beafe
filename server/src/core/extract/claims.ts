import type { ActorMention, Article, Claim, DateMention, Marker, Sentence, Span } from '../types.js';
import { shapeOf } from './tokens.js';

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** The first index from `from` of a list in text order whose item ends after `at`: a cursor moved past a sentence's start. */
function skipTo(list: readonly Span[], from: number, at: number): number {
  let i = from;
  while (i < list.length && list[i]!.end <= at) i++; // in range: tested first
  return i;
}

/** The items of a list in text order from index `from` that start before the sentence ends: all, or those within it. */
function startingIn<T extends Span>(list: readonly T[], from: number, sentence: Span, all: boolean): T[] {
  const out: T[] = [];
  for (let k = from; k < list.length; k++) {
    const x = list[k]!; // in range: k < list.length
    if (x.start >= sentence.end) break;
    if (all || within(x, sentence)) out.push(x);
  }
  return out;
}

/**
 * Dated claims: sentences of running prose that carry a date expression and a
 * verb-like word. Headings, datelines and bylines (short lines without a finite
 * statement) are not claims.
 */
export function extractClaims(article: Article, dates: DateMention[], actors: ActorMention[]): Claim[] {
  const claims: Claim[] = [];
  let d = 0;
  let a = 0;
  let m = 0;
  for (const sentence of article.sentences) {
    d = skipTo(dates, d, sentence.start);
    const own = startingIn(dates, d, sentence, false);
    if (!own.length) continue;
    const block = article.blocks[sentence.block];
    if (block?.kind === 'heading') continue;
    if (!isStatement(article.text, sentence, own)) continue;
    a = skipTo(actors, a, sentence.start);
    const named = startingIn(actors, a, sentence, false);
    m = skipTo(article.markers, m, sentence.start);
    claims.push(claimOf(sentence, own, named, startingIn(article.markers, m, sentence, true)));
  }
  return claims;
}

/**
 * Whether a sentence reads as a statement rather than a dateline, a byline or a label:
 * at least four words, a dozen letters beside its dates, and two lowercase words of
 * which one is a content word. Datelines ("26.01.2026 5,60 B 5 Mins Read") and bylines
 * ("Posted on January 26, 2026 by Jane Doe") have no lowercase word beyond prepositions.
 */
function isStatement(text: string, sentence: Sentence, dates: DateMention[]): boolean {
  if (sentence.words.length < 4) return false;
  // The dates' letters do not count. Every count only grows: the sentence qualifies as soon as they suffice.
  let letters = 0;
  for (const d of dates) letters -= asciiLetters(d.text);
  let lower = 0;
  let content = false;
  for (const w of sentence.words) {
    // The word itself is read only when its first character is not ASCII, or to look a lowercase word up.
    const c = text.charCodeAt(w.start);
    const shape = c < 128 ? asciiShape(c) : shapeOf(text.slice(w.start, w.end));
    if (shape === 'digit') continue;
    const length = w.end - w.start;
    letters += length;
    if (shape === 'lower' && length >= 2) {
      lower++;
      if (!content && !isFunctionWord(text, w.start, length)) content = true;
    }
    if (content && lower >= 2 && letters >= 12) return true;
  }
  return false;
}

/** How many ASCII letters a text holds. */
function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) n++;
  }
  return n;
}

/** {@link shapeOf} of a word whose first character is ASCII. */
function asciiShape(c: number): 'upper' | 'lower' | 'digit' | 'other' {
  if (c >= 65 && c <= 90) return 'upper';
  if (c >= 97 && c <= 122) return 'lower';
  return c >= 48 && c <= 57 ? 'digit' : 'other';
}

const FUNCTION_WORDS = 'on by in at of the an and or to for from with via per am pm min mins read share posted updated'.split(' ');

/** The function words by length and first letter (no slice of the text to look a word up). */
const FUNCTION_WORDS_BY_KEY = new Map<number, string[]>();
for (const w of FUNCTION_WORDS) {
  const key = w.length * 128 + w.charCodeAt(0);
  FUNCTION_WORDS_BY_KEY.set(key, [...(FUNCTION_WORDS_BY_KEY.get(key) ?? []), w]);
}

/** Whether the `length` characters of `text` at `start` are one of the function words. */
function isFunctionWord(text: string, start: number, length: number): boolean {
  const c = text.charCodeAt(start);
  if (c >= 128) return false;
  const words = FUNCTION_WORDS_BY_KEY.get(length * 128 + c);
  if (!words) return false;
  for (const w of words) if (text.startsWith(w, start)) return true;
  return false;
}

/**
 * Words that state something as current: present and future forms of the verbs
 * news copy restates facts with ("Zelensky says ...", "the document is ready",
 * "Nippon will invest"). A sentence with none of them, and no name followed by a
 * present-tense verb ("DTEK reports"), reads as past and is left alone.
 */
const CURRENT_WORDS = `is are am isn't aren't says say will won't has have hasn't haven't remains remain wants want plans plan needs need
awaits await expects expect insists insist believes believe intends intend continues continue stands stand holds hold
calls call argues argue maintains maintain claims claim considers consider does doesn't don't can cannot can't must shall
'll 's 're`.split(/\s+/);

const CURRENT_BY_KEY = new Map<number, string[]>();
for (const w of CURRENT_WORDS) {
  const key = w.length * 128 + w.charCodeAt(0);
  CURRENT_BY_KEY.set(key, [...(CURRENT_BY_KEY.get(key) ?? []), w]);
}

/** Whether the `length` characters of `text` at `start` are a current-tense word (lowercase as written). */
function isCurrentWord(text: string, start: number, length: number): boolean {
  const words = CURRENT_BY_KEY.get(length * 128 + text.charCodeAt(start));
  if (!words) return false;
  for (const w of words) if (text.startsWith(w, start)) return true;
  return false;
}

/** Whether the word at `start` looks like a present-tense verb after a name: lowercase, ending in a single s ("reports", "insists", not "across"). */
function presentAfterName(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 97 || c > 122 || end - start < 4) return false;
  const last = text.charCodeAt(end - 1);
  const before = text.charCodeAt(end - 2);
  return last === 115 && before !== 115 && before !== 117 && before !== 105;
}

/** Whether the text between two offsets is only spaces (and not empty). */
function isBlank(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Whether a sentence states something as current: a present or future form
 * ("says", "is", "will", "remains"), or a name followed by a present-tense verb.
 */
export function readsAsCurrent(text: string, sentence: Sentence, named: readonly ActorMention[]): boolean {
  const words = sentence.words;
  let n = 0;
  for (const w of words) {
    if (isCurrentWord(text, w.start, w.end - w.start)) return true;
    // A name right before the word ("Trump says", "DTEK reports").
    n = skipTo(named, n, w.start);
    const before = named[n - 1];
    if (before && isBlank(text, before.end, w.start) && presentAfterName(text, w.start, w.end)) return true;
  }
  return false;
}

/**
 * Undated restatements: sentences of running prose with no date that name a
 * registered actor or place and state something as current ("Zelensky says the
 * document is ready"). They are claims for linking (an undated restatement of a
 * superseded fact is stale) but not dated claims: `extract` does not list them and
 * `claim.unlinked` does not report them. A sentence holding any date is left out.
 */
export function extractRestatements(article: Article, dates: readonly DateMention[], actors: ActorMention[]): Claim[] {
  const out: Claim[] = [];
  let a = 0;
  let d = 0;
  let m = 0;
  for (const sentence of article.sentences) {
    d = skipTo(dates, d, sentence.start);
    const next = dates[d];
    if (next && next.start < sentence.end) continue;
    a = skipTo(actors, a, sentence.start);
    if (sentence.words.length < 4) continue;
    const named = startingIn(actors, a, sentence, false);
    if (!named.some((x) => x.form !== 'unregistered')) continue;
    const block = article.blocks[sentence.block];
    if (block?.kind === 'heading') continue;
    if (!readsAsCurrent(article.text, sentence, named)) continue;
    m = skipTo(article.markers, m, sentence.start);
    out.push(claimOf(sentence, [], named, startingIn(article.markers, m, sentence, true)));
  }
  return out;
}

/** A claim on a sentence: its dates, the persons and organizations it names, its places and markers. */
function claimOf(sentence: Sentence, dates: DateMention[], named: ActorMention[], markers: Marker[]): Claim {
  return {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    dates,
    actors: named.filter((x) => x.type !== 'place'),
    places: named.filter((x) => x.type === 'place'),
    markers,
  };
}
