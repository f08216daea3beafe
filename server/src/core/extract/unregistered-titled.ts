// Title Case and all-caps lines (headlines, section labels, bylines): their capitals
// prove nothing, so there a name counts only when the gazetteer, the body of the
// article, a known surname or a given name plus surname confirms it.
import type { ActorMention, ActorType } from '../types.js';
import { placeMaxTokens } from './gazetteer.js';
import { INSTITUTIONS, ORG_WORDS, TITLES, foldSpelling, isNameWord } from './names.js';
import { joinable, slug, type Token } from './tokens.js';
import { allJoined, firstOf, isGiven, keyOf, lastOf, placeOf, type Candidate, type Ctx, type Surnames } from './unregistered-words.js';

/** Names typed in the body, by key. */
export type Known = Map<string, { type?: ActorType; id?: string }>;

/** Short forms of organizations (see `shortForms` in unregistered-clusters.ts): key → id, or null when two bodies share it. */
export type ShortForms = Map<string, string | null>;

/** The mentions on Title Case lines (`titledRuns`), appended to `out`. A town that names a club (`clubTowns`) is the club. */
export function titledLineNames(titledRuns: Token[][], ctx: Ctx, known: Known, surnames: Surnames, orgParts: ShortForms, clubTowns: ShortForms, out: ActorMention[]): void {
  const { text } = ctx;
  for (const run of titledRuns) {
    let k = 0;
    const head = firstOf(run);
    // A byline names its writers ("By Thandiwe Mokoena"), whatever the given name.
    const byline = /(?:^|\n)[ \t]*By\s+$/.test(text.slice(Math.max(0, head.start - 8), head.start));
    while (k < run.length) {
      const found = lookup(run, k, run.length, ctx, known, surnames, orgParts) ?? (byline && k === 0 ? bylineName(run, ctx) : undefined);
      if (found) {
        const c = found.candidate;
        const club = c.type === 'place' ? clubTowns.get(keyOf(c.tokens)) : undefined;
        if (club) {
          c.type = 'organization';
          c.id = club;
        }
        if (c.type && c.id) {
          const first = firstOf(c.tokens);
          let end = lastOf(c.tokens).end;
          // Initialisms keep their final dot ("U.S.").
          if (c.tokens.length > 1 && c.tokens.every((t) => t.text.length === 1) && text[end] === '.') end++;
          out.push({ text: text.slice(first.start, end), start: first.start, end, type: c.type, id: c.id, form: 'unregistered' });
        }
        k += found.length;
      } else k++;
    }
  }
}

/** On a Title Case line: the longest known name at `k` (gazetteer, body, surnames, or given name + surname). */
function lookup(tokens: Token[], k: number, to: number, ctx: Ctx, known: Known, surnames: Surnames, orgParts: ShortForms): { candidate: Candidate; length: number } | undefined {
  const { text } = ctx;
  // A person's name here wins over a shorter name the body knows ("Nguyen Thi Thu Hang" over "Nguyen" of "Tay Nguyen").
  const n = givenNameAt(tokens, k, to, ctx);
  for (let len = Math.min(to - k, Math.max(5, placeMaxTokens())); len >= Math.max(1, n); len--) {
    const seq = tokens.slice(k, k + len);
    if (!allJoined(text, seq)) continue;
    const place = placeOf(seq);
    // A one-word city on a Title Case line may be a common word ("Spring"); the body must name it too.
    if (place && (place.kind !== 'city' || len > 1 || known.has(keyOf(seq)))) return { candidate: { tokens: seq, type: 'place', id: slug(place.name), sentenceStart: false }, length: len };
    const key = keyOf(seq);
    const hit = known.get(key);
    if (hit) return { candidate: { tokens: seq, type: hit.type, id: hit.id, sentenceStart: false }, length: len };
    // A surname of several words of a person named in full ("Silva Rocha" for "Matheus da Silva Rocha").
    const several = len > 1 ? surnames.get(foldSpelling(slug(text.slice(firstOf(seq).start, lastOf(seq).end)))) : undefined;
    if (several) return { candidate: { tokens: seq, ...several, sentenceStart: false }, length: len };
    if (len === 1) {
      const word = firstOf(seq);
      const surname = surnames.get(foldSpelling(slug(word.text)));
      if (surname) return { candidate: { tokens: seq, ...surname, sentenceStart: false }, length: 1 };
      // A word of a shouted line ("POWER GROUP SHARES JUMP") is no short form of a body named in the text.
      const shouted = word.text.length > 2 && word.text === word.text.toUpperCase();
      const common = (ORG_WORDS.has(key) && !INSTITUTIONS.has(key)) || TITLES.has(key) || shouted;
      const org = common ? undefined : (orgParts.get(key) ?? orgParts.get(`>${key}`));
      if (org) return { candidate: { tokens: seq, type: 'organization', id: org, sentenceStart: false }, length: 1 };
    }
  }
  if (n) {
    const seq = tokens.slice(k, k + n);
    return { candidate: { tokens: seq, type: 'person', id: foldSpelling(slug(text.slice(firstOf(seq).start, lastOf(seq).end))), sentenceStart: false }, length: n };
  }
  return undefined;
}

