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
  let letters = 0;
  let lower = 0;
  let content = false;
  for (const w of sentence.words) {
    const word = text.slice(w.start, w.end);
    const shape = shapeOf(word);
    if (shape === 'digit') continue;
    letters += word.length;
    if (shape === 'lower' && word.length >= 2) {
      lower++;
      if (!FUNCTION_WORDS.has(word)) content = true;
    }
  }
  for (const d of dates) letters -= d.text.replace(/[^A-Za-z]/g, '').length;
  return letters >= 12 && lower >= 2 && content;
}

const FUNCTION_WORDS = new Set('on by in at of the an and or to for from with via per am pm min mins read share posted updated'.split(' '));
