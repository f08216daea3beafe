// Clustering: the article-wide passes that make the mentions of one entity one id
// (and one type): surnames of people named in full, short forms of bodies, a town
// standing for its club (acronyms: unregistered-acronyms.ts).
import { isGivenName, isLocalTown, isSurname, placeNamed } from './gazetteer.js';
import { CLUB_LEADS, CLUB_WORDS, FEATURE_HEADS, ORG_WORDS, PERSON_AFTER, PLACE_CUES, WEEKDAYS, foldSpelling, isAcronym } from './names.js';
import type { Part } from './runs.js';
import { CORPORATE_SUFFIXES, suffixEnd } from './unregistered-acronyms.js';
import { normalize, slug, type Token } from './tokens.js';
import { isActorNoun, isCommonWord, pluralAfter } from './common-words.js';
import { articleLocale, countryOf } from './locale.js';
import type { ActorMention, Article } from '../types.js';
import type { ShortForms } from './unregistered-titled.js';
import { givenNameAt } from './unregistered-titled.js';
import { CONNECTORS, PARTICLES, endOf, founderAt, isDivisionWord, PATRONYMIC, firstOf, keyOf, lastOf, lowerWordBefore, placeContext, placeOf, placePrefix, strongPlaceContext, surnameAt, type Cand, type Ctx, type Surnames } from './unregistered-words.js';

// Module constants: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const PLURAL = /\p{Ll}s$/u;
/** A possessive name right before a word ("Poland's ", "Law and Justice's "). */
const OWNER_BEFORE = /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)['’]s $/u;
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]*\s+$/u;
/** A capitalised word just before, not a sentence's first. */
const NAME_WORD_BEFORE = /(?<!^|[.!?]\s)\p{Lu}[\p{L}'’-]*\s$/u;
/** A given name leads and the article does not write that word in lowercase. */
export const givenLeads = (p: Part, ctx: Ctx): boolean => p.given && !ctx.lowercaseSeen.has(firstOf(p.tokens).norm);

/** Sets `map[key]` to `id`, or to null when another id already holds the key. */
export function claim(map: ShortForms, key: string, id: string): void {
  map.set(key, map.has(key) && map.get(key) !== id ? null : id);
}

/** The links of a Malay-world patronymic: anak lelaki, anak perempuan, son of, daughter of. */
const LINK_WORDS = new Set(['a/l', 'a/p', 's/o', 'd/o']);

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
  let middles: [string, string, number][] | undefined;
  for (const c of candidates) {
    if (c.type !== 'person' || !c.id) continue;
    const p = c.part;
    const w = p.words;
    if (w.length < 2) continue;
    const key = (p.lastKey ??= foldSpelling(slug(lastOf(w))));
    // A relative named in full after the person ("his father, the founder X", "Tan's grandfather, X") leaves them the surname.
    const kinWindow = text.slice(Math.max(0, c.start - 48), c.start);
    const relative = KIN_WORD.test(kinWindow) && KIN_BEFORE.test(kinWindow);
    if (relative && (surnames.has(key) || (w.length === 3 && surnames.has(foldSpelling(slug(firstOf(w))))))) continue;
    // A Malay-world patronymic ("Ravi a/l Suppiah", "X s/o Y", "X d/o Y"): the last word is the father's given name, no
    // surname; the person is called by their own, the first.
    if (w.some((x) => LINK_WORDS.has(x.toLowerCase()))) {
      addSurname(surnames, foldSpelling(slug(firstOf(w))), c.id, c.start);
      continue;
    }
    addSurname(surnames, key, c.id, c.start);
    // Names with "bin" are also called by their first word ("Sheikh Khalid" for "Khalid bin Saif Al-Nuaimi").
    const bin = w.findIndex((x) => PATRONYMIC.has(x));
    if (bin > 0) {
      const first = foldSpelling(slug(firstOf(w)));
      addSurname(surnames, first, c.id, c.start);
      // And by the given names before it without the first word, which may be an honorific the name data lack
      // ("Nurul Huda" of "Dayang Nurul Huda binti Kassim").
      if (bin >= 3) addSurname(surnames, foldSpelling(slug(w.slice(1, bin).join(' '))), c.id, c.start);
    }
    // An Arabic family name with its article ("Al Hinai", "al-Mutairi", "El-Sawy"), by that name and by the name after the article.
    for (let k = 1; k < w.length; k++) {
      const x = w[k] ?? '';
      const joined = ARTICLE_JOINED.test(x);
      if (!joined && !(ARTICLES.has(x) && k < w.length - 1)) continue;
      addSurname(surnames, foldSpelling(slug(w.slice(k).join(' '))), c.id, c.start);
      addSurname(surnames, foldSpelling(slug(joined ? `${x.slice(3)} ${w.slice(k + 1).join(' ')}` : w.slice(k + 1).join(' '))), c.id, c.start);
      break;
    }
    // A surname that opens with a capitalised particle ("De los Santos" of "Yordany De los Santos").
    const capital = w.findIndex((x, n) => n > 0 && n < w.length - 1 && x !== x.toLowerCase() && PARTICLES.has(x.toLowerCase()) && !ARTICLES.has(x));
    if (capital > 0) addSurname(surnames, foldSpelling(slug(w.slice(capital).join(' '))), c.id, c.start);
    // A surname with a particle is also called by its words from the particle on, or after it
    // ("de Silva", "Silva Moura" for "Luiz Fernando da Silva Moura").
    const particle = w.findIndex((x, n) => n > 0 && n < w.length - 1 && PARTICLES.has(x));
    if (particle > 0) {
      // A Spanish name's first family name, before the particle of the second ("Arosemena" of "Rodrigo Arosemena de la Guardia"),
      // and both family names with the particle ("Salcedo de la Fuente" of "José María Salcedo de la Fuente").
      const paternal = particle >= 2 ? w[particle - 1] : undefined;
      if (paternal && !isGivenName(normalize(paternal))) {
        const key = foldSpelling(slug(paternal));
        addSurname(surnames, key, c.id, c.start);
      }
      // (The two with the particle also where the first is a given name as well: "Beltrán de la Serna"; no one else is called so.)
      if (paternal && !PATRONYMIC.has(w[particle] ?? '')) addSurname(surnames, foldSpelling(slug(w.slice(particle - 1).join(' '))), c.id, c.start);
      // (After "bin" the words name the father, "Saif bin Nasser al-Rawahi" of "Hilal bin Saif bin Nasser al-Rawahi": not the person.)
      for (const from of PATRONYMIC.has(w[particle] ?? '') ? [particle] : [particle, particle + 1]) {
        const rest = foldSpelling(slug(w.slice(from).join(' ')));
        if (from < w.length - 1 || from === particle) addSurname(surnames, rest, c.id, c.start);
      }
      // A first family name with a particle before a second family name ("de la Cruz" and "Cruz" of "Ana de la Cruz Ibarra").
      let after = particle;
      while (after < w.length && PARTICLES.has(w[after] ?? '')) after++;
      const paternalWord = w[after];
      if (paternalWord !== undefined && after < w.length - 1 && !PARTICLES.has(w[after + 1] ?? '')) {
        const withParticle = foldSpelling(slug(w.slice(particle, after + 1).join(' ')));
        addSurname(surnames, withParticle, c.id, c.start);
        // The word alone too, unless it is a common word ("Solar" of "Tomás del Solar Irarrázaval" heads no headline's "Solar Power").
        const bare = foldSpelling(slug(paternalWord));
        if (!isCommonWord(normalize(paternalWord)) && !ctx.lowercaseSeen.has(normalize(paternalWord))) addSurname(surnames, bare, c.id, c.start);
      }
    } else if (w.length >= 3) {
      // Two family names, or a family name of two words or more ("García Márquez" of "Gabriel García Márquez", "Ait Lahcen",
      // "Mac Giolla Bhríde" of "Nuala Mac Giolla Bhríde"): every tail of two words or more after the first word.
      for (let from = w.length - 2; from >= 1; from--) {
        const tail = foldSpelling(slug(w.slice(from).join(' ')));
        addSurname(surnames, tail, c.id, c.start);
      }
    }
    // A person called by the leading words of a name of three words or more, as Malay, Icelandic and Ethiopian copy
    // calls people by their given names ("Nurul Ain" of "Nurul Ain Kamaruddin", "Hanna Katrín" of "Hanna Katrín Friðriksson").
    for (let n = 2; n < w.length; n++) {
      const lead = w[n - 1];
      if (lead === undefined || PARTICLES.has(lead) || PATRONYMIC.has(lead)) break;
      addSurname(surnames, foldSpelling(slug(w.slice(0, n).join(' '))), c.id, c.start);
    }
    // Two given names and two family names ("Andrés Felipe Restrepo Gaviria"): the first family name, as for three words below.
    if (w.length === 4 && particle < 0 && givenLeads(p, ctx) && isGivenName(normalize(w[1] ?? '')) && !GENERATION.has(w[3] ?? '')) {
      const middle = w[2] ?? '';
      if (!isGivenName(normalize(middle)) && !isCommonWord(normalize(middle)) && !ctx.lowercaseSeen.has(normalize(middle))) (middles ??= []).push([foldSpelling(slug(middle)), c.id, c.start]);
    }
    if (w.length === 3 && particle < 0) {
      const [head, middle] = w as [string, string, string];
      // A Spanish or Portuguese name's first family name between a given name and the second ("Giménez" of "Carlos Giménez
      // Ortiz"): a middle word that is no given name.
      // (After the other names' surnames, and not a word of a body's name: "Hovland" of "Hovland Seafood" beside "Ana Hovland Ruud".)
      if (givenLeads(p, ctx) && !GENERATION.has(w[2] ?? '') && !isGivenName(normalize(middle)) && !isCommonWord(normalize(middle)) && !ctx.lowercaseSeen.has(normalize(middle))) (middles ??= []).push([foldSpelling(slug(middle)), c.id, c.start]);
      // A short family name first before two given syllables ("Ng" of "Ng Siew Ling", "Lim" of "Lim Boon Keat").
      // (Also a known surname that is a given name elsewhere: "Tan" of "Tan Wei Jie", "Lee" of "Lee Hsien Yang".)
      if (head.length <= 3 && (!givenLeads(p, ctx) || isSurname(normalize(head))) && !isAcronym(head)) addSurname(surnames, (p.headKey ??= foldSpelling(slug(head))), c.id, c.start);
    }
    // Family name first ("Xi Jinping" → "Xi", "Jang Min-seo" → "Jang"): a short first word that is no given name,
    // before a word of a given name written with a hyphen, as Korean names are romanised.
    if (w.length === 2 && ((firstOf(w).length <= 3 && !givenLeads(p, ctx)) || (firstOf(w).length <= 5 && HYPHENED_GIVEN.test(lastOf(w))))) {
      const head = (p.headKey ??= foldSpelling(slug(firstOf(w))));
      addSurname(surnames, head, c.id, c.start);
    }
  }
  if (!middles) return;
  let bodyWords: Set<string> | undefined;
  for (const c of candidates) if (c.type === 'organization' && c.part.length > 1) for (const t of c.part.tokens) (bodyWords ??= new Set()).add(foldSpelling(slug(t.text)));
  for (const [key, id, start] of middles) if (!surnames.has(key) && !bodyWords?.has(key)) addSurname(surnames, key, id, start);
}

