// What every step of the unregistered-name finder reads about a few tokens: the
// article's context, the candidate shape, connectors and particles, keys, gazetteer
// places and given names. The steps themselves live in the other unregistered-*.ts files.
import type { ActorType } from '../types.js';
import { divisionCountry, isGivenName, isSurname, isTown, placeMaxTokens, placeNamed, type Place } from './gazetteer.js';
import { libraryVote } from './library-vote.js';
import { CAPITAL_LEGAL_FORMS, HOUSE_ENDING, ORG_ENDING, ORG_WORDS, PLACE_WORDS, SECTOR_ENDING, REGION_ADJECTIVES, TITLES } from './names.js';
import type { Occurrence, Part } from './runs.js';
import { joinable, nameTokens, type Token } from './tokens.js';

/** What the helpers need to know about the article. */
export interface Ctx {
  text: string;
  /** Normalised words the article also writes in lowercase: common words, whatever their capital says. */
  lowercaseSeen: { has(word: string): boolean };
  /** The article's countries (ISO codes: its own, and those of the divisions it names), whose villages count as towns; set for the article-wide passes. */
  countries?: ReadonlySet<string>;
  /** Whether the article reads as a match report: {@link isSportCopy}, on first use. */
  sport?: boolean;
}

/** A possible name: a piece of a run of capitalised words. */
export interface Candidate {
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
  /** A common noun for a body opened its sentence right before it ("Lender Northwind said"). */
  bodyLed?: boolean;
  /** One of a list of names that a plural noun for bodies opened its sentence with ("Exporters X and Y said"). */
  listed?: boolean;
  /** A structure's name that a work's cue beside a mention kept from places ("the film X Bridge"): a place if kept a person. */
  workTitle?: boolean;
}

/** A candidate in this analysis: where it stands and how it is typed so far. */
export interface Cand {
  at: Occurrence;
  part: Part;
  start: number;
  group: number;
  type: ActorType | undefined;
  id: string | undefined;
  /** How far its context may be read: the end of its block and the context a block's unit is kept with. */
  limit: number;
}

/** Known people: folded surname slug → id and type; `by`, the people named in full with it in text order, when more than one. */
export type Surnames = Map<string, { id: string; type: ActorType; by?: { start: number; id: string }[] }>;

/**
 * The person a surname at `start` stands for: when two people named in full share it ("Maria Lopez", later "Carlos
 * Lopez"), the one named last before it, as news copy names a person in full before the surname alone.
 */
export function surnameAt(entry: { id: string; by?: { start: number; id: string }[] }, start: number): string {
  const by = entry.by;
  if (!by || by.length < 2) return entry.id;
  let id = entry.id;
  for (const b of by) {
    if (b.start >= start) break;
    id = b.id;
  }
  return id;
}

/**
 * Turkic words for "son of" and "daughter of" after a father's name, which close a name or stand before the family name
 * ("Nurlan Asan uulu", "Aizada Toktobek kyzy", "Kamran Ismayil oglu Babayev"): Kyrgyz, Kazakh, Azerbaijani, Turkmen, Uzbek.
 */
export const NAME_CLOSING_PATRONYMICS: ReadonlySet<string> = new Set(['uulu', 'kyzy', 'kizi', 'qizi', 'qyzy', 'gyzy', 'oglu', 'ogly', 'oğlu', 'ugli', 'uly']);

/** Particles that only people's names hold ("Hassan bin Omar", whatever "Hassan" also names). */
export const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'binti', 'binte', ...NAME_CLOSING_PATRONYMICS]);

/**
 * Particles inside people's names ("Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Badr bin Abdullah"), and the
 * Arabic article of a family name in lowercase ("Haider Kadhim al-Saadi", "Ayman el-Shazly").
 */
export const PARTICLES = new Set(['de', 'du', 'da', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'binti', 'binte', ...NAME_CLOSING_PATRONYMICS, 'dos', 'das', 'di', 'del', 'los', 'las', 'dela', 'della', 'degli', 'dei', 'al', 'el']);

/** Lowercase words that may sit inside a name ("Bank of England", "Ludwig van Beethoven"): English connectors and the particles. */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', ...PARTICLES]);

