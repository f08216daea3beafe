import type { ActorMention, ActorType, Article } from '../types.js';
import { isDemonym, isGivenName, placeMaxTokens, placeNamed, type Place } from './gazetteer.js';
import {
  ADJECTIVES,
  AMOUNT_WORDS,
  DOCUMENT_WORDS,
  EVENT_WORDS,
  HOLIDAY_WORDS,
  INSTITUTIONS,
  CLUB_WORDS,
  KNOWN_ORGS,
  NOT_NAMES,
  ORDINALS,
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
import { CONTEXT, placeTokens, type ArticleUnits, type BlockUnit } from './blocks.js';
import type { Occurrence, Part, ScanRun } from './runs.js';
import { TITLE_MODIFIERS } from './title-words.js';
import { joinable, slug, type Token } from './tokens.js';

/** Two-letter abbreviations that are never a name alone. */
const ABBREVIATIONS = new Set('co st mt ft dr mr ms jr sr vs no pp pt rd av ave'.split(' '));

/** Common nouns for a body, right before its name. */
const BODY_NOUNS = `group|firm|company|charity|party|union|agency|campaign|network|lender|insurer|carmaker|chipmaker|retailer|broadcaster|newspaper|outlet|club|side|team|band|startup|watchdog|regulator|tank|airline|carrier|bank|fund|broker|publisher|nonprofit|organi[sz]ation|utility|conglomerate|manufacturer|maker|operator|miner|brewer|developer|supplier|giant|chain|provider|producer|exchange|consultancy`;
const BODY_BEFORE = new RegExp(`\\b(?:${BODY_NOUNS}),?\\s+$`);

/** After a name: its apposition or the next sentence's anaphor names a body ("X, the utility, said"; "X fell. The company said"). */
const BODY_APPOSITION = new RegExp(`^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${BODY_NOUNS})\\b`, 'u');
const BODY_ANAPHOR = new RegExp(`["”’']?\\s+(?:The|the|That|that)\\s+(?:${BODY_NOUNS})\\b`, 'y');

/** A possessive before a company's or club's people and things ("Veltra's chief executive", "X's shares"). */
const ORG_POSSESSIVE = /^['’]s\s+(?:chief executive|chief financial|chief operating|ceo|cfo|coo|board|shares|shareholders|stock|employees|staff|workers|customers|subsidiary|parent|headquarters|revenue|revenues|profit|profits|earnings|sales|results|chairman|chairwoman|chair|founder|founders|owner|owners|unit|division|brands?|products|factory|plants?|stores|squad|manager|coach|players|fans|stadium|striker|midfielder|goalkeeper|defender|president|bid|offer|takeover|bonds|debt|creditors|auditors|share price|market value)\b/;

/** After a name: trading, filings and results ("X shares fell", "X Inc", "X posted a loss"). */
const ORG_FOLLOWS = /^\s+(?:shares|stock|stocks|shareholders|bonds|said in a (?:statement|filing)|posted|reported (?:a|an|net|revenue|sales|profit|quarterly|annual|earnings))\b/;

/** Before a name: a workplace, a deal or a match ("an analyst at X", "joined X", "beat X 2-1"). */
const ORG_PRECEDES = /\b(?:at|joined|joining|rival|rivals|owned by|acquired|acquire|bought|buy|statement from|spokesperson for|spokesman for|spokeswoman for)\s+(?:the\s+)?$/;

/** Before a name: a holding or a part of a company ("shares in X", "a unit of X"): strong. */
const ORG_HOLDING = /\b(?:shares in|stake in|stakes in|holding in|invest in|invested in|investment in|subsidiary of|unit of|division of|customers of|shareholders of|chief executive of|owner of)\s+$/i;

/** After a name, in its sentence: "its" says a body, "he"/"she"/"his"/"her" a person. */
const ITS = /\bits\b/;
const HIS_HER = /\b(?:he|she|his|her|him)\b/;

/** An age in apposition says a person ("X, 54, said"). */
const AGE = /^,\s+\d{1,3},/;

/** Determiners after a sentence's first word: the word is a verb ("Skip the queue"), not a name. */
const IMPERATIVE = /^\s+(?:the|a|an|your|our|this|these|those|my|their|its|all|every|him|her|them|it|us|me)\b/;

/** Lowercase words that may sit inside a name ("Bank of England", "Ludwig van Beethoven"). */
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'da', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'dos', 'das', 'di', 'del']);

