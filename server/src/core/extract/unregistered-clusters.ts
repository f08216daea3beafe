// Clustering: the article-wide passes that make the mentions of one entity one id
// (and one type): surnames of people named in full, short forms of bodies, a town
// standing for its club, acronyms in brackets and acronyms of a body's initials.
import { CLUB_WORDS, foldSpelling } from './names.js';
import type { Part } from './runs.js';
import { slug, type Token } from './tokens.js';
import type { ShortForms } from './unregistered-titled.js';
import { givenNameAt } from './unregistered-titled.js';
import { CONNECTORS, PATRONYMIC, firstOf, keyOf, lastOf, placePrefix, type Cand, type Ctx, type Surnames } from './unregistered-words.js';

/** A given name leads and the article does not write that word in lowercase. */
export const givenLeads = (p: Part, ctx: Ctx): boolean => p.given && !ctx.lowercaseSeen.has(firstOf(p.tokens).norm);

/** Sets `map[key]` to `id`, or to null when another id already holds the key. */
function claim(map: ShortForms, key: string, id: string): void {
  map.set(key, map.has(key) && map.get(key) !== id ? null : id);
}

/**
 * Remembers the surnames of people named in full, in the body and on Title Case
 * lines ("By Rachel M. Dunn"): the last word, the first word of names with
 * "bin" ("Sheikh Khalid"), and a short family name first ("Xi Jinping" → "Xi").
 */
export function collectSurnames(candidates: readonly Cand[], titledRuns: readonly Token[][], ctx: Ctx, surnames: Surnames): void {
  const { text } = ctx;
  for (const run of titledRuns) {
    for (let k = 0; k < run.length; k++) {
      const n = givenNameAt(run, k, run.length, ctx);
      if (!n) continue;
      const seq = run.slice(k, k + n);
      const key = foldSpelling(slug(lastOf(seq).text));
      if (!surnames.has(key)) surnames.set(key, { id: foldSpelling(slug(text.slice(firstOf(seq).start, lastOf(seq).end))), type: 'person' });
      k += n - 1;
    }
  }
  for (const c of candidates) {
    if (c.type !== 'person' || !c.id) continue;
    const p = c.part;
    const w = p.words;
    if (w.length < 2) continue;
    const key = (p.lastKey ??= foldSpelling(slug(lastOf(w))));
    if (!surnames.has(key)) surnames.set(key, { id: c.id, type: 'person' });
    // Names with "bin" are also called by their first word ("Sheikh Khalid" for "Khalid bin Saif Al-Nuaimi").
    if (w.some((x) => PATRONYMIC.has(x))) {
      const first = foldSpelling(slug(firstOf(w)));
      if (!surnames.has(first)) surnames.set(first, { id: c.id, type: 'person' });
    }
    // Family name first ("Xi Jinping" → "Xi"): a short first word that is no given name.
    if (w.length === 2 && firstOf(w).length <= 3 && !givenLeads(p, ctx)) {
      const head = (p.headKey ??= foldSpelling(slug(firstOf(w))));
      if (!surnames.has(head)) surnames.set(head, { id: c.id, type: 'person' });
    }
  }
}

/**
 * Short forms of organizations named in full elsewhere ("Kestrel" for "Kestrel
 * Microsystems", "Rovers" for "Bristol Rovers"), and lone surnames of people
 * named in full ("Brennan" after "Paul Brennan"). Returns the short forms.
 */
export function resolveShortForms(candidates: readonly Cand[], ctx: Ctx, surnames: Surnames): ShortForms {
  const orgParts: ShortForms = new Map();
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.id || c.part.length < 2) continue;
    for (const key of orgKeysOf(c.part)) claim(orgParts, key, c.id);
  }
  for (const c of candidates) {
    const p = c.part;
    // A lone surname of a person named in full ("Brennan" after "Paul Brennan").
    const [word] = p.words;
    if (word !== undefined && p.words.length === 1 && (c.type === undefined || c.type === 'person')) {
      const surname = surnames.get((p.soloKey ??= foldSpelling(slug(word))));
      if (surname) {
        c.type = 'person';
        c.id = surname.id;
        continue;
      }
    }
    // A head word as the first word of a sentence is a common noun ("Transit agencies warned").
    // A common noun after "the" is that noun, not a short name ("the Authority", "the Council"; but "Rovers last played").
    if (p.common && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 5), c.start))) continue;
    const id = orgParts.get(p.key) ?? (p.sentenceStart && !p.common && !CLUB_WORDS.has(p.key) ? undefined : orgParts.get((p.midKey ??= `>${p.key}`)));
    if (!id || p.place || p.afterTitle || (c.type === 'person' && givenLeads(p, ctx))) continue;
    c.type = 'organization';
    c.id = id;
  }
  return orgParts;
}