/** The first of a list the caller knows is not empty (runs, parts and candidates always hold a token). */
export function firstOf<T>(xs: readonly T[]): T {
  const x = xs[0];
  if (x === undefined) throw new RangeError('empty token list');
  return x;
}

/** The last of a list the caller knows is not empty. */
export function lastOf<T>(xs: readonly T[]): T {
  const x = xs[xs.length - 1];
  if (x === undefined) throw new RangeError('empty token list');
  return x;
}

/** A given name that is not also a common word of this article ("Court", "Will", "Grant"). */
export function isGiven(t: Token, ctx: Ctx): boolean {
  return isGivenName(t.norm) && !ctx.lowercaseSeen.has(t.norm) && !ORG_WORDS.has(t.norm) && !TITLES.has(t.norm) && !PLACE_WORDS.has(t.norm);
}

/** A known surname that is not also a common word of this article, a body's or place's head word or a title ("Okonkwo", "Kowalczyk"). */
export function isSurnameWord(t: Token, ctx: Ctx): boolean {
  return isSurname(t.norm) && !ctx.lowercaseSeen.has(t.norm) && !ORG_WORDS.has(t.norm) && !TITLES.has(t.norm) && !PLACE_WORDS.has(t.norm);
}

/** Where a candidate ends in the article. */
export const endOf = (c: Cand): number => c.start + (c.at.end - c.at.start);

export const keyOf = (tokens: readonly Token[]): string => (tokens.length === 1 ? tokens[0]!.norm : tokens.map((t) => t.norm).join(' ')); // in range: length 1
/** Words that head a body only before "of" ("Port of Montreal", "Chamber of Commerce"; but "Port Talbot" is a town). */
const OF_HEADS = new Set(['port', 'ports', 'chamber', 'chambers', 'house']);

/** The word after a French trade's house: "de", "du", "des", "d'", or a capitalised word that is not a place's ("Brasserie Lemaire", not "X River"). */
const houseNext = (t: Token): boolean => t.norm === 'de' || t.norm === 'du' || t.norm === 'des' || t.norm === 'd' || (t.shape === 'upper' && !PLACE_WORDS.has(t.norm));

/** Whether the token at `k` heads a body: a head word, a word that heads one before "of", or a legal form in capitals after a name ("Equinor ASA"). */
export const orgWordAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  if (t === undefined) return false;
  // A head word that is also a surname, last after a given name, is the surname ("Ibrahima Camara", "Tom Mills").
  if (ORG_WORDS.has(t.norm) && k > 0 && k === tokens.length - 1 && isSurname(t.norm) && isGivenName(tokens[0]?.norm ?? '')) return false;
  // "Liga" in Spanish and Portuguese; "Līga" with its macron a Latvian given name.
  if (t.norm === 'liga' && t.text !== 'Liga' && t.text !== 'LIGA') return false;
  if (ORG_WORDS.has(t.norm) || (OF_HEADS.has(t.norm) && t.shape === 'upper' && tokens[k + 1]?.text === 'of') || (t.norm.length >= 8 && ORG_ENDING.test(t.norm))) return true;
  // A French trade's house opening a name of more words before "de", "du", "des", "d'" or a name ("Huilerie de X", "Brasserie X"),
  // no given name ("Valerie X"), no place's word ("Nickerie River": the tail's place word, or the gazetteer's town).
  if (k === 0 && tokens.length > 1 && t.shape === 'upper' && HOUSE_ENDING.test(t.norm) && houseNext(tokens[1]!) && !isGivenName(t.norm) && !isSurname(t.norm) && !isTown(t.norm) && !placeNamed(t.norm)) return true; // in range: tokens.length > 1
  // A legal form written in dotted initials after a name ("S.A.", "N.V.", "S.L."), and "Co" ending a firm's name ("X Signalling Co.").
  // (The pair's form is written out only for two letters ending the name.)
  if (k >= 2 && k === tokens.length - 1 && t.norm.length === 1 && tokens[k - 1]?.norm.length === 1) {
    const form = `${tokens[k - 1]?.norm}${t.norm}`;
    if (ORG_WORDS.has(form) || (CAPITAL_LEGAL_FORMS.has(form) && t.text === t.text.toUpperCase())) return true;
  }
  if (k >= 1 && k === tokens.length - 1 && t.text === 'Co') return true;
  // A trade's word compounded into the last word ("X Biotech", "X Medtech", "X Skyways", "X Mart"): no one's given name or surname.
  if (k >= 1 && k === tokens.length - 1 && t.shape === 'upper' && SECTOR_ENDING.test(t.norm) && !isSurname(t.norm) && !isGivenName(t.norm)) return true;
  return k > 0 && k === tokens.length - 1 && CAPITAL_LEGAL_FORMS.has(t.norm) && t.text === t.text.toUpperCase();
};
export const hasOrgWord = (tokens: readonly Token[]): boolean => tokens.some((_, k) => orgWordAt(tokens, k));

