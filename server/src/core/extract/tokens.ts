import { blank } from '../parse/sentences.js';
import type { Article, Span } from '../types.js';

/** A word token of prose with its normalised form. */
export interface Token extends Span {
  text: string;
  /** Lowercase, diacritics removed, apostrophes unified: the form used for matching. */
  norm: string;
  /** Index of the block that holds it. */
  block: number;
}

// Letters, marks and digits; apostrophes of every kind end a token, so "Russia's" gives "Russia".
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MODIFIER_APOSTROPHE = /[\u02BC\u02BB\u02BD]/g;

/** Lowercases and strips diacritics: `Nausėda` → `nauseda`. */
export function normalize(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits a name into normalised tokens, the way {@link tokenize} splits prose. */
export function nameTokens(name: string): string[] {
  return [...name.replace(MODIFIER_APOSTROPHE, "'").matchAll(TOKEN)].map((m) => normalize(m[0]));
}

/** Tokenises the prose of every block (masked parts blanked). */
export function tokenize(article: Article): Token[] {
  const tokens: Token[] = [];
  article.blocks.forEach((block, index) => {
    const prose = blank(article.text, block, article.masked).replace(MODIFIER_APOSTROPHE, ' ');
    for (const m of prose.matchAll(TOKEN)) {
      const start = block.start + m.index!;
      tokens.push({ text: m[0], start, end: start + m[0].length, norm: normalize(m[0]), block: index });
    }
  });
  return tokens;
}

/** Whether the text between two tokens lets them belong to one name ("U.S.", "Russia-Ukraine" does not). */
export function joinable(text: string, a: Token, b: Token): boolean {
  if (a.block !== b.block) return false;
  const gap = text.slice(a.end, b.start);
  // A dot joins only after an initial ("U.S.", "J. D. Vance", "St. Petersburg"), never across a sentence end.
  if (gap[0] === '.') return /^\.\s?$/.test(gap) && a.text.length <= 2 && /^\p{Lu}/u.test(a.text);
  // An apostrophe after a capital initial ("O'Neill", "D'Angelo"), not a possessive ("Russia's").
  if (/^['’]$/.test(gap)) return a.text.length === 1 && /^\p{Lu}/u.test(a.text) && /^\p{Lu}/u.test(b.text);
  // Spaces, one hard line break inside a paragraph, "&" or a hyphen.
  return /^(?:[ \t]{1,2}|[ \t]?&[ \t]?|-|[ \t]?\r?\n[ \t]?)$/.test(gap);
}

/** A lowercase slug of a name, used as the id of an unregistered actor. */
export function slug(name: string): string {
  return normalize(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
