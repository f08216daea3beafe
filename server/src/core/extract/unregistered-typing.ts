// Typing by a candidate's own words: gazetteer places, lexicon bodies, head words,
// clubs named after towns, acronyms, given names and length. Context comes later
// (unregistered-cues.ts), and the article-wide passes after that (unregistered-clusters.ts).
import { CALENDAR_WORD, CLUB_LEADS, CLUB_WORDS, COUNTRY_GENITIVE, FEATURE_HEADS, FIRM_WORDS, STRUCTURE_HEADS, INSTITUTIONS, KNOWN_ORGS, NOT_NAMES, ORG_WORDS, PLACE_OF_HEADS, PLACE_WORDS, TITLES, foldSpelling, isAcronym, isLongAcronym } from './names.js';
import { isPlaceHead, isTown } from './gazetteer.js';
import { libraryVote } from './library-vote.js';
import { isBorneName, isCode, isCommonWord, isEnglishWord } from './common-words.js';
import { slug, type Token } from './tokens.js';
import { dottedTitle, notActor } from './unregistered-filters.js';
import { PARTICLES, PATRONYMIC, CONNECTORS, divisionWithKind, landAfter, regionOfLand, firstOf, isGiven, isSurnameWord, orgWordAt, keyOf, lastOf, placeContext, placeOf, placePrefix, type Candidate, type Ctx } from './unregistered-words.js';