/** Whether each token of `tokens` joins the one before it (no punctuation between them). */
export function allJoined(text: string, tokens: readonly Token[]): boolean {
  let prev: Token | undefined;
  for (const t of tokens) {
    if (prev && !joinable(text, prev, t)) return false;
    prev = t;
  }
  return true;
}

/** The gazetteer place spelled by exactly these tokens, in a case that fits. */
export function placeOf(tokens: readonly Token[], key = keyOf(tokens)): Place | undefined {
  const place = placeNamed(key);
  if (!place) return undefined;
  if (place.exactCase && tokens.some((t) => t.text !== t.text.toUpperCase())) return undefined;
  return place;
}

/** Words for a kind of first-level division, written before or after its name ("County Offaly", "Sonora State", "Rogaland county"). */
const DIVISION_KINDS = new Set(['county', 'province', 'region', 'state', 'oblast', 'district', 'prefecture', 'governorate', 'department', 'parish', 'territory', 'canton', 'emirate', 'republic']);

/** Whether a word names a kind of first-level division ("region", "County"). */
export const isDivisionWord = (t: Token): boolean => DIVISION_KINDS.has(t.norm);

/** The country (ISO code) of a first-level division named with its kind's word before or after it ("County Offaly", "Sonora State"). */
export function divisionWithKind(tokens: readonly Token[]): string | undefined {
  if (tokens.length < 2) return undefined;
  if (DIVISION_KINDS.has(firstOf(tokens).norm)) return divisionCountry(keyOf(tokens.slice(1)));
  return DIVISION_KINDS.has(lastOf(tokens).norm) ? divisionCountry(keyOf(tokens.slice(0, -1))) : undefined;
}

/** The country (ISO code) of the first-level division these tokens name, alone or with its kind's word ("Offaly", "Kerry", "County Offaly"). */
export const divisionOf = (tokens: readonly Token[]): string | undefined => divisionCountry(keyOf(tokens)) ?? divisionWithKind(tokens);

/**
 * Whether adjectives of region lead a land: a country, continent or region that the gazetteer or the library knows
 * ("Latin America", "North Africa", "Southern Europe", "Northern Minas Gerais"; not a city: "Western Sydney"), or the
 * whole names a town or division that opens with one ("Western Cape"). The one rule of the span splitter (the
 * adjective stays) and of typing (a place).
 */
export function regionOfLand(tokens: readonly Token[]): boolean {
  const k = tokens.findIndex((t) => !REGION_ADJECTIVES.has(t.norm));
  if (k <= 0) return false;
  const rest = tokens.slice(k);
  const land = placeOf(rest);
  return land ? land.kind !== 'city' : libraryVote(keyOf(rest)) === 'place' || isTown(keyOf(tokens));
}

/** The longest gazetteer place at the start of `tokens`, as a token count. */
export function placePrefix(tokens: readonly Token[], text: string): number {
  for (let k = Math.min(tokens.length, placeMaxTokens()); k >= 1; k--) {
    const head = tokens.slice(0, k);
    if (allJoined(text, head) && placeOf(head)) return k;
  }
  return 0;
}

/** A preposition of rest right before a name ("in X", "near X", "outside the X"), not of a holding ("shares in X"). */
const REST_BEFORE = /(?:^|[^\p{L}])(?:in|near|outside|around|across|throughout)\s+(?:nearby\s+|neighbou?ring\s+)?$/u;
/** The nouns of a part of a firm that someone owns ("shares in X", "a stake in X", "its holdings in X"): only bodies are owned so. */
export const STAKE_NOUNS = String.raw`shares|stakes?|holdings?`;
/**
 * A holding's noun, or a verb or noun of trust, before "in" ("shares in X", "invested in X", "faith in X"): the "in" is no
 * preposition of rest, and the name after it is as often a body or a person as a place.
 */