/** The keys under which an organization's name gives its short forms: leading words, and `>` with its last word. */
function orgKeysOf(p: Part): string[] {
  if (p.orgKeys) return p.orgKeys;
  const toks = p.tokens;
  const keys: string[] = [];
  let prev: Token | undefined;
  for (const [k, t] of toks.entries()) {
    if (prev && !CONNECTORS.has(prev.text)) keys.push(keyOf(toks.slice(0, k)));
    prev = t;
  }
  const beforeLast = toks[toks.length - 2];
  if (beforeLast && !CONNECTORS.has(beforeLast.text)) keys.push(`>${lastOf(toks).norm}`);
  return (p.orgKeys = keys);
}

/** A town alone stands for the club named after it in this article ("Preston" for "Preston North End"). Returns town key → club id. */
export function clubsOfTowns(candidates: readonly Cand[], text: string): ShortForms {
  const clubTowns: ShortForms = new Map();
  for (const c of candidates) {
    const p = c.part;
    if (c.type !== 'organization' || !c.id || p.length < 2) continue;
    if (p.clubTown === undefined) {
      const toks = p.tokens;
      const n = CLUB_WORDS.has(lastOf(toks).norm) ? placePrefix(toks, text) : 0;
      p.clubTown = n > 0 && n < toks.length ? keyOf(toks.slice(0, n)) : '';
    }
    const key = p.clubTown;
    if (key) claim(clubTowns, key, c.id);
  }
  if (clubTowns.size) {
    for (const c of candidates) {
      const id = c.type === 'place' ? clubTowns.get(c.part.key) : undefined;
      if (id) {
        c.type = 'organization';
        c.id = id;
      }
    }
  }
  return clubTowns;
}

/** An acronym in brackets after an organization's name is that organization ("... in Europe (OSCE)"), here and later. */
export function bracketedAcronyms(candidates: readonly Cand[], text: string): void {
  const acronyms = new Map<string, { type: Cand['type']; id: string | undefined }>();
  for (const [k, c] of candidates.entries()) {
    if (k === 0 || !c.part.acronym) continue;
    const first = firstOf(c.part.tokens);
    const end = c.start + first.text.length;
    if (!(c.at.bracketed ??= /\(\s*$/.test(text.slice(c.start - 2, c.start)) && text[end] === ')')) continue;
    for (let b = k - 1; b >= 0; b--) {
      const o = candidates[b];
      if (!o || o.start <= c.start - 100) break;
      if (o.type === 'organization' && firstOf(o.part.tokens).text[0] === first.text[0]) {
        c.type = o.type;
        c.id = o.id;
        acronyms.set(first.norm, { type: o.type, id: o.id });
        break;
      }
    }
  }
  if (acronyms.size) {
    for (const c of candidates) {
      const hit = c.part.acronym ? acronyms.get(firstOf(c.part.tokens).norm) : undefined;
      if (hit) ({ type: c.type, id: c.id } = hit);
    }
  }
}

/** An acronym of the initials of a body named in full is that body ("SFO" for "Serious Fraud Office"). */
export function initialAcronyms(candidates: readonly Cand[]): void {
  const initials: ShortForms = new Map();
  for (const c of candidates) {
    const p = c.part;
    if (c.type !== 'organization' || !c.id || p.length < 2) continue;
    if (p.initials === undefined) {
      p.initials = '';
      for (const t of p.tokens) if (!CONNECTORS.has(t.text) && /^\p{Lu}/u.test(t.text)) p.initials += t.text[0];
    }
    const letters = p.initials;
    if (letters.length >= 2) claim(initials, letters, c.id);
  }
  if (initials.size) {
    for (const c of candidates) {
      if (!c.part.acronym) continue;
      const id = initials.get(firstOf(c.part.tokens).text.replace(/\./g, ''));
      if (id) {
        c.type = 'organization';
        c.id = id;
      }
    }
  }
}