/** Particles that only people's names hold ("Hassan bin Omar", whatever "Hassan" also names). */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint']);

/** Particles inside people's names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Badr bin Abdullah"). */
const PARTICLES = new Set(['de', 'du', 'da', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'dos', 'das', 'di', 'del']);

/** What the helpers need to know about the article. */
interface Ctx {
  text: string;
  /** Normalised words the article also writes in lowercase: common words, whatever their capital says. */
  lowercaseSeen: { has(word: string): boolean };
}

/** A candidate in this analysis: where it stands and how it is typed so far. */
interface Cand {
  at: Occurrence;
  part: Part;
  start: number;
  group: number;
  type: ActorType | undefined;
  id: string | undefined;
  /** How far its context may be read: the end of its block and the context a block's unit is kept with. */
  limit: number;
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
  /** See {@link Part.common}. */
  common?: boolean;
  /** See {@link Part.weak}. */
  weak?: boolean;
}

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
  const given = (p: Part): boolean => p.given && !lowercaseSeen.has(p.tokens[0]!.norm);

  // 1. Runs of capitalised words (found per block by scanRuns), split into candidate names.
  const candidates: Cand[] = [];
  const titledRuns: Token[][] = [];
  let group = 0;
  const runCache = new Map<string, Part[]>();
  units.units.forEach((unit, b) => {
    const base = blocks[b]!.start;
    for (const r of unit.scan!.runs) {
      if (r.titled) {
        titledRuns.push(placeTokens(unit, base, b, false, r.from, r.to));
        continue;
      }
      group++;
      // Names repeat: split and type each distinct run once, then place the result on this run's tokens.
      let parts = runCache.get(r.key);
      if (!parts) {
        // The block's scan remembers its split runs with the lowercase words they read, valid while those read the same.
        // Unless no word came into or went out of the lowercase words since they last read the same.
        const memo = r.memo;
        if (memo && ((units.epoch !== undefined && memo.checked === units.epoch) || memo.deps.every(([w, seen]) => lowercaseSeen.has(w) === seen))) {
          parts = memo.parts as Part[];
          memo.checked = units.epoch;
        } else {
          const run = placeTokens(unit, base, b, false, r.from, r.to);
          const deps: [string, boolean][] = [];
          const reading: Ctx = { text, lowercaseSeen: { has: (w) => { const seen = lowercaseSeen.has(w); deps.push([w, seen]); return seen; } } };
          parts = splitRun(run, r.key[0] === '1', reading).map((c) => {
            classify(c, reading);
            return partOf(c, run.indexOf(c.tokens[0]!), text);
          });
          r.memo = { deps, parts, checked: units.epoch };
        }
        runCache.set(r.key, parts);
      }
      // Where this run's candidates stand, relative to the block (kept with the run while it splits alike).
      let at = r.at;
      if (!at || at.parts !== parts) r.at = at = { parts, list: parts.map((p) => occurrence(p, unit, r.from, base, text)) };
      const limit = blocks[b]!.end + CONTEXT;
      for (const o of at.list) {
        if ((o.dropped ??= droppedAt(o, text, base))) continue;
        candidates.push({ at: o, part: o.part, start: o.start + base, group, type: o.part.type, id: o.part.id, limit });
      }
    }
  });

  // 2. Type what the words themselves say; remember full names of people for their surnames,
  // also those of bylines and headlines ("By Rachel M. Dunn and Luis Ortega").
  // Names typed so far: the last typed candidate of each key (typed candidates keep their type and id from then on).
  const known = new Map<string, { type?: ActorType; id?: string }>();
  // A common noun for a body right before a name makes it one ("victims' group Kingsmead Action", "the lender Northwind").
  for (const c of candidates) {
    const p = c.part;
    if (c.type === 'place' || c.type === 'organization' || p.afterTitle || p.common || given(p)) continue;
    if ((c.at.body ??= BODY_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)))) {
      c.type = 'organization';
      c.id = p.nameSlug ??= slug(p.name);
    }
  }
  // A name typed a person for want of a better reason takes the type its mentions' contexts agree on ("Harlow Brothers shares", "the club").
  const weakVotes = new Map<string, { person: number; organization: number }>();
  for (const c of candidates) {
    if (!c.part.weak || c.type !== 'person' || c.part.words.length < 2) continue;
    const cues = (c.at.cues ??= cuesAt(text, c.start, c.start + c.at.end - c.at.start, c.part.sentenceStart, c.limit));
    const v = weakVotes.get(c.id!);
    if (v) {
      v.person += cues.person;
      v.organization += cues.organization;
    } else weakVotes.set(c.id!, { person: cues.person, organization: cues.organization });
  }
  for (const c of candidates) {
    const v = c.part.weak && c.type === 'person' && c.part.words.length > 1 ? weakVotes.get(c.id!) : undefined;
    if (v && v.organization >= 2 && v.organization > v.person) {
      c.type = 'organization';
      c.id = c.part.nameSlug ??= slug(c.part.name);
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
    const p = c.part;
    const w = p.words;
    if (w.length < 2) continue;
    const key = (p.lastKey ??= foldSpelling(slug(w[w.length - 1]!)));
    if (!surnames.has(key)) surnames.set(key, { id: c.id!, type: 'person' });
    // Names with "bin" are also called by their first word ("Sheikh Khalid" for "Khalid bin Saif Al-Nuaimi").
    if (w.some((x) => PATRONYMIC.has(x))) {
      const first = foldSpelling(slug(w[0]!));
      if (!surnames.has(first)) surnames.set(first, { id: c.id!, type: 'person' });
    }
    // Family name first ("Xi Jinping" → "Xi"): a short first word that is no given name.
    if (w.length === 2 && w[0]!.length <= 3 && !given(p)) {
      const head = (p.headKey ??= foldSpelling(slug(w[0]!)));
      if (!surnames.has(head)) surnames.set(head, { id: c.id!, type: 'person' });
    }
  }
  // Short forms of organizations named in full elsewhere ("Kestrel" for "Kestrel Microsystems", "Rovers" for "Bristol Rovers").
  const orgParts = new Map<string, string | null>();
  for (const c of candidates) {
    if (c.type !== 'organization' || c.part.length < 2) continue;
    for (const key of orgKeysOf(c.part)) orgParts.set(key, orgParts.has(key) && orgParts.get(key) !== c.id ? null : c.id!);
  }
  for (const c of candidates) {
    const p = c.part;
    // A lone surname of a person named in full ("Brennan" after "Paul Brennan").
    if (p.words.length === 1 && (c.type === undefined || c.type === 'person')) {
      const surname = surnames.get((p.soloKey ??= foldSpelling(slug(p.words[0]!))));
      if (surname) {
        c.type = 'person';
        c.id = surname.id;
        continue;
      }
    }
    // A head word as the first word of a sentence is a common noun ("Transit agencies warned").
    // A common noun after "the" is that noun, not a short name ("the Authority", "the Council"; but "Rovers last played").
    if (p.common && /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) continue;
    const id = orgParts.get(p.key) ?? (p.sentenceStart && !p.common && !CLUB_WORDS.has(p.key) ? undefined : orgParts.get((p.midKey ??= `>${p.key}`)));
    if (!id || p.place || p.afterTitle || (c.type === 'person' && given(p))) continue;
    c.type = 'organization';
    c.id = id;
  }
  // A town alone stands for the club named after it in this article ("Preston" for "Preston North End").
  const clubTowns = new Map<string, string | null>();
  for (const c of candidates) {
    const p = c.part;
    if (c.type !== 'organization' || p.length < 2) continue;
    if (p.clubTown === undefined) {
      const toks = p.tokens;
      const n = CLUB_WORDS.has(toks[toks.length - 1]!.norm) ? placePrefix(toks, text) : 0;
      p.clubTown = n > 0 && n < toks.length ? keyOf(toks.slice(0, n)) : '';
    }
    const key = p.clubTown;
    if (key) clubTowns.set(key, clubTowns.has(key) && clubTowns.get(key) !== c.id ? null : c.id!);
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
  // An acronym in brackets after an organization's name is that organization ("... in Europe (OSCE)"), here and later.
  const acronyms = new Map<string, { type: ActorType; id: string }>();
  for (let k = 1; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (!c.part.acronym) continue;
    const first = c.part.tokens[0]!;
    const end = c.start + first.text.length;
    if (!(c.at.bracketed ??= /\(\s*$/.test(text.slice(c.start - 2, c.start)) && text[end] === ')')) continue;
    for (let b = k - 1; b >= 0 && candidates[b]!.start > c.start - 100; b--) {
      const o = candidates[b]!;
      if (o.type === 'organization' && o.part.tokens[0]!.text[0] === first.text[0]) {
        c.type = o.type;
        c.id = o.id;
        acronyms.set(first.norm, { type: o.type, id: o.id! });
        break;
      }
    }
  }
  if (acronyms.size) {
    for (const c of candidates) {
      if (c.part.acronym && acronyms.has(c.part.tokens[0]!.norm)) ({ type: c.type, id: c.id } = acronyms.get(c.part.tokens[0]!.norm)!);
    }
  }
  // An acronym of the initials of a body named in full is that body ("SFO" for "Serious Fraud Office").
  const initials = new Map<string, string | null>();
  for (const c of candidates) {
    const p = c.part;
    if (c.type !== 'organization' || p.length < 2) continue;
    if (p.initials === undefined) {
      p.initials = '';
      for (const t of p.tokens) if (!CONNECTORS.has(t.text) && /^\p{Lu}/u.test(t.text)) p.initials += t.text[0];
    }
    const letters = p.initials;
    if (letters.length >= 2) initials.set(letters, initials.has(letters) && initials.get(letters) !== c.id ? null : c.id!);
  }
  if (initials.size) {
    for (const c of candidates) {
      if (!c.part.acronym) continue;
      const id = initials.get(c.part.tokens[0]!.text.replace(/\./g, ''));
      if (id) {
        c.type = 'organization';
        c.id = id;
      }
    }
  }
  for (const c of candidates) {
    if (c.type && (c.part.length > 1 || !c.part.sentenceStart)) known.set(c.part.key, c);
  }

  // 3. Single unknown words: a known surname, a name typed elsewhere, or the words around them.
  const placeGroups = new Set<number>();
  const orgGroups = new Set<number>();
  for (const c of candidates) {
    if (c.type === 'place') placeGroups.add(c.group);
    else if (c.type === 'organization') orgGroups.add(c.group);
  }
  const votes = new Map<string, { person: number; organization: number; place: number; mid: number }>();
  for (const c of candidates) {
    if (c.type || c.part.common) continue;
    const p = c.part;
    let v = votes.get(p.key);
    if (!v) votes.set(p.key, (v = { person: 0, organization: 0, place: 0, mid: 0 }));
    const cues = (c.at.cues ??= cuesAt(text, c.start, c.start + c.at.firstEnd - c.at.start, p.sentenceStart, c.limit));
    if (!p.sentenceStart) v.mid++;
    v.person += cues.person;
    v.organization += cues.organization;
    v.place += cues.place;
    // Coordinated with a place ("the Dnipropetrovsk and Zaporizhia regions").
    if (!p.sentenceStart && placeGroups.has(c.group)) v.place++;
    // Coordinated with a body ("Barclays and the Bank of America").
    else if (orgGroups.has(c.group) && /^\s+and\s/.test(text.slice(c.start + c.at.end - c.at.start, c.start + c.at.end - c.at.start + 6))) v.organization++;
  }
  for (const c of candidates) {
    if (c.type || c.part.common) continue;
    const p = c.part;
    const surname = surnames.get((p.fullKey ??= foldSpelling(slug(p.words.join(' ')))));
    const other = known.get(p.key);
    const v = votes.get(p.key)!;
    if (surname) ({ id: c.id, type: c.type } = surname);
    else if (other) ({ id: c.id, type: c.type } = other);
    else if (v.mid > 0 || v.person + v.organization + v.place > 0) {
      // News copy names a person in full before it uses the surname alone, so a lone
      // word with no full name in the article is an organization unless its context says otherwise.
      c.type = v.place > v.person && v.place > v.organization ? 'place' : v.person > 0 && v.person >= v.organization ? 'person' : 'organization';
      const lone = (p.loneSlug ??= slug(p.tokens[0]!.text));
      c.id = c.type === 'person' ? (p.lonePerson ??= foldSpelling(lone)) : lone;
      known.set(p.key, c);
    }
  }

  const out: ActorMention[] = [];
  for (const c of candidates) {
    if (!c.type || !c.id) continue;
    out.push({ text: c.at.text, start: c.start, end: c.start + c.at.end - c.at.start, type: c.type, id: c.id, form: 'unregistered' });
  }
  // 4. Title Case lines: only names the gazetteer, the body or the registry's people know, or a given name and a surname.
  for (const run of titledRuns) {
    let k = 0;
    // A byline names its writers ("By Thandiwe Mokoena"), whatever the given name.
    const byline = /(?:^|\n)[ \t]*By\s+$/.test(text.slice(Math.max(0, run[0]!.start - 8), run[0]!.start));
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
          const first = c.tokens[0]!;
          const last = c.tokens[c.tokens.length - 1]!;
          let end = last.end;
          // Initialisms keep their final dot ("U.S.").
          if (c.tokens.length > 1 && c.tokens.every((t) => t.text.length === 1) && text[end] === '.') end++;
          out.push({ text: text.slice(first.start, end), start: first.start, end, type: c.type, id: c.id, form: 'unregistered' });
        }
        k += found.length;
      } else k++;
    }
  }
  return out;
}

