// Acronyms and the bodies they stand for: an acronym introduced beside a body's name
// ("Full Name (ACR)", "ACR (Full Name)", "known by its Portuguese initials, ACR") is
// that body; otherwise an acronym is the body whose name it spells best: initials
// ("SFO" for "Serious Fraud Office"), syllables ("Comelec" for "Commission on
// Elections"), a word left out ("VICOFA" for "Vietnam Coffee and Cocoa Association"),
// "x" for a word in "ex-" ("JAXA"), or a name in another language whose head noun
// comes first ("TSE" for "Superior Electoral Court", Tribunal Superior Eleitoral).
import { isDemonym, isGivenName, placeNamed } from './gazetteer.js';
import { CALENDAR_WORD, NOT_NAMES, ORG_WORDS } from './names.js';
import { UNSET_KEYS, type Part } from './runs.js';
import type { ActorMention, Article } from '../types.js';
import { isCommonWord, isEnglishWord } from './common-words.js';
import { normalize, slug, type Token } from './tokens.js';
import type { Known } from './unregistered-titled.js';
import { CONNECTORS, PARTICLES, allJoined, endOf, firstOf, isSpace, keyOf, lastOf, type Cand } from './unregistered-words.js';

// Module constants: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const NOT_UPPER = /[^\p{Lu}]/gu;
const CAMEL_CAPITALS = /^\p{Lu}(?:\p{Ll}?\p{Lu})+\p{Ll}?$/u;

/** Words an acronym leaves out: connectors, function words of other languages. */
const FUNCTION_WORDS = new Set([...CONNECTORS, 'on', 'in', 'at', 'to', 'a', 'an', 'y', 'e', 'et', 'und', 'des', 'do', 'dos', 'das', 'los', 'las', 'el', 'al', '&']);

/** Corporate suffixes an acronym leaves out ("Mineração Tupã S.A.", "Tay Nguyen Agri-Trading JSC"). */
export const CORPORATE_SUFFIXES = new Set('inc ltd plc llc llp co corp pty sa ag nv bv gmbh spa srl jsc bhd tbk kk ab asa oyj pjsc'.split(' '));

/** Where a body's name ends without its trailing corporate suffixes and single letters ("S.A."); at least one word is left. */
export function suffixEnd(tokens: readonly Token[]): number {
  let end = tokens.length;
  for (let t = tokens[end - 1]; end > 1 && t && (CORPORATE_SUFFIXES.has(t.norm) || t.norm.length === 1); t = tokens[--end - 1]);
  return end;
}

/** The words of a body's name an acronym may spell: uppercase, without diacritics, function words and trailing suffixes out. */
export function acronymWords(tokens: readonly Token[]): string[] {
  const end = suffixEnd(tokens);
  const out: string[] = [];
  for (const t of tokens.slice(0, end)) if (!FUNCTION_WORDS.has(t.norm) && t.shape !== 'lower') out.push(t.norm.toUpperCase());
  return out;
}

/**
 * How well `letters` (uppercase) spell the name of `words` (from {@link acronymWords}):
 * 4 initials; about 3 syllables and words left out (the first and last word always
 * give letters); 1 a name in another language with its head noun first; 0 no fit.
 * `syllables` allows more than one letter per word; `firstSyllable` asks the first
 * word for two letters or more (a word written like a name, "Comelec").
 */
export function acronymFit(letters: string, words: readonly string[], syllables: boolean, firstSyllable = false): number {
  const n = words.length;
  if (n < 2 || letters.length < 2) return 0;
  let initials = '';
  for (const w of words) initials += w[0];
  // (Function words, marked `~` by {@link functionWordsKept}, give their initial or nothing: "ANDE", Administración Nacional de Electricidad.)
  const marked = initials.includes('~');
  if (initials === letters && !firstSyllable) return 4;
  if (!syllables) return 0;
  // No spelling starts unless the first word gives the first letter (a function word may give none, "eX" its x): the
  // search below is not run for the other names (most of an article's names, tried against each acronym).
  const w0 = words[0] ?? '';
  const opens = w0.charCodeAt(0) === 126 || w0.charCodeAt(0) === letters.charCodeAt(0) || (letters[0] === 'X' && w0.startsWith('EX') && !firstSyllable);
  const spelled = opens ? spelling(letters, words, marked, firstSyllable) : -Infinity;
  if (spelled > -Infinity) return 3 + spelled;
  // Head noun first: the first letter is the head's in the other language, the rest the modifiers' initials.
  if (!firstSyllable && !marked && letters.length >= 3 && n === letters.length && initials.slice(0, -1) === letters.slice(1)) return 1;
  return 0;
}

/** The best score of {@link acronymFit}'s spellings of all of `letters` by `words` (-Infinity: none). */
function spelling(letters: string, words: readonly string[], marked: boolean, firstSyllable: boolean): number {
  const n = words.length;
  const memo = new Map<number, number>();
  // The best score spelling letters[i..] with words[j..]; -Infinity when none.
  const best = (i: number, j: number): number => {
    if (j === n) return i === letters.length ? 0 : -Infinity;
    if (i === letters.length) return -Infinity;
    const key = i * 64 + j;
    const seen = memo.get(key);
    if (seen !== undefined) return seen;
    const w = words[j] ?? '';
    let score = -Infinity;
    if (marked && w.charCodeAt(0) === 126) {
      // A function word: its initial, or nothing at no cost.
      score = best(i, j + 1);
      if (w.charCodeAt(1) === letters.charCodeAt(i)) score = Math.max(score, best(i + 1, j + 1) - 0.1);
      memo.set(key, score);
      return score;
    }
    // A word in the middle may give no letter.
    if (j > 0 && j < n - 1) score = best(i, j + 1) - 0.3;
    // The loop compares one letter per step; a first syllable starts at two letters, so its first is compared here.
    const from = firstSyllable && j === 0 ? 2 : 1;
    if (from === 1 || w.charCodeAt(0) === letters.charCodeAt(i)) for (let m = from; m <= 4 && m <= w.length && i + m <= letters.length; m++) {
      if (w.charCodeAt(m - 1) !== letters.charCodeAt(i + m - 1)) break;
      score = Math.max(score, best(i + m, j + 1) - 0.05 * (m - 1));
    }
    // "eXploration": a word in "ex-" may give its "x".
    if (letters[i] === 'X' && w.startsWith('EX') && !(firstSyllable && j === 0)) score = Math.max(score, best(i + 1, j + 1) - 0.1);
    memo.set(key, score);
    return score;
  };
  return best(0, 0);
}

