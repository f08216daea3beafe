import { stemmer } from 'stemmer';
import { normalize } from '../extract/tokens.js';
import SYNONYMS from './synonyms.json';

/** Function words and calendar words that say nothing about what a claim is about (exported for tests). */
export const STOP: ReadonlySet<string> = new Set(
  `a an the and or but if then so yet for nor as at by in on of to from with without into onto over under after before during since until
  while when where why how what which who whom whose there here it its he she they we you i me my our your their his her them us this that
  these those is are was were be been being has have had do does did will would shall should can could may might must not no yes all any some
  also still now just only very more most other such than too about against between both each few own same one two three first last next
  said says say told tell according reported reports report added adds mr mrs ms
  hundred hundreds thousand thousands million millions billion billions trillion percent
  near around across amid despite among via per upon toward towards within
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weekend month year day days late early`.split(/\s+/),
);

const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(SYNONYMS.irregular));

/** Stem → the name of its near-synonym group ("acquisit" → "~buy"). */
const CONCEPTS = new Map<string, string>();
/** Stems of a phrase, space-joined ("without electr") → its group's name. */
const PHRASES = new Map<string, string>();
/** The stem that ends each phrase: only then are the words before it looked at. */
const PHRASE_ENDS = new Set<string>();
/** The most words a phrase has. */
let PHRASE_MAX = 1;
for (const group of SYNONYMS.groups) {
  const name = `~${(group[0] ?? '').split(' ').map(baseStem).join('_')}`;
  for (const entry of group) {
    const stems = entry.split(' ').map(baseStem);
    const [only, ...more] = stems;
    if (only !== undefined && !more.length) CONCEPTS.set(only, name);
    else {
      PHRASES.set(stems.join(' '), name);
      PHRASE_ENDS.add(stems.at(-1) ?? '');
      PHRASE_MAX = Math.max(PHRASE_MAX, stems.length);
    }
  }
}

/** A word's Porter stem (the `stemmer` package), irregular verb forms first brought to their base ("met" → "meet"). */
function baseStem(word: string): string {
  return stemmer(IRREGULAR.get(word) ?? word);
}

/** Stems by word, and words' terms: every keystroke meets the same words again. */
const STEMS = new Map<string, string>();

/** A lowercase word's stem, remembered (the map is emptied when it grows past 50,000 words). */
function stemOf(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= 50_000) STEMS.clear();
    STEMS.set(word, (s = baseStem(word)));
  }
  return s;
}

/**
 * The term a lowercase word counts as when linking: its stem ("signed", "signing" → "sign"),
 * or the name of its near-synonym group ("takeover", "acquisition" → "~buy"; synonyms.json).
 */
export function stem(word: string): string {
  const s = stemOf(word);
  return CONCEPTS.get(s) ?? s;
}

/** The group a phrase ending in the stem `last` names, given the stems before it (`a` just before, `b` before that). */
function phraseAt(b: string | undefined, a: string | undefined, last: string): string | undefined {
  if (a === undefined || !PHRASE_ENDS.has(last)) return undefined;
  return PHRASES.get(`${a} ${last}`) ?? (b !== undefined && PHRASE_MAX > 2 ? PHRASES.get(`${b} ${a} ${last}`) : undefined);
}

/** The near-synonym phrases of a text, as their groups' names (every word counts, stop words too: "without electricity"). */
export function phraseTerms(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const g = phraseAt(i > 1 ? stemOf(words[i - 2]!) : undefined, stemOf(words[i - 1]!), stemOf(words[i]!)); // in range: 1 <= i < words.length
    if (g) out.push(g);
  }
  return out;
}

/** The content words of a text as stems: lowercase, no diacritics, no function or calendar words. */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  const lower = normalize(text);
  const n = lower.length;
  let before1: string | undefined;
  let before2: string | undefined;
  // Words as /[a-z0-9][a-z0-9%'’-]*/g finds them, scanned by character code (no match objects).
  for (let i = 0; i < n; ) {
    if (!isWordStart(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    for (i++; i < n && isWordPart(lower.charCodeAt(i)); i++);
    let w = lower.slice(at, i);
    // Only a word ending in s, an apostrophe or a hyphen can lose its end.
    const last = w.charCodeAt(w.length - 1);
    if (last === 115 || last === 39 || last === 0x2019 || last === 45) w = w.replace(/['’]s$/, '').replace(/['’-]+$/, '');
    if (w.length === 0) continue;
    // Phrases count every word, stop words too ("without electricity").
    const s = stemOf(w);
    const g = phraseAt(before2, before1, s);
    if (g) out.add(g);
    before2 = before1;
    before1 = s;
    const digit = hasDigit(w);
    if (w.length < 3 && !digit) continue;
    if (w.length <= STOP_MAX && STOP.has(w)) continue;
    // Day numbers and years are dates, not words; a sum of money is a word ("$5", "C$41").
    if (digit && (/^\d{1,2}(?:st|nd|rd|th)?$/.test(w) ? !isCurrency(lower.charCodeAt(at - 1)) : /^(?:19|20)\d\d$/.test(w))) continue;
    out.add(stem(w));
  }
  return out;
}

/** $ € £ ¥ */
function isCurrency(c: number): boolean {
  return c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5;
}

/** [a-z0-9] */
function isWordStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** [a-z0-9%'’-] */
function isWordPart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 37 || c === 39 || c === 0x2019 || c === 45;
}

/** The longest stop word: a longer word is never one. */
const STOP_MAX = Math.max(...[...STOP].map((w) => w.length));

function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Levenshtein distance between two strings (small inputs: ids and names). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    // in range: prev has b.length + 1 entries, cur has j of them before this step
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!; // in range: prev has b.length + 1 entries
}

/** A registry id slug of a text: lowercase ASCII words joined by hyphens. */
export function idSlug(text: string): string {
  return normalize(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short id for a claim: its first content words ("council-approved-quay-crane-budget"). */
export function claimSlug(text: string, words = 5): string {
  const picked: string[] = [];
  for (const m of normalize(text).matchAll(/[a-z0-9]+/g)) {
    const w = m[0];
    if (w.length < 3 || STOP.has(w) || /^\d+$/.test(w)) continue;
    picked.push(w);
    if (picked.length === words) break;
  }
  return picked.join('-') || 'claim';
}