/** What a candidate's own words say, at `from` in its run (tokens placed in `text`). */
function partOf(c: Candidate, from: number, text: string): Part {
  const toks = c.tokens;
  const first = toks[0]!;
  const key = keyOf(toks);
  return {
    from,
    length: toks.length,
    tokens: toks,
    sentenceStart: c.sentenceStart,
    type: c.type,
    id: c.id,
    beforeTitle: c.beforeTitle,
    afterTitle: c.afterTitle,
    key,
    words: toks.length === 1 ? [first.text] : wordsOf(toks, text),
    name: toks.length === 1 ? first.text : text.slice(first.start, toks[toks.length - 1]!.end),
    given: isGivenName(first.norm) && !ORG_WORDS.has(first.norm) && !TITLES.has(first.norm) && !PLACE_WORDS.has(first.norm),
    place: placeOf(toks, key) !== undefined,
    acronym: toks.length === 1 && isAcronym(first.text),
    common: c.common === true,
    weak: c.weak === true,
    // One shape for every part: the keys computed on first use start out empty.
    lastKey: undefined,
    headKey: undefined,
    soloKey: undefined,
    fullKey: undefined,
    midKey: undefined,
    nameSlug: undefined,
    loneSlug: undefined,
    lonePerson: undefined,
    orgKeys: undefined,
    clubTown: undefined,
    initials: undefined,
  };
}

