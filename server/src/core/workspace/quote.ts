import type { Span } from '../types.js';

/** Folds typographic quotes, dashes and case so a quote matches the text it was copied from. */
function fold(c: string): string {
  if (/[\u2018\u2019\u201A\u2032`]/.test(c)) return "'";
  if (/[\u201C\u201D\u201E\u2033\u00AB\u00BB]/.test(c)) return '"';
  if (/[\u2010-\u2015]/.test(c)) return '-';
  return c.toLowerCase();
}

/** Words of a text with their spans (letters, digits, `%`, inner apostrophes). */
function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}%]+(?:['\u2019][\p{L}]+)*/gu)) {
    out.push({ word: [...m[0]].map(fold).join(''), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/**
 * Finds a source `quote` in an article's text. An exact match (ignoring case,
 * whitespace runs and typographic quotes) wins; otherwise the window of words
 * that shares the most words with the quote, in order, when it shares at least
 * `threshold` of them. Returns the span of the passage, or undefined.
 */
export function findQuote(text: string, quote: string, threshold = 0.6): Span | undefined {
  const q = words(quote);
  if (!q.length) return undefined;
  const t = words(text);
  const n = q.length;
  // Exact word sequence first.
  // in range: i + k <= i + n - 1 < t.length, and k < n, which is q.length
  outer: for (let i = 0; i + n <= t.length; i++) {
    for (let k = 0; k < n; k++) if (t[i + k]!.word !== q[k]!.word) continue outer;
    return { start: t[i]!.start, end: t[i + n - 1]!.end };
  }
  // Otherwise the best window by longest common subsequence of words (edits add or drop words).
  let best: { score: number; start: number; end: number } | undefined;
  const qs = q.map((x) => x.word);
  const first = new Set(qs);
  for (const [i, start] of t.entries()) {
    if (!first.has(start.word)) continue;
    const window = t.slice(i, i + n + Math.ceil(n / 3));
    const { length, last } = lcs(qs, window.map((x) => x.word));
    const score = length / n;
    // in range: lcs gives an index of the window it was given (0 when nothing matched)
    if (score >= threshold && (!best || score > best.score)) best = { score, start: start.start, end: window[last]!.end };
  }
  return best && { start: best.start, end: best.end };
}

/** Length of the longest common subsequence of two word lists, and the index in `b` where it ends. */
function lcs(a: string[], b: string[]): { length: number; last: number } {
  const row = new Array<number>(b.length + 1).fill(0);
  const endAt = new Array<number>(b.length + 1).fill(-1);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    // in range: 1 <= j <= b.length, and row and endAt have b.length + 1 entries
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev + 1;
        endAt[j] = j - 1;
      } else if (row[j - 1]! > row[j]!) {
        row[j] = row[j - 1]!;
        endAt[j] = endAt[j - 1]!;
      }
      prev = up;
    }
  }
  return { length: row[b.length]!, last: Math.max(0, endAt[b.length]!) }; // in range: b.length + 1 entries
}
