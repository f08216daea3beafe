import { blank } from '../parse/sentences.js';
import type { Article, Span } from '../types.js';

/** A word token of prose with its normalised form. */
export interface Token extends Span {
  text: string;
  /** Lowercase, diacritics removed, apostrophes unified: the form used for matching. */
  norm: string;
  /** Index of the block that holds it. */
  block: number;
  /** How it starts: an uppercase letter, a lowercase letter, a digit, or another letter (no case). */
  shape: 'upper' | 'lower' | 'digit' | 'other';
  /** The first token of a line (a newline stands between it and the token before, in its block). */
  lineStart: boolean;
}

// Letters, marks and digits; apostrophes of every kind end a token, so "Russia's" gives "Russia".
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const MODIFIER_APOSTROPHE = /[\u02BC\u02BB\u02BD]/g;

/** How a word starts (ASCII fast path, Unicode properties otherwise). */
export function shapeOf(word: string): Token['shape'] {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'upper';
  if (c >= 97 && c <= 122) return 'lower';
  if (c >= 48 && c <= 57) return 'digit';
  if (c < 128) return 'other';
  const first = String.fromCodePoint(word.codePointAt(0)!);
  if (UPPER_OR_TITLE.test(first)) return 'upper';
  if (LOWER_LETTER.test(first)) return 'lower';
  return NUMBER_CHAR.test(first) ? 'digit' : 'other';
}

// Module constants: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const UPPER_OR_TITLE = /\p{Lu}|\p{Lt}/u;
const LOWER_LETTER = /\p{Ll}/u;
const NUMBER_CHAR = /\p{N}/u;
/** Combining marks, dropped after NFD (`replace` with a global pattern starts from 0 on every call). */
const MARKS = /\p{M}+/gu;

/** Lowercases and strips diacritics: `Nausėda` → `nauseda`. */
export function normalize(s: string): string {
  // Most words are plain ASCII: lowercasing is all they need.
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(MARKS, '').toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

/** Splits a name into normalised tokens, the way {@link tokenize} splits prose. */
export function nameTokens(name: string): string[] {
  return [...name.replace(MODIFIER_APOSTROPHE, "'").matchAll(TOKEN)].map((m) => normalize(m[0]));
}

/** Tokenises the prose of every block (masked parts blanked). */
export function tokenize(article: Article): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  article.blocks.forEach((block, index) => {
    while (from < article.masked.length && article.masked[from]!.end <= block.start) from++; // in range: tested first
    tokenizeProse(blank(article.text, block, article.masked, from), block.start, index, tokens);
  });
  return tokens;
}

/**
 * Tokenises the prose of one block (masked parts already blanked), whose first
 * character sits at offset `base`, appending to `tokens`.
 */
export function tokenizeProse(text: string, base: number, index: number, tokens: Token[] = []): Token[] {
  const prose = text.replace(MODIFIER_APOSTROPHE, ' ');
  // Latin, Greek and Cyrillic copy (curly quotes and dashes aside) takes a pattern without
  // Unicode properties, and is lowercased once; only words with other characters are normalised one by one.
  const latin = LATIN_BLOCK.test(prose);
  const lower = prose.toLowerCase();
  const sameLength = lower.length === prose.length;
  let nl = prose.indexOf('\n');
  let prevEnd = 0;
  if (latin) {
    // A scan by character code: a letter, then letters and combining marks (U+0300-U+036F); no surrogate pairs in such a block.
    const n = prose.length;
    let i = 0;
    while (i < n) {
      const c = prose.charCodeAt(i);
      if (!isLatinLetter(c)) {
        i++;
        continue;
      }
      const at = i;
      let ascii = c < 128;
      // A capital A-Z in the word (an ASCII word without one is its own normal form: no lowercase copy).
      let upper = c >= 65 && c <= 90;
      for (i++; i < n; i++) {
        const d = prose.charCodeAt(i);
        if (isLatinLetter(d)) (ascii &&= d < 128), (upper ||= d >= 65 && d <= 90);
        else if (d >= 0x300 && d <= 0x36f) ascii = false;
        else break;
      }
      while (nl >= 0 && nl < prevEnd) nl = prose.indexOf('\n', nl + 1);
      const lineStart = prevEnd === 0 || (nl >= 0 && nl < at);
      prevEnd = i;
      const word = prose.slice(at, i);
      const start = base + at;
      const norm = ascii && !upper ? word : sameLength && ascii ? lower.slice(at, i) : normalize(word);
      tokens.push({ text: word, start, end: start + word.length, norm, block: index, shape: c < 128 ? asciiShape(c) : shapeOf(word), lineStart });
    }
    return tokens;
  }
  for (const m of prose.matchAll(TOKEN)) {
    const at = m.index!;
    const word = m[0];
    while (nl >= 0 && nl < prevEnd) nl = prose.indexOf('\n', nl + 1);
    const lineStart = prevEnd === 0 || (nl >= 0 && nl < at);
    prevEnd = at + word.length;
    const start = base + at;
    const norm = sameLength && ASCII_WORD.test(word) ? lower.slice(at, prevEnd) : normalize(word);
    tokens.push({ text: word, start, end: start + word.length, norm, block: index, shape: shapeOf(word), lineStart });
  }
  return tokens;
}

