import type { ActorMention, Article, Claim, DateMention, Marker, Span } from '../types.js';

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
    if (!isStatement(sentence.text, sentence.words.length, own)) continue;
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

/** Whether a sentence reads as a statement rather than a dateline or a label. */
function isStatement(text: string, wordCount: number, dates: DateMention[]): boolean {
  const dateChars = dates.reduce((n, x) => n + x.text.length, 0);
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (wordCount < 4) return false;
  if (letters - dateChars < 12) return false;
  // Datelines ("26.01.2026 5,60 B 5 Mins Read") and bylines ("Posted on January 26, 2026 by Jane Doe")
  // have no lowercase word beyond prepositions; a statement has at least two lowercase words, one of them a content word.
  const lowerWords = text.match(/(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])/gu) ?? [];
  return lowerWords.length >= 2 && lowerWords.some((w) => !FUNCTION_WORDS.has(w));
}

const FUNCTION_WORDS = new Set('on by in at of the an and or to for from with via per am pm min mins read share posted updated'.split(' '));