export const HOLDING_IN = new RegExp(String.raw`\b(?:${STAKE_NOUNS}|invest(?:ed|ment|ing)?|interest|confidence|trust|faith|believes?|believed|believing)\s+in\s+$`);

/**
 * Whether the words around a mention at `start`–`end` say it is a place where something
 * is: a preposition of rest before it (not a possessive after it: "in X's plant"), or a
 * country or state after a comma ("X, Chile,"), as datelines and captions write a town.
 */
export function placeContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (REST_BEFORE.test(before) && !HOLDING_IN.test(before) && !/^['’]s\b/.test(text.slice(end, end + 3))) || landAfter(text, end);
}

/** A noun for a place and "of" right before a name ("the port of X", "the town of X", "the island of X"). */
const PLACE_OF_BEFORE = /\b(?:town|towns|city|cities|republic|port|province|district|township|village|villages|region|county|island|islands|municipality|suburb|governorate|prefecture|commune|neighbou?rhood|emirate|oblast|coast|coastline|shores|outskirts|mountains|hills|slopes|foothills|valley|plains|highlands|lowlands|suburbs|islets|atoll|(?<!(?:registered|share|paid-up|working|venture|authori[sz]ed|equity|issued|initial|starting|minimum)\s)capital)\s+of\s+$/;

/** After a name, an apposition that says what place it is ("X, an island in the …", "X, a town north of …"). */
const PLACE_APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|village|port|island|district|province|region|suburb|township|county|municipality|enclave|settlement|capital|oasis|district capital|hamlet|bay|lake|lagoon|peninsula|islet|atoll|resort|site|area|volcano|crater|mountain|peak|river|valley|glacier|waterfall|reef|gorge|canyon|plateau|ruins)(?=[,.;]|\s+(?:in|of|on|near|at|north|south|east|west|about|some|that|which|where|whose|with|off|along|across|outside|close|between|beside|by|opposite|overlooking|facing|behind|upstream|downstream|below|above)\b)/u;

/** A lowercase noun for a settlement right after a name ("X township", "X village"). */
const SETTLEMENT_NOUN_AFTER = /^\s+(?:townships?|villages?|suburbs?|municipality|communes?|neighbou?rhoods?|settlements?|county|province|prefecture|governorate)\b/;

/**
 * Whether the words around a mention say, for any name, that it is a place: a noun for a
 * place and "of" before it ("the port of X"), an apposition that says so ("X, an island in"),
 * a settlement's noun after it ("X township"), or its country after a comma ("X, Chile,").
 */
export function strongPlaceContext(text: string, start: number, end: number): boolean {
  return placeOfBefore(text, start) || placeAppositionAt(text, end) || SETTLEMENT_NOUN_AFTER.test(text.slice(end, end + 16)) || landAfter(text, end) || riverAfter(text, start, end);
}

/** What only a river does, after its name ("the X burst its banks", "the X could break its banks"): strong after any name. */
const RIVER_BANKS = /^\s+(?:(?:could|may|might|would|will|threatened\s+to|threatens\s+to|threatening\s+to)\s+)?(?:burst|broke|bursts|breaks|break)\s+(?:its|their)\s+banks\b/;
/**
 * What a river does and also orders, a firm's users or a crowd ("swelled", "overflowed"): a river's only after "the" and where no
 * amount follows ("the X swelled on Monday", not "Orders at X swelled", "X swelled to 3 million users").
 */
const RIVER_SWELLS = /^\s+(?:(?:could|may|might|would|will|threatened\s+to|threatens\s+to|threatening\s+to)\s+)?(?:overflow(?:ed|s)?|swell(?:ed|s)?)\b(?!\s+(?:to|by|with|from|into)\b)/;

/** A river's danger mark, which it rises above or stays below ("the X rose above its danger mark", "the X stayed below the danger level"). */
const RIVER_DANGER = /^\s+(?:\p{Ll}+\s+){1,3}(?:its|the)\s+danger\s+(?:mark|level)\b/u;
/** A river coordinated with another river by "and the" ("the X and the Y could burst their banks"): what follows the second name. */
const AND_THE_NAME = /^\s+and\s+the\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}/u;