/**
 * The words of a body's name an acronym may spell with the initials of its function words and its legal form ("ANDE" of
 * "Administración Nacional de Electricidad", "RVNL" of "Rail Vikas Nigam Ltd"), the function words marked `~`; undefined
 * when the name has neither inside it.
 */
function functionWordsKept(tokens: readonly Token[]): string[] | undefined {
  const out: string[] = [];
  let kept = false;
  for (const [k, t] of tokens.entries()) {
    if (t.text === '&' || t.shape === 'digit') continue;
    const inside = k > 0 && k < tokens.length - 1;
    if (FUNCTION_WORDS.has(t.norm) || t.shape === 'lower') {
      if (!inside) continue;
      out.push(`~${t.norm.toUpperCase()}`);
      kept = true;
    } else {
      if (CORPORATE_SUFFIXES.has(t.norm) && k === tokens.length - 1) kept = true;
      out.push(t.norm.toUpperCase());
    }
  }
  return kept ? out : undefined;
}

/** 0.5 when `letters` are the initials of the first words of `words` (two or more, not all), else 0. */
function leadingFit(letters: string, words: readonly string[]): number {
  if (letters.length < 2 || letters.length >= words.length) return 0;
  for (let i = 0; i < letters.length; i++) if (words[i]?.[0] !== letters[i]) return 0;
  return 0.5;
}

/** A body's name that an acronym can stand for. */
interface Body {
  id: string;
  words: string[];
  cand: Cand;
  /** The words without the country that opens the name. */
  national?: boolean;
  /** The words with the function words and the legal form ({@link functionWordsKept}). */
  kept?: boolean;
}

/**
 * The letters of an acronym written in capitals ("JAXA", "U.N.", "İBB"), or with the
 * initials of its function words in lowercase ("MoITT", "DfE"); undefined for other words.
 */
export function capitalLetters(word: string): string | undefined {
  if (word.length < 2 || word.length > 10) return undefined;
  // Both forms need two capitals or more (letters only where the capitals are as many): a word of ASCII
  // characters with fewer (a name in Title Case, most candidates) is none, read without a copy.
  let capitalCount = 0;
  for (let i = 0; i < word.length && capitalCount < 2; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) capitalCount = 2;
    else if (c >= 65 && c <= 90) capitalCount++;
  }
  if (capitalCount < 2) return undefined;
  const letters = normalize(word).toUpperCase().replace(/[^A-Z]/g, '');
  const capitals = word.replace(NOT_UPPER, '');
  if (letters.length < 2) return undefined;
  if (capitals.length === letters.length && letters.length <= 6) return letters;
  // Camel case: capitals for the words, one lowercase letter at a time for "of", "for", "and".
  if (capitals.length >= 2 && CAMEL_CAPITALS.test(word)) return normalize(capitals).toUpperCase();
  return undefined;
}

/** An acronym's letters, or '' when the candidate is none: all capitals ("JAXA", "U.N."), or a word written like a name that spells syllables ("Comelec"). */
function lettersOf(c: Cand): { letters: string; mixed: boolean } | undefined {
  const p = c.part;
  if (p.place || p.length !== 1) return undefined;
  const t = firstOf(p.tokens);
  const capitals = capitalLetters(t.text);
  if (capitals) return { letters: capitals, mixed: false };
  if (p.given || p.common || p.sentenceStart) return undefined;
  if (t.norm.length < 4 || t.norm.length > 8 || isGivenName(t.norm) || (c.type !== undefined && c.type !== 'organization')) return undefined;
  // Only a word no other rule has made a short form of a body ("Kestrel" of "Kestrel Microsystems").
  if (c.id !== undefined && c.id !== slug(t.text)) return undefined;
  return { letters: t.norm.toUpperCase(), mixed: true };
}

/** A bracket opened by a name and a comma, before an acronym that closes it ("(Norsk Fiskeforbund, NFF)"). */
const NAME_THEN_ACRONYM = /\p{L}\s*\(\s*(?![^()\n]*\bby\b)\p{Lu}[^()\n]{2,55},\s*$/u;
/** What may follow a name that opens a bracket, up to its end: a lowercase part after a hyphen, connectors and capitalised words, an acronym after a comma. */
const REST_OF_BRACKET = /^(?:-\p{Ll}[\p{L}-]*)?(?:-?\s+\p{Ll}{1,4}\s+\p{Lu}[\p{L}-]*)*(?:,\s*\p{Lu}[\p{L}]{1,9})?\s*(?:[IVX]{1,3}\s*)?\)/u;

/** After an acronym in an apposition: its closing comma and a lowercase word that goes on with the sentence, not a list's. */
const APPOSITION_CLOSE = /^,\s+(?!(?:and|or|as|but|nor)\b)\p{Ll}/u;

