// The finder of names no registry knows: runs of capitalised words split into
// candidates (unregistered-spans.ts), typed by their own words (unregistered-typing.ts)
// and by their context (unregistered-cues.ts), made one entity per id across the
// article (unregistered-clusters.ts), with Title Case lines read apart
// (unregistered-titled.ts) and the words that name no actor left out (unregistered-filters.ts).
import type { ActorMention, Article } from '../types.js';
import { CONTEXT, placeTokens, type ArticleUnits, type BlockUnit } from './blocks.js';
import { isGivenName, placeNamed } from './gazetteer.js';
import { articleLocale } from './locale.js';
import { NOT_A_LETTER, ORG_WORDS, PLACE_WORDS, TITLES, isAcronym } from './names.js';
import { UNSET_KEYS, type Occurrence, type Part } from './runs.js';
import { nameTokens, slug, type Token } from './tokens.js';
import { bracketedNames, glossedBodies, joinConjuncts, resolveAcronyms, sentenceCaseBodies, titledAcronymNames } from './unregistered-acronyms.js';
import { bodyTails, clubsOfTowns, collectSurnames, surnamesOverTowns, coordinatedParties, firstNames, qualifyNationalBodies, resolveShortForms, sameBodyNames, sportClubs, weekdayClubs } from './unregistered-clusters.js';
import { townsOfLocalBodies, typeBodiesByEntityVotes, typeByBodyNoun, typeFamilyFirms, typeFeatureBodies, typeFoundersFirms, typeLoneWords, typeTownsActingAsBodies, typeUnevidenced, typeWeakByVotes } from './unregistered-cues.js';
import { droppedAt, typeEventWordBodies, untypeCommonInitialisms, untypeCommonNouns, untypeEventWords, untypeFunds, untypeSentenceCommonNouns, untypeThingInitialisms, untypeThings } from './unregistered-filters.js';
import { splitRun } from './unregistered-spans.js';
import { titledLineNames, type Known } from './unregistered-titled.js';
import { classify } from './unregistered-typing.js';
import { divisionOf, endOf, firstOf, isSportCopy, keyOf, landAfter, lastOf, placeOf, wordsOf, type Cand, type Candidate, type Ctx, type Surnames } from './unregistered-words.js';


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
  const ctx: Ctx = { text: article.text, lowercaseSeen: units.lowercase };
  // 1. Runs of capitalised words (found per block by scanRuns), split into candidate names.
  const collected = collectCandidates(article, units);
  const titledRuns = collected.titledRuns;
  // A body's name that spans "and", put together again by its acronym.
  const candidates = joinConjuncts(collected.candidates, ctx.text);
  ctx.countries = articleCountries(article, candidates);
  // 2. Type by context, then make one entity of each name's mentions.
  typeByBodyNoun(candidates, ctx);
  const sport = isSportCopy(ctx);
  typeFeatureBodies(candidates, ctx.text, sport);
  typeEventWordBodies(candidates, ctx.text);
  const unevidenced = typeWeakByVotes(candidates, ctx, sport, ctx.countries);
  collectSurnames(candidates, titledRuns, ctx, surnames);
  surnamesOverTowns(candidates, ctx, surnames);
  const firstWords = firstNames(candidates);
  const orgParts = resolveShortForms(candidates, ctx, surnames, firstWords);
  typeTownsActingAsBodies(candidates, ctx.text);
  const clubTowns = clubsOfTowns(candidates, ctx.text);
  if (sport) sportClubs(candidates, ctx, clubTowns);
  // Names typed a person by default that no mention gives a person's evidence: bodies, or places.
  typeUnevidenced(candidates, unevidenced, ctx.text);
  bodyTails(candidates, ctx);
  typeFamilyFirms(candidates, ctx.text);
  resolveAcronyms(candidates, ctx.text);
  bracketedNames(candidates, ctx.text);
  // Names typed so far: the last typed candidate of each key (typed candidates keep their type and id from then on).
  const known: Known = new Map();
  for (const c of candidates) {
    // (A gazetteer place in capitals opening its block is a dateline's town: the body names it, "HOUSTON (AP) —".)
    if (c.type && (c.part.length > 1 || !c.part.sentenceStart || (c.type === 'place' && c.part.place && c.at.text === c.at.text.toUpperCase()))) known.set(c.part.key, c);
  }
  titledAcronymNames(titledRuns, candidates, ctx.text, known);
  // 3. Single unknown words: a known surname, a name typed elsewhere, or the words around them.
  typeLoneWords(candidates, ctx, known, surnames, [firstWords, firstNames(candidates, true)], sport);
  // A firm that its founder's surname names alone ("X shares fell" beside the founder "Y X").
  typeFoundersFirms(candidates, ctx.text);
  // One entity, one type: a name typed a person only by default whose mentions together say a body and never a person.
  typeBodiesByEntityVotes(candidates, ctx.text);
  // A place's body named after it ("X Municipal Hospital"): the place's name alone is the place (outside sport copy, where it
  // is the town's club).
  if (!sport) townsOfLocalBodies(candidates, ctx.text);
  // 4. Names of things, not actors: every mention a thing's ("the X index", "Cyclone X"), none a body's or a person's.
  untypeThings(candidates, ctx.text);
  // A structure's name that a work's cue beside one mention kept from places, which the works rule kept, and nothing but the
  // person default typed (review 20 R1): the structure's place.
  for (const c of candidates) if (c.part.workTitle && c.id && c.type === 'person' && !c.part.afterTitle) c.type = 'place';
  // 5. A word of an event's name alone ("Libertadores" of "Copa Libertadores").
  untypeEventWords(candidates, ctx.text);
  // 6. Initialisms the article writes as common nouns ("an IPO", "its AGM", "IPOs").
  untypeCommonInitialisms(candidates, ctx.text);
  untypeThingInitialisms(candidates, ctx.text);
  // 7. Funds that are pots of money ("payments from the X Fund"), no bodies.
  untypeFunds(candidates, ctx.text);
  // 8. Common nouns a sentence opens with, never capitalised inside one ("Hikers said", "Separately, the club").
  untypeSentenceCommonNouns(candidates, ctx.text, sport);
  // 9. Dictionary common nouns alone that no mention shows acting ("Vaccine", "Sport", "Head").
  untypeCommonNouns(candidates, ctx.text, sport);

  const out: ActorMention[] = [];
  for (const c of candidates) {
    if (!c.type || !c.id) continue;
    const last = out[out.length - 1];
    // A body's other name in brackets whose words short connectors split ("(Bodi ya Mfuko wa Barabara)"): one span.
    if (last && last.id === c.id && last.type === 'organization' && BRACKET_LINK.test(ctx.text.slice(last.end, c.start)) && BRACKET_OPEN.test(ctx.text.slice(Math.max(0, last.start - 80), last.start))) {
      last.end = endOf(c);
      last.text = ctx.text.slice(last.start, last.end);
      continue;
    }
    out.push({ text: c.at.text, start: c.start, end: endOf(c), type: c.type, id: c.id, form: 'unregistered' });
  }
  // 5. Title Case lines: only names the gazetteer, the body or the registry's people know, or a given name and a surname.
  titledLineNames(titledRuns, ctx, known, surnames, orgParts, clubTowns, out);
  weekdayClubs(article, out);
  datelineTowns(article, out, sport);
  coordinatedParties(article, out);
  sentenceCaseBodies(article, out);
  glossedBodies(article, out);
  qualifyNationalBodies(out, article);
  // A body's name in another word order or language, after the country codes that tell two countries' bodies apart.
  sameBodyNames(out);
  return out;
}