/** Spanish and Portuguese words of address before a given name ("Don Efraín", "Doña Rosa", "Dom Pedro"), no title words as given names too. */
const ADDRESS_WORDS = new Set(['don', 'dona', 'dom']);

/** A noun of kin right before a name, with up to three words between ("his father, the founder ", "Tan's grandfather, "). */
/** The words of {@link KIN_BEFORE}'s nouns that every one of them holds (a literal search, tested first: most windows have none). */
const KIN_WORD = /father|mother|son|daughter|brother|sister|uncle|aunt|cousin|nephew|niece|wife|husband|widow/;
const KIN_BEFORE = /\b(?:father|mother|grand(?:father|mother|son|daughter)|son|daughter|brother|sister|uncle|aunt|cousin|nephew|niece|wife|husband|widow|stepfather|stepmother)(?:-in-law)?,?(?:\s+[\p{Ll}'’-]+){0,3}\s+$/u;

/** The Arabic article of a family name as a word of its own ("Al Hinai", "El Ouazzani"). */
const ARTICLES = new Set(['Al', 'al', 'El', 'el']);
/** The article joined to the family name by a hyphen ("al-Mutairi", "Al-Mazrouei", "el-Sawy"). */
const ARTICLE_JOINED = /^(?:[Aa]l|[Ee]l)-\p{Lu}/u;

/** Words after a name that say which of a family it is ("Sr", "Jr"), no family name. */
const GENERATION = new Set(['Sr', 'Jr', 'Snr', 'Jnr', 'II', 'III']);

/** After a lone name: a verb, or a person's own words ("X said", "X joined", "X grew up", "X, 54,", "X, who"), not a list or a preposition. */
const ACTS_AFTER = /^(?:\s+(?!(?:and|or|to|in|on|at|for|of|from|with|by|near|into|is|are|was|were|lies|sits|hosts|hosted|borders|bordered|stretches|neighbou?rs|overlooks|straddles|flooded|located|situated)\b)(?:\p{Ll}+ed|\p{Ll}+s|said|told|grew|took|began|went|came|left|ran|saw|wrote|sold|led|met|won|lost|made|became|spent|also|then|later|declined|added)\b|,\s+(?:who\b|\d{2},))/u;

/** Plural nouns of a place's people or offices that no noun list types ("X officials", "X residents", "X prosecutors"). */
const PLACE_PEOPLE = new Set('officials residents locals prosecutors lawmakers voters municipalities'.split(' '));

/**
 * Whether a plural noun for a body's members or a place's people follows a name ("Tarvik officials", "Tarvik authorities",
 * "Tarvik farmers"): the town's offices or people, not a surname's verb in -s ("Tarvik says").
 */
function peopleOfPlaceAfter(text: string, end: number): boolean {
  const pl = pluralAfter(text, end);
  if (!pl || pl.object) return false;
  // A noun for people that is also a verb ("captains", "mentors", "partners") is the town's people only before their verb or
  // a stop ("X farmers said", "according to X farmers.").
  return PLACE_PEOPLE.has(pl.plural) || ORG_WORDS.has(pl.one) || (pl.subject && isActorNoun(pl.one));
}

/**
 * A town's name that is the surname of a person named in full earlier in the article, and that acts as a person where it
 * stands ("Anna Lund … Lund joined the utility in 2024"; "Sofía Palmira … Palmira grew up in X"): that person, not the town.
 * Not where a place's preposition, a land's noun or a country after a comma says a place ("in Lund", "the city of Lund").
 */
export function surnamesOverTowns(candidates: readonly Cand[], ctx: Ctx, surnames: Surnames): void {
  const { text } = ctx;
  for (const c of candidates) {
    const p = c.part;
    if (c.type !== 'place' || p.length !== 1 || !p.place || p.afterTitle) continue;
    const entry = surnames.get(p.key);
    const first = entry?.by?.[0]?.start;
    if (!entry || entry.type !== 'person' || first === undefined || first >= c.start) continue;
    if (placeOf(p.tokens)?.kind !== 'city' || c.at.text === c.at.text.toUpperCase()) continue;
    const end = endOf(c);
    if (placeContext(text, c.start, end) || strongPlaceContext(text, c.start, end) || !ACTS_AFTER.test(text.slice(end, end + 24)) || peopleOfPlaceAfter(text, end)) continue;
    c.type = 'person';
    c.id = surnameAt(entry, c.start);
  }
}

/** Adds a surname of the person `id` named in full at `start`; a second person with it joins the list that `surnameAt` reads. */
function addSurname(surnames: Surnames, key: string, id: string, start: number): void {
  const had = surnames.get(key);
  if (!had) surnames.set(key, { id, type: 'person', by: [{ start, id }] });
  else if (had.by && had.by.at(-1)?.id !== id) had.by.push({ start, id });
}

/** First words of people named in full → the person, or null when two people share it. */
export type FirstNames = Map<string, { id: string; start: number } | null>;

/**
 * People named in full, by their first word: a second reference by the given name ("Somchai" for "Somchai Wongsawat"),
 * as Thai and Indonesian copy writes it, when one person only has that first word.
 */
export function firstNames(candidates: readonly Cand[], weakToo = false): FirstNames {
  const firstWords: FirstNames = new Map();
  for (const c of candidates) {
    const w = c.part.words;
    // (A name typed a person only by default, "Northfield Infratech", may be a firm's: only with `weakToo`, for a lone word
    // that its own context makes a person.)
    if (c.type !== 'person' || !c.id || w.length < 2 || (c.part.weak && !weakToo)) continue;
    const head = firstOf(w);
    if (PARTICLES.has(head) || head.length < 3 || isAcronym(head)) continue;
    const key = foldSpelling(slug(head));
    const had = firstWords.get(key);
    if (had === undefined) firstWords.set(key, { id: c.id, start: c.start });
    else if (had && had.id !== c.id) firstWords.set(key, null);
  }
  // Not a word that stands before a title anywhere: whom the title serves is a body ("Galata coach X", "Galata said").
  for (const c of candidates) if (c.part.length === 1 && c.part.beforeTitle) firstWords.set(foldSpelling(slug(firstOf(c.part.words))), null);
  return firstWords;
}

/**
 * The person whose given name a lone word is, named in full before it (`firstNames`): not a place, a common word or an
 * acronym, nor a word the article writes in lowercase or a place's preposition leads.
 */
export function givenNameOf(c: Cand, ctx: Ctx, firstWords: FirstNames): string | undefined {
  const p = c.part;
  if (p.length !== 1 || p.place || p.common || p.acronym || ctx.lowercaseSeen.has(firstOf(p.tokens).norm)) return undefined;
  const named = firstWords.get((p.soloKey ??= foldSpelling(slug(firstOf(p.words)))));
  // (A title or an honorific before it names the person also before the full name: "Batono Zurab has offered …," said X of
  // businessman Zurab Makharadze.)
  if (!named || named.id === c.id || (named.start >= c.start && !p.afterTitle)) return undefined;
  if (placeContext(ctx.text, c.start, endOf(c)) || strongPlaceContext(ctx.text, c.start, endOf(c))) return undefined;
  return named.id;
}

/**
 * A firm named without its legal form ("Arrieta Elektrika" of "Arrieta Elektrika S.L.", "X Signalling" of
 * "X Signalling Co.") is that firm: one id, that of the name with the form, before its words become short forms.
 */
function joinLegalForms(candidates: readonly Cand[]): void {
  let full: Map<string, string> | undefined;
  for (const c of candidates) {
    const toks = c.part.tokens;
    if (c.type !== 'organization' || !c.id || toks.length < 2) continue;
    const end = suffixEnd(toks);
    if (end < toks.length) (full ??= new Map()).set(keyOf(toks.slice(0, end)), c.id);
  }
  if (!full) return;
  for (const c of candidates) {
    const id = c.type === 'organization' && c.part.length > 1 ? full.get(c.part.key) : undefined;
    if (id) c.id = id;
  }
}

/**
 * A name of two words or more that only a default made a person, the last words of a body named in full with a word before
 * them, is that body's short form ("Baobab Rouge" of "Éditions Baobab Rouge", "Valle Verde" of "Grupo Valle Verde"). Not one
 * a given name leads ("Carlos Mendes" beside "Fundação Carlos Mendes"), nor one after a title. Run once the bodies are typed.
 */
export function bodyTails(candidates: readonly Cand[], ctx: Ctx): void {
  let tails: ShortForms | undefined;
  // (Tails of firms named with their legal form, without it: "Salar Verde" of "Minera Salar Verde S.A.", also where the
  // short form was typed a body of its own.)
  let formTails: ShortForms | undefined;
  for (const c of candidates) {
    const toks = c.part.tokens;
    const second = toks[1];
    if (!(c.type === 'organization' && c.id && c.part.words.length >= 3 && second && second.shape === 'upper' && !CONNECTORS.has(second.text))) continue;
    claim((tails ??= new Map()), keyOf(toks.slice(1)), c.id);
    const end = suffixEnd(toks);
    if (end < toks.length && end >= 3) claim((formTails ??= new Map()), keyOf(toks.slice(1, end)), c.id);
  }
  if (!tails) return;
  for (const c of candidates) {
    const p = c.part;
    const formTail = p.length > 1 && c.type === 'organization' && !p.afterTitle && c.id === foldSpelling(slug(p.name)) ? formTails?.get(p.key) : undefined;
    if (formTail) {
      c.id = formTail;
      continue;
    }
    const tail = p.length > 1 && c.type === 'person' && p.weak && !p.afterTitle ? (tails.get(p.key) ?? formTails?.get(p.key)) : undefined;
    if (!tail || givenLeads(p, ctx)) continue;
    c.type = 'organization';
    c.id = tail;
  }
}

/** A person's own words after a name: kin of theirs, an age in an apposition, "said he". */
const PERSON_OWN_AFTER = /^(?:['’]s\s+(?:great-)?(?:grand)?(?:sons?|daughters?|children|father|mother|widow|wife|husband|brothers?|sisters?|heirs?|nephews?|nieces?)\b|,\s+\d{2},|\s+said\s+(?:he|she)\b)/;
/** Head words of natural features whose bare name copy also writes alone ("Lake Tarvo" and "Tarvo"); not settlements' words. */
const NAMED_FEATURE_HEADS = new Set('lake mount mt loch lough lac lago laguna gunung cerro'.split(' '));
/** Kind's words after a feature's name that copy also leaves out ("the Oskel River" and "the Oskel"). */
const FEATURE_TAILS = new Set(['river']);

/**
 * Short forms of organizations named in full elsewhere ("Kestrel" for "Kestrel
 * Microsystems", "Rovers" for "Bristol Rovers"), and lone surnames of people
 * named in full ("Brennan" after "Paul Brennan"). Returns the short forms.
 */
export function resolveShortForms(candidates: readonly Cand[], ctx: Ctx, surnames: Surnames, firstWords: FirstNames): ShortForms {
  const orgParts: ShortForms = new Map();
  // The first body named with each leading word: a short form shared by a parent and its unit ("Hanul" of "Hanul Platforms"
  // and "Hanul Express") is the one named first.
  const firstNamed = new Map<string, string>();
  joinLegalForms(candidates);
  let looseFirstWords: FirstNames | undefined;
  // Divisions named with their kind's word after them ("Tarvo Region", "Oskel District"): the name alone is that place.
  let divisions: ShortForms | undefined;
  // And natural features named with their kind's word ("Lake Tarvo", "Mount Oskel", "Oskel River"): the bare name is that feature.
  let features: Set<string> | undefined;
  for (const c of candidates) {
    const toks = c.part.tokens;
    if (c.type !== 'place' || !c.id || toks.length < 2) continue;
    if (isDivisionWord(lastOf(toks))) claim((divisions ??= new Map()), keyOf(toks.slice(0, -1)), c.id);
    else if (toks.length === 2 && (NAMED_FEATURE_HEADS.has(firstOf(toks).norm) || FEATURE_TAILS.has(lastOf(toks).norm))) {
      const key = keyOf(NAMED_FEATURE_HEADS.has(firstOf(toks).norm) ? toks.slice(1) : toks.slice(0, -1));
      claim((divisions ??= new Map()), key, c.id);
      (features ??= new Set()).add(key);
    }
  }
  // Unless a person of the article has that word as a name: after a title ("Inspector Garrow" of "Garrow District") or as
  // the first word of a full name ("Marlow Tennant" of "Marlow County").
  if (divisions) {
    for (const c of candidates) if (c.type === 'person' && c.part.afterTitle && c.part.length === 1 && divisions.has(c.part.key)) divisions.delete(c.part.key);
    for (const key of divisions.keys()) if (firstWords.has(foldSpelling(slug(key)))) divisions.delete(key);
  }
  for (const c of candidates) {
    if (c.type !== 'organization' || !c.id || c.part.length < 2) continue;
    for (const key of orgKeysOf(c.part)) {
      claim(orgParts, key, c.id);
      if (!firstNamed.has(key)) firstNamed.set(key, c.id);
    }
  }
  for (const c of candidates) {
    const p = c.part;
    // A surname of several words ("De Silva", "Silva Moura"), also one typed a body for want of a better reason.
    if (p.words.length > 1 && (c.type === undefined || c.type === 'person' || p.weak) && !p.afterTitle) {
      const surname = surnames.get((p.fullKey ??= foldSpelling(slug(p.words.join(' ')))));
      if (surname && surnameAt(surname, c.start) !== c.id) {
        c.type = 'person';
        c.id = surnameAt(surname, c.start);
        continue;
      }
    }
    // "Don" or "Doña" and a given name ("Don Efraín", "Doña Rosa"), as Spanish copy calls an elder: the one person named in full
    // with that given name, before or after.
    if (p.words.length === 2 && ADDRESS_WORDS.has(firstOf(p.tokens).norm) && (c.type === undefined || c.type === 'person')) {
      const named = firstWords.get(foldSpelling(slug(lastOf(p.words))));
      if (named && named.id !== c.id) {
        c.type = 'person';
        c.id = named.id;
        continue;
      }
    }
    // A division's name without its kind's word ("Tarvo" after "Tarvo Region"), where the gazetteer names no other place
    // so (Lagos the city is not Lagos State) and no person holds it as a surname.
    const division = divisions?.get(p.key);
    // (A feature's bare name typed a body for want of a person's or a place's cue ("Oskel's flamingos") is the feature too,
    // unless it leads a body's name in the article: "Oskel" beside "Oskel Water Board" is that board's short form.)
    const feature = features?.has(p.key) === true;
    const bodyLead = feature && (orgParts.has(p.key) || orgParts.has(`>${p.key}`));
    if (division && !bodyLead && !p.afterTitle && !p.place && (c.type !== 'organization' || feature) && !surnames.has((p.fullKey ??= foldSpelling(slug(p.words.join(' ')))))) {
      c.type = 'place';
      c.id = division;
      continue;
    }
    // A lone surname of a person named in full ("Brennan" after "Paul Brennan").
    const [word] = p.words;
    if (word !== undefined && p.words.length === 1 && (c.type === undefined || c.type === 'person' || surnameNotTown(c, ctx, surnames))) {
      const surname = surnames.get((p.soloKey ??= foldSpelling(slug(word))));
      if (surname) {
        c.type = 'person';
        c.id = surnameAt(surname, c.start);
        withParticles(c, ctx.text, surnames);
        continue;
      }
      // A given name alone after the one person named in full with it.
      // (After a title, also one named in full whom only a default made a person: "Batono Zurab" of "businessman Zurab X".)
      const named = c.type === 'person' ? givenNameOf(c, ctx, firstWords) ?? (p.afterTitle ? givenNameOf(c, ctx, (looseFirstWords ??= firstNames(candidates, true))) : undefined) : undefined;
      if (named) {
        c.id = named;
        continue;
      }
    }
    // A head word as the first word of a sentence is a common noun ("Transit agencies warned").
    // A common noun after "the" is that noun, not a short name ("the Authority", "the Council"; but "Rovers last played").
    // A plural of a title is a team's name after "the" ("the Kings", "the Strikers" for "the Colombo Strikers").
    // A club's full name after its town ("Sheffield Wednesday") is no short form of a body named after the club ("Sheffield Wednesday Trust").
    if (c.type === 'organization' && p.length > 1 && CLUB_WORDS.has(lastOf(p.tokens).norm) && placePrefix(p.tokens, ctx.text) > 0) continue;
    // A natural feature its own head word names ("Lake X", "Mount X") is no short form of a body named after it ("Lake X Basin
    // Commission"): the lake, as a body's short form keeps a body's word or stands alone.
    if (c.type === 'place' && p.length > 1 && FEATURE_HEADS.has(firstOf(p.tokens).norm)) continue;
    // A sentence's adverb before its comma ("Later, the ministry said") is no short form of a body named with it ("Later Life Trust").
    if (p.sentenceStart && p.length === 1 && ctx.text[endOf(c)] === ',' && SENTENCE_ADVERBS.has(p.key)) continue;
    // The field of a post before its title ("Labour Minister", "Racing Minister") names no body, also where a body's name
    // opens with the same words ("Labour Advisory Committee").
    if (p.common && p.beforeTitle) continue;
    const team = p.length === 1 && teamPlural(firstOf(p.tokens), ctx);
    if (p.common && !team && /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, c.start - 5), c.start))) continue;
    const shared = orgParts.get(p.key) === null && !p.common && p.length === 1 ? firstNamed.get(p.key) : undefined;
    const id = shared ?? orgParts.get(p.key) ?? (p.sentenceStart && !p.common && !CLUB_WORDS.has(p.key) && !team ? undefined : orgParts.get((p.midKey ??= `>${p.key}`)));
    // The leading words of a body named in full are that body, also when a given name leads them ("Danjuma Hartley" for
    // "Danjuma Hartley Pharmaceuticals", "Minh Phat" for "Minh Phat Coffee"): with worldwide given names, most names of firms start with one.
    // (A town that names a firm of the article: typeTownsActingAsBodies in unregistered-cues.ts.)
    // But a body named in someone's honour ("Nelson Mandela Foundation", "Kofi Annan University") leaves the person the person.
    // (Nor a town below the gazetteer's cities where a place's preposition or its country says so: "the plant in X".)
    // Nor a word that only leads a body's name, after a place's preposition: a body named after its town ("the Etna Valley
    // Growers' Union", "Lakemoor Tourism Authority") leaves "in Etna" the town, wherever the gazetteer lacks it.
    const leading = p.length === 1 && id === orgParts.get(p.key) && !p.common;
    // Nor the founder named in full beside the firm that bears the name ("X NV, founded by X Y"): the person, as its own words say.
    // Nor a person named in full whose own words after the name say a person: kin, an age, "said he" ("X Y's grandsons" beside the
    // firm "X Y and Sons", "X Y, 71," beside "X Y S.A.S.").
    if (!id || p.place || p.afterTitle || (c.type === 'person' && p.length > 1 && founderAt(ctx.text, c.start, endOf(c))) || (c.type !== 'organization' && p.length > 1 && PERSON_OWN_AFTER.test(ctx.text.slice(endOf(c), endOf(c) + 40))) || (p.length === 1 && (((isLocalTown(p.key, ctx.countries) || leading) && placeContext(ctx.text, c.start, endOf(c))) || strongPlaceContext(ctx.text, c.start, endOf(c)))) || (c.type === 'person' && givenLeads(p, ctx) && HONOUR_HEADS.has(id.slice(id.lastIndexOf('-') + 1)))) continue;
    c.type = 'organization';
    c.id = id;
  }
  return orgParts;
}

/**
 * A lone word that the gazetteer alone makes a town, the surname of a person named in full before it, with a person's verb
 * after it and no place's word around it: the person ("Rodríguez said" after "Gonzalo Rodríguez Brum"; "in Rodríguez" stays).
 */
function surnameNotTown(c: Cand, ctx: Ctx, surnames: Surnames): boolean {
  const p = c.part;
  if (c.type !== 'place' || !p.place || placeOf(p.tokens)?.kind !== 'city') return false;
  const surname = surnames.get((p.soloKey ??= foldSpelling(slug(firstOf(p.words)))));
  const first = surname?.by?.[0]?.start;
  if (first === undefined || first >= c.start) return false;
  const end = endOf(c);
  // An honorific right before it says the person wherever it stands ("Mr Cárdenas", "Dr Soria").
  if (HONORIFIC_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 6), c.start))) return true;
  // So does a reporting verb right before it ("said Cárdenas,", "according to Cárdenas").
  const cued = PERSON_AFTER.test(ctx.text.slice(end, end + 40)) || REPORTED_BEFORE.test(ctx.text.slice(Math.max(0, c.start - 16), c.start));
  // (Not before a noun for its offices or people: "according to X officials".)
  return cued && !placeContext(ctx.text, c.start, end) && !strongPlaceContext(ctx.text, c.start, end) && !peopleOfPlaceAfter(ctx.text, end);
}