const INTRODUCED_BEFORE = /\b(?:initials|acronym|abbreviation|abbreviated(?: as)?|known as|short for)[\s,:]*["“‘']?$/i;

/** A body's common noun with "the" and up to two modifiers before an introduction ("The authority, known by its Spanish initials", "The state
 * operator, known as"): group 1 the noun. */
const ANAPHOR_INTRO = /\b[Tt]he\s+(?:\p{Ll}+\s+){0,2}(\p{Ll}+),?\s+(?:(?:also|better|widely)\s+)?(?:known|abbreviated)\b[^.]{0,40}$/u;

/**
 * The body that "the authority" refers to when it introduces an acronym no name before it spells ("The Canal
 * Authority said … The authority, known by its Spanish initials ACP, …"): the last one named whose head word is that noun.
 */
function anaphorBody(candidates: readonly Cand[], k: number, text: string): Cand | undefined {
  const c = candidates[k];
  const noun = c ? ANAPHOR_INTRO.exec(text.slice(Math.max(0, c.start - 80), c.start))?.[1] : undefined;
  if (!c || !noun) return undefined;
  let nearest: Cand | undefined;
  for (let b = k - 1; b >= 0; b--) {
    const o = candidates[b];
    if (!o || o.start < c.start - 3000) break;
    if (o.type === 'organization' && o.id && o.part.length > 1 && lastOf(o.part.tokens).norm === noun) return o;
    nearest ??= o.type === 'organization' && o.id && o.part.length > 1 && o.start > c.start - 400 ? o : undefined;
  }
  // Else one named with that head word after it ("The utility, known by its French initials X, … the National Water
  // Distribution Utility"), else the body named last in the sentences right before ("X Railways ran … The state operator,
  // known as Y, said").
  for (let b = k + 1; b < candidates.length; b++) {
    const o = candidates[b];
    if (!o || o.start > c.start + 3000) break;
    if (o.type === 'organization' && o.id && o.part.length > 1 && lastOf(o.part.tokens).norm === noun) return o;
  }
  return nearest;
}

/**
 * Makes each acronym one entity with the body it stands for. An acronym introduced
 * beside a name is that body in all its mentions; any other takes the body its
 * letters spell best, and none when two bodies spell it equally well.
 */
export function resolveAcronyms(candidates: readonly Cand[], text: string): void {
  const bodies: Body[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const p = c.part;
    if (c.type !== 'organization' || !c.id || p.length < 2 || p.acronym || p.place) continue;
    const seenKey = `${c.id} ${p.key}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    const words = (p.spelled ??= acronymWords(p.tokens));
    if (words.length >= 2) bodies.push({ id: c.id, words, cand: c });
    const all = functionWordsKept(p.tokens);
    if (all && words.length >= 2) bodies.push({ id: c.id, words: all, cand: c, kept: true });
    // The acronym of a national body leaves out its country ("FDA" of "US Food and Drug Administration").
    // (Three letters or more: two spell too many bodies' last words.)
    const national = nationalWords(p.tokens, words);
    if (national) bodies.push({ id: c.id, words: national, cand: c, national: true });
  }
  if (!bodies.length) return;
  // 1. Introduced acronyms: letters → the body.
  const introduced = new Map<string, { id: string }>();
  for (const [k, c] of candidates.entries()) {
    const letters = c.part.length === 1 ? capitalLetters(firstOf(c.part.tokens).text) : undefined;
    if (!letters || introduced.has(letters)) continue;
    const end = endOf(c);
    // (Also last in a bracket after the body's name in its own language: "(Norsk Fiskeforbund, NFF)".)
    // (The closing bracket first: most acronyms have none, and then the tests of the text before them are not run.)
    const bracketed = (c.at.bracketed ??= text[end] === ')' && (/\(\s*$/.test(text.slice(c.start - 2, c.start)) || NAME_THEN_ACRONYM.test(text.slice(Math.max(0, c.start - 60), c.start))));
    let body: Cand | undefined;
    // (Or in an apposition right after a body's name of two words or more, closed before a lowercase word: "the Fraud
    // Detection and Audit Bureau, VKAB, declined"; not an item of a list, "Barclays, HSBC, and Lloyds".)
    const before = k > 0 ? candidates[k - 1] : undefined;
    if (!bracketed && before && before.type === 'organization' && before.id && before.part.length > 1 && /^,\s+$/.test(text.slice(endOf(before), c.start)) && APPOSITION_CLOSE.test(text.slice(end, end + 16)) && apposedFits(letters, before)) body = before;
    else if (bracketed || INTRODUCED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) {
      // "Full Name (ACR)": the body before that fits best, else the one right before the bracket, else the nearest with its first letter.
      let bestFit = 0;
      let adjacent: Cand | undefined;
      let sameLetter: Cand | undefined;
      for (let b = k - 1; b >= 0; b--) {
        const o = candidates[b];
        if (!o || o.start <= c.start - 150) break;
        if (o.type !== 'organization' || !o.id) continue;
        const spelled = (o.part.spelled ??= acronymWords(o.part.tokens));
        const national = letters.length >= 3 ? nationalWords(o.part.tokens, spelled) : undefined;
        const kept = letters.length >= 3 ? functionWordsKept(o.part.tokens) : undefined;
        const fit = Math.max(acronymFit(letters, spelled, true), national ? acronymFit(letters, national, true) : 0, kept ? acronymFit(letters, kept, true) : 0);
        if (fit > bestFit) {
          bestFit = fit;
          body = o;
        }
        const oEnd = o.start + (o.at.end - o.at.start);
        if (!adjacent && /^[\s,]*(?:\(|(?:known|also|abbreviated)\b[^.]{0,40})$/.test(text.slice(oEnd, c.start))) adjacent = o;
        if (!sameLetter && bracketed && firstOf(o.part.tokens).text[0] === letters[0] && o.start > c.start - 100) sameLetter = o;
      }
      body ??= adjacent ?? sameLetter ?? anaphorBody(candidates, k, text);
    } else {
      // "ACR (Full Name)".
      const next = candidates[k + 1];
      if (next && next.type === 'organization' && next.id && /^\s*\(\s*$/.test(text.slice(end, next.start)) && next.part.length > 1) body = next;
    }
    if (body?.id) introduced.set(letters, { id: body.id });
  }
  // 2. Every acronym: introduced, else the body it spells best.
  const fits = new Map<string, string | null>();
  for (const c of candidates) {
    // A place's acronym ("İBB", also a town) only where the article introduces it as a body's.
    const placed = c.part.place && c.part.length === 1 ? capitalLetters(firstOf(c.part.tokens).text) : undefined;
    const got = placed ? { letters: placed, mixed: false } : lettersOf(c);
    if (!got) continue;
    const { letters, mixed } = got;
    const intro = mixed ? undefined : introduced.get(letters);
    if (placed && !intro) continue;
    let id: string | null | undefined = intro?.id;
    if (id === undefined) {
      const key = `${mixed ? 'm' : 'u'}${letters}`;
      id = fits.get(key);
      if (id === undefined) {
        id = bestBody(letters, bodies, mixed);
        // A word of the body's own name is its short form, not syllables it spells ("Etna" of "Etna Growers' Union"):
        // resolveShortForms has read its context already (the town after "in").
        if (mixed && id && bodies.some((b) => b.id === id && b.cand.part.tokens.some((t) => t.norm === c.part.key))) id = null;
        fits.set(key, id);
      }
    }
    if (id) {
      c.type = 'organization';
      c.id = id;
    }
  }
}

/**
 * How many of a body's first words an acronym leaves out as its country's: the country's name or code ("US", "Kenya"), in
 * initials too ("U.S."), or its demonym ("Egyptian"); 0 for none.
 */
function nationalPrefix(tokens: readonly Token[]): number {
  const first = firstOf(tokens);
  if (placeNamed(first.norm)?.kind === 'country' || isDemonym(first.norm)) return 1;
  let k = 0;
  while (k < 3 && tokens[k]?.norm.length === 1) k++;
  return k >= 2 && k < tokens.length && placeNamed(keyOf(tokens.slice(0, k)))?.kind === 'country' ? k : 0;
}

/** The words of a body's name an acronym may spell without its country ({@link nationalPrefix}), or undefined. */
function nationalWords(tokens: readonly Token[], words: readonly string[]): string[] | undefined {
  const k = nationalPrefix(tokens);
  return k > 0 && words.length >= k + 2 ? words.slice(k) : undefined;
}

/** The id of the body whose name `letters` spell best, or null (none, or two equally well). */
function bestBody(letters: string, bodies: readonly Body[], mixed: boolean): string | null {
  let best = 0;
  let id: string | null = null;
  for (const b of bodies) {
    if ((b.national || b.kept) && letters.length < 3) continue;
    if (b.kept && mixed) continue;
    // Two letters spell only initials; a word written like a name only syllables.
    // At worst, the initials of a body's leading words (a unit named after its parent: "AP" in "Associated Press Health Desk").
    const fit = acronymFit(letters, b.words, letters.length > 2, mixed) || (mixed || b.kept ? 0 : leadingFit(letters, b.words));
    if (fit === 0 || fit < best) continue;
    if (fit > best) {
      best = fit;
      id = b.id;
    } else if (b.id !== id) id = null;
  }
  return best > 0 ? id : null;
}

/**
 * On Title Case lines (a byline's outlet, "Australian Associated Press"): a name whose
 * initials spell an acronym of the body is that body, with the acronym's mentions.
 */
export function titledAcronymNames(titledRuns: readonly Token[][], candidates: readonly Cand[], text: string, known: Known): void {
  const acronyms = new Map<string, Cand[]>();
  for (const c of candidates) {
    if (!c.part.acronym || c.part.place || !c.id) continue;
    const letters = firstOf(c.part.tokens).text.replace(/\./g, '').toUpperCase();
    const list = acronyms.get(letters);
    if (list) list.push(c);
    else acronyms.set(letters, [c]);
  }
  if (!acronyms.size) return;
  for (const run of titledRuns) {
    for (let k = 0; k < run.length; k++) {
      for (let len = Math.min(run.length - k, 6); len >= 2; len--) {
        const seq = run.slice(k, k + len);
        // Words of a name, none of them an acronym ("US Security" spells no "US").
        if (FUNCTION_WORDS.has(firstOf(seq).norm) || FUNCTION_WORDS.has(lastOf(seq).norm) || seq.some((t) => t.text.length > 1 && t.text === t.text.toUpperCase()) || !allJoined(text, seq)) continue;
        const words = acronymWords(seq);
        let initials = '';
        for (const w of words) initials += w[0];
        const list = words.length >= 2 ? acronyms.get(initials) : undefined;
        const first = list?.[0];
        if (!list || !first?.id) continue;
        // The acronym's own id (no body named in the body of the article) gives way to the full name's.
        const id = first.id === slug(firstOf(first.part.tokens).text) ? slug(text.slice(firstOf(seq).start, lastOf(seq).end)) : first.id;
        for (const c of candidates) if (c.id === first.id) c.id = id;
        known.set(keyOf(seq), { type: 'organization', id });
        k += len - 1;
        break;
      }
    }
  }
}

/** The "and" between conjuncts of one body's name, as a token of its joined name. */
const AND: Token = { text: 'and', norm: 'and', start: 0, end: 0, block: 0, shape: 'lower', lineStart: false };

/**
 * A body's name that spans "and" ("National Agency for Food and Drug Administration
 * and Control") is split like coordinated names; the article's acronym of it puts the
 * name together again: the conjuncts whose joined name an acronym of the article spells,
 * or that an acronym in brackets follows when the first holds a connector ("National
 * Institute for Seeds and Plant Varieties (INSPV)"). Returns the candidates, joined.
 */
export function joinConjuncts(candidates: Cand[], text: string): Cand[] {
  let letters: Set<string> | undefined;
  let out: Cand[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i];
    if (!first) continue;
    // Only where "and" follows the candidate (most do not).
    const next = candidates[i + 1];
    if (!next || (next.group !== first.group && !conjoined(first, next, text.slice(endOf(first), next.start)))) {
      out?.push(first);
      continue;
    }
    // The longest stretch of conjuncts from `first`: one run, only " and " between them.
    const merged = joinedAt(candidates, i, text, (letters ??= acronymsOf(candidates)));
    if (merged) {
      out ??= candidates.slice(0, i);
      out.push(merged.cand);
      i = merged.to;
    } else out?.push(first);
  }
  return out ?? candidates;
}

/** The letters of the article's acronyms of three letters or more. */
function acronymsOf(candidates: readonly Cand[]): Set<string> {
  const letters = new Set<string>();
  for (const c of candidates) {
    const l = c.part.length === 1 ? capitalLetters(firstOf(c.part.tokens).text) : undefined;
    if (l && l.length >= 3) letters.add(l);
  }
  return letters;
}

/** The conjuncts from `i` joined into one body's name, and the index of the last, or undefined. */
function joinedAt(candidates: readonly Cand[], i: number, text: string, letters: ReadonlySet<string>): { cand: Cand; to: number } | undefined {
  const first = candidates[i];
  if (!first || first.part.place) return undefined;
  // The longest stretch of conjuncts from `first`: one run, only " and " between them.
  let j = i;
  for (let next = candidates[j + 1], prev = first; next && conjoined(first, next, text.slice(endOf(prev), next.start)); prev = next, next = candidates[++j + 1]);
  for (let k = j; k > i; k--) {
      const span = candidates.slice(i, k + 1);
      if (span.some((c) => c.part.place) || !span.some((c) => c.part.tokens.some((t) => ORG_WORDS.has(t.norm)))) continue;
      const tokens = span.flatMap((c, n) => (n ? [AND, ...c.part.tokens] : c.part.tokens));
      const words = acronymWords(tokens);
      const last = span[span.length - 1] ?? first;
      const introduced = introducedAfter(text, endOf(last));
      // Spelled with no word left out, and not by two names of their own ("X Tax Office and X Harbour Board").
      const whole = first.part.tokens.some((t) => CONNECTORS.has(t.norm)) || !ORG_WORDS.has(lastOf(first.part.tokens).norm);
      const spelled = whole && [...letters].some((l) => acronymFit(l, words, true) >= 2.85);
      if (!spelled && !(introduced && introducesWhole(introduced, words, first, last))) continue;
      return { cand: joined(span, tokens, text), to: k };
  }
  return undefined;
}


/**
 * Whether an acronym apposed to `body` can be its own: its letters spell the name, or it opens with the name's first
 * letter, or the name is conjuncts that the acronym joined (a name in another language, ", VKAB,"). Not an item of a
 * list ("Banks including Norvik Bank, TUSB, said").
 */
function apposedFits(letters: string, body: Cand): boolean {
  const tokens = body.part.tokens;
  if (tokens.some((t) => t.norm === 'and' || t.norm === 'et')) return true;
  if (firstOf(tokens).text[0]?.toUpperCase() === letters[0]) return true;
  return acronymFit(letters, (body.part.spelled ??= acronymWords(tokens)), true) >= 2.5;
}

/** The word "and" in the languages whose bodies' names are written in Title Case ("Union Économique et Monétaire"), which ends a run of capitals. */
const CONJUNCTION_GAP = /^\s+(?:et|y|e|und)\s+$/;
/** Whether `next` is a conjunct after the one that opens at `first`: " and " inside one run, or another language's "and" between two. */
const conjoined = (first: Cand, next: Cand, gap: string): boolean => (next.group === first.group ? /^\s+and\s+$/.test(gap) : next.group === first.group + 1 && CONJUNCTION_GAP.test(gap));
/**
 * An acronym introduced right after a name: in a bracket ("(MRPAM)"), in an apposition (", VKAB,"), or after "known by its
 * Spanish acronym" and the like. Its letters, or undefined.
 */
const INTRODUCED_AFTER = /^(?:\s*\(\s*([^\s()]+?)\s*\)|,\s+([^\s,()]+),|,\s+(?:(?:also|better|widely)\s+)?known\s+(?:by\s+its\s+(?:\p{Lu}\p{Ll}+\s+)?(?:acronym|initials|abbreviation)|as)\s+["“]?([^\s,.;:()"”]+))/u;
function introducedAfter(text: string, end: number): string | undefined {
  const m = INTRODUCED_AFTER.exec(text.slice(end, end + 64));
  const word = m?.[1] ?? m?.[2] ?? m?.[3];
  return word ? capitalLetters(word) : undefined;
}

/**
 * Whether an acronym introduced after conjuncts (`first` … `last`) stands for them all: the first holds a connector
 * ("National Institute for Seeds and Plant Varieties (INSPV)"); or the acronym is the initials of all their words
 * ("Mineral Resources and Petroleum Authority (MRPA)"), not of the last alone; or the first is common words that no
 * head word of bodies ends, the last one that a head word ends ("Fraud Detection and Audit Bureau, VKAB,").
 */
function introducesWhole(letters: string, words: readonly string[], first: Cand, last: Cand): boolean {
  const own = first.part.tokens;
  // An acronym that spells the last conjunct alone is that body's, unless it spells the whole too ("The Ministry of
  // Health and Tarvian Medical Stores Agency, TAMSA," are two bodies).
  const lastWords = acronymWords(last.part.tokens);
  if (lastWords.length >= 2 && acronymFit(letters, lastWords, true) >= 2.85 && acronymFit(letters, words, true) < 2.85) return false;
  if (own.some((t) => t.norm === 'of' || t.norm === 'for' || t.norm === 'on')) return true;
  if (letters.length >= 3 && acronymFit(letters, words, false) === 4) return true;
  return own.length >= 2 && first.type !== 'person' && !ORG_WORDS.has(lastOf(own).norm) && own.every((t) => isCommonWord(t.norm)) && ORG_WORDS.has(lastOf(last.part.tokens).norm);
}

/** One organization of the conjuncts `span` (joined by "and"), `tokens` its words. */
function joined(span: readonly Cand[], tokens: Token[], text: string): Cand {
  const first = span[0];
  const last = span[span.length - 1];
  if (!first || !last) throw new RangeError('no conjuncts to join');
  const name = text.slice(first.start, endOf(last));
  const id = slug(name);
  const part: Part = {
    ...first.part,
    length: tokens.length,
    tokens,
    type: 'organization',
    id,
    key: keyOf(tokens),
    words: name.split(/\s+/),
    name,
    given: false,
    place: false,
    acronym: false,
    common: false,
    weak: false,
    ...UNSET_KEYS,
  };
  const at = { ...first.at, part, end: first.at.end + (endOf(last) - endOf(first)), text: name, cues: undefined, dropped: false };
  return { ...first, at, part, type: 'organization', id };
}

/** Adverbs before "known as" ("also known as", "better known locally as"). */
const NAMING_ADVERBS = String.raw`(?:(?:also|better|widely|locally|commonly|officially)\s+){0,2}`;
/** Where or how a name is used, between "known" and "as" ("known locally as", "known in Spanish as"). */
const IN_LANGUAGE = String.raw`locally|in\s+\p{Lu}\p{Ll}+`;
/** "known as the" or "called as", with one of `ways` between ("known in Kinyarwanda as"), as a pattern's source. */
const calledAs = (ways: string): string => String.raw`(?:known|called)\s+(?:(?:${ways})\s+)?as\s+(?:the\s+)?`;

/**
 * Between a body's name and the short name it is known by (", known as", ", also known locally as \""), or its name
 * in another language (", known in Spanish as the", ", called in French the").
 */
const KNOWN_AS = new RegExp(String.raw`^,?\s+${NAMING_ADVERBS}${calledAs(String.raw`${IN_LANGUAGE}|by\s+its\s+\p{Lu}\p{Ll}+\s+name`)}["“]?$`, 'u');

/**
 * Between a body's name and its other name in an apposition: ", or the" (`Ombudsman's Office, or Defensoría del
 * Pueblo,`), ", the" (`FIDE, the International Chess Federation, said`; `X (FBF, the Bolivian Football Federation)`).
 * Only where the other name closes the apposition: a list goes on after it (`Reuters, the Financial Times and AP`).
 */
const ANAPHOR_KNOWN = new RegExp(String.raw`\b[Tt]he\s+\p{Ll}+,\s+${NAMING_ADVERBS}${calledAs(IN_LANGUAGE)}["“]?$`, 'u');
const GLOSS_GAP = /^,\s+(?:or\s+)?(?:the\s+)?$/;
const GLOSS_CLOSE = /^(?:\s*\)|,(?!\s+(?:and|or|as\s+well\s+as)\b|\s+(?:the\s+)?\p{Lu})|\s*[.;:](?:\s|$))/u;

/** A name that its own words make a body's: a head word of bodies in it, not the name of a place. */
function glossBody(c: Cand): boolean {
  return c.type !== 'place' && c.part.tokens.some((t) => ORG_WORDS.has(t.norm));
}

/**
 * A name that fills a bracket right after a body's name is that body's name in its
 * own language ("Munich Regional Court I (Landgericht München I)").
 */
export function bracketedNames(candidates: readonly Cand[], text: string): void {
  for (const [k, c] of candidates.entries()) {
    let o = k > 0 ? candidates[k - 1] : undefined;
    const gap = o ? text.slice(endOf(o), c.start) : '';
    let knownAs = KNOWN_AS.test(gap);
    // (Or its name that "the agency, known in Mongolian as" introduces: the last body named with that head word.)
    // (Tested only where the words it needs are there: the regular expression, unanchored, tries every position.)
    const preceding = text.slice(Math.max(0, c.start - 80), c.start);
    if (!knownAs && (preceding.includes('known') || preceding.includes('called')) && ANAPHOR_KNOWN.test(preceding)) {
      const body = anaphorBody(candidates, k, text);
      if (body) [o, knownAs] = [body, true];
    }
    const end = endOf(c);
    // (An acronym after ", or" too: "…, or OBEG, has declared".)
    const orAcronym = c.part.acronym && /^,\s+or\s+$/.test(gap) && GLOSS_CLOSE.test(text.slice(end, end + 24));
    // (Also one word, its name in the country's language, "Statistics Office (Statistikamt)"; acronyms are resolveAcronyms's.
    // A short name it is known by may be shorter: "Young Africans, known as Yanga".)
    const word = c.part.length === 1 && !c.part.acronym && !c.part.common && firstOf(c.part.tokens).text.length >= (knownAs ? 4 : 6);
    // (Or a short word that lowercase connectors join to more names in the bracket: "Road Board (Bodi ya Mfuko wa Barabara)".)
    // (Not a person's particle: "(Maria da Silva)" is someone's name.)
    const link = c.part.length === 1 && !c.part.acronym && !c.part.common ? JOINED_AFTER.exec(text.slice(end, end + 12))?.[1] : undefined;
    const joined = link !== undefined && !PARTICLES.has(link);
    if (!o || o.type !== 'organization' || !o.id || (c.part.length < 2 && !word && !orAcronym && !joined) || c.part.place || c.id === o.id) continue;
    // (Or introduced as its short name, also one a given name opens: "Maharashtra Metro Rail Corporation, known as Maha Metro".)
    // (Or its other name in an apposition, a body's by its own words, which closes there: "FIDE, the International Chess
    // Federation, said".)
    const known = knownAs || orAcronym || (GLOSS_GAP.test(gap) && c.part.length > 1 && GLOSS_CLOSE.test(text.slice(end, end + 24)) && glossBody(c));
    if (c.part.given && !known && !joined) continue;
    const rest = known ? '' : REST_OF_BRACKET.exec(text.slice(end, end + 80))?.[0];
    if (!(known || /^\s*(?:[IVX]{1,3}\s*)?\(\s*$/.test(gap)) || rest === undefined) continue;
    // The name's other mentions with it ("ZCCM-IH shares fell" after "ZCCM Investments Holdings (ZCCM-IH)") and the acronyms
    // taken for it, and the name's other words in the bracket, which a connector split from it ("Norsk Jeger- og Fiskerforbund").
    const own = c.id;
    const close = end + rest.length;
    const inside = new Set<Cand>();
    for (let j = k + 1; j < candidates.length; j++) {
      const x = candidates[j];
      if (!x || x.start >= close) break;
      if (!x.part.acronym && x.part.length >= 1) inside.add(x);
    }
    for (const x of candidates) {
      if (x === c || inside.has(x) || ((x.part.key === c.part.key || x.part.acronym) && x.id === own)) {
        x.type = 'organization';
        x.id = o.id;
      }
    }
  }
}

/** A lowercase connector of up to four letters and a capitalised word after a name ("ya Mfuko", "wa Barabara"). */
const JOINED_AFTER = /^\s+(\p{Ll}{1,4})\s+\p{Lu}/u;

/** Function words of the Romance languages inside a body's name written in sentence case ("pour le", "de l'", "du"). */
const ROMANCE_FUNCTION = new Set('de du des d la le les l pour par et en au aux a y e del los las el por para da do das dos na no nas nos di della delle dei per'.split(' '));
/** A bracketed acronym ("(CMDT)"), and an acronym before a bracket that opens with a name ("SONACOP (Société nationale …,"). */
const BRACKET_ACRONYM = /\((\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)/gu;
const ACRONYM_BRACKET = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{Ll}]{1,9}) \((\p{Lu}\p{Ll}+(?:[ '’][\p{L}-]+){1,11}?)(?=,|\))/gu;
/** The words before a bracketed acronym that may be the sentence-case name it spells (at most twelve). */
const WORDS_BEFORE = /(?:(?<![\p{L}\p{N}'’-])[\p{L}-]+[ '’]){1,12}$/u;

/**
 * A body's name written in sentence case, as French, Spanish and Portuguese write their bodies' names ("Compagnie malienne
 * pour le développement des textiles (CMDT)", "SONACOP (Société nationale de commercialisation des produits pétroliers,"):
 * from a capitalised head word of bodies to the bracket, when an acronym beside it spells its words (or its first words)
 * and a word of another language is in it. The run finder, which reads capitals, sees none of it as one name.
 * One body with the acronym; names found inside it are its words ("Mali" of "… du Mali"). Appends to `out`.
 */
export function sentenceCaseBodies(article: Article, out: ActorMention[]): void {
  const { text } = article;
  for (const block of article.blocks) {
    const prose = text.slice(block.start, block.end);
    if (!prose.includes('(')) continue;
    for (const m of prose.matchAll(BRACKET_ACRONYM)) {
      const acronym = m[1] ?? '';
      const at = m.index ?? 0;
      const before = WORDS_BEFORE.exec(prose.slice(Math.max(0, at - 160), at))?.[0];
      if (!before) continue;
      const name = sentenceCaseName(before.trimEnd(), acronym, true);
      if (name) addBody(out, name, block.start + at - before.length + before.lastIndexOf(name), block.start + at + 1, acronym);
    }
    for (const m of prose.matchAll(ACRONYM_BRACKET)) {
      const acronym = m[1] ?? '';
      const name = sentenceCaseName(m[2] ?? '', acronym, false);
      if (name) addBody(out, name, block.start + (m.index ?? 0) + acronym.length + 2, block.start + (m.index ?? 0), acronym);
    }
  }
}

/**
 * The sentence-case name of a body in `words` that `acronym` spells: from the last capitalised head word of bodies (or the
 * first, when the name follows the acronym) to the end; undefined when none, when its words are all capitalised or English.
 */
function sentenceCaseName(words: string, acronym: string, last: boolean): string | undefined {
  const parts = words.split(/(?<=[ '’])/);
  const heads: number[] = [];
  parts.forEach((p, i) => {
    if (/^\p{Lu}\p{Ll}/u.test(p) && ORG_WORDS.has(normalize(p.replace(/[ '’]$/, '')))) heads.push(i);
  });
  const from = last ? heads.at(-1) : heads[0] === 0 ? 0 : undefined;
  if (from === undefined) return undefined;
  const tokens = parts.slice(from).map((p) => p.replace(/[ '’]$/, ''));
  const content = tokens.filter((w) => !ROMANCE_FUNCTION.has(w.toLowerCase()));
  // Some word in lowercase that English lacks (a function word of another language counts: "du", "pour").
  if (!tokens.some((w) => /^\p{Ll}/u.test(w)) || !tokens.some((w) => /^\p{Ll}/u.test(w) && !isEnglishWord(normalize(w)))) return undefined;
  if (content.length < 2) return undefined;
  const letters = capitalLetters(acronym);
  if (!letters) return undefined;
  const upper = content.map((w) => normalize(w).toUpperCase());
  for (let k = upper.length; k >= 2; k--) if (acronymFit(letters, upper.slice(0, k), true) >= 2.5) return parts.slice(from).join('');
  return undefined;
}

/** Puts the body `name` at `start` into `out`, one entity with its acronym beside it at `acronymAt` (mentions inside it go). */
function addBody(out: ActorMention[], name: string, start: number, acronymAt: number, acronym: string): void {
  // (The acronym stands outside the name, so it stays in `out`.)
  const beside = out.find((x) => x.start === acronymAt && x.text === acronym);
  if (!putBody(out, name, start, beside?.id ?? slug(name), false)) return;
  if (beside) for (const x of out) if (x.id === beside.id) x.type = 'organization';
}

/**
 * Puts a body's name `name` at `start` into `out` with the id `id`, in place of the mentions inside it; not where a
 * mention crosses its edge, nor, with `keepPlaces`, over a place. Whether it was put.
 */
function putBody(out: ActorMention[], name: string, start: number, id: string, keepPlaces: boolean): boolean {
  const end = start + name.length;
  if (out.some((x) => x.start < end && start < x.end && (x.start < start || x.end > end || (keepPlaces && x.type === 'place')))) return false;
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i];
    if (x && x.start >= start && x.end <= end) out.splice(i, 1);
  }
  out.push({ text: name, start, end, type: 'organization', id, form: 'unregistered' });
  return true;
}

/**
 * Between a body's name and its name in another language after it: ", the", ", or", ", or the", " (", ", known in
 * Kinyarwanda as".
 */
const GLOSS_AFTER = new RegExp(String.raw`^(?:,\s+(?:or\s+)?(?:the\s+)?|\s*\(\s*|,?\s+(?:(?:also|locally|officially)\s+)?${calledAs(IN_LANGUAGE)})(?=\p{Lu})`, 'u');
/** Between a name in another language and the body's name (or its acronym) after it: ", the", ", or", " (". */
const GLOSS_BEFORE = /(?:,\s+(?:or\s+)?(?:the\s+)?|\s+\(\s*)$/;
/** The characters {@link GLOSS_BEFORE} matches: white space, `,`, `(` and the letters of `or` and `the`. */
const isGlossCode = (c: number): boolean => c === 44 || c === 40 || c === 111 || c === 114 || c === 116 || c === 104 || c === 101 || isSpace(c);
/**
 * The end of `before` that holds any match of {@link GLOSS_BEFORE}: its longest tail of the characters the expression
 * matches (a match ends at the end and has no others), so that the unanchored search tries a few positions, not 120.
 */
function glossTail(before: string): string {
  let k = before.length;
  while (k > 0 && isGlossCode(before.charCodeAt(k - 1))) k--;
  return k === 0 ? before : before.slice(k);
}
/** Where a name in an apposition closes: a comma, a bracket or a sentence's end. */
const GLOSS_END = /^(?:\s*[,)]|\s*[.;:](?:\s|$)|$)/;
/** The words of a name in another language: letters with their apostrophes and hyphens ("rw'Igihugu", "al-Naql"). */
const FOREIGN_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** After an item of a list ("A, the B and C", "A, B, and C"): what follows is no gloss but the list's next item. */
const LIST_NEXT = /^\s*,?\s*(?:and|or|nor|&)\s/;

/** Whether a word may stand in a name in another language: capitalised and no common English word, or lowercase and no English word. */
function foreignNameWord(w: string): boolean {
  if (!FOREIGN_WORD.test(w)) return false;
  const norm = normalize(w);
  if (CALENDAR_WORD.test(norm) || NOT_NAMES.has(norm)) return false;
  return LOWER_FIRST.test(w) ? !isEnglishWord(norm) || norm.length === 1 : !isCommonWord(norm);
}

/**
 * Whether `words` are a body's name in another language: at least two words, the first capitalised and no English
 * word nor a given name, and a lowercase word English lacks inside ("darbo", "savez", "ya", "o" of "Faletupe
 * Tutotonu o Samoa"); after "known in X as" that it is a name is said already.
 */
function foreignName(words: readonly string[], said: boolean): boolean {
  const first = words[0];
  if (words.length < 2 || !first || LOWER_FIRST.test(first) || isEnglishWord(normalize(first)) || isGivenName(normalize(first))) return false;
  return said || words.slice(1).some((w) => LOWER_FIRST.test(w));
}

/**
 * A body's name in another language beside its English name or its acronym, in an apposition or a bracket ("the
 * Valstybinė darbo inspekcija, the State Labour Inspectorate", "Celje District Court (Okrožno sodišče v Celju)",
 * "Vaterpolo savez Srbije (VSS)", "Rwanda Investigation Bureau, known in Kinyarwanda as Urwego rw'Igihugu
 * rw'Ubugenzacyaha"): one entity with it. The run finder, which reads capitals, cuts such a name at its lowercase
 * words. The English name must be a body's by its head word; an acronym must spell the other name. Appends to `out`.
 */
export function glossedBodies(article: Article, out: ActorMention[]): void {
  const { text } = article;
  const bodies = out.filter((m) => m.type === 'organization');
  for (const m of bodies) {
    const acronym = isAcronymText(m.text);
    const words = m.text.split(/\s+/);
    if (!acronym && words.length < 2 && !ORG_WORDS.has(normalize(m.text))) continue;
    // Its other name after it.
    const after = text.slice(m.end, m.end + 120);
    const gap = GLOSS_AFTER.exec(after)?.[0];
    if (gap !== undefined && !acronym) {
      const said = /known|called/.test(gap);
      const rest = after.slice(gap.length);
      const name = foreignRun(rest.split(' '));
      const end = m.end + gap.length + name.length;
      if (name && GLOSS_END.test(text.slice(end, end + 3)) && !LIST_NEXT.test(text.slice(end, end + 6)) && foreignName(name.split(' '), said)) addGloss(out, text, m, m.end + gap.length, end);
    }
    // Or before it.
    const before = text.slice(Math.max(0, m.start - 120), m.start);
    const gapBefore = GLOSS_BEFORE.exec(glossTail(before))?.[0];
    if (gapBefore === undefined || (acronym && !gapBefore.includes('('))) continue;
    // "A, the B and C": B is a list's item, no gloss of A.
    if (!gapBefore.includes('(') && LIST_NEXT.test(text.slice(m.end, m.end + 6))) continue;
    const head = before.slice(0, before.length - gapBefore.length);
    const all = head.split(' ');
    let k = all.length;
    while (k > 0 && foreignNameWord(all[k - 1] ?? '')) k--;
    while (k < all.length && LOWER_FIRST.test(all[k] ?? '')) k++;
    const name = all.slice(k);
    if (!foreignName(name, false)) continue;
    if (acronym) {
      const letters = capitalLetters(m.text);
      const content = name.filter((w) => !LOWER_FIRST.test(w) || w.length > 3).map((w) => normalize(w).toUpperCase());
      if (!letters || acronymFit(letters, content, true) < 2.5) continue;
    }
    const start = m.start - gapBefore.length - name.join(' ').length;
    addGloss(out, text, m, start, start + name.join(' ').length);
  }
}

/** The words at the start of `words` that may be a name in another language (to the first that may not), joined. */
function foreignRun(words: readonly string[]): string {
  const run: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[,).;:]+$/, '');
    if (!foreignNameWord(bare)) break;
    run.push(bare);
    if (bare !== w) break;
  }
  return run.join(' ');
}

const ACRONYM_TEXT = /^\p{Lu}[\p{Lu}\p{N}&-]{1,9}$/u;
const isAcronymText = (s: string): boolean => ACRONYM_TEXT.test(s);

/** Puts the name at `start`–`end` into `out` as the body `m`'s (mentions inside it go); not where a mention crosses its edge or a place is inside. */
function addGloss(out: ActorMention[], text: string, m: ActorMention, start: number, end: number): void {
  putBody(out, text.slice(start, end), start, m.id, true);
}