/**
 * The countries an article's villages may lie in: its own (the dateline's, else the one its places name most) and
 * those of the first-level divisions it names ("Vestland" is Norway's).
 */
function articleCountries(article: Article, candidates: readonly Cand[]): Set<string> {
  const countries = new Set<string>();
  const places: { start: number; end: number }[] = [];
  for (const c of candidates) {
    if (c.type !== 'place') continue;
    places.push({ start: c.start, end: endOf(c) });
    const country = divisionOf(c.part.tokens);
    if (country) countries.add(country);
  }
  const own = articleLocale(article, places).country;
  if (own) countries.add(own);
  return countries;
}

/** The candidates of every block's runs (split and typed once per distinct run), and the runs of Title Case lines. */
function collectCandidates(article: Article, units: ArticleUnits): { candidates: Cand[]; titledRuns: Token[][] } {
  const { text, blocks } = article;
  const lowercaseSeen = units.lowercase;
  const candidates: Cand[] = [];
  const titledRuns: Token[][] = [];
  let group = 0;
  const runCache = new Map<string, Part[]>();
  for (const [b, unit] of units.units.entries()) {
    const block = blocks[b];
    const scan = unit.scan;
    if (!block || !scan) continue;
    const base = block.start;
    const limit = block.end + CONTEXT;
    for (const r of scan.runs) {
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
            return partOf(c, run.indexOf(firstOf(c.tokens)), text);
          });
          r.memo = { deps, parts, checked: units.epoch };
        }
        runCache.set(r.key, parts);
      }
      // Where this run's candidates stand, relative to the block (kept with the run while it splits alike).
      let at = r.at;
      if (!at || at.parts !== parts) r.at = at = { parts, list: parts.map((p) => occurrence(p, unit, r.from, base, text)) };
      for (const o of at.list) {
        if ((o.dropped ??= droppedAt(o, text, base))) continue;
        candidates.push({ at: o, part: o.part, start: o.start + base, group, type: o.part.type, id: o.part.id, limit });
      }
    }
  }
  return { candidates, titledRuns };
}