/** A part where its run (tokens `from` on in `unit`) stands, the block at `base` in `text`. */
function occurrence(part: Part, unit: BlockUnit, from: number, base: number, text: string): Occurrence {
  const tokens = unit.tokens;
  const i = from + part.from;
  const delta = base - unit.base;
  const start = tokens[i]!.start + delta;
  const last = tokens[i + part.length - 1]!;
  let end = last.end + delta;
  // Initialisms keep their final dot ("U.S.").
  if (part.length > 1 && part.tokens.every((t) => t.text.length === 1) && text[end] === '.') end++;
  return { part, start: start - base, firstEnd: tokens[i]!.end + delta - base, end: end - base, text: text.slice(start, end), body: undefined, bracketed: undefined, cues: undefined, dropped: undefined };
}

/** The votes of the words around a lone unknown word (its first token at `start`–`end`). */
function cuesAt(text: string, start: number, end: number, sentenceStart: boolean, limit: number): { person: number; organization: number; place: number } {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  let person = 0;
  let organization = 0;
  let place = 0;
  if (PERSON_BEFORE.test(before)) person += 2;
  // "an analyst at X, said": the verb is the person's before the workplace.
  const holding = ORG_HOLDING.test(before);
  const workplace = holding || ORG_PRECEDES.test(before);
  const next = after[0];
  // The rest of its sentence, within the 40 characters read.
  const stop = after.search(/[.!?]/);
  const rest = stop < 0 ? after : after.slice(0, stop);
  if (next === ',' && AGE.test(after)) person += 2;
  if (HIS_HER.test(rest)) person++;
  // A company's or club's people and things, trading, an apposition: strong; a workplace, a match, "its", the next sentence's anaphor: weaker.
  if (((next === "'" || next === '’') && ORG_POSSESSIVE.test(after)) || ORG_FOLLOWS.test(after) || holding) organization += 2;
  if (next === ',' && BODY_APPOSITION.test(text.slice(end, Math.min(limit, end + 60)))) organization += 2;
  if (workplace || ITS.test(rest)) organization++;
  // The next sentence's "the company" speaks of this sentence's subject most of all.
  if (!/^\s+(?:for|of|at|in|from|with|to|on)\b/.test(after)) {
    const window = text.slice(end, Math.min(limit, end + 240));
    const dot = window.search(/[.!?]/);
    if (dot >= 0) {
      BODY_ANAPHOR.lastIndex = dot + 1;
      if (BODY_ANAPHOR.test(window)) organization += sentenceStart ? 2 : 1;
    }
  }
  // "Commuters who …" opens many sentences: at a sentence start, "who" alone proves no name.
  if (PERSON_AFTER.test(after) && !(sentenceStart && /^\s+who\b/.test(after)) && !(workplace && /^,/.test(after))) person++;
  if (ORG_BEFORE.test(before) || ORG_AFTER.test(after) || (/\($/.test(before) && /^\)/.test(after))) organization++;
  const prev = /(\p{Ll}+)\s+$/u.exec(before);
  if ((prev && PLACE_CUES.has(prev[1]!) && !workplace && !/^['’]s\b/.test(after)) || PLACE_AFTER.test(after)) place++;
  return { person, organization, place };
}

/** The keys under which an organization's name gives its short forms: leading words, and `>` with its last word. */
function orgKeysOf(p: Part): string[] {
  if (p.orgKeys) return p.orgKeys;
  const toks = p.tokens;
  const keys: string[] = [];
  for (let k = 1; k < toks.length; k++) if (!CONNECTORS.has(toks[k - 1]!.text)) keys.push(keyOf(toks.slice(0, k)));
  if (!CONNECTORS.has(toks[toks.length - 2]!.text)) keys.push(`>${toks[toks.length - 1]!.norm}`);
  return (p.orgKeys = keys);
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
  if (conjuncts.length > 1 && (!hasOrgWord(run) || conjuncts.some((c) => placeOf(c)) || hasOrgWord(conjuncts[0]!) || separate(conjuncts))) {
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
      // After a title, a town's name is a person's ("Sheikh Hassan", "Prime Minister Jackson"); a country's is not.
      const place = placeOf(part);
      const type = piece.afterTitle && !hasOrgWord(part) && (!place || (place.kind === 'city' && part.length === 1)) ? 'person' : undefined;
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
    if (!hasOrgWord(toks) || trimmed.some((c) => placeOf(c)) || hasOrgWord(trimmed[0]!) || separate(conjuncts)) return conjuncts.flatMap((c) => splitParts(c, ctx));
    return [toks];
  }
  if (toks.some((t) => CONNECTORS.has(t.text))) {
    const parts = cut(toks, (t) => CONNECTORS.has(t.text));
    // "Bank of England", "Coalition of the Willing": an organization's head word before the connector.
    if (hasOrgWord(parts[0]!)) return [toks];
    // Particles of a person's name ("Ursula von der Leyen", "Badr bin Abdullah bin Farhan") keep the name whole.
    if (parts.length === 2 && isGiven(parts[0]![0]!, ctx)) return [toks];
    if (toks.every((t) => !CONNECTORS.has(t.text) || PARTICLES.has(t.text)) && (toks.some((t) => PATRONYMIC.has(t.text)) || !parts.some((p) => placeOf(p)))) return [toks];
    return parts.flatMap((p) => splitParts(p, ctx));
  }
  // "Russia-Ukraine", "US-Ukraine": hyphens between places.
  if (toks.length > 1 && toks.slice(1).every((t, n) => text.slice(toks[n]!.end, t.start) === '-')) {
    const parts = toks.map((t) => [t]);
    if (parts.every((p) => placeOf(p))) return parts;
  }
  return [toks];
}

/**
 * Whether coordinated names are separate actors although a body's head word is
 * among them: the second is a name of its own ("NATO and the European Union",
 * "Barclays and the Bank of America"), or the first is an acronym.
 */
function separate(conjuncts: Token[][]): boolean {
  return conjuncts.slice(1).some((c) => c[0]!.text === 'the') || (conjuncts[0]!.length === 1 && isAcronym(conjuncts[0]![0]!.text));
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
  const place = c.type === 'person' && c.afterTitle ? undefined : placeOf(toks);
  // A town named like a common word ("Union", "Council") is that word alone.
  if (place && place.kind === 'city' && toks.length === 1 && (ORG_WORDS.has(toks[0]!.norm) || TITLES.has(toks[0]!.norm) || PLACE_WORDS.has(toks[0]!.norm))) {
    c.common = true;
    return;
  }
  if (place) {
    c.type = 'place';
    c.id = slug(place.name);
    return;
  }
  // A body a general-purpose lexicon knows ("Goldman Sachs", "Aston Villa").
  const key = keyOf(toks);
  if (KNOWN_ORGS.has(key)) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  // Treaties, wars, holidays, amounts, and common nouns alone are no actors.
  if (notActor(toks, ctx)) {
    c.type = undefined;
    c.common = true;
    return;
  }
  // A club named after its town ("Manchester City"): a place and "City" that together name no place.
  if (toks.length > 1 && toks[toks.length - 1]!.norm === 'city') {
    c.type = 'organization';
    c.id = slug(name);
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
  // A place followed by other words names a body ("Pittsburgh Regional Transit", "Kyiv Independent"), unless a given name leads;
  // a club's word at the end makes a body whatever the town ("Preston North End").
  const lead = placePrefix(toks, text);
  if (lead > 0 && lead < toks.length && CLUB_WORDS.has(toks[toks.length - 1]!.norm)) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  if (c.type !== 'person' && lead > 0 && lead < toks.length && !isGiven(toks[0]!, ctx) && !toks.some((t) => PATRONYMIC.has(t.text))) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  // Several capitalised words that the article also writes in lowercase name a body, not a person ("Atlantic Terminals").
  if (c.type !== 'person' && toks.length > 1 && !isGiven(toks[0]!, ctx) && toks.some((t) => !CONNECTORS.has(t.text) && ctx.lowercaseSeen.has(t.norm))) {
    c.type = 'organization';
    c.id = slug(name);
    return;
  }
  if (c.type === 'person' || toks.length > 1 || isGiven(toks[0]!, ctx)) {
    if (c.type !== 'person' && toks.length > 1 && !isGiven(toks[0]!, ctx)) c.weak = true;
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

/** Endings of common nouns and adjectives ("Bankruptcy", "Constitutional", "Enforcement"): such a word alone names nobody. */
const COMMON_ENDING = /\p{Ll}(?:tion|sion|ment|ness|ism|ship|ional|ical|ancy|ency|ptcy|ity)s?$/u;

/**
 * Whether capitalised words name no actor: a document, law or treaty ("Paris
 * Declaration"), a war, event or holiday ("World War II", "Christmas Eve"), an
 * amount ("Billion Dollars"), or one common noun or adjective alone (a body's
 * head word such as "Cabinet" or "Board", unless it names one body: "Kremlin").
 */
function notActor(toks: readonly Token[], ctx: Ctx): boolean {
  const last = toks[toks.length - 1]!.norm;
  if (toks.length > 1 && DOCUMENT_WORDS.has(last)) return true;
  if (toks.length > 1 && (last === 'day' || last === 'eve' || last === 'year') && !isGiven(toks[0]!, ctx)) return true;
  let event = false;
  let body = false;
  for (const t of toks) {
    if (HOLIDAY_WORDS.has(t.norm) || AMOUNT_WORDS.has(t.norm)) return true;
    if (EVENT_WORDS.has(t.norm)) event = true;
    else if (ORG_WORDS.has(t.norm)) body = true;
  }
  if (event && !body) return true;
  if (toks.length > 1) return false;
  const t = toks[0]!;
  if (t.text.length === 1) return true;
  if (isAcronym(t.text)) return false;
  if (PLACE_WORDS.has(t.norm) || ORDINALS.has(t.norm) || t.norm === 'day' || t.norm === 'year') return true;
  if (ORG_WORDS.has(t.norm) && !INSTITUTIONS.has(t.norm)) return true;
  if (DOCUMENT_WORDS.has(t.norm) || TITLES.has(t.norm)) return true;
  // Plurals of title words and head words ("Lawyers", "Ministers", "Banks").
  const singular = t.norm.endsWith('s') ? t.norm.slice(0, -1) : '';
  if (singular && (TITLES.has(singular) || (ORG_WORDS.has(singular) && !INSTITUTIONS.has(singular)))) return true;
  return COMMON_ENDING.test(t.text) && !isGiven(t, ctx);
}

/** Common nouns that take a number ("Chapter 11", "Article 5", "Flight 302"): with one, no name. */
const NUMBERED = new Set('chapter article section clause paragraph rule room title phase stage level grade category flight route page table figure item part round game week season class type tier gate terminal platform line highway station unit ward district precinct division case resolution'.split(' '));

/** All-caps function words: beside them, capitals shout ("WE WILL NOT BACK DOWN"). */
const SHOUTED = /\b(?:THE|AND|FOR|ARE|WAS|WERE|WILL|NOT|THIS|THAT|WITH|YOU|OUR|HAVE|HAS|OF|TO|IS|WE|BE|IT|MY|NO|IN|ON|AT|BY|I)\b/;

/** Whether `start`–`end` sits in a quotation of three or more words that all start with a capital (a heading or slogan: "Trick Or Treat, Look Up"). */
function quotedTitleCase(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'));
  if (open < 0 || /[\n.!?]/.test(before.slice(open + 1))) return false;
  const after = text.slice(end, end + 60);
  const close = after.search(/["”]/);
  if (close < 0 || /[\n]/.test(after.slice(0, close))) return false;
  const quoted = before.slice(open + 1) + text.slice(start, end) + after.slice(0, close);
  const words = quoted.match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Whether this occurrence's capitals prove nothing where it stands (see {@link Occurrence.dropped}). */
function droppedAt(o: Occurrence, text: string, base: number): boolean {
  const p = o.part;
  if (p.type === 'place') return false;
  // Several words in capitals that name no place are shouted ("NO JOBS", "STOLEN SEAT").
  if (p.length > 1 && p.tokens.every((t) => t.text === t.text.toUpperCase()) && !p.tokens.every((t) => t.text.length === 1) && !hasOrgWord(p.tokens)) return true;
  if (quotedTitleCase(text, o.start + base, o.end + base)) return true;
  if (p.length > 1) return false;
  const start = o.start + base;
  const end = o.end + base;
  const after = text.slice(end, end + 12);
  if (p.sentenceStart && IMPERATIVE.test(after)) return true;
  const t = p.tokens[0]!;
  if ((NUMBERED.has(t.norm) || (t.text.length <= 3 && t.text !== t.text.toUpperCase())) && /^\s+\d/.test(after)) return true;
  // "Valentine's Day", "St Patrick's Day".
  if (/^['’]s\s+(?:Day|Eve)\b/.test(after)) return true;
  if ((t.text.length >= 3 || NOT_NAMES.has(t.norm)) && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text)) {
    const around = text.slice(Math.max(0, start - 24), start) + ' ' + text.slice(end, end + 24);
    if (SHOUTED.test(around)) return true;
  }
  return false;
}

/** On a Title Case line: the longest known name at `k` (gazetteer, body, surnames, or given name + surname). */
function lookup(
  tokens: Token[],
  k: number,
  to: number,
  ctx: Ctx,
  known: Map<string, { type?: ActorType; id?: string }>,
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
    if (hit) return { candidate: { tokens: seq, type: hit.type, id: hit.id, sentenceStart: false }, length: len };
    if (len === 1) {
      const surname = surnames.get(foldSpelling(slug(seq[0]!.text)));
      if (surname) return { candidate: { tokens: seq, ...surname, sentenceStart: false }, length: 1 };
      // A word of a shouted line ("POWER GROUP SHARES JUMP") is no short form of a body named in the text.
      const shouted = seq[0]!.text.length > 2 && seq[0]!.text === seq[0]!.text.toUpperCase();
      const common = (ORG_WORDS.has(key) && !INSTITUTIONS.has(key)) || TITLES.has(key) || shouted;
      const org = common ? undefined : (orgParts.get(key) ?? orgParts.get(`>${key}`));
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

/** The two or three name words that open a byline's run (no titles, no bodies' head words, no places). */
function bylineName(run: Token[], ctx: Ctx): { candidate: Candidate; length: number } | undefined {
  let n = 0;
  while (n < Math.min(3, run.length) && isNameWord(run[n]!) && !TITLES.has(run[n]!.norm) && !ORG_WORDS.has(run[n]!.norm) && !placeOf([run[n]!]) && (n === 0 || joinable(ctx.text, run[n - 1]!, run[n]!))) n++;
  if (n < 2) return undefined;
  const seq = run.slice(0, n);
  return { candidate: { tokens: seq, type: 'person', id: foldSpelling(slug(ctx.text.slice(seq[0]!.start, seq[n - 1]!.end))), sentenceStart: false }, length: n };
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