/** An English honorific right before a name ("Mr ", "Mrs. ", "Dr "). */
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+$/u;
/** A reporting verb right before a name ("said X", "according to X"). */
const REPORTED_BEFORE = /\b(?:said|says|told|asked|according\s+to)\s+$/;

/** The Arabic article joined by a hyphen right before a word ("al-", "el-"), which the run of capitals leaves out. */
const ARTICLE_BEFORE = /(?:^|\s)((?:al|el)-)$/;
/** Lowercase particles right before a word ("de la ", "van der "), not after a capitalised word (which holds them in its run). */
const PARTICLES_BEFORE = new RegExp(`(?:^|\\s)((?:(?:${[...PARTICLES].join('|')})\\s+){1,3})$`, 'u');

/**
 * A surname written with its lowercase particles mid-sentence ("… said de la Cruz", "told van der Berg"): the run of
 * capitals starts after them, but the particles are the name's, when the person's full name holds them there.
 */
function withParticles(c: Cand, text: string, surnames: Surnames): void {
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  const particles = PARTICLES_BEFORE.exec(before)?.[1] ?? ARTICLE_BEFORE.exec(before)?.[1];
  if (!particles) return;
  const key = foldSpelling(slug(`${particles}${c.at.text}`));
  const surname = surnames.get(key);
  if (!surname || surnameAt(surname, c.start) !== c.id) return;
  const n = particles.length;
  c.start -= n;
  c.at = { ...c.at, start: c.at.start - n, text: `${particles}${c.at.text}` };
}