/**
 * Whether the name from `start` to `end` is a river's, by what it does ("the X burst its banks", "the X swelled", "the X rose
 * above its danger mark"), also as the first of two rivers ("the X and the Y could burst their banks").
 */
export function riverAfter(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 40);
  const the = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start));
  if (RIVER_BANKS.test(after) || (the && (RIVER_SWELLS.test(after) || RIVER_DANGER.test(after)))) return true;
  const second = the && after.charCodeAt(1) === 97 ? AND_THE_NAME.exec(after) : null;
  if (!second) return false;
  const rest = text.slice(end + second[0].length, end + second[0].length + 40);
  return RIVER_BANKS.test(rest) || RIVER_DANGER.test(rest);
}

/** Where a river runs, before its name and "the" ("along the X", "the banks of the X", "a bridge over the X", "a town on the X", "floods on the X"). */
const RIVER_BEFORE = /\b(?:along|banks?\s+of|mouth\s+of|waters\s+of|(?:bridges?|dams?|ferry|ferries)\s+(?:over|across|on)|(?:towns?|city|villages?|port|floods?|flooding)\s+on)\s+the\s+$/i;
/** A noun after the name that the name only modifies ("along the X route", "along the X pipeline"): not a river's. */
const ROUTE_NOUN_AFTER = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s+(?:routes?|roads?|highways?|corridors?|lines?|pipelines?|railways?|railroads?|rail|motorways?|expressways?|freeways?|networks?|trails?|tracks?|paths?|bus|buses|trains?|services?|links?|loops?|stretch|projects?|schemes?|chains?|stores?|shops?|branches|outlets|stations?|fence|wall|canal|bridge|tunnel|belt|axis|convoy|convoys|trucks?|lorries|fleet)\b/u;

/** Whether an apposition after the name ending at `end` says it is a place ("X, an island in the Bay"). */
export function placeAppositionAt(text: string, end: number): boolean {
  if (text[end] !== ',') return false;
  const after = text.slice(end, end + 60);
  return PLACE_APPOSITION.test(after) && !OUTLET_SITE.test(after);
}
/** A site that is an outlet or a service, not a place ("X, a news site in Nairobi", "a betting site"). */
const OUTLET_SITE = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:news|web|online|media|dating|betting|gambling|shopping|review|job|jobs|social|booking|investigative|video|streaming)\s+(?:[\p{L}-]+\s+)?site\b/u;

/**
 * Before "of" and a name, a part or a share of a land, its people or who governs it ("most of X", "a fifth of X", "north of X",
 * "residents of X", "the mayor of X"): a place, unless a possessive follows the name ("most of X's sales" is a body's).
 */
const PART_OF_BEFORE = /\b(?:most|much|parts?|rest|remainder|half|third|quarter|fifth|swathes?|swaths?|north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|residents|inhabitants|mayor|governor|heart)\s+of\s+$/;
/** A share's word before "of", and a sale or an ownership around it: a firm's share, not a land's. */
const SHARE_OF = /\b(?:half|third|quarter|fifth|rest|remainder|most|much|parts?)\s+of\s+$/;
const SOLD_BEFORE = /\b(?:sold|sells?|selling|sale|bought|buys?|buying|owns?|owned|acquired?|acquiring|acquisition|privati[sz]ed?|floated|listed|holds?|held|stake|controls?|controlled)\s+(?:\S+\s+){0,3}?$/;
const OWNED_AFTER = /^\S+\s+(?:(?:is|was|are|were|has\s+been|had\s+been|will\s+be)\s+)?(?:owned|held|sold|bought|acquired|listed|floated|privati[sz]ed|controlled)\b/;
const POSSESSIVE_AFTER = /^\p{L}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,3}['’]s\b/u;

/** Whether `s` ends with the word `word` (its last letters) and white space after it (what `word\s+$` needs; the word's start is not checked). */
function endsWithWord(s: string, word: string): boolean {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i < s.length && i >= word.length && s.startsWith(word, i - word.length);
}

/** Whether a noun for a place and "of" stand right before `start` ("the port of X"), or a part of a land ("most of X"). */
export function placeOfBefore(text: string, start: number): boolean {
  // (Wide enough for the modifier a firm's capital takes: "the registered capital of X".)
  const before = text.slice(Math.max(0, start - 36), start);
  // Each test below needs "of" or "the" and white space at the end: most names have neither, and are left at once.
  if (!endsWithWord(before, 'of') && !endsWithWord(before, 'the')) return false;
  if (PLACE_OF_BEFORE.test(before) || (RIVER_BEFORE.test(before) && !ROUTE_NOUN_AFTER.test(text.slice(start, start + 60)))) return true;
  if (!PART_OF_BEFORE.test(before)) return false;
  const after = text.slice(start, start + 40);
  // (A share of a firm is sold or owned: "the government sold half of X", "a third of X was owned by".)
  return !POSSESSIVE_AFTER.test(after) && !(SHARE_OF.test(before) && (SOLD_BEFORE.test(text.slice(Math.max(0, start - 50), start)) || OWNED_AFTER.test(after)));
}

/** A country or state in apposition after a comma ("X, Chile,", "X, Texas."), as datelines and captions write a town's. */
const LAND_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?:[,.;:)]|\s+\(|\s*$)/u;