/** Whether a code unit is a letter or digit of Latin, Greek or Cyrillic copy: A-Za-z0-9, ª µ º, U+00C0-U+02AF but × ÷, U+0370-U+04FF. */
function isLatinLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0x4ff && c !== 0xd7 && c !== 0xf7 && (c <= 0x2af || c >= 0x370));
}

/** {@link shapeOf} of a word starting with an ASCII character. */
function asciiShape(c: number): Token['shape'] {
  if (c >= 65 && c <= 90) return 'upper';
  if (c >= 97 && c <= 122) return 'lower';
  return c >= 48 && c <= 57 ? 'digit' : 'other';
}

/** A block whose characters are all ASCII, Latin, Greek, Cyrillic, combining marks or general punctuation. */
const LATIN_BLOCK = /^[\x00-\u04FF\u2000-\u206F\u20AC]*$/;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** A space, then a click letter right before the next word. */
const CLICK_GAP = /^[ \t][!ǃǀǁǂ]$/;

/** Italian prepositions joined to an elided article, and "Sant'", that open names ("Dell'Orto", "Dall'Ara", "Sant'Elia"). */
const ELIDED_PREPOSITION = /^(?:Dell|Dall|Nell|Sull|Degl|Dagl|Sant)$/;

/** Whether the text between two tokens lets them belong to one name ("U.S.", "Russia-Ukraine" does not). */
export function joinable(text: string, a: Token, b: Token): boolean {
  if (a.block !== b.block) return false;
  // One space, the commonest gap, joins (the last test below), read without a copy.
  if (b.start - a.end === 1 && text.charCodeAt(a.end) === 32) return true;
  const gap = text.slice(a.end, b.start);
  // A dot joins only after an initial ("U.S.", "J. D. Vance", "St. Petersburg"), never across a sentence end.
  if (gap[0] === '.') return /^\.\s?$/.test(gap) && a.text.length <= 2 && a.shape === 'upper';
  // An apostrophe after a capital initial ("O'Neill", "D'Angelo") or an Italian article's elided preposition ("Dell'Orto",
  // "Sant'Angelo"), not a possessive ("Russia's").
  if (/^['’]$/.test(gap)) return (a.text.length === 1 || ELIDED_PREPOSITION.test(a.text)) && a.shape === 'upper' && b.shape === 'upper';
  // A click consonant of Khoekhoe names, written "!" or "ǃ" before a capital ("Sakaria !Gaoseb", "ǁKaras").
  if (gap.length === 2 && CLICK_GAP.test(gap)) return b.shape === 'upper';
  // Spaces, one hard line break inside a paragraph, "&" or a hyphen.
  return /^(?:[ \t]{1,2}|[ \t]?&[ \t]?|-|[ \t]?\r?\n[ \t]?)$/.test(gap);
}

/**
 * A lowercase slug of a name, used as the id of an unregistered actor. Letters that no
 * accent strips are folded as copy written without them spells them (`Karşıyaka` and
 * `Karsiyaka`, `Zakłady` and `Zaklady`), and initials lose their dots (`U.S.` as `US`).
 */
export function slug(name: string): string {
  // Names repeat, within an article and across the analyses of one document: each is slugged once.
  let out = SLUGS.get(name);
  if (out === undefined) {
    if (SLUGS.size >= 10_000) SLUGS.clear();
    SLUGS.set(name, (out = slugOf(name)));
  }
  return out;
}

/** Slugs by name (never mutated: strings). */
const SLUGS = new Map<string, string>();

/** {@link slug}, computed. */
function slugOf(name: string): string {
  // (An initial's dot is read only where the name has a dot; dashes are trimmed only where one ends the slug.)
  const undotted = name.includes('.') ? name.replace(DOTTED_INITIAL, '$1') : name;
  const dashed = normalize(ASCII.test(name) ? undotted : undotted.replace(UNSTRIPPED, (c) => UNSTRIPPED_AS[c] ?? c)).replace(NOT_SLUG, '-');
  return dashed.charCodeAt(0) === 45 || dashed.charCodeAt(dashed.length - 1) === 45 ? dashed.replace(OUTER_DASHES, '') : dashed;
}

const NOT_SLUG = /[^a-z0-9]+/g;
const OUTER_DASHES = /^-+|-+$/g;

/** A capital initial and its dot before another initial (`U.` of `U.S.`). */
const DOTTED_INITIAL = /(?<!\p{L})(\p{Lu})\.(?=\p{Lu}(?:\.|(?!\p{L})))/gu;
const UNSTRIPPED = /[ıłŁøØđĐßæÆœŒþÞðħĦŀ]/g;
const UNSTRIPPED_AS: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'TH', ð: 'd', ħ: 'h', Ħ: 'H', ŀ: 'l' };