/** Adverbs that open a sentence before a comma ("Later,", "Separately,"), a closed class of English. */
const SENTENCE_ADVERBS = new Set('later earlier afterwards afterward separately elsewhere overall finally initially eventually previously recently similarly likewise additionally instead otherwise still first second third next then'.split(' '));

/** Whether a place's preposition stands right before `start` ("in Colombo", "near Cuiabá"). */
export function afterPlaceCue(text: string, start: number): boolean {
  const prev = lowerWordBefore(text.slice(Math.max(0, start - 12), start));
  return prev !== undefined && PLACE_CUES.has(prev);
}

/** Last words of bodies named in honour of a person (foundations, universities, prizes, stadiums, airports), whose leading words are that person. */
export const HONOUR_HEADS: ReadonlySet<string> = new Set('foundation foundations trust institute institution university college school academy hospital clinic stadium arena airport centre center prize award awards memorial museum library fund scholarship scholarships lecture lectures'.split(' '));

/** A plural the article never writes in lowercase ("Kings", "Strikers", "Broncos"): a team's name, also opening a sentence. */
function teamPlural(t: Token, ctx: Ctx): boolean {
  return PLURAL.test(t.text) && !ctx.lowercaseSeen.has(t.norm) && !ORG_WORDS.has(t.norm) && !ORG_WORDS.has(t.norm.slice(0, -1));
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
  // A firm's distinctive word before its corporate suffix ("Tupã" of "Mineração Tupã S.A.").
  const end = suffixEnd(toks);
  const distinctive = toks[end - 1];
  if (end < toks.length && end >= 2 && distinctive && !CONNECTORS.has(distinctive.text) && !ORG_WORDS.has(distinctive.norm)) keys.push(`>${distinctive.norm}`);
  return (p.orgKeys = keys);
}