/** Whether a country or a state follows the name ending at `end` after a comma ("Valparaíso, Chile,"). */
export function landAfter(text: string, end: number): boolean {
  if (text[end] !== ',') return false;
  const land = LAND_AFTER.exec(text.slice(end, end + 40))?.[1];
  if (!land) return false;
  const kind = placeNamed(nameTokens(land).join(' '))?.kind;
  return kind === 'country' || kind === 'state';
}

/** The space-separated words of a name ("O'Neill" is one word of two tokens). */
export function wordsOf(tokens: readonly Token[], text: string): string[] {
  const words: string[] = [];
  let prev: Token | undefined;
  let from = firstOf(tokens).start;
  for (const t of tokens) {
    if (prev && /\s/.test(text.slice(prev.end, t.start))) {
      words.push(text.slice(from, prev.end));
      from = t.start;
    }
    prev = t;
  }
  words.push(text.slice(from, lastOf(tokens).end));
  return words;
}

/** Lowercase words of match reports: an article that writes four of them is sport copy. */
const SPORT_WORDS = 'coach match league season goal goals goalkeeper winger midfield striker midfielder wicket wickets innings try tries penalty fixture squad playoffs playoff quarter-final semi-final scored bowler batting referee stadium derby relegation unbeaten half-time kick-off'.split(' ');

/** Words of match reports that business copy writes as often ("fans", "players", a sales "pitch", a "club" of buyers): they count only beside a result. */
const SHARED_SPORT_WORDS = 'matches club clubs defender pitch fans players standings tournament trophy'.split(' ');

