// Title Case and all-caps lines (headlines, section labels, bylines): their capitals
// prove nothing, so there a name counts only when the gazetteer, the body of the
// article, a known surname or a given name plus surname confirms it.
import type { ActorMention, ActorType } from '../types.js';
import { isCommonWord } from './common-words.js';
import { isSurname, placeMaxTokens } from './gazetteer.js';
import { isDemonymKey } from './demonyms.js';
import { INSTITUTIONS, ORG_WORDS, TITLES, foldSpelling, isNameWord } from './names.js';
import { joinable, slug, type Token } from './tokens.js';
import { PARTICLES, allJoined, firstOf, isGiven, keyOf, lastOf, placeOf, type Candidate, type Ctx, type Surnames } from './unregistered-words.js';

/** Names typed in the body, by key. */
export type Known = Map<string, { type?: ActorType; id?: string }>;

/** Short forms of organizations (see `shortForms` in unregistered-clusters.ts): key → id, or null when two bodies share it. */
export type ShortForms = Map<string, string | null>;

/** The mentions on Title Case lines (`titledRuns`), appended to `out`. A town that names a club (`clubTowns`) is the club. */
export function titledLineNames(titledRuns: Token[][], ctx: Ctx, known: Known, surnames: Surnames, orgParts: ShortForms, clubTowns: ShortForms, out: ActorMention[]): void {
  const { text } = ctx;
  // Bodies by default that a byline names as its writer: the body's mentions are the writer's ("By X Y" … "X Y covers health").
  let writers: Map<string, string> | undefined;
  for (const run of titledRuns) {
    let k = 0;
    // A byline or a wire's credit line names its writers ("By Thandiwe Mokoena", "(Reporting by X in Y and Z;
    // Editing by W)"), whatever the given name; a byline's last part after a comma, or the line under it, its outlet.
    while (k < run.length) {
      let found = lookup(run, k, run.length, ctx, known, surnames, orgParts);
      const at = run[k];
      const credit = at && (k === 0 || run[k - 1]?.text === 'and') ? creditAt(text, at) : undefined;
      if (credit === 'label') {
        k++;
        continue;
      }
      if (credit) {
        const rest = run.slice(k);
        const writer = credit === 'outlet' ? outletName(rest, ctx) : bylineName(rest, ctx);
        if (writer && credit === 'writer' && found && writer.length === found.length && found.candidate.type === 'organization' && found.candidate.id && writer.candidate.id) {
          (writers ??= new Map()).set(found.candidate.id, writer.candidate.id);
          found = writer;
        }
        if (writer && (writer.length > (found?.length ?? 0) || (credit === 'outlet' && found?.candidate.type === 'person'))) found = writer;
      }
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
  if (writers) {
    for (const m of out) {
      const id = m.type === 'organization' ? writers.get(m.id) : undefined;
      if (id === undefined) continue;
      m.type = 'person';
      m.id = id;
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
      // Nor is a common word or a demonym, which a headline capitalises ("Grid" of "Power Grid", "German" of "German Medical Association").
      // So is a word the body writes in lowercase ("Vanilla" of "Vanilla Stabilization Fund" beside "vanilla prices").
      const common = (ORG_WORDS.has(key) && !INSTITUTIONS.has(key)) || TITLES.has(key) || shouted || isCommonWord(key) || isDemonymKey(key) || ctx.lowercaseSeen.has(key);
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

/** Words of a byline that name no writer ("By Reuters Staff"). */
const STAFF_WORDS = new Set('staff reporters reporter team desk writers wires wire agencies agency bureau correspondents'.split(' '));

/** Labels of a wire's credit line ("Reporting by", "Additional reporting by", "Editing by"). */
const CREDIT_LABELS = new Set('reporting writing editing additional compiled edited written produced photography graphics'.split(' '));

/** Where a run of a Title Case line stands in a byline or credit line: a writer's name, the outlet, or neither. */
function creditAt(text: string, head: Token): 'writer' | 'outlet' | 'label' | undefined {
  const lineStart = text.lastIndexOf('\n', head.start - 1) + 1;
  const before = text.slice(lineStart, head.start);
  if (before.length > 200) return undefined;
  // A sign-off ("-- Aisha Rahman, AFP") names its writer as a byline does.
  if (/^[ \t]*(?:By|by|--|—|–)\s+(?:[^,;\n]*\sand\s+)?$/.test(before)) return 'writer';
  // The credit's label is no actor ("Editing by").
  if (CREDIT_LABELS.has(head.norm) && /^ by\s/.test(text.slice(head.end, head.end + 4))) return 'label';
  // "(Reporting by A in B and C; Additional reporting by D; Editing by E)".
  if (/^[ \t]*\(?(?:[A-Z][a-z]+ )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Rr]eported|[Ww]ritten|[Ee]dited|[Cc]ompiled|[Pp]roduced) by\b/.test(before) && /(?:\bby|\band|,)\s+$/.test(before)) return 'writer';
  // "By Eleanor Marsh-Whitby, Crime Correspondent, PA Media": the last part names the outlet.
  if (/^[ \t]*(?:By|--|—|–)\s+[^,\n]+,(?:[^,\n]*,)?\s*$/.test(before) && !/[,;(]/.test(text.slice(head.end, text.indexOf('\n', head.end) >>> 0))) return 'outlet';
  // The line under a byline ("By Genevieve Tremblay\nThe Canadian Press").
  if (lineStart > 0 && /^[ \t]*(?:The\s+)?$/.test(before)) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (/^[ \t]*By\s+\S/.test(text.slice(prevStart, lineStart - 1))) return 'outlet';
  }
  return undefined;
}

/** An outlet's name: the whole run, when no given name leads it and no title word is in it ("PA Media", "Canadian Press"). */
function outletName(run: Token[], ctx: Ctx): { candidate: Candidate; length: number } | undefined {
  if (run.length > 4 || ctx.text.slice(firstOf(run).start, lastOf(run).end).includes('\n') || givenNameAt(run, 0, run.length, ctx) || run.some((t) => TITLES.has(t.norm)) || !allJoined(ctx.text, run)) return undefined;
  if (run.length === 1 && placeOf(run)) return undefined;
  return { candidate: { tokens: run, type: 'organization', id: slug(ctx.text.slice(firstOf(run).start, lastOf(run).end)), sentenceStart: false }, length: run.length };
}

/** A word in capitals, as wire bylines write a writer's name ("By IRYNA SOLOVEIKO"), which `isNameWord` takes for a label. */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}]+$/u;

/** The two to four name words that open a byline's run, a hyphenated name one word (no titles, no bodies' head words, no places). */
function bylineName(run: Token[], ctx: Ctx): { candidate: Candidate; length: number } | undefined {
  let n = 0;
  let words = 0;
  let prev: Token | undefined;
  // Where the last word began that is no hyphenated part: an outlet's head word after a name takes it back ("By A B
  // Associated Press", no comma between the writer and the outlet).
  let lastWord = 0;
  for (const t of run.slice(0, 8)) {
    if (ORG_WORDS.has(t.norm) && prev && words >= 3 && joinable(ctx.text, prev, t)) {
      n = lastWord;
      words--;
      break;
    }
    // (A town's name after the writer's given name is the writer's surname: "By Fernanda Ibarra", Ibarra a town of Ecuador.)
    if (!(isNameWord(t) || CAPITALS_WORD.test(t.text)) || TITLES.has(t.norm) || ORG_WORDS.has(t.norm) || STAFF_WORDS.has(t.norm) || (placeOf([t]) && !(prev && placeOf([t])?.kind === 'city' && (words >= 2 || isGiven(firstOf(run), ctx)) && sameLine(ctx.text, prev, t))) || (prev && !joinable(ctx.text, prev, t))) break;
    // A name ends with its line ("By Rachel Ostrowski-Diaz\nAP Science Writer").
    if (prev && ctx.text.slice(prev.end, t.start).includes('\n')) break;
    const hyphen = prev !== undefined && ctx.text.slice(prev.end, t.start) === '-';
    if (!hyphen && ++words > 4) break;
    if (!hyphen) lastWord = n;
    prev = t;
    n++;
  }
  if (words < 2) return undefined;
  const seq = run.slice(0, n);
  return { candidate: { tokens: seq, type: 'person', id: foldSpelling(slug(ctx.text.slice(firstOf(seq).start, lastOf(seq).end))), sentenceStart: false }, length: n };
}

/** A given name, initials or more given names, and a surname starting at `k` ("Rachel M. Dunn", "Dewi Kartika Sari"), as a token count, or 0. */
export function givenNameAt(tokens: readonly Token[], k: number, to: number, ctx: Ctx): number {
  const t = tokens[k];
  if (!t || !isGiven(t, ctx)) return 0;
  // A name word after a particle belongs to a surname ("De Silva Century Sends …": "Silva" is no given name there;
  // "Le" is also a family name of its own, "Le Thi Hoa").
  const before = tokens[k - 1];
  if (before && before.norm !== 'le' && PARTICLES.has(before.norm) && sameLine(ctx.text, before, t)) return 0;
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
  // A given name before a common word that is no known surname is a headline's phrase ("A Deal Worth Fighting For").
  if (isCommonWord(last.norm) && !isSurname(last.norm)) return 0;
  // A double-barrelled surname ("Frimpong-Boateng") is one.
  let end = m;
  for (let part = tokens[end + 1]; end + 1 < to && part && part.shape === 'upper' && ctx.text.slice(tokens[end]?.end ?? 0, part.start) === '-'; part = tokens[++end + 1]);
  return end - k + 1;
}
