import type { ActorMention, ActorType, Article } from '../types.js';
import { isDemonym, isGivenName, placeMaxTokens, placeNamed, type Place } from './gazetteer.js';
import {
  ADJECTIVES,
  ORG_AFTER,
  ORG_BEFORE,
  ORG_WORDS,
  PERSON_AFTER,
  PERSON_BEFORE,
  PLACE_AFTER,
  PLACE_CUES,
  PLACE_WORDS,
  TITLES,
  foldSpelling,
  isAcronym,
  isNameWord,
  titleCaseTokens,
} from './names.js';
import { placeTokens, type ArticleUnits, type RunMemo } from './blocks.js';
import { joinable, slug, type Token } from './tokens.js';

/** Two-letter abbreviations that are never a name alone. */
const ABBREVIATIONS = new Set('co st mt ft dr mr ms jr sr vs no pp pt rd av ave'.split(' '));

/** Common nouns for a body, right before its name. */
const BODY_BEFORE = /\b(?:group|firm|company|charity|party|union|agency|campaign|network|lender|insurer|carmaker|chipmaker|retailer|broadcaster|newspaper|outlet|club|side|band|startup|watchdog|regulator|tank|airline|bank|fund|broker|publisher|nonprofit|organi[sz]ation)\s+$/;

/** Lowercase words that may sit inside a name ("Bank of England", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'da', 'la', 'le', 'van', 'von', 'der', 'den', 'bin']);

/** What the helpers need to know about the article. */
interface Ctx {
  text: string;
  /** Normalised words the article also writes in lowercase: common words, whatever their capital says. */
  lowercaseSeen: { has(word: string): boolean };
}

/** A candidate of a split run, by its place in the run. */
interface RunPart {
  from: number;
  length: number;
  c: Candidate;
}

/** A given name that is not also a common word of this article ("Court", "Will", "Grant"). */
function isGiven(t: Token, ctx: Ctx): boolean {
  return isGivenName(t.norm) && !ctx.lowercaseSeen.has(t.norm) && !ORG_WORDS.has(t.norm) && !TITLES.has(t.norm) && !PLACE_WORDS.has(t.norm);
}

/** Known people: folded surname slug → id and type. */
export type Surnames = Map<string, { id: string; type: ActorType }>;

/** A possible name: a piece of a run of capitalised words. */
interface Candidate {
  tokens: Token[];
  type?: ActorType;
  id?: string;
  /** First word of its sentence: its capital proves nothing. */
  sentenceStart: boolean;
  /** Candidates split from one run share a group ("Dnipropetrovsk and Zaporizhia"). */
  group?: number;
  /** Stood right before a title word ("Apple" in "Apple CEO Tim Cook"). */
  beforeTitle?: boolean;
  /** Stood right after a title word ("Trump" in "President Trump"). */
  afterTitle?: boolean;
  /** Its normalised words, space-joined (see {@link nameKey}). */
  key?: string;
  /** Its space-separated words as written (see {@link nameWords}). */
  words?: string[];
}

/** A candidate's space-separated words as written (computed once). */
const nameWords = (c: Candidate, text: string): string[] => (c.words ??= wordsOf(c.tokens, text));

/** A candidate's normalised words, space-joined (computed once). */
const nameKey = (c: Candidate): string => (c.key ??= keyOf(c.tokens));

/**
 * Finds proper names that no registry knows, among the tokens left `free` by the
 * registry matcher, and types them with a gazetteer (countries, continents, US
 * states, cities, demonyms and given names from general-purpose packages) and
 * cues: title words ("President X" is a person), organization head words
 * ("X Ministry", "Bank of Y"), place head words ("X Oblast"), acronyms, and the
 * words around a single unknown name ("told X", "X reported", "in X", "Mr. X").
 * Capitals on Title Case lines (headlines, section labels, boilerplate) prove
 * nothing, so there only names known from the body or the gazetteer count.
 */