/** A result's score ("beat X 2-1", "drew 1-1", "a 24-22 win"), not a range ("ages 18-24") or a vote ("a 5-4 ruling"). */
const SCORE = /\b(?:beat|beating|won|lost|drew|defeated|draw|win|victory|defeat|loss|lead|leads|trail|trails)\s+(?:[\p{L}'’]+\s+){0,3}\d{1,3}[-–]\d{1,3}\b|\b\d{1,3}[-–]\d{1,3}\s+(?:win|victory|defeat|draw|loss|home win|away win|on aggregate)\b/u;

/** Words of match reports that no other copy writes: a fixture's, a round's, a player's position ("derby", "half-time", "semi-final", "goalkeeper"). */
const FIXTURE_WORDS = 'derby relegation half-time kick-off playoff playoffs quarter-final semi-final goalkeeper winger midfielder midfield wicket wickets innings bowler batting'.split(' ');

/**
 * Whether the article reads as a match report (judged by the lowercase words it writes): four words of match reports, or four
 * with words that business copy shares where a word of match reports ("match", "season"; an esports final has no fixture's
 * word), a fixture's word or a result's score says sport.
 */
export function isSportCopy(ctx: Ctx): boolean {
  return (ctx.sport ??= sportCopy(ctx));
}

function sportCopy(ctx: Ctx): boolean {
  let n = 0;
  for (const w of SPORT_WORDS) if (ctx.lowercaseSeen.has(w) && ++n >= 4) return true;
  let shared = 0;
  for (const w of SHARED_SPORT_WORDS) if (ctx.lowercaseSeen.has(w) && n + ++shared >= 4) return n > 0 || FIXTURE_WORDS.some((f) => ctx.lowercaseSeen.has(f)) || SCORE.test(ctx.text);
  return false;
}

const LOWER_LETTER = /\p{Ll}/u;
const WHITE = /\s/;

/**
 * The lowercase word that ends the text before a name, before the whitespace that ends it (`in`,
 * `from`, `minister`): what `/(\p{Ll}+)\s+$/u` captures, read back from the end (the regex
 * tries every position of the text; this is on the path of every candidate).
 */
export function lowerWordBefore(s: string): string | undefined {
  let e = s.length;
  for (let c = s.charCodeAt(e - 1); e > 0 && (c === 32 || (c >= 9 && c <= 13) || (c >= 128 && WHITE.test(s[e - 1] ?? ''))); c = s.charCodeAt(e - 1)) e--;
  if (e === s.length) return undefined;
  let b = e;
  while (b > 0) {
    const c = s.charCodeAt(b - 1);
    if (c >= 97 && c <= 122) {
      b--;
      continue;
    }
    if (c < 128) break;
    // A letter beyond the BMP is two code units (a low surrogate after its high one).
    const pair = c >= 0xdc00 && c <= 0xdfff && b >= 2 && s.charCodeAt(b - 2) >= 0xd800 && s.charCodeAt(b - 2) <= 0xdbff;
    if (!LOWER_LETTER.test(s.slice(pair ? b - 2 : b - 1, b))) break;
    b -= pair ? 2 : 1;
  }
  return b < e ? s.slice(b, e) : undefined;
}

/** Whether a UTF-16 code is one of the whitespace characters of `\s` (white space and line terminators; ASCII tested first). */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Before a name, the firm's founding by it ("founded in 1952 by", "set up by businessman", "named after its founder", "its
 * founder"): the founder, a person, also where a firm of the article bears the same words ("X Y NV", founded by "X Y").
 */
const FOUNDER_BEFORE = /\b(?:(?:(?:co-)?founded|established|set\s+up|started|created)\s+(?:(?:in|on)\s+[\p{L}\d.,]+(?:\s+[\p{L}\d.,]+){0,2}\s+)?by|named\s+after|(?:co-)?founders?,?)\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:late|(?:co-)?founder|\p{Ll}+(?:man|woman))\s+)?$/u;
/** After a name, a speaker who calls the firm "the firm" ("X said the company would appeal"): no firm speaks of itself so. */
const SAYS_OF_FIRM = /^\s+(?:said|says|told\s+\p{L}+)\s+(?:that\s+)?(?:the|his|her)\s+(?:firm|company|group|business|family)\b/u;

/**
 * What a firm sets up as often as a person does, founded right before the name ("The fund was set up by X Y", "a venture,
 * established by X Y"): there the founder may be the firm named like a person, whose own unit bears its name.
 */
const FIRMS_OWN_FOUNDED = /\b(?:fund|venture|unit|arm|subsidiary|vehicle|affiliate|offshoot|spin-?off|consortium)s?,?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|been)\s+)?(?:jointly\s+|originally\s+)?(?:(?:co-)?founded|established|set\s+up|started|created)\s+(?:(?:in|on)\s+[\p{L}\d.,]+(?:\s+[\p{L}\d.,]+){0,2}\s+)?by\s+(?:the\s+)?$/u;
/** A person's noun right before the name ("set up by businessman X Y"). */
const FOUNDER_NOUN = /\b(?:\p{Ll}+(?:man|woman)|founder|late)\s+$/u;

/** Whether the words around a name at `start`–`end` say it is a firm's founder, or a speaker about the firm: a person. */
export function founderAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if ((before.includes('by') || before.includes('after') || before.includes('founder')) && FOUNDER_BEFORE.test(before)) {
    // (Not a fund or a venture "set up by" a name, unless a person's noun calls the founder one: a firm named like a person.)
    return FOUNDER_NOUN.test(before) || !FIRMS_OWN_FOUNDED.test(before);
  }
  return SAYS_OF_FIRM.test(text.slice(end, end + 40));
}