/** A town alone stands for the club named after it in this article ("Preston" for "Preston North End"). Returns town key → club id. */
export function clubsOfTowns(candidates: readonly Cand[], text: string): ShortForms {
  const clubTowns: ShortForms = new Map();
  // Towns of clubs that a club's word leads ("Atlético Pereira"): the town alone is the club only where a result or a fixture
  // is written around it ("Pereira coach X", "lost to Pereira"), as the town is often named for itself beside its club.
  let ledTowns: ShortForms | undefined;
  for (const c of candidates) {
    const p = c.part;
    if (c.type !== 'organization' || !c.id || p.length < 2) continue;
    const toks = p.tokens;
    if (p.clubTown === undefined) {
      const n = CLUB_WORDS.has(lastOf(toks).norm) ? placePrefix(toks, text) : 0;
      p.clubTown = n > 0 && n < toks.length ? keyOf(toks.slice(0, n)) : '';
    }
    const key = p.clubTown;
    if (key) claim(clubTowns, key, c.id);
    else if (CLUB_LEADS.has(firstOf(toks).norm) && placeOf(toks.slice(1))) claim((ledTowns ??= new Map()), keyOf(toks.slice(1)), c.id);
  }
  if (clubTowns.size || ledTowns) {
    for (const c of candidates) {
      const led = c.type === 'place' && ledTowns?.get(c.part.key);
      const id = c.type === 'place' ? clubTowns.get(c.part.key) ?? (led && matchCue(text, c.start, endOf(c)) ? led : undefined) : undefined;
      if (id) {
        c.type = 'organization';
        c.id = id;
      }
    }
  }
  return clubTowns;
}