/** What a candidate's own words say, at `from` in its run (tokens placed in `text`). */
function partOf(c: Candidate, from: number, text: string): Part {
  const toks = c.tokens;
  const first = firstOf(toks);
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
    name: toks.length === 1 ? first.text : text.slice(first.start, lastOf(toks).end),
    given: isGivenName(first.norm) && !ORG_WORDS.has(first.norm) && !TITLES.has(first.norm) && !PLACE_WORDS.has(first.norm),
    place: placeOf(toks, key) !== undefined,
    acronym: toks.length === 1 && isAcronym(first.text),
    common: c.common === true,
    weak: c.weak === true,
    ...(c.workTitle ? { workTitle: true } : {}),
    ...UNSET_KEYS,
  };
}

/** A part where its run (tokens `from` on in `unit`) stands, the block at `base` in `text`. */
function occurrence(part: Part, unit: BlockUnit, from: number, base: number, text: string): Occurrence {
  const tokens = unit.tokens;
  const i = from + part.from;
  const delta = base - unit.base;
  const head = tokens[i];
  const last = tokens[i + part.length - 1];
  if (!head || !last) throw new RangeError('a part outside its run');
  const start = head.start + delta;
  let end = last.end + delta;
  // Initialisms keep their final dot ("U.S.").
  if (part.length > 1 && part.tokens.every((t) => t.text.length === 1) && text[end] === '.') end++;
  return { part, start: start - base, firstEnd: head.end + delta - base, end: end - base, text: text.slice(start, end), body: undefined, bracketed: undefined, cues: undefined, dropped: undefined };
}

/** A short lowercase connector between two words of one name ("ya", "wa"), and an open bracket before the name's first word. */
const BRACKET_LINK = /^ \p{Ll}{1,4} $/u;
const BRACKET_OPEN = /\([^()\n]*$/;

/** A paragraph's opening words in capitals (up to six, joined by spaces, hyphens or apostrophes), as a dateline writes its town. */
const DATELINE_TOWN = /^\p{Lu}[\p{Lu}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}'’-]*){0,5}/u;
/** After the town, what only a dateline writes: a date or a place after a comma, then the agency in brackets and a dash ("(Reuters) -"). */
const DATELINE_REST = /^(?:,[^\n()]{1,40})?\s*\([\p{Lu}][^()\n]{1,30}\)\s*[-—–]/u;

/**
 * The town of each dateline ("NAZLET ABU TIHA, Egypt, April 16 (Reuters) -", "REGGIO CALABRIA, Italy (AP) —"): the words in
 * capitals that open a paragraph before a country or a state after a comma, or before the agency's bracket and a dash,
 * are one place, whatever the gazetteer knows of their words (a town it lacks, or words it takes for other names), and so
 * are the body's mentions of it.
 */
function datelineTowns(article: Article, out: ActorMention[], sport: boolean): void {
  const { text } = article;
  let towns: Map<string, string> | undefined;
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph') continue;
    const head = DATELINE_TOWN.exec(text.slice(block.start, Math.min(block.end, block.start + 80)));
    if (!head) continue;
    const start = block.start;
    const end = start + head[0].length;
    // A single letter or an acronym of two is no town ("AP", "A"); the rest must say dateline.
    if (head[0].replace(NOT_A_LETTER, '').length < 3 || !(landAfter(text, end) || DATELINE_REST.test(text.slice(end, end + 80)))) continue;
    // The town's words as the finder found them, if any: none reaching past it.
    const inside = out.filter((m) => m.start < end && m.end > start);
    if (inside.some((m) => m.start < start || m.end > end)) continue;
    const name = head[0];
    if (inside.length === 1 && inside[0]?.start === start && inside[0].end === end && inside[0].type === 'place') {
      (towns ??= new Map()).set(slug(name), inside[0].id);
      continue;
    }
    const id = slug(placeNamed(nameTokens(name).join(' '))?.name ?? name);
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ text: name, start, end, type: 'place', id, form: 'unregistered' });
    (towns ??= new Map()).set(slug(name), id);
  }
  if (!towns) return;
  // The body's mentions of the dateline's town typed persons are that town ("Vitoria-Gasteiz" after "VITORIA-GASTEIZ, Spain
  // (AFP) -"), and so are those typed bodies by their votes alone, no body named in full giving them its id ("refugees
  // crossed into X", "X said it needed food": a place stands for its government); in sport copy a body is left the body
  // (a club called by its town).
  for (const m of out) {
    const id = m.type === 'person' || (m.type === 'organization' && !sport && m.id === slug(m.text)) ? towns.get(slug(m.text)) : undefined;
    if (id) {
      m.type = 'place';
      m.id = id;
    }
  }
}