export function findUnregistered(article: Article, units: ArticleUnits, surnames: Surnames): ActorMention[] {
  const { text, blocks } = article;
  const lowercaseSeen = units.lowercase;
  const ctx: Ctx = { text, lowercaseSeen };

  // 1. Runs of capitalised words (found per block by scanRuns), split into candidate names.
  const candidates: Candidate[] = [];
  const titledRuns: Token[][] = [];
  let group = 0;
  const runCache = new Map<string, RunPart[]>();
  units.units.forEach((unit, b) => {
    const base = blocks[b]!.start;
    for (const r of unit.scan!.runs) {
      const run = placeTokens(unit, base, b, false, r.from, r.to);
      if (r.titled) {
        titledRuns.push(run);
        continue;
      }
      group++;
      // Names repeat: split and type each distinct run once, then place the result on this run's tokens.
      let parts = runCache.get(r.key);
      if (!parts) {
        // The block's scan remembers its split runs with the lowercase words they read, valid while those read the same.
        const memo = r.memo;
        if (memo && memo.deps.every(([w, seen]) => lowercaseSeen.has(w) === seen)) parts = memo.parts as RunPart[];
        else {
          const deps: [string, boolean][] = [];
          const reading: Ctx = { text, lowercaseSeen: { has: (w) => { const seen = lowercaseSeen.has(w); deps.push([w, seen]); return seen; } } };
          parts = splitRun(run, r.key[0] === '1', reading).map((c) => {
            classify(c, reading);
            return { from: run.indexOf(c.tokens[0]!), length: c.tokens.length, c };
          });
          r.memo = { deps, parts };
        }
        runCache.set(r.key, parts);
      }
      for (const { from, length, c } of parts) {
        candidates.push({ tokens: run.slice(from, from + length), sentenceStart: c.sentenceStart, type: c.type, id: c.id, beforeTitle: c.beforeTitle, afterTitle: c.afterTitle, group });
      }
    }
  });

  // 2. Type what the words themselves say; remember full names of people for their surnames,
  // also those of bylines and headlines ("By Rachel M. Dunn and Luis Ortega").
  const known = new Map<string, { type: ActorType; id: string }>();
  // A common noun for a body right before a name makes it one ("victims' group Kingsmead Action", "the lender Northwind").
  for (const c of candidates) {
    if (c.type === 'place' || c.type === 'organization' || c.afterTitle || isGiven(c.tokens[0]!, ctx)) continue;
    const first = c.tokens[0]!;
    if (BODY_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start))) {
      c.type = 'organization';
      c.id = slug(text.slice(first.start, c.tokens[c.tokens.length - 1]!.end));
    }
  }
  for (const run of titledRuns) {
    for (let k = 0; k < run.length; k++) {
      const n = givenNameAt(run, k, run.length, ctx);
      if (!n) continue;
      const seq = run.slice(k, k + n);
      const key = foldSpelling(slug(seq[n - 1]!.text));
      if (!surnames.has(key)) surnames.set(key, { id: foldSpelling(slug(text.slice(seq[0]!.start, seq[n - 1]!.end))), type: 'person' });
      k += n - 1;
    }
  }
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const w = nameWords(c, text);
    if (w.length < 2) continue;
    const key = foldSpelling(slug(w[w.length - 1]!));
    if (!surnames.has(key)) surnames.set(key, { id: c.id!, type: 'person' });
    // Family name first ("Xi Jinping" → "Xi"): a short first word that is no given name.
    const head = foldSpelling(slug(w[0]!));
    if (w.length === 2 && w[0]!.length <= 3 && !isGiven(c.tokens[0]!, ctx) && !surnames.has(head)) surnames.set(head, { id: c.id!, type: 'person' });
  }
  // Short forms of organizations named in full elsewhere ("Kestrel" for "Kestrel Microsystems", "Rovers" for "Bristol Rovers").
  const orgParts = new Map<string, string | null>();
  const addPart = (key: string, id: string): void => {
    orgParts.set(key, orgParts.has(key) && orgParts.get(key) !== id ? null : id);
  };
  for (const c of candidates) {
    if (c.type !== 'organization' || c.tokens.length < 2) continue;
    for (let k = 1; k < c.tokens.length; k++) if (!CONNECTORS.has(c.tokens[k - 1]!.text)) addPart(keyOf(c.tokens.slice(0, k)), c.id!);
    const last = c.tokens[c.tokens.length - 1]!;
    if (!CONNECTORS.has(c.tokens[c.tokens.length - 2]!.text)) addPart(`>${last.norm}`, c.id!);
  }
  for (const c of candidates) {
    const w = nameWords(c, text);
    // A lone surname of a person named in full ("Brennan" after "Paul Brennan").
    if (w.length === 1 && (c.type === undefined || c.type === 'person')) {
      const surname = surnames.get(foldSpelling(slug(w[0]!)));
      if (surname) {
        c.type = 'person';
        c.id = surname.id;
        continue;
      }
    }
    // A head word as the first word of a sentence is a common noun ("Transit agencies warned").
    const id = orgParts.get(nameKey(c)) ?? (c.sentenceStart ? undefined : orgParts.get(`>${nameKey(c)}`));
    if (!id || placeOf(c.tokens, nameKey(c)) || c.afterTitle || (c.type === 'person' && isGiven(c.tokens[0]!, ctx))) continue;
    c.type = 'organization';
    c.id = id;
  }
  // An acronym in brackets after an organization's name is that organization ("... in Europe (OSCE)"), here and later.
  const acronyms = new Map<string, { type: ActorType; id: string }>();
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    const first = c.tokens[0]!;
    if (c.tokens.length !== 1 || !isAcronym(first.text) || !/\(\s*$/.test(text.slice(first.start - 2, first.start)) || text[first.end] !== ')') continue;
    for (let b = k - 1; b >= 0 && candidates[b]!.tokens[0]!.start > first.start - 100; b--) {
      const o = candidates[b]!;
      if (o.type === 'organization' && o.tokens[0]!.text[0] === first.text[0]) {
        c.type = o.type;
        c.id = o.id;
        acronyms.set(first.norm, { type: o.type, id: o.id! });
        break;
      }
    }
  }
  for (const c of candidates) {
    const first = c.tokens[0]!;
    if (c.tokens.length === 1 && isAcronym(first.text) && acronyms.has(first.norm)) ({ type: c.type, id: c.id } = acronyms.get(first.norm)!);
  }
  for (const c of candidates) {
    if (c.type && (c.tokens.length > 1 || !c.sentenceStart)) known.set(nameKey(c), { type: c.type, id: c.id! });
  }

  // 3. Single unknown words: a known surname, a name typed elsewhere, or the words around them.
  const placeGroups = new Set(candidates.filter((c) => c.type === 'place').map((c) => c.group));
  const votes = new Map<string, { person: number; organization: number; place: number; mid: number }>();
  for (const c of candidates) {
    if (c.type) continue;
    const key = nameKey(c);
    const v = votes.get(key) ?? { person: 0, organization: 0, place: 0, mid: 0 };
    votes.set(key, v);
    const t = c.tokens[0]!;
    const before = text.slice(Math.max(0, t.start - 40), t.start);
    const after = text.slice(t.end, t.end + 40);
    if (!c.sentenceStart) v.mid++;
    if (PERSON_BEFORE.test(before)) v.person += 2;
    // "Commuters who …" opens many sentences: at a sentence start, "who" alone proves no name.
    if (PERSON_AFTER.test(after) && !(c.sentenceStart && /^\s+who\b/.test(after))) v.person++;
    if (ORG_BEFORE.test(before) || ORG_AFTER.test(after) || (/\($/.test(before) && /^\)/.test(after))) v.organization++;
    const prev = /(\p{Ll}+)\s+$/u.exec(before);
    if ((prev && PLACE_CUES.has(prev[1]!) && !/^['’]s\b/.test(after)) || PLACE_AFTER.test(after)) v.place++;
    // Coordinated with a place ("the Dnipropetrovsk and Zaporizhia regions").
    if (!c.sentenceStart && placeGroups.has(c.group)) v.place++;
  }
  for (const c of candidates) {
    if (c.type) continue;
    const key = nameKey(c);
    const surname = surnames.get(foldSpelling(slug(nameWords(c, text).join(' '))));
    const other = known.get(key);
    const v = votes.get(key)!;
    if (surname) ({ id: c.id, type: c.type } = surname);
    else if (other) ({ id: c.id, type: c.type } = other);
    else if (v.mid > 0 || v.person + v.organization + v.place > 0) {
      // News copy names a person in full before it uses the surname alone, so a lone
      // word with no full name in the article is an organization unless its context says otherwise.
      c.type = v.place > v.person && v.place > v.organization ? 'place' : v.person > 0 && v.person >= v.organization ? 'person' : 'organization';
      c.id = c.type === 'person' ? foldSpelling(slug(c.tokens[0]!.text)) : slug(c.tokens[0]!.text);
      known.set(key, { type: c.type, id: c.id });
    }
  }

  // 4. Title Case lines: only names the gazetteer, the body or the registry's people know, or a given name and a surname.
  for (const run of titledRuns) {
    let k = 0;
    while (k < run.length) {
      const found = lookup(run, k, run.length, ctx, known, surnames, orgParts);
      if (found) {
        candidates.push(found.candidate);
        k += found.length;
      } else k++;
    }
  }

  const out: ActorMention[] = [];
  for (const c of candidates) {
    if (!c.type || !c.id) continue;
    const first = c.tokens[0]!;
    const last = c.tokens[c.tokens.length - 1]!;
    let end = last.end;
    // Initialisms keep their final dot ("U.S.").
    if (c.tokens.length > 1 && c.tokens.every((t) => t.text.length === 1) && text[end] === '.') end++;
    out.push({ text: text.slice(first.start, end), start: first.start, end, type: c.type, id: c.id, form: 'unregistered' });
  }
  return out;
}

/** A run of capitalised words in one block: token indexes, whether on a Title Case line, and its text with a sentence-start flag. */
export interface ScanRun {
  from: number;
  to: number;
  titled: boolean;
  /** `1` or `0` (first word of a sentence) and the run's text: equal keys split alike. */
  key: string;
  /** The run split and typed, with the lowercase words that read (kept for the next analysis). */
  memo?: RunMemo;
}

/**
 * Finds the runs of capitalised words, with connectors inside ("Secretary of
 * State Marco Rubio"), among the `free` tokens of one block (tokens placed in
 * the article). `starts` holds the
 * offsets of sentences' first words.
 */
export function scanRuns(text: string, tokens: readonly Token[], free: readonly boolean[], starts: ReadonlySet<number>): ScanRun[] {
  const titled = titleCaseTokens(text, tokens);
  // A sentence's first word, also after an opening quote or bracket; a quoted name mid-sentence is not one.
  const isStart = (t: Token): boolean =>
    starts.has(t.start) || /(?:^|[.!?:]\s*["“‘'(\[]?|\n\s*["“‘'(\[]?|\s[-–—]\s+)$/.test(text.slice(Math.max(0, t.start - 4), t.start));
  const runs: ScanRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!free[i] || !isNameWord(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && free[j] && titled[j] === titled[i]) {
      if (isNameWord(tokens[j]!) && joinable(text, tokens[j - 1]!, tokens[j]!)) {
        j++;
        continue;
      }
      let c = 0;
      while (j + c < tokens.length && c < 2 && free[j + c] && CONNECTORS.has(tokens[j + c]!.text) && joinable(text, tokens[j + c - 1]!, tokens[j + c]!)) c++;
      const next = tokens[j + c];
      if (c && next && free[j + c] && isNameWord(next) && joinable(text, tokens[j + c - 1]!, next) && titled[j + c] === titled[i]) {
        j += c + 1;
        continue;
      }
      break;
    }
    const key = titled[i] ? '' : `${isStart(tokens[i]!) ? 1 : 0}${text.slice(tokens[i]!.start, tokens[j - 1]!.end)}`;
    runs.push({ from: i, to: j, titled: titled[i]!, key });
    i = j;
  }
  return runs;
}

/** The space-separated words of a name ("O'Neill" is one word of two tokens). */
function wordsOf(tokens: readonly Token[], text: string): string[] {
  const words: string[] = [];
  let from = tokens[0]!.start;
  for (let k = 1; k < tokens.length; k++) {
    if (/\s/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
      words.push(text.slice(from, tokens[k - 1]!.end));
      from = tokens[k]!.start;
    }
  }
  words.push(text.slice(from, tokens[tokens.length - 1]!.end));
  return words;
}

const keyOf = (tokens: readonly Token[]): string => tokens.map((t) => t.norm).join(' ');
const hasOrgWord = (tokens: readonly Token[]): boolean => tokens.some((t) => ORG_WORDS.has(t.norm));

/** The gazetteer place spelled by exactly these tokens, in a case that fits. */
function placeOf(tokens: readonly Token[], key = keyOf(tokens)): Place | undefined {
  const place = placeNamed(key);
  if (!place) return undefined;
  if (place.exactCase && tokens.some((t) => t.text !== t.text.toUpperCase())) return undefined;
  return place;
}

/** The longest gazetteer place at the start of `tokens`, as a token count. */
function placePrefix(tokens: readonly Token[], text: string): number {
  for (let k = Math.min(tokens.length, placeMaxTokens()); k >= 1; k--) {
    const head = tokens.slice(0, k);
    if (head.slice(1).every((t, n) => joinable(text, head[n]!, t)) && placeOf(head)) return k;
  }
  return 0;
}

/**
 * Splits a run of capitalised words into candidate names: at title words
 * ("UK Prime Minister Keir Starmer" → UK, Keir Starmer), around connectors that
 * join no organization, at leading demonyms ("Ukrainian President ...") and at
 * hyphens between places ("Russia-Ukraine").
 */
function splitRun(run: Token[], sentenceStart: boolean, ctx: Ctx): Candidate[] {
  const { text, lowercaseSeen } = ctx;
  // A sentence's first word that the article also writes in lowercase is a common word.
  if (sentenceStart && run.length && lowercaseSeen.has(run[0]!.norm) && !placeOf(run.slice(0, 1)) && !TITLES.has(run[0]!.norm)) {
    run = run.slice(1);
    sentenceStart = false;
  }
  // Abbreviations alone are no names ("Co" of "Co-operation", "St", "Jr"); "Xi" is one.
  if (run.length === 1 && ABBREVIATIONS.has(run[0]!.norm) && run[0]!.text !== run[0]!.text.toUpperCase()) return [];
  // A short abbreviation with its full stop inside a sentence ("HARRISBURG, Pa. —", "Calif., said").
  if (run.length === 1 && run[0]!.text.length <= 5 && run[0]!.text !== run[0]!.text.toUpperCase() && /^\.\s*[^\s\p{Lu}"“]/u.test(text.slice(run[0]!.end, run[0]!.end + 3))) return [];
  if (!run.length) return [];
  if (placeOf(run)) return [{ tokens: run, sentenceStart }];
  // Coordinated names are separate ("Prime Minister Mikko Laine and Nordvik CEO Tom Heller"),
  // unless an organization's name spans the "and" ("National Security and Defense Council").
  const conjuncts = cut(run, (t) => t.text === 'and');
  if (conjuncts.length > 1 && (!hasOrgWord(run) || conjuncts.some((c) => placeOf(c)) || hasOrgWord(conjuncts[0]!))) {
    return conjuncts.flatMap((c, n) => splitRun(c, sentenceStart && n === 0, ctx));
  }
  const pieces: { tokens: Token[]; afterTitle: boolean; beforeTitle: boolean; start: boolean }[] = [];
  let cur: Token[] = [];
  let afterTitle = false;
  let curStart = sentenceStart;
  for (let k = 0; k < run.length; ) {
    const t = run[k]!;
    if (isTitleAt(run, k)) {
      if (cur.length) pieces.push({ tokens: cur, afterTitle, beforeTitle: true, start: curStart });
      cur = [];
      curStart = false;
      afterTitle = true;
      k++;
      // "Secretary of State", "Minister of Defence": a connector and one word after a title complete it.
      if (k < run.length && CONNECTORS.has(run[k]!.text)) {
        while (k < run.length && CONNECTORS.has(run[k]!.text)) k++;
        if (k < run.length) {
          const n = placePrefix(run.slice(k), text) || 1;
          const complement = run.slice(k, k + n);
          if (placeOf(complement)) pieces.push({ tokens: complement, afterTitle: false, beforeTitle: true, start: false });
          k += n;
        }
      }
      continue;
    }
    cur.push(t);
    k++;
  }
  if (cur.length) pieces.push({ tokens: cur, afterTitle, beforeTitle: false, start: curStart });

  const out: Candidate[] = [];
  for (const piece of pieces) {
    for (let part of splitParts(piece.tokens, ctx)) {
      let start = piece.start && part[0] === piece.tokens[0];
      // Demonyms and adjectives of region lead a name only inside an organization ("Russian Foreign Ministry").
      if (!hasOrgWord(part)) {
        for (;;) {
          const two = part.length > 1 && isDemonym(keyOf(part.slice(0, 2))) ? 2 : 0;
          const n = two || (isDemonym(part[0]!.norm) || ADJECTIVES.has(part[0]!.norm) ? 1 : 0);
          if (!n || !part.length) break;
          part = part.slice(n);
          start = false;
          if (!part.length) break;
        }
      }
      if (!part.length) continue;
      const type = piece.afterTitle && !hasOrgWord(part) && !placeOf(part) ? 'person' : undefined;
      out.push({ tokens: part, sentenceStart: start, ...(type ? { type } : {}), ...(piece.beforeTitle ? { beforeTitle: true } : {}), ...(piece.afterTitle ? { afterTitle: true } : {}) });
    }
  }
  return out;
}

/** Whether `run[k]` is a title word here: not a head of an organization ("Foreign Ministry", "Ministry of Finance"). */
function isTitleAt(run: readonly Token[], k: number): boolean {
  const t = run[k]!;
  if (!TITLES.has(t.norm) || CONNECTORS.has(t.text)) return false;
  const next = run[k + 1];
  if (next && ORG_WORDS.has(next.norm)) return false;
  // "Ministry of Finance": after a connector that follows an organization's head word.
  const prev = run[k - 1];
  if (prev && CONNECTORS.has(prev.text) && hasOrgWord(run.slice(0, k))) return false;
  // Modifiers ("Finance", "Foreign", "Deputy") are titles only before a title ("Finance Minister").
  if (TITLE_MODIFIERS.has(t.norm)) {
    let m = k + 1;
    while (m < run.length && TITLE_MODIFIERS.has(run[m]!.norm)) m++;
    return m < run.length && TITLES.has(run[m]!.norm);
  }
  return true;
}

/** Title words that only modify a title ("Finance Minister", "Deputy Prime Minister"). */
const TITLE_MODIFIERS = new Set('foreign defence defense interior finance economy justice health trade energy deputy vice prime acting interim former senior junior'.split(' '));

/** Splits at connectors (unless an organization spans them and no part is a place) and at hyphens between places. */
function splitParts(toks: Token[], ctx: Ctx): Token[][] {
  const { text } = ctx;
  while (toks.length && CONNECTORS.has(toks[0]!.text)) toks = toks.slice(1);
  while (toks.length && CONNECTORS.has(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1);
  if (!toks.length) return [];
  if (placeOf(toks)) return [toks];
  // Coordination first: "United States and Europe" are two actors, "National Security and Defense Council" one.
  const conjuncts = cut(toks, (t) => t.text === 'and');
  if (conjuncts.length > 1) {
    const trimmed = conjuncts.map((c) => c.filter((t) => !CONNECTORS.has(t.text)));
    if (!hasOrgWord(toks) || trimmed.some((c) => placeOf(c)) || hasOrgWord(trimmed[0]!)) return conjuncts.flatMap((c) => splitParts(c, ctx));
    return [toks];
  }
  if (toks.some((t) => CONNECTORS.has(t.text))) {
    const parts = cut(toks, (t) => CONNECTORS.has(t.text));
    // "Bank of England", "Coalition of the Willing": an organization's head word before the connector.
    if (hasOrgWord(parts[0]!)) return [toks];
    // Particles of a person's name ("Ursula von der Leyen") keep the name whole.
    if (parts.length === 2 && isGiven(parts[0]![0]!, ctx)) return [toks];
    return parts.flatMap((p) => splitParts(p, ctx));
  }
  // "Russia-Ukraine", "US-Ukraine": hyphens between places.
  if (toks.length > 1 && toks.slice(1).every((t, n) => text.slice(toks[n]!.end, t.start) === '-')) {
    const parts = toks.map((t) => [t]);
    if (parts.every((p) => placeOf(p))) return parts;
  }
  return [toks];
}

/** Splits tokens at the ones that `at` accepts, dropping those. */
function cut(toks: Token[], at: (t: Token) => boolean): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (const t of toks) {
    if (at(t)) {
      if (cur.length) parts.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) parts.push(cur);
  return parts;
}

/** Types a candidate from its own words: gazetteer, head words, acronyms, title, length. */
function classify(c: Candidate, ctx: Ctx): void {
  const { text } = ctx;
  const toks = c.tokens;
  const name = text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
  // Hyphenated places are separate actors ("Russia-Ukraine").
  const place = placeOf(toks);
  if (place) {
    c.type = 'place';
    c.id = slug(place.name);
    return;
  }
  if (hasOrgWord(toks)) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  if (PLACE_WORDS.has(toks[toks.length - 1]!.norm) && toks.length > 1) {
    c.type = 'place';
    c.id = slug(name);
    return;
  }
  if (toks.length === 1 && isAcronym(toks[0]!.text)) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  if (toks.length === 1 && toks[0]!.text.length === 1) {
    c.type = undefined;
    return;
  }
  // A place followed by other words names a body ("Pittsburgh Regional Transit", "Kyiv Independent"), unless a given name leads.
  const lead = placePrefix(toks, text);
  if (c.type !== 'person' && lead > 0 && lead < toks.length && !isGiven(toks[0]!, ctx)) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  // Several capitalised words that the article also writes in lowercase name a body, not a person ("Atlantic Terminals").
  if (c.type !== 'person' && toks.length > 1 && !isGiven(toks[0]!, ctx) && toks.some((t) => ctx.lowercaseSeen.has(t.norm))) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  if (c.type === 'person' || toks.length > 1 || isGiven(toks[0]!, ctx)) {
    c.type = 'person';
    c.id = foldSpelling(slug(name));
    return;
  }
  // An unknown word right before a title names whom the title serves ("Apple CEO Tim Cook").
  if (c.beforeTitle) {
    c.type = 'organization';
    c.id = slug(name);
  }
}

/** On a Title Case line: the longest known name at `k` (gazetteer, body, surnames, or given name + surname). */
function lookup(
  tokens: Token[],
  k: number,
  to: number,
  ctx: Ctx,
  known: Map<string, { type: ActorType; id: string }>,
  surnames: Surnames,
  orgParts: Map<string, string | null>,
): { candidate: Candidate; length: number } | undefined {
  const { text } = ctx;
  const joined = (a: number, b: number): boolean => {
    for (let n = a + 1; n < b; n++) if (!joinable(text, tokens[n - 1]!, tokens[n]!)) return false;
    return true;
  };
  for (let len = Math.min(to - k, Math.max(5, placeMaxTokens())); len >= 1; len--) {
    if (!joined(k, k + len)) continue;
    const seq = tokens.slice(k, k + len);
    const place = placeOf(seq);
    // A one-word city on a Title Case line may be a common word ("Spring"); the body must name it too.
    if (place && (place.kind !== 'city' || len > 1 || known.has(keyOf(seq)))) return { candidate: { tokens: seq, type: 'place', id: slug(place.name), sentenceStart: false }, length: len };
    const key = keyOf(seq);
    const hit = known.get(key);
    if (hit) return { candidate: { tokens: seq, ...hit, sentenceStart: false }, length: len };
    if (len === 1) {
      const surname = surnames.get(foldSpelling(slug(seq[0]!.text)));
      if (surname) return { candidate: { tokens: seq, ...surname, sentenceStart: false }, length: 1 };
      const org = orgParts.get(key) ?? orgParts.get(`>${key}`);
      if (org) return { candidate: { tokens: seq, type: 'organization', id: org, sentenceStart: false }, length: 1 };
    }
  }
  const n = givenNameAt(tokens, k, to, ctx);
  if (n) {
    const seq = tokens.slice(k, k + n);
    return { candidate: { tokens: seq, type: 'person', id: foldSpelling(slug(text.slice(seq[0]!.start, seq[n - 1]!.end))), sentenceStart: false }, length: n };
  }
  return undefined;
}

/** A given name, initials and a surname starting at `k` ("Rachel M. Dunn"), as a token count, or 0. */
function givenNameAt(tokens: readonly Token[], k: number, to: number, ctx: Ctx): number {
  const t = tokens[k]!;
  if (!isGiven(t, ctx)) return 0;
  let m = k + 1;
  while (m < to && tokens[m]!.text.length === 1 && tokens[m]!.shape === 'upper' && joinable(ctx.text, tokens[m - 1]!, tokens[m]!)) m++;
  const last = tokens[m];
  if (m >= to || !last || !isNameWord(last) || !joinable(ctx.text, tokens[m - 1]!, last)) return 0;
  if (TITLES.has(last.norm) || ORG_WORDS.has(last.norm) || ctx.lowercaseSeen.has(last.norm)) return 0;
  return m - k + 1;
}
