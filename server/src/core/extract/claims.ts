import type { ActorMention, Article, Claim, DateMention, Marker, Sentence, Span } from '../types.js';
import { shapeOf } from './tokens.js';

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

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
    while (d < dates.length && dates[d]!.end <= sentence.start) d++;
    const own: DateMention[] = [];
    for (let k = d; k < dates.length && dates[k]!.start < sentence.end; k++) if (within(dates[k]!, sentence)) own.push(dates[k]!);
    if (!own.length) continue;
    const block = article.blocks[sentence.block];
    if (block?.kind === 'heading') continue;
    if (!isStatement(article.text, sentence, own)) continue;
    while (a < actors.length && actors[a]!.end <= sentence.start) a++;
    const named: ActorMention[] = [];
    for (let k = a; k < actors.length && actors[k]!.start < sentence.end; k++) if (within(actors[k]!, sentence)) named.push(actors[k]!);
    while (m < article.markers.length && article.markers[m]!.end <= sentence.start) m++;
    const markers: Marker[] = [];
    for (let k = m; k < article.markers.length && article.markers[k]!.start < sentence.end; k++) markers.push(article.markers[k]!);
    claims.push({
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      dates: own,
      actors: named.filter((x) => x.type !== 'place'),
      places: named.filter((x) => x.type === 'place'),
      markers,
    });
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