/** Around a town's name in sport copy: a result or a fixture says the club ("beat Galle", "host Edinburgh", "Leinster, who beat", "lost 19-17 to Munster"). */
const MATCH_BEFORE = /\b(?:beat|beating|defeated|against|over|versus|vs\.?|host|hosts|hosted|hosting|visit|visits|face|faces|facing|played|to|with|from)\s+(?:the\s+)?$/;
const MATCH_BEFORE_STRONG = /\b(?:beat|beating|defeated|defeating|(?:derby|match|game|fixture|final|semi-final|quarter-final|friendly|opener|play-off|playoff) (?:against|with|versus|at home to|away to)|versus|vs\.?|host|hosts|hosted|hosting|win over|victory over|defeat to|loss to|lost (?:\d+-\d+ )?to|drew (?:\d+-\d+ )?with|joined from|signed from|moved from|signed (?:for|with)|transferred to|loaned (?:out )?to|on loan (?:to|at)|(?<!\b(?:was|were|been|be|being) )moved to)\s+(?:the\s+)?$/;
const MATCH_AFTER = /^(?:,\s+who\s+(?:beat|lost|won|drew|have|had|play)|\s+(?:beat|won|lost|drew|play|host|travel|levelled|leveled|lead|trail|swept|coach|manager|captain|fans|supporters|players|squad|\d{1,3}-\d{1,3})\b|\s+(?:are|were)\s+(?:top|bottom|last|level|unbeaten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]+\s+(?:play|meet|met|drew|draw)\b|['’]s\s+(?:coach|manager|captain|fans|players|squad|striker|win|defeat|victory)\b)/u;

/**
 * Verbs of a result that are as often weather's, war's or politics' ("swept", "hammered", "routed"): a result only with a
 * score or a round of a competition near ("sweeping Osijek" after "reached the final"; "thrashed Split 5-0"), and never
 * after a weather, disaster or force noun ("Heavy rain hammered Durban", "Floods swept Galle").
 */
const RESULT_VERB_BEFORE = /\b(?:swept|sweeping|edged|edging|thrashed|thrashing|routed|hammered|eliminated|eliminating|knocked out|overcame)\s+(?:the\s+)?$/;
const FORCE_BEFORE_VERB = /\b(?:rain|rains|downpours?|storms?|floods?|flooding|floodwaters?|winds?|gales?|fires?|wildfires?|blazes?|snow|snowstorms?|cyclones?|typhoons?|hurricanes?|tornado(?:e?s)?|quakes?|earthquakes?|tremors?|waves?|drought|heat|heatwaves?|protests?|protesters|riots?|violence|unrest|troops|forces|rebels|militants|fighters|army|soldiers|police|strikes?|outbreaks?|cholera|disease)\b[^.!?]{0,12}$/i;
const RESULT_ROUND = /\b(?:final|finals|semi-final|semi-finals|quarter-final|quarter-finals|series|round|play-offs?|playoffs?)\b/;
const SCORE_AFTER = /\b\d{1,3}-\d{1,3}\b/;

/** Whether a result's verb before `start` is a result here (see RESULT_VERB_BEFORE). */
function resultVerb(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const m = RESULT_VERB_BEFORE.exec(before);
  if (!m) return false;
  const verbAt = start - before.length + m.index;
  if (FORCE_BEFORE_VERB.test(text.slice(Math.max(0, verbAt - 40), verbAt))) return false;
  const pre = text.slice(Math.max(0, verbAt - 60), verbAt).split(/[.!?]\s/).pop() ?? '';
  const post = text.slice(end, end + 40).split(/[.!?]/)[0] ?? '';
  return SCORE_AFTER.test(post) || RESULT_ROUND.test(pre) || RESULT_ROUND.test(post);
}

/** Whether a score ("2-1") follows the name ending at `end` in its sentence ("X beat Y 2-1"). */
export function scoreAfter(text: string, end: number): boolean {
  return SCORE_AFTER.test(text.slice(end, end + 40).split(/[.!?]/)[0] ?? '');
}

/** Whether a fixture or a result is written before the name at `start`–`end`. */
function strongBefore(text: string, start: number, end: number): boolean {
  return MATCH_BEFORE_STRONG.test(text.slice(Math.max(0, start - 30), start)) || JOINED_FROM.test(text.slice(Math.max(0, start - 50), start)) || resultVerb(text, start, end);
}

/** Whether a result or a fixture is written around the name at `start`–`end` ("host Edinburgh", "Leinster, who beat"). */
export function matchCue(text: string, start: number, end: number): boolean {
  return strongBefore(text, start, end) || MATCH_AFTER.test(text.slice(end, end + 30)) || TEAM_AFTER.test(text.slice(end, end + 30)) || SIDE_NOUN_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || (JOINED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^\s+from\s+\p{Lu}/u.test(text.slice(end, end + 12))) || scoreLine(text, start, end);
}

/** A team's result with an auxiliary, or its coach named after it ("had levelled", ", coached by"). */
const TEAM_AFTER = /^(?:\s+(?:had|have|has)\s+(?:levelled|leveled|equalised|equalized|drawn|beaten|lost to)\b|,\s+coached by\b)/;
/** A team's noun before its name ("the Swedish side X", "the club X"). */
const SIDE_NOUN_BEFORE = /\bthe\s+(?:\p{L}+\s+)?(?:side|outfit)\s+$/u;
/** A transfer: "joined X from Y" (both clubs). */
const JOINED_FROM = /\bjoined\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+from\s+$/u;
const JOINED_BEFORE = /\bjoined\s+$/;

/**
 * In sport copy, a town stands for its club: alone where the article names a club
 * after it ("Jaffna" beside "Jaffna Kings"), and wherever a result or fixture is
 * written around it ("Galle beat the Colombo Strikers", "host Edinburgh"); then in
 * those mentions, unless a place's preposition leads ("in Colombo"). The clubs
 * named after towns join `clubTowns`, for the Title Case lines.
 */
export function sportClubs(candidates: readonly Cand[], ctx: Ctx, clubTowns: ShortForms): void {
  const { text } = ctx;
  // Clubs named after a town: the town's key → the club's id.
  const clubs: ShortForms = new Map();
  for (const c of candidates) {
    const p = c.part;
    if (p.length < 2 || p.afterTitle || !(c.type === 'organization' || c.type === 'person') || !c.id) continue;
    const n = placePrefix(p.tokens, text);
    if (n === 0 || n >= p.length || placeOf(p.tokens.slice(0, n))?.kind !== 'city') continue;
    // "the Kandy Falcons": a town and a plural name a team, whatever the given names say.
    if (c.type === 'person' && !PLURAL.test(lastOf(p.tokens).text)) continue;
    if (c.type === 'person') {
      c.type = 'organization';
      c.id = p.nameSlug ??= slug(p.name);
    }
    claim(clubs, keyOf(p.tokens.slice(0, n)), c.id ?? '');
  }
  // A headline's town is the club too ("Jaffna Into Final").
  for (const [town, id] of clubs) if (id && !clubTowns.has(town)) clubTowns.set(town, id);
  // Countries whose national team a result names.
  let sides: Set<string> | undefined;
  for (const c of candidates) {
    if (c.type !== 'place' || c.part.length > 2) continue;
    const before = text.slice(Math.max(0, c.start - 30), c.start);
    const end = endOf(c);
    const after = text.slice(end, end + 30);
    const club = clubs.get(c.part.key);
    // The town itself where a place's preposition leads ("in Colombo", "from Jaffna").
    const prev = lowerWordBefore(before);
    const city = prev !== undefined && PLACE_CUES.has(prev) && !strongBefore(text, c.start, end);
    const country = placeOf(c.part.tokens)?.kind === 'country';
    if (club && !city) {
      c.type = 'organization';
      c.id = club;
    } else if (!city && !country && (matchCue(text, c.start, end) || (MATCH_BEFORE.test(before) && /^\s+(?:\d{1,3}-\d{1,3}|by \d+ (?:runs|wickets))\b/.test(after)))) {
      c.type = 'organization';
      c.id = club ?? (c.part.nameSlug ??= slug(c.part.name));
      if (!clubTowns.has(c.part.key)) clubTowns.set(c.part.key, c.id);
    } else if (!city && country && nationalSide(text, c.start, end)) {
      // A national team named by its country ("Ghana beat Togo 2-1"): the team, another entity than the country
      // ("flew to Ghana"), so it takes its own id.
      c.type = 'organization';
      c.id = c.part.nameSlug ??= slug(c.part.name);
      (sides ??= new Set()).add(c.part.key);
      if (!clubTowns.has(c.part.key)) clubTowns.set(c.part.key, c.id);
    }
  }
  if (!sides) return;
  // One entity, one type: a country that plays here and that no mention writes as a place ("in X", "flew to X", "Accra,
  // X", "X's minister") is the team in all its mentions ("X are bottom with one point").
  const placeMentioned = new Set<string>();
  const rest: Cand[] = [];
  for (const c of candidates) {
    if (c.type !== 'place' || !sides.has(c.part.key)) continue;
    const prev = lowerWordBefore(text.slice(Math.max(0, c.start - 30), c.start));
    if ((prev !== undefined && (PLACE_CUES.has(prev) || prev === 'to' || prev === 'at')) || /\p{L}[.,]?,\s*$/u.test(text.slice(Math.max(0, c.start - 4), c.start)) || /^['’]s?\b/.test(text.slice(endOf(c), endOf(c) + 3))) placeMentioned.add(c.part.key);
    // (A state's verb in the singular, "X was banned", may be the country's: that mention stays.)
    else if (!/^\s+(?:was|is|has)\b/.test(text.slice(endOf(c), endOf(c) + 5))) rest.push(c);
  }
  for (const c of rest) {
    if (placeMentioned.has(c.part.key)) continue;
    c.type = 'organization';
    c.id = c.part.nameSlug ??= slug(c.part.name);
  }
}

/** A month's name, which a date writes between numbers ("3 March 2"), no side of a score line. */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
/** A result line's sides: "X 2 Y 1" (the name before a number, another name, a number), "Y" after "X 2 ". */
const SCORE_LINE_AFTER = /^\s(\d{1,2})\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\d{1,2})(?![\d:.,/-]\d)/u;
const SCORE_LINE_BEFORE = /\p{Lu}[\p{L}'’.-]*\s(\d{1,2})\s+$/u;
const SCORE_LINE_END = /^\s(\d{1,2})(?![\d:.,/-]*\d)(?!\s+(?:\p{L}))/u;

/** Whether the name at `start`–`end` is a side of a result line ("Bologna 2 Genoa 1", "Torino 0 Lecce 0"). */
function scoreLine(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  const m = SCORE_LINE_AFTER.exec(after);
  if (m && !(m[2] ?? '').trim().split(/\s+/).some((w) => MONTH_WORD.test(w))) return true;
  return SCORE_LINE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && SCORE_LINE_END.test(text.slice(end, end + 12));
}

/** After a country's name, a result or a standing that only a team has ("beat", "drew with", "are bottom", "2-1"). */
const SIDE_AFTER = /^(?:\s+(?:top|bottom|first|second|third|fourth|fifth|last)\s+(?:in|of|on)\s+(?:the\s+)?(?:group|table|standings|league|pool|\p{Lu})|,\s+coached by\b|,\s+who\s+(?:had\s+|have\s+)?(?:beat|beaten|lost|drew|drawn|thrashed|edged|hammered|were beaten)\b|\s+(?:had\s+|have\s+|has\s+)?(?:beat|lost|drew|drawn|levelled|leveled|trail|trailed|swept|\d{1,3}-\d{1,3})\b|\s+(?:won|win|lead|led)\s+(?:\d{1,3}-\d{1,3}|the (?:match|game|tie|series|final|group)|on penalties)\b|\s+(?:face|faces|meet|meets|play|plays|host|hosts|hosted)\s+(?:the\s+)?\p{Lu}(?!\p{L}*['’]s\b)|\s+(?:are|were)\s+(?:top|bottom|level|unbeaten|second|third|fourth)\b|\s+(?:coach|manager|captain|fans|supporters|players|squad|striker|goalkeeper)\b|['’]s\s+(?:coach|manager|captain|fans|players|squad|striker|goalkeeper|win|defeat|victory)\b)/u;
/** Objects of "beat" or "won" that no match has ("beat forecasts", "won independence"). */
const NOT_A_RESULT = /^\s+(?:beat|beaten|won|win)\s+(?:the\s+)?(?:forecasts?|expectations?|estimates?|odds|consensus|independence|inflation|targets?)\b/;
/** Before a country's name, a result or a standing ("beat", "drew with", "a point behind"). */
const SIDE_BEFORE = /(?:\bpoints?\s+(?:behind|above|below|ahead of|clear of|adrift of)|\p{Lu}[\p{L}-]*\s+(?:face|faces|meet|meets|play|plays))\s+(?:the\s+)?$/u;

/** Whether the country's name at `start`–`end` is its national team here, in sport copy: a result, fixture or standing. */
function nationalSide(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  if (NOT_A_RESULT.test(after)) return false;
  if (/^['’]s\b/.test(after) && !SIDE_AFTER.test(after)) return false;
  return strongBefore(text, start, end) || SIDE_AFTER.test(after) || SIDE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || scoreLine(text, start, end);
}

/** Head words of a state's own bodies, which every country has one of ("Senate", "Supreme Court", "Finance Ministry", "Labour Party"). */
const NATIONAL_HEADS = new Set('court courts senate congress assembly parliament ministry police cabinet government treasury tribunal army navy party commission council agency authority'.split(' '));
/** Words of bodies above states ("Security Council", "General Assembly", "World Health Organization"): their names stay as they are. */
const ABOVE_STATES = new Set('world international global united nations security general european african asian arab islamic commonwealth'.split(' '));
/** Words that join a body's name. */
const JOINING = new Set('of the for and on'.split(' '));

/** Whether an id names a state's body by common words alone ("supreme-court", "ministry-of-finance"), no place or proper name in it. */
function nationalBody(id: string): boolean {
  let head = false;
  for (const w of id.split('-')) {
    if (NATIONAL_HEADS.has(w)) head = true;
    else if (ABOVE_STATES.has(w) || !(JOINING.has(w) || isCommonWord(w) || ORG_WORDS.has(w))) return false;
  }
  return head;
}

/**
 * A state's body named by common words alone ("the Senate", "the High Court", "the
 * Finance Ministry") is that of the country the article is written from: its id takes
 * the country's code ("senate-ke"), so that the Senates of two countries' stories are
 * two entities. Names with their country ("Senate of Chile", "Kenyan Senate") keep theirs.
 */
export function qualifyNationalBodies(mentions: ActorMention[], article: Article): void {
  let country: string | undefined | null;
  // A country's possessive before the body names its country ("Kenya's High Court"), for all its mentions.
  let owners: Map<string, string> | undefined;
  // Each id read once (a body is named again and again); the second pass takes the mentions the first found.
  const national = new Map<string, boolean>();
  const bodies: ActorMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    let isNational = national.get(m.id);
    if (isNational === undefined) national.set(m.id, (isNational = nationalBody(m.id)));
    if (!isNational) continue;
    bodies.push(m);
    const owner = OWNER_BEFORE.exec(article.text.slice(Math.max(0, m.start - 30), m.start))?.[1];
    const code = owner ? countryOf(owner) : undefined;
    if (code && !owners?.has(m.id)) (owners ??= new Map()).set(m.id, code.toLowerCase());
  }
  for (const m of bodies) {
    const own = owners?.get(m.id);
    if (own) {
      m.id = `${m.id}-${own}`;
      continue;
    }
    if (country === undefined) country = articleLocale(article, mentions.filter((x) => x.type === 'place')).country?.toLowerCase() ?? null;
    if (country === null) continue;
    m.id = `${m.id}-${country}`;
  }
}

/** A weekday that is a date where a date stands (as `weekday-names.ts` reads it): after these, or before a part of the day. */
const WEEKDAY_DATE_BEFORE = /(?:\b(?:on|by|until|till|since|from|before|after|through|to|between|last|next|this|every|late|early|past)|\b(?:tomorrow|yesterday|today|tonight),)\s+$/i;
const WEEKDAY_DATE_AFTER = /^\s+(?:morning|afternoon|evening|night)\b/i;
const WEEKDAY_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/**
 * A club named by its town and a weekday ("Sheffield Wednesday") is called by the weekday
 * alone ("Wednesday travel to Coventry", "Wednesday's first win", "bought Wednesday"): in
 * the article's prose, the weekday where no date stands is the club. Appends to `out`.
 */
export function weekdayClubs(article: Article, out: ActorMention[]): void {
  let clubs: Map<string, string> | undefined;
  for (const m of out) {
    if (m.type !== 'organization') continue;
    const at = m.text.lastIndexOf(' ');
    const day = m.text.slice(at + 1);
    if (at > 0 && WEEKDAYS.has(day.toLowerCase()) && m.text.indexOf(' ') === at) (clubs ??= new Map()).set(day, m.id);
  }
  if (!clubs) return;
  const { text } = article;
  const taken = out.map((m) => [m.start, m.end] as const);
  for (const block of article.blocks) {
    const prose = text.slice(block.start, block.end);
    for (const w of prose.matchAll(WEEKDAY_WORD)) {
      const id = clubs.get(w[0]);
      const start = block.start + (w.index ?? 0);
      const end = start + w[0].length;
      if (!id || taken.some(([a, b]) => a < end && start < b)) continue;
      const before = text.slice(Math.max(0, start - 16), start);
      if (WEEKDAY_DATE_BEFORE.test(before) || WEEKDAY_DATE_AFTER.test(text.slice(end, end + 12)) || CAPITALISED_BEFORE.test(before)) continue;
      out.push({ text: w[0], start, end, type: 'organization', id, form: 'unregistered' });
    }
  }
}

/** A word of a person's or a place's name, which a party's name of common words does not hold. */
const notPartyWord = (norm: string): boolean => !isCommonWord(norm) && (isGivenName(norm) || isSurname(norm) || placeNamed(norm) !== undefined);

/** Capitalised words joined by "and" before a lowercase "party" ("the Law and Justice party", "Peace and Unity (PU) party"). */
const COORDINATED_PARTY = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?: and \p{Lu}\p{Ll}+)+)(?: \((\p{Lu}[\p{L}]{1,7})\))? (?:party|alliance|movement|coalition|bloc)\b/gu;
/** The noun that ends one, which most blocks lack: a cheap test before the pattern's scan. */
const PARTY_NOUN = / (?:party|alliance|movement|coalition|bloc)\b/;

/**
 * A party named by common words joined by "and", written with a lowercase "party" after it
 * ("the opposition Law and Justice (PiS) party"): one body, which the run finder splits
 * at its "and" into common words that name nothing. Its acronym in brackets is that body.
 * Appends to `out` (mentions already there win).
 */
export function coordinatedParties(article: Article, out: ActorMention[]): void {
  const { text } = article;
  for (const block of article.blocks) {
    const prose = text.slice(block.start, block.end);
    if (!prose.includes(' and ') || !PARTY_NOUN.test(prose)) continue;
    for (const m of prose.matchAll(COORDINATED_PARTY)) {
      const name = m[1] ?? '';
      const start = block.start + (m.index ?? 0);
      const end = start + name.length;
      // Words that name no person or place ("Law", "Justice"; not "Smith and Jones"), the first after no other name.
      if (name.split(' and ').some((w) => notPartyWord(normalize(w)))) continue;
      if (NAME_WORD_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && !/\bThe\s$/.test(text.slice(start - 4, start))) continue;
      // Names found inside it are its words ("Renewal"); a name across its edge wins.
      if (out.some((x) => x.start < end && start < x.end && (x.start < start || x.end > end || x.form !== 'unregistered'))) continue;
      for (let i = out.length - 1; i >= 0; i--) {
        const x = out[i];
        if (x && x.start >= start && x.end <= end) out.splice(i, 1);
      }
      const id = slug(name);
      out.push({ text: name, start, end, type: 'organization', id, form: 'unregistered' });
      // Its acronym in brackets, wherever the article writes it.
      const acronym = m[2];
      const at = acronym ? out.find((x) => x.text === acronym && x.start > end && x.start <= end + 3) : undefined;
      const was = at?.id;
      if (was) {
        for (const x of out) {
          if (x.id !== was) continue;
          x.id = id;
          x.type = 'organization';
        }
      }
    }
  }
}

/** Function words inside bodies' names, in English and the languages that write them in Title Case. */
const NAME_FUNCTION_WORDS = new Set('of the and for on in at to a an de del la le les l d du des da do das dos di della delle dei degli y e et und van der den het von zu el los las al aux au en'.split(' '));

/**
 * Head and modifier words of bodies' names in French, Spanish, Portuguese, Italian, Dutch and German whose English word is
 * no cognate by its spelling (`cognate`), mapped to that English word: a closed class of institutional vocabulary, typed by hand.
 */
const NAME_GLOSSARY: ReadonlyMap<string, string> = new Map(
  Object.entries({
    bank: 'banco banque banca banka bankasi',
    court: 'cour corte cortes tribunal tribunale tribunales',
    council: 'conseil consejo conselho consiglio raad',
    commission: 'comision comissao commissione kommission',
    committee: 'comite comitato komitee',
    party: 'partido parti partito partei partij partia',
    movement: 'movimiento movimento mouvement bewegung',
    front: 'frente fronte',
    alliance: 'alianza alianca alleanza',
    national: 'nacional nazionale nacionales nacionais',
    international: 'internacional internazionale',
    authority: 'autoridad autoridade autorite autorita',
    people: 'pueblo peuple popolo povo',
    chamber: 'camara chambre camera kamer kammer',
    exchange: 'bolsa bourse borsa boerse',
    securities: 'valores valeurs valori stock',
    state: 'estado etat stato staat',
    high: 'alto alta haute hoog',
    west: 'ouest oeste',
    east: 'est este',
    north: 'nord norte',
    south: 'sud sur',
    office: 'oficina ufficio bureau',
    society: 'sociedad societe societa sociedade',
    company: 'compania compagnie companhia',
    insurance: 'seguros seguradora assurances assicurazioni',
    security: 'seguridad securite sicurezza seguranca',
    workers: 'trabajadores travailleurs trabalhadores lavoratori',
    association: 'asociacion associacao associazione',
    republic: 'republica republique repubblica',
    health: 'salud sante saude salute',
    assembly: 'asamblea',
    senate: 'senado senat senato',
    army: 'ejercito exercito armee',
    development: 'desarrollo',
    fund: 'fondo fonds fundo',
    port: 'puerto puertos ports porto portos',
    airport: 'aeropuerto aeroport aeroporto',
    water: 'agua eau acqua',
    labour: 'trabajo travail trabalho lavoro labor',
  }).flatMap(([en, others]) => [[en, en] as const, ...others.split(' ').map((w) => [w, en] as const)]),
);

/** Whether two words of bodies' names are one word in two languages by their spelling ("electorale" and "electoral", "autonome" and "autonomous"). */
function cognate(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 5) return false;
  let p = 0;
  while (p < short && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p < Math.max(5, short - 2) || p < 0.6 * Math.max(a.length, b.length)) return false;
  // An English derivative is another word, not a spelling ("national" and "nationalist", "america" and "american").
  const long = a.length > b.length ? a : b;
  return !(long.length > short && long.startsWith(short === a.length ? a : b) && ENGLISH_TAIL.test(long.slice(short)));
}

/** Tails that English derives a new word with ("-ist", "-an", "-ian", "-ation", "-ic", "-ican"). */
const ENGLISH_TAIL = /^(?:ists?|isms?|n|ns|an|ans|ians?|icans?|ations?|tion|tions|ics?|al|ary|ity)$/;

/** English function words of names; any other function word says the name is in another language ("del", "de la", "und"). */
const ENGLISH_FUNCTION_WORDS = new Set('of the and for on in at to a an'.split(' '));

/** Whether a body's name is not in English: a glossary's non-English word, another language's function word or a letter with a mark. */
function foreignName(name: string): boolean {
  if (/[^\x00-\x7f]/.test(name)) return true;
  for (const raw of normalize(name).split(/[^a-z0-9]+/)) {
    if (!raw) continue;
    if (NAME_FUNCTION_WORDS.has(raw) ? !ENGLISH_FUNCTION_WORDS.has(raw) : (NAME_GLOSSARY.get(raw) ?? raw) !== raw) return true;
  }
  return false;
}

/** The content words of a body's name, each as its English word where the glossary has it; undefined for fewer than two. */
function nameBag(name: string): string[] | undefined {
  const bag: string[] = [];
  for (const raw of normalize(name).split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || NAME_FUNCTION_WORDS.has(raw) || CORPORATE_SUFFIXES.has(raw)) continue;
    bag.push(NAME_GLOSSARY.get(raw) ?? raw);
  }
  return bag.length >= 2 ? bag : undefined;
}

/** Whether two bags of words are one to one, word for word, in any order. */
function sameBag(a: readonly string[], b: readonly string[], spelling: boolean): boolean {
  if (a.length !== b.length) return false;
  const used = new Array<boolean>(b.length).fill(false);
  outer: for (const w of a) {
    for (let k = 0; k < b.length; k++) {
      if (used[k] || !(spelling ? cognate(w, b[k] ?? '') : w === b[k])) continue;
      used[k] = true;
      continue outer;
    }
    return false;
  }
  return true;
}

/** The country code that `qualifyNationalBodies` gave a body's id, or '' for none. */
function qualifier(id: string): string {
  const at = id.lastIndexOf('-');
  return at > 0 && id.length - at === 3 && nationalBody(id.slice(0, at)) ? id.slice(at + 1) : '';
}

/** A ministry or department named by the fields it joins ("Ministry of Water, Sanitation and Irrigation"): its head and fields. */
const FIELDS_BODY = /^(Ministry|Department) of (?:the )?(\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+)*,? (?:and|&) \p{Lu}\p{Ll}+)$/u;
/** A ministry or department named by one field before its head ("Water Ministry"). */
const FIELD_SHORT = /^(\p{Lu}\p{Ll}+) (Ministry|Department)$/u;

/**
 * A ministry or department named by the fields it joins, then by one of them ("Ministry of Tourism and Culture", later
 * "Culture Ministry"): one body, where no other of the article's bodies with that head joins that field. A field that
 * only opens a longer name is no field of its own ("Ministry of Foreign Trade" is not "Foreign Ministry"). Short form → full.
 */
function fieldShortForms(mentions: readonly ActorMention[]): Map<string, string> | undefined {
  let fields: Map<string, string | null> | undefined;
  for (const m of mentions) {
    const full = m.type === 'organization' ? FIELDS_BODY.exec(m.text) : null;
    if (!full?.[1] || !full[2]) continue;
    for (const w of full[2].split(/,? (?:and|&) |, /)) {
      const key = `${full[1]} ${w}`;
      const had = (fields ??= new Map()).get(key);
      fields.set(key, had === undefined || had === m.id ? m.id : null);
    }
  }
  if (!fields) return undefined;
  let rename: Map<string, string> | undefined;
  for (const m of mentions) {
    const short = m.type === 'organization' ? FIELD_SHORT.exec(m.text) : null;
    const id = short ? fields.get(`${short[2]} ${short[1]}`) : undefined;
    if (!id || id === m.id) continue;
    const [a, b] = [qualifier(id), qualifier(m.id)];
    if (!(a && b && a !== b)) (rename ??= new Map()).set(m.id, id);
  }
  return rename;
}

/**
 * A body named in two word orders ("Ministry of the Interior", "Interior Ministry") or in its own language and in English
 * ("Banco Central del Ecuador", "Central Bank of Ecuador"; "Commission Électorale Nationale Autonome", "National
 * Autonomous Electoral Commission"): the same content words, one to one, as the same word, its cognate or its English word
 * in a glossary. The later-named id takes the earlier one, unless the country codes of the two differ.
 */
export function sameBodyNames(mentions: ActorMention[]): void {
  const bags: { id: string; bag: string[]; foreign: boolean }[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || seen.has(m.id)) continue;
    seen.add(m.id);
    const bag = nameBag(m.text);
    if (bag) bags.push({ id: m.id, bag, foreign: foreignName(m.text) });
  }
  if (bags.length < 2) return;
  let rename = fieldShortForms(mentions);
  for (let j = 1; j < bags.length; j++) {
    const later = bags[j];
    if (!later) continue;
    for (let i = 0; i < j; i++) {
      const earlier = bags[i];
      const [a, b] = earlier ? [qualifier(earlier.id), qualifier(later.id)] : ['', ''];
      if (!earlier || (a && b && a !== b) || !sameBag(earlier.bag, later.bag, earlier.foreign || later.foreign)) continue;
      (rename ??= new Map()).set(later.id, rename.get(earlier.id) ?? earlier.id);
      break;
    }
  }
  if (!rename) return;
  for (const m of mentions) {
    const id = m.type === 'organization' ? rename.get(m.id) : undefined;
    if (id) m.id = id;
  }
}