// Module constants: esbuild writes a `\p{}` literal as `new RegExp(...)` where it stands, built again at every call.
const ALL_CAPITALS = /^\p{Lu}+$/u;
const HYPHENED_CAPITALS = /^\p{Lu}+(?:-\p{Lu}+)+$/u;
const WORD_AFTER = /^\s+(\p{L}+)/u;
/** A division's noun after a name. */
const DIVISION_AFTER = /^\s+(?:region|province|district|county|governorate)\b/;
const ING = /\p{Ll}ing$/u;
/** An apostrophe of elision. */
const ELIDED_AFTER = /^['’]$/;
/** Endings of nouns of a field or a trade that the common words may lack ("Agriculture", "Fisheries", "Forestry", "Aviation", "Tourism", "Economics"). */
const FIELD_ENDING = /\p{Ll}(?:ure|ries|try|ics|tion|sion|ism|ment|ity)$/u;

/**
 * A body's cue right after a word and a city: an apposition a club's or firm's noun ends ("X Y, the football club,", not "the
 * company's chief"), its squad or coach ("X Y's players"), its fans ("X Y fans").
 */
const CLUB_CUE_AFTER = /^(?:,\s+(?:the|a)\s+(?:[\p{L}-]+\s+){0,2}?(?:club|side|team|firm|company|bank|brewery|brewer)(?=\s*[,.;:)—–]|\s+(?:that|which|based|from|in)\b)|['’]s\s+(?:players|squad|coach|manager)\b|\s+(?:fans|supporters)\b)/u;

/** The compass points that open the names of a city's parts. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);

/** A head word that no one bears as a surname: a plural, or a short legal form or abbreviation ("Holdings", "Ltd", "Corp"). */
const LEGAL_OR_PLURAL = /^(?:.{1,4}|.*[^s]s)$/;

/** Head words of bodies that also name places: before a place's head word they are the place's ("Capital Region", "X International Airport"). */
const PLACE_LIKE = new Set(['capital', 'international']);

/** A family name and a romanised given name of two syllables ("Seo Ha-eun", "Baek Do-hyun", Wade-Giles "Tsai Ming-hsun"). */
const ROMANISED = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/** A private company's legal form in brackets right after a name: "(Pty)", "(Pvt.)", "(Private)", "(Proprietary)", then "Ltd" or "Limited". */
const BRACKETED_LEGAL_FORM = /^\s\((?:Pty|PTY|Pvt|PVT|Private|Proprietary)\.?\)\s(?:Ltd|LTD|Limited)\b/;

/** The letters of a credit rating's grade: one to three of A, B or C, or D ("AAA", "BB", "CCC"; a modifier "+" or "-" may follow). */
const RATING_GRADE = /^(?:A{2,3}|B{2,3}|C{2,3}|DD?)$/;
/**
 * A rating's words right before a grade: "rated (it|the issuer)? G", "affirmed (its|the|a) G", "(cut|downgraded|raised…) X to G"
 * with no comma or "and" between verb and "to", "to G from G", and "rated … at G". A rating word further back, across a comma
 * or "and the", is no cue: "affirmed the rating, and the CCC said" names a body.
 */
const RATING_BEFORE =
  /(?:\brated(?:\s+(?:it|them|him|her|\p{Lu}[\p{L}'\u2019&-]*|the(?:\s+[\p{L}'\u2019-]+){1,3}))?|\baffirmed\s+(?:its|their|the|a|an)|\b(?:assigned|kept|maintained)\s+(?:its|their|a|an)|\b(?:cut|cuts|downgraded?s?|upgraded?s?|raised?|raises|lowered|lowers|lifted|lifts|slashed)\b(?:(?!\band\b)[^.;:!?,]){0,40}\bto|\bto\s+(?:A{1,3}|B{1,3}|C{1,3}|D)[+\-\u2212]?\s+from|\brat(?:ed|ing|ings)\b(?:(?!\band\b)[^.;:!?,]){0,30}\bat)\s+$/u;
/** A body's cue right after the letters: "CCC said", "CCC leader", "CCC supporters", "the CCC party", "CCC won seats". */
const BODY_AFTER = /^\s+(?:said|says|leaders?|supporters|activists|members|officials|spokes\w+|party|won|wins|candidates?|MPs?|lawmakers)\b/;
const RATING_AFTER = /^[+\-\u2212]?(?:\s*|-)(?:rat(?:ed|ing|ings)|grade|territory|status)\b/;
/** A letter or a digit (after a grade's "-": "BB-8" is no grade). */
const LETTER_OR_DIGIT = /^[\p{L}\d]/u;

/** Whether the grade at [start, end) is a rating: a modifier right after it, or a rating's word right beside it, and no body's cue after it. */
function ratingGrade(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  // "+" or "-" (or a minus sign) closing the grade, then no letter or digit ("BB-", not "BB-8" or "CC-Link").
  if ((next === 43 || next === 45 || next === 0x2212) && !LETTER_OR_DIGIT.test(text.slice(end + 1, end + 2))) return true;
  const after = text.slice(end, end + 16);
  if (RATING_AFTER.test(after)) return true;
  if (BODY_AFTER.test(after)) return false;
  return RATING_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** Types a candidate from its own words: gazetteer, head words, acronyms, title, length. */
/** A unit's adjective, then a post of its government, after a name (not a firm's: "X Regional Director" may be a company's). */
const UNIT_POST_AFTER = /^\s+(?:Regional|Provincial|Municipal|Divisional)\s+(?:Commissioner|Governor|Administrator|Commander|Coordinator|Secretary|Chairman|Chairperson|Mayor|Minister|Police)\b/;

export function classify(c: Candidate, ctx: Ctx): void {
  const { text } = ctx;
  const toks = c.tokens;
  const head = firstOf(toks);
  const tail = lastOf(toks);
  const name = text.slice(head.start, tail.end);
  const typed = (type: 'place' | 'organization'): void => {
    c.type = type;
    c.id = slug(name);
  };
  const organization = (): void => typed('organization');
  // Hyphenated places are separate actors ("Russia-Ukraine").
  const place = c.type === 'person' && c.afterTitle ? undefined : placeOf(toks);
  // A town named like a common word ("Union", "Council") is that word alone.
  if (place && place.kind === 'city' && toks.length === 1 && (ORG_WORDS.has(head.norm) || TITLES.has(head.norm) || PLACE_WORDS.has(head.norm))) {
    c.common = true;
    return;
  }
  // A town named like a common word before a minister's title is the portfolio ("Plantation Minister", "Mining Minister").
  if (place && place.kind === 'city' && toks.length === 1 && c.beforeTitle && isEnglishWord(head.norm) && head.text !== head.text.toUpperCase() && PORTFOLIO_TITLES.has(WORD_AFTER.exec(text.slice(tail.end, tail.end + 24))?.[1]?.toLowerCase() ?? '')) {
    c.type = undefined;
    c.common = true;
    return;
  }
  if (place) {
    c.type = 'place';
    c.id = slug(place.name);
    return;
  }
  // A first-level division with its kind's word ("County Offaly", "Sonora State"), also one named like a common word or a person ("County Kerry").
  if (!(c.type === 'person' && c.afterTitle) && divisionWithKind(toks) !== undefined) return typed('place');
  // A name that a capitalised function word opens, which the scan takes only after a place's preposition ("in Had Kourt").
  // ("Said" opens a person's name, the Arabic given name the scan takes before more of a name; "Home" a body's, "Home Office".)
  if (toks.length > 1 && NOT_NAMES.has(head.norm) && head.text !== 'Said' && head.text !== 'Home' && !CALENDAR_WORD.test(head.norm) && head.shape === 'upper' && head.text !== head.text.toUpperCase()) return typed('place');
  // A place's head word and "of" before a name ("Strait of Hormuz", "Isle of Wight").
  if (toks.length > 2 && PLACE_OF_HEADS.has(head.norm) && toks[1]?.text === 'of') return typed('place');
  // A town of several words below the gazetteer's cities ("Stratford-upon-Avon", "Ostrów Mazowiecka"), unless a given name leads.
  if (toks.length > 1 && !(c.type === 'person' && c.afterTitle) && isTown(keyOf(toks)) && !isGiven(head, ctx)) return typed('place');
  // A region of a continent or country ("Latin America", "North Africa", "Southern Europe").
  if (regionOfLand(toks)) return typed('place');
  // A compass point before a city names the city's part ("North Bulawayo", "East London"), though "North" is a given name too.
  // (In a match report the clubs' pass later makes it the club.)
  if (toks.length === 2 && COMPASS.has(head.norm) && head.shape === 'upper' && placeOf([tail])?.kind === 'city' && !(c.type === 'person' && c.afterTitle)) return typed('place');
  // A body a general-purpose lexicon knows ("Goldman Sachs", "Aston Villa"), a firm's name with an ampersand ("Yoon & Baek"),
  // a name after a common noun for a body that opens the sentence ("Consultancy Valgreen Mackenna").
  if (dottedTitle(toks, text)) {
    c.type = undefined;
    c.common = true;
    return;
  }
  const key = keyOf(toks);
  if (KNOWN_ORGS.has(key) || (toks.length > 1 && name.includes('&')) || (c.bodyLed && (toks.length > 1 || c.listed))) return organization();
  // A private company's legal form in brackets after the name ("X Holdings (Pty) Ltd", "X Mills (Pvt.) Limited", "X (Private) Ltd").
  if (BRACKETED_LEGAL_FORM.test(text.slice(tail.end, tail.end + 24))) return organization();
  // A body's head word of another language alone, which the article never writes in lowercase, is a body's whole name where
  // it acts as a body somewhere ("Lega said", "Lega would vote"; the Italian party): its mentions' context types it, as other
  // lone words'. Elsewhere it is a head word alone ("the offices of Takaful").
  if (toks.length === 1 && ORG_WORDS.has(head.norm) && !INSTITUTIONS.has(head.norm) && head.shape === 'upper' && head.text !== head.text.toUpperCase() && !isEnglishWord(head.norm) && !ctx.lowercaseSeen.has(head.norm) && acts(head.text, text)) {
    c.type = undefined;
    return;
  }
  // A newspaper named by newspapers' head words alone ("the Herald", "The Guardian Post") where an outlet's cue is beside it: a body.
  if (head.shape === 'upper' && head.text !== head.text.toUpperCase() && PUBLICATION_HEADS.has(tail.norm) && toks.every((t) => ORG_WORDS.has(t.norm)) && outletCue(text, head.start, tail.end)) return organization();
  // Treaties, wars, holidays, amounts, and common nouns alone are no actors.
  // (But a trade title's, a newsletter's or a band's name that "Week", "Update" or "Season" ends is a body where it reports:
  // "X Week reported", "reported by X Week", "X Season, the band,".)
  if (notActor(toks, ctx) && !(toks.length > 1 && REPORTING_HEADS.has(tail.norm) && reports(name, text))) {
    c.type = undefined;
    c.common = true;
    return;
  }
  // A unit's name before its adjective and a post's title ("X Regional Commissioner"): a place.
  if (c.beforeTitle && UNIT_POST_AFTER.test(text.slice(tail.end, tail.end + 28))) return typed('place');
  // The field of a post right before its title names no body ("Labour Minister", "Federal IT Minister", "Science Writer").
  if (c.beforeTitle && fieldOfTitle(toks, ctx)) {
    c.type = undefined;
    c.common = true;
    return;
  }
  // A country's native name in the genitive opens a national body's name ("Norges Bank", "Sveriges Riksbank").
  if (toks.length > 1 && COUNTRY_GENITIVE.has(head.norm) && head.shape === 'upper' && head.text !== head.text.toUpperCase()) return organization();
  // A club named after its town ("Manchester City"): a place and "City" that together name no place.
  if (toks.length > 1 && tail.norm === 'city') return organization();
  // A natural feature's or a settlement's word opening a name of two to four words, none a body's ("Lake Kivu", "Mount Oruvela",
  // "Kampung Serindit"), not after a title ("Mt" is no one's title): a place. Not when the head word is also a given name and the last
  // word speaks somewhere ("Isla Mackintosh ... Mackintosh said", a person): the person's own cues decide ("Wadi X" stays a valley).
  if (toks.length > 1 && toks.length <= 4 && !(c.type === 'person' && c.afterTitle) && FEATURE_HEADS.has(head.norm) && !(isGiven(head, ctx) && speaks(tail.text, ctx.text)) && head.shape === 'upper' && head.text !== head.text.toUpperCase() && !toks.some((_, k) => orgWordAt(toks, k))) return typed('place');
  // A place's head word at the end wins over "Capital", which names places too ("National Capital Region"), and over firms' words of
  // other languages ("Usina River").
  // (So does a structure's last word, "X Bridge", "X Dam", "X Stadium": not after a particle, "Van Dam"; after a given name only
  // where "the" or a place's preposition stands before it, "at the Moses Kotane Stadium", not "Anna Crossing, a nurse,".)
  // Not where the name speaks or acts as a body's subject somewhere, with no "the" or place's preposition before it ("X Harbour
  // said", "X Canal had won the contract": a firm's short name; session 19 review), nor where a work's own cue stands beside
  // a mention ("the film X Harbour", "a documentary titled X Bridge", "X Dam, directed by Y,"): a title, for untypeThings.
  const placeTail = toks.length > 1 && (PLACE_WORDS.has(tail.norm) || (STRUCTURE_HEADS.has(tail.norm) && tail.shape === 'upper' && !PARTICLES.has(toks[toks.length - 2]?.norm ?? '') && (!isGiven(head, ctx) || THE_BEFORE.test(text.slice(Math.max(0, head.start - 4), head.start)) || placeContext(text, head.start, tail.end)) && !actsAsBody(name, text) && !(c.workTitle = titledWork(name, text))));
  if (toks.some((t, k) => orgWordAt(toks, k) && !(placeTail && (PLACE_LIKE.has(t.norm) || FIRM_WORDS.has(t.norm))))) {
    // A given name and one head word written as a surname ("Derek Holding", "Nadia Church"): a body unless a person's own
    // evidence says otherwise (unregistered-cues.ts); not a legal form or a plural ("Tom Ltd", "Ann Holdings").
    if (toks.length === 2 && isGiven(head, ctx) && !placeOf([head]) && !orgWordAt(toks, 0) && !ALL_CAPITALS.test(tail.text) && !LEGAL_OR_PLURAL.test(tail.norm)) c.weak = true;
    return organization();
  }
  if (placeTail) return typed('place');
  // A model, product or event code ("R4", "H3", "COP25") is a body only when its context says so (unregistered-cues.ts).
  if (toks.length === 1 && isCode(head.text)) return;
  // A town in capitals that the gazetteer spells otherwise and the library knows ("GENEVA", Genève in GeoNames), as datelines write them.
  if (toks.length === 1 && head.text.length >= 5 && ALL_CAPITALS.test(head.text) && libraryVote(head.norm) === 'place') return typed('place');
  // A word in capitals with its country or state after a comma is a dateline's town ("EIBAR, Spain (AFP) -"), not an acronym.
  if (toks.length === 1 && head.text.length >= 4 && ALL_CAPITALS.test(head.text) && landAfter(text, tail.end)) return typed('place');
  // A word in capitals before a division's noun is a division named by its initials ("the CALABARZON region", "KZN province").
  if (toks.length === 1 && ALL_CAPITALS.test(head.text) && DIVISION_AFTER.test(text.slice(tail.end, tail.end + 16))) return typed('place');
  // A credit rating's grade ("cut to CCC-", "its BB+ rating", "rated AA") is no body, though written in capitals.
  if (toks.length === 1 && RATING_GRADE.test(head.text) && ratingGrade(text, head.start, tail.end)) {
    c.type = undefined;
    c.common = true;
    return;
  }
  // An acronym, also one longer than six letters that the scan took for one ("COCOBOD").
  if (toks.length === 1 && (isAcronym(head.text) || isLongAcronym(head.text))) return organization();
  // An acronym of parts joined by hyphens ("ZCCM-IH", "KCM-PLC"), not initials of a name ("BR Gavai").
  if (toks.length > 1 && head.text.length >= 3 && HYPHENED_CAPITALS.test(name)) return organization();
  // A name led by an acronym of three letters or more ("AFP Cuprum", "BHP Billiton"); initials are shorter ("BR Gavai").
  if (toks.length > 1 && head.text.length >= 3 && isAcronym(head.text) && !isAcronym(tail.text) && !toks.some((t) => PATRONYMIC.has(t.text))) return organization();
  if (toks.length === 1 && head.text.length === 1) {
    c.type = undefined;
    return;
  }
  // A place followed by other words names a body ("Pittsburgh Regional Transit", "Kyiv Independent"), unless a given name leads;
  // a club's word at the end makes a body whatever the town ("Preston North End").
  // (A person's particle after the place's word makes a family name: "Van der Berg", "Leon de la Cruz".)
  const lead = placePrefix(toks, text);
  const particleNext = toks[lead]?.shape === 'lower' && PARTICLES.has(toks[lead]?.text ?? '');
  if (lead > 0 && lead < toks.length && CLUB_WORDS.has(tail.norm)) return organization();
  // (Nor a town's name and a known surname, two family names: "Valdivia Ochoa", as Spanish copy calls "Ana Valdivia Ochoa".)
  const familyNames = toks.length === 2 && lead === 1 && isSurnameWord(tail, ctx);
  // (A place whose name opens many places' names, or two places' names, make a place of their own: "Beni Suef", "Marsa
  // Matrouh"; the mentions' cues decide.)
  const placeLed = lead === 1 && (isPlaceHead(head.norm) || (toks.length === 2 && placeOf([tail]) !== undefined));
  if (c.type !== 'person' && lead > 0 && lead < toks.length && !placeLed && !particleNext && !familyNames && !isGiven(head, ctx) && !toks.some((t) => PATRONYMIC.has(t.text))) {
    // A town's one word before a name's words and no body's word is as often a given name that the name data lack ("Anand
    // Persad-Mitchell", "Mariem Ould Taleb"): a body only by default, which a person's own evidence turns.
    const leadKind = placeOf([head])?.kind;
    // (Not a particle that opens a family name, "Van Houtum", nor a team's plural, "Brisbane Broncos".)
    if (lead === 1 && toks.length <= 4 && leadKind !== undefined && leadKind !== 'country' && leadKind !== 'continent' && !PARTICLES.has(head.norm) && !/[^s]s$/.test(tail.norm) && toks.slice(1).every((t) => t.shape === 'upper' && !isCommonWord(t.norm))) c.weak = true;
    return organization();
  }
  // A word and a city that no one bears as a surname, no given name leading, name a club or a firm of the town ("Dinamo Tbilisi",
  // "Sturm Graz, the football club"): a body only by default, which a person's own evidence turns. Only a club's lead word or a
  // body's cue right after the name says so: the name lists miss many given names, and many surnames are cities ("Kazuhiro
  // Okayama said"). (Not hyphened: "Mwale-Kitwe" is a double surname.)
  if (c.type !== 'person' && toks.length === 2 && text.charCodeAt(head.end) === 32 && tail.start === head.end + 1 && head.shape === 'upper' && tail.shape === 'upper' && !isGiven(head, ctx) && !isCommonWord(head.norm) && !isEnglishWord(head.norm) && !PARTICLES.has(head.norm) && !isSurnameWord(tail, ctx) && !isGiven(tail, ctx) && placeOf([head]) === undefined && placeOf([tail])?.kind === 'city' && (CLUB_LEADS.has(head.norm) || CLUB_CUE_AFTER.test(text.slice(tail.end, tail.end + 40))) && !placeContext(text, head.start, tail.end)) {
    c.weak = true;
    return organization();
  }
  // A word hyphened to a country's name that no given name, surname or place is names a national body ("Meteo-France",
  // "Hydro-Ghana"); people's double names join surnames ("Baker-Jordan").
  if (c.type !== 'person' && toks.length === 2 && text.slice(head.start, tail.start) === `${head.text}-` && head.shape === 'upper' && !isGiven(head, ctx) && !isSurnameWord(head, ctx) && placeOf([head]) === undefined && placeOf([tail])?.kind === 'country') return organization();
  // Other words before a country or continent name a body's branch or agency ("Statistics Netherlands", "Futures Europe"):
  // no one's surname is a country unless a given name leads ("Vernon Jordan"). After a place's preposition the words
  // name a part of the land ("in Mainland China", "in Rural India", "across Continental Europe").
  if (c.type !== 'person' && toks.length > 1 && !isGiven(head, ctx) && !toks.some((t) => PATRONYMIC.has(t.text)) && landSuffix(toks, text) && !placeContext(text, head.start, tail.end)) return organization();
  // A family name and a romanised given name ("Seo Ha-eun"), whose syllables the article may also write in lowercase ("Min-seo"),
  // or a known surname at the end ("Okonkwo", "Kowalczyk"): a person's name.
  const personal = (toks.length === 3 && ROMANISED.test(name)) || (toks.length > 1 && !PLACE_WORDS.has(tail.norm) && isSurnameWord(tail, ctx));
  // Several capitalised words that the article also writes in lowercase name a body, not a person ("Atlantic Terminals");
  // the parts of one hyphenated word ("Go-Escaño") are one word.
  if (c.type !== 'person' && !personal && !isGiven(head, ctx) && lowercaseWord(toks, ctx)) return organization();
  // So does a last word that is a frequent English word and nobody's name in the data ("Alstom Transport", "Kone Elevators"),
  // but only by default: a person's own evidence, a noun for a person or an age, still makes a person ("rescue worker X Stone").
  if (c.type !== 'person' && !personal && !isGiven(head, ctx) && commonTail(toks, ctx.text)) {
    c.weak = true;
    return organization();
  }
  // A name that the elided article of French or Italian opens ("L'Express", "L'Eco di Bergamo") is no one's: a person's name
  // opens with a given name or a particle ("D'Angelo", "Dell'Orto"), never with "the". A place that it opens is the gazetteer's.
  if (toks.length > 1 && head.text === 'L' && ELIDED_AFTER.test(text.slice(head.end, head.end + 1)) && !(c.type === 'person' && c.afterTitle)) return organization();
  // A given name that is also a common word ("Win", "Grace") alone is typed by its context, as other lone words are.
  if (c.type === 'person' || toks.length > 1 || (isGiven(head, ctx) && !isCommonWord(head.norm))) {
    // Without a given name, a title, a known surname or a romanised given name ("Seo Ha-eun"), the type is only a default;
    // so it is after a given name where the last word is one no person bears ("Tara Air", "Tana Aero Advisory", "Garuda Indonesia").
    // So is a name of three words or more that a frequent English word leads, one no person bears ("Golden Harvest X", "Silver Lotus
    // X"): a shop's or a brand's name, whatever surname may end it.
    if (c.type !== 'person' && toks.length > 1 && ((!isGiven(head, ctx) && !personal) || namelessTail(toks, text) || commonLead(toks, ctx))) c.weak = true;
    c.type = 'person';
    c.id = foldSpelling(slug(name));
    return;
  }
  // An unknown word right before a title names whom the title serves ("Apple CEO Tim Cook").
  if (c.beforeTitle) organization();
}

/** Whether a name ends in a country's or continent's name that is its own word(s), not a hyphenated part ("Statistics Netherlands"). */
function landSuffix(toks: readonly Token[], text: string): boolean {
  for (let k = 1; k < toks.length; k++) {
    const prev = toks[k - 1];
    const first = toks[k];
    if (!prev || !first || !/^\s+$/.test(text.slice(prev.end, first.start))) continue;
    const kind = placeOf(toks.slice(k))?.kind;
    if (kind === 'country' || kind === 'continent') return true;
  }
  return false;
}

/**
 * Whether a name of two words or more has a word (not a connector or particle) that the
 * article also writes in lowercase; a word's hyphenated parts ("Go-Escaño") are not words.
 */
function lowercaseWord(toks: readonly Token[], ctx: Ctx): boolean {
  let words = 1;
  let hit = false;
  let prev: Token | undefined;
  for (const t of toks) {
    const starts = !prev || /\s/.test(ctx.text.slice(prev.end, t.start));
    if (prev && starts) words++;
    if (starts && !CONNECTORS.has(t.text) && !PARTICLES.has(t.norm) && t.shape === 'upper' && ctx.lowercaseSeen.has(t.norm)) hit = true;
    prev = t;
  }
  return hit && words > 1;
}

/**
 * Whether a name of several words ends in a word of its own (not "Lancaster-Moody") that no name list has anyone bear: a frequent
 * English word ("Air", "Advisory", "Industry"; not "Stone", "Price", nor an adjective, "Slim") or a country's or continent's name ("Indonesia"; not "Jordan").
 */
function namelessTail(toks: readonly Token[], text: string): boolean {
  const tail = lastOf(toks);
  const prev = toks[toks.length - 2];
  if (prev === undefined || !/^\s+$/.test(text.slice(prev.end, tail.start)) || tail.shape !== 'upper' || tail.text === tail.text.toUpperCase()) return false;
  if (isCommonWord(tail.norm)) return !isBorneName(tail.norm) && !PLACE_WORDS.has(tail.norm);
  for (let k = 1; k < toks.length; k++) {
    const kind = placeOf(toks.slice(k))?.kind;
    if (kind === 'country' || kind === 'continent') return /^\s+$/.test(text.slice(toks[k - 1]?.end ?? 0, toks[k]?.start ?? 0)) && toks.slice(k).every((t) => !isBorneName(t.norm));
  }
  return false;
}

/**
 * Whether a name of three words or more opens with two English words, capitalised, that are no given names, the first a frequent
 * one ("Golden Harvest X", "Blue Lotus X"): a shop's or a brand's name, whatever word ends it; a person's name opens with a given
 * name or a family name ("Song Jae-ho"), which no dictionary holds as a pair.
 */
function commonLead(toks: readonly Token[], ctx: Ctx): boolean {
  const [head, second] = toks;
  if (toks.length < 3 || !head || !second) return false;
  const word = (t: Token): boolean => t.shape === 'upper' && t.text !== t.text.toUpperCase() && !isGiven(t, ctx) && !isSurnameWord(t, ctx);
  return word(head) && word(second) && isCommonWord(head.norm) && isEnglishWord(second.norm) && /^\s+$/.test(ctx.text.slice(head.end, second.start));
}

/** Whether a name of several words ends in a frequent lowercase English word of its own, capitalised (not "McAllister-Grant"). */
function commonTail(toks: readonly Token[], text: string): boolean {
  const tail = lastOf(toks);
  const prev = toks[toks.length - 2];
  return prev !== undefined && /^\s+$/.test(text.slice(prev.end, tail.start)) && tail.shape === 'upper' && tail.text !== tail.text.toUpperCase() && isCommonWord(tail.norm) && !PLACE_WORDS.has(tail.norm);
}

/** Titles that follow the field of a post rather than its employer ("Labour Minister", "Science Writer", "Presiding Judge"). */
const FIELD_TITLES = new Set('minister ministers secretary judge magistrate writer correspondent reporter editor columnist commissioner professor'.split(' '));

/** Titles of a government's portfolio: what stands before them is the portfolio, also in a body's words ("Financial Services Minister", "Racing Minister"). */
const PORTFOLIO_TITLES = new Set(['minister', 'ministers']);

/**
 * Whether `toks`, right before a title that names a field, are English words or a participle, an acronym after the
 * first ("Federal IT", "Presiding"), and, but before a minister's title, no body's head word ("National Security and
 * Defense Council Secretary").
 */
function fieldOfTitle(toks: readonly Token[], ctx: Ctx): boolean {
  const next = WORD_AFTER.exec(ctx.text.slice(lastOf(toks).end, lastOf(toks).end + 24))?.[1]?.toLowerCase();
  if (!next || !FIELD_TITLES.has(next) || (!PORTFOLIO_TITLES.has(next) && toks.some((_, k) => orgWordAt(toks, k)))) return false;
  // A dictionary word of the rarer tiers is a portfolio only before a minister's title: before a media title it is as
  // often a newspaper's name ("Vanguard Reporter X", "Guardian Correspondent X"), an outlet.
  const known = PORTFOLIO_TITLES.has(next) ? isEnglishWord : isCommonWord;
  return toks.every((t, k) => known(t.norm) || ctx.lowercaseSeen.has(t.norm) || ING.test(t.text) || (FIELD_ENDING.test(t.text) && !isGiven(t, ctx) && !isSurnameWord(t, ctx)) || (k > 0 && isAcronym(t.text)));
}

/** Whether the word is written before a verb of speech or a subject's auxiliary somewhere in the text ("Lega said", "Lega would vote"). */
function acts(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    // (Not after "the": "the Secretariat said" is a head word alone, which English words the word list lacks are too.)
    if (ACTS_AFTER.test(text.slice(at + word.length, at + word.length + 16)) && !THE_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return true;
  }
  return false;
}
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;
const ACTS_AFTER = /^\s+(?:said|says|told|added|warned|demanded|announced|vowed|threatened|wants|would|will|has|had|plans|planned)\b/;

/**
 * Whether a name is a body's subject somewhere in the text: a verb of speech or a body's deed after it ("X said", "X had won"),
 * with no "the" or place's preposition before it ("Workers at the X said": the workers speak).
 */
function actsAsBody(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (BODY_ACTS_AFTER.test(text.slice(at + name.length, at + name.length + 24)) && !PLACED_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  }
  return false;
}
const BODY_ACTS_AFTER = /^\s+(?:(?:has|had|have)\s+)?(?:said|says|told|announced|announces|signed|signs|won|wins|agreed|agrees|hired|hires|employs|denied|denies|confirmed|confirms)\b/;

/**
 * Whether a work's own cue stands beside a mention of a name (session 20): a work's noun or "titled" right before it ("the film
 * X", "a documentary titled X", "the sitcom X"), or its maker's credit after a comma ("X, directed by Y,"), not a body's head
 * in such an apposition that then speaks ("X, directed by Y, said"). Not "book" or "play", verbs as often ("book X Stadium",
 * "play X Bridge"), nor a noun with a word between ("a film about X", "the film crew at X"): there X is the story's place.
 */
function titledWork(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (WORK_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return true;
    if (WORK_AFTER.test(text.slice(at + name.length, at + name.length + 100))) return true;
  }
  return false;
}
// (Not "novel", an adjective as often, nor "drama" or "thriller", sport copy's words for a match: "a novel X Bridge design",
// "the drama X Stadium saw"; nor "produced by", which power, water and goods take after a plant or a dam and the works rule
// does not read: review 20 R1.)
const WORK_BEFORE = /\b(?:film|movie|documentary|comedy|musical|opera|sitcom|album|podcast|titled|entitled)\s+$/;
const WORK_AFTER = /^,\s+(?:directed|written|narrated|composed)\s+by\b(?![^,.;!?\n]{1,60},\s+(?:(?:has|had|will|would)\s+)?(?:said|says|told|added|announced|reported)\b)/;
const PLACED_BEFORE = /(?:^|[^\p{L}])(?:the|at|in|on|near|from|across|over|under|through|to|of|into|onto|and|by)\s+$/iu;

/** Head words of events' names that end outlets' and bands' names too ("X Week", "X Update", "X Season"). */
const REPORTING_HEADS = new Set(['week', 'update', 'season']);
const REPORT_AFTER = /^(?:\s+(?:both|also|first|later)?\s*(?:said|says|reported|reports|told|wrote|added|announced)\b|,\s+the\s+(?:band|magazine|newsletter|weekly|journal|newspaper|paper|website|site|outlet)\b)/;
const REPORT_BEFORE = /\b(?:(?:reported|published|revealed|told)\s+(?:first\s+)?(?:by|to)|according\s+to)\s+(?:the\s+)?$/;

/** Head words of newspapers' names that are common nouns too ("The Herald", "the Guardian Post", "Daily Times"). */
const PUBLICATION_HEADS = new Set('news times post journal press telegraph tribune herald gazette guardian observer chronicle daily weekly'.split(' '));
/** An outlet's cue before a name: told, joined, according to, reported or quoted by, a photo's credit; or "The" capitalised inside a sentence. */
const OUTLET_BEFORE = /(?:\b(?:told|joined|according\s+to|(?:reported|quoted|cited|published|interviewed)\s+by|interviews?\s+with|(?:writing|wrote)\s+in|(?:Photo|Photograph|Picture|Credit|Source)s?\s*:)\s+(?:the\s+|The\s+)?|[\p{Ll},;]\s+The\s+)$/u;

/** Whether an outlet's cue stands right before or after the name at [start, end). */
function outletCue(text: string, start: number, end: number): boolean {
  return OUTLET_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || REPORT_AFTER.test(text.slice(end, end + 28));
}

/** Whether a name reports somewhere in the text, or is a report's source ("X said", "reported by X", "X, the magazine,"). */
function reports(name: string, text: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (REPORT_AFTER.test(text.slice(at + name.length, at + name.length + 28)) || REPORT_BEFORE.test(text.slice(Math.max(0, at - 30), at))) return true;
  }
  return false;
}

/** Whether the word is written before a verb of speech somewhere in the text ("Mackintosh said"), as a person's surname is. */
function speaks(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (SPEECH_AFTER.test(text.slice(at + word.length, at + word.length + 12))) return true;
  }
  return false;
}
const SPEECH_AFTER = /^\s+(?:said|says|told|added|wrote|argued|warned)\b/;
