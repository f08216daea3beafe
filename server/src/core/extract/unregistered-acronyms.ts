// Acronyms and the bodies they stand for: an acronym introduced beside a body's name
// ("Full Name (ACR)", "ACR (Full Name)", "known by its Portuguese initials, ACR") is
// that body; otherwise an acronym is the body whose name it spells best: initials
// ("SFO" for "Serious Fraud Office"), syllables ("Comelec" for "Commission on
// Elections"), a word left out ("VICOFA" for "Vietnam Coffee and Cocoa Association"),
// "x" for a word in "ex-" ("JAXA"), or a name in another language whose head noun
// comes first ("TSE" for "Superior Electoral Court", Tribunal Superior Eleitoral).
import { isGivenName } from './gazetteer.js';
import { slug, type Token } from './tokens.js';
import type { Known } from './unregistered-titled.js';
import { CONNECTORS, allJoined, firstOf, lastOf, type Cand } from './unregistered-words.js';

/** Words an acronym leaves out: connectors, function words of other languages. */
const FUNCTION_WORDS = new Set([...CONNECTORS, 'on', 'in', 'at', 'to', 'a', 'an', 'y', 'e', 'et', 'und', 'des', 'do', 'dos', 'das', 'los', 'las', 'el', 'al', '&']);

/** Corporate suffixes an acronym leaves out ("Mineração Tupã S.A.", "Tay Nguyen Agri-Trading JSC"). */
export const CORPORATE_SUFFIXES = new Set('inc ltd plc llc llp co corp pty sa ag nv bv gmbh spa srl jsc bhd tbk kk ab asa oyj pjsc'.split(' '));

/** The words of a body's name an acronym may spell: uppercase, without diacritics, function words and trailing suffixes out. */
export function acronymWords(tokens: readonly Token[]): string[] {
  let end = tokens.length;
  // Corporate suffixes and single letters ("S.A.") at the end.
  while (end > 1) {
    const t = tokens[end - 1];
    if (!t || !(CORPORATE_SUFFIXES.has(t.norm) || t.norm.length === 1)) break;
    end--;
  }
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
  if (initials === letters && !firstSyllable) return 4;
  if (!syllables) return 0;
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
    // A word in the middle may give no letter.
    if (j > 0 && j < n - 1) score = best(i, j + 1) - 0.3;
    for (let m = firstSyllable && j === 0 ? 2 : 1; m <= 4 && m <= w.length && i + m <= letters.length; m++) {
      if (w.charCodeAt(m - 1) !== letters.charCodeAt(i + m - 1)) break;
      score = Math.max(score, best(i + m, j + 1) - 0.05 * (m - 1));
    }
    // "eXploration": a word in "ex-" may give its "x".
    if (letters[i] === 'X' && w.startsWith('EX') && !(firstSyllable && j === 0)) score = Math.max(score, best(i + 1, j + 1) - 0.1);
    memo.set(key, score);
    return score;
  };
  const spelled = best(0, 0);
  if (spelled > -Infinity) return 3 + spelled;
  // Head noun first: the first letter is the head's in the other language, the rest the modifiers' initials.
  if (!firstSyllable && letters.length >= 3 && n === letters.length && initials.slice(0, -1) === letters.slice(1)) return 1;
  return 0;
}

/** A body's name that an acronym can stand for. */
interface Body {
  id: string;
  words: string[];
  cand: Cand;
}

/** An acronym's letters, or '' when the candidate is none: all capitals ("JAXA", "U.N."), or a word written like a name that spells syllables ("Comelec"). */
function lettersOf(c: Cand): { letters: string; mixed: boolean } | undefined {
  const p = c.part;
  if (p.place) return undefined;
  if (p.acronym) return { letters: firstOf(p.tokens).text.replace(/\./g, '').toUpperCase(), mixed: false };
  if (p.length !== 1 || p.given || p.place || p.common || p.sentenceStart) return undefined;
  const t = firstOf(p.tokens);
  if (t.norm.length < 4 || t.norm.length > 8 || isGivenName(t.norm) || (c.type !== undefined && c.type !== 'organization')) return undefined;
  // Only a word no other rule has made a short form of a body ("Kestrel" of "Kestrel Microsystems").
  if (c.id !== undefined && c.id !== slug(t.text)) return undefined;
  return { letters: t.norm.toUpperCase(), mixed: true };
}

const INTRODUCED_BEFORE = /\b(?:initials|acronym|abbreviation|abbreviated(?: as)?|known as|short for)[\s,:]*["“‘']?$/i;

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
    if (seen.has(`${c.id} ${p.key}`)) continue;
    seen.add(`${c.id} ${p.key}`);
    const words = (p.spelled ??= acronymWords(p.tokens));
    if (words.length >= 2) bodies.push({ id: c.id, words, cand: c });
  }
  if (!bodies.length) return;
  // 1. Introduced acronyms: letters → the body.
  const introduced = new Map<string, { id: string }>();
  for (const [k, c] of candidates.entries()) {
    if (!c.part.acronym) continue;
    const letters = firstOf(c.part.tokens).text.replace(/\./g, '').toUpperCase();
    if (introduced.has(letters)) continue;
    const end = c.start + (c.at.end - c.at.start);
    const bracketed = (c.at.bracketed ??= /\(\s*$/.test(text.slice(c.start - 2, c.start)) && text[end] === ')');
    let body: Cand | undefined;
    if (bracketed || INTRODUCED_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) {
      // "Full Name (ACR)": the body before that fits best, else the one right before the bracket, else the nearest with its first letter.
      let bestFit = 0;
      let adjacent: Cand | undefined;
      let sameLetter: Cand | undefined;
      for (let b = k - 1; b >= 0; b--) {
        const o = candidates[b];
        if (!o || o.start <= c.start - 150) break;
        if (o.type !== 'organization' || !o.id) continue;
        const fit = acronymFit(letters, (o.part.spelled ??= acronymWords(o.part.tokens)), true);
        if (fit > bestFit) {
          bestFit = fit;
          body = o;
        }
        const oEnd = o.start + (o.at.end - o.at.start);
        if (!adjacent && /^[\s,]*(?:\(|(?:known|also|abbreviated)\b[^.]{0,40})$/.test(text.slice(oEnd, c.start))) adjacent = o;
        if (!sameLetter && bracketed && firstOf(o.part.tokens).text[0] === letters[0] && o.start > c.start - 100) sameLetter = o;
      }
      body ??= adjacent ?? sameLetter;
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
    const got = lettersOf(c);
    if (!got) continue;
    const { letters, mixed } = got;
    const intro = mixed ? undefined : introduced.get(letters);
    let id: string | null | undefined = intro?.id;
    if (id === undefined) {
      const key = `${mixed ? 'm' : 'u'}${letters}`;
      id = fits.get(key);
      if (id === undefined) {
        id = bestBody(letters, bodies, mixed);
        fits.set(key, id);
      }
    }
    if (id) {
      c.type = 'organization';
      c.id = id;
    }
  }
}

/** The id of the body whose name `letters` spell best, or null (none, or two equally well). */
function bestBody(letters: string, bodies: readonly Body[], mixed: boolean): string | null {
  let best = 0;
  let id: string | null = null;
  for (const b of bodies) {
    // Two letters spell only initials; a word written like a name only syllables.
    const fit = acronymFit(letters, b.words, letters.length > 2, mixed);
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
        known.set(seq.map((t) => t.norm).join(' '), { type: 'organization', id });
        k += len - 1;
        break;
      }
    }
  }
}