/** Whether `b` joins `a` with a space (no line break, no other mark between them). */
const sameLine = (text: string, a: Token, b: Token): boolean => a.block === b.block && /^[ \t]{1,2}$/.test(text.slice(a.end, b.start));

/** The two or three name words that open a byline's run (no titles, no bodies' head words, no places). */
function bylineName(run: Token[], ctx: Ctx): { candidate: Candidate; length: number } | undefined {
  let n = 0;
  let prev: Token | undefined;
  for (const t of run.slice(0, 3)) {
    if (!isNameWord(t) || TITLES.has(t.norm) || ORG_WORDS.has(t.norm) || placeOf([t]) || (prev && !joinable(ctx.text, prev, t))) break;
    prev = t;
    n++;
  }
  if (n < 2) return undefined;
  const seq = run.slice(0, n);
  return { candidate: { tokens: seq, type: 'person', id: foldSpelling(slug(ctx.text.slice(firstOf(seq).start, lastOf(seq).end))), sentenceStart: false }, length: n };
}

/** A given name, initials or more given names, and a surname starting at `k` ("Rachel M. Dunn", "Dewi Kartika Sari"), as a token count, or 0. */
export function givenNameAt(tokens: readonly Token[], k: number, to: number, ctx: Ctx): number {
  const t = tokens[k];
  if (!t || !isGiven(t, ctx)) return 0;
  let m = k + 1;
  let prev = t;
  for (let initial = tokens[m]; m < to && initial && initial.text.length === 1 && initial.shape === 'upper' && joinable(ctx.text, prev, initial); initial = tokens[++m]) prev = initial;
  // Up to two more given names on the same line, when a name word follows them ("Nguyen Thi Thu Hang").
  for (let extra = 0; extra < 2; extra++) {
    const middle = tokens[m];
    const after = tokens[m + 1];
    if (m + 1 >= to || !middle || !after || !isGiven(middle, ctx) || !isNameWord(after) || !sameLine(ctx.text, prev, middle) || !sameLine(ctx.text, middle, after)) break;
    if (TITLES.has(after.norm) || ORG_WORDS.has(after.norm) || ctx.lowercaseSeen.has(after.norm)) break;
    prev = middle;
    m++;
  }
  const last = tokens[m];
  if (m >= to || !last || !isNameWord(last) || !joinable(ctx.text, prev, last)) return 0;
  if (TITLES.has(last.norm) || ORG_WORDS.has(last.norm) || ctx.lowercaseSeen.has(last.norm)) return 0;
  // A double-barrelled surname ("Frimpong-Boateng") is one.
  let end = m;
  for (let part = tokens[end + 1]; end + 1 < to && part && part.shape === 'upper' && ctx.text.slice(tokens[end]?.end ?? 0, part.start) === '-'; part = tokens[++end + 1]);
  return end - k + 1;
}
