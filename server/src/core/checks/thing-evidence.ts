import { EVENT_WORDS, ORG_WORDS } from '../extract/names.js';
import { normalize } from '../extract/tokens.js';
import { BODY_NOUN_SET, isRoleNoun } from '../extract/unregistered-cues.js';
import { singulars } from '../extract/unregistered-filters.js';
import { placeContext, strongPlaceContext } from '../extract/unregistered-words.js';
import type { ActorMention } from '../types.js';

// Positive evidence that a name of two words or more that no registry knows is no person's or body's, but a place,
// an event, a product or a document's title: the words around a mention say so ("the village of X", "X, a grade of
// kernels", "under the X", "the X Fair", "X 250 engines"). The finder types such names as actors where it cannot tell;
// a finding on one tells the writer that a person or a body is missing from the registry, which is false.
// Read only for the unregistered names of two words or more that no body's word heads (cheap: a few regexes a mention).

/**
 * Lowercase nouns of things that are no actor, as they head an apposition before or after a name ("the VAT law, the X",
 * "a prepaid toll card, the X", "X, a grade of kernels", "X, a 30-day ticket", "X, the 2015 law that"): laws and levies,
 * schemes, products and vehicles, events, games. A closed class of English nouns, typed by hand.
 */
const THING_NOUNS = new Set(
  `law laws act code decree bill statute ordinance regulation levy tax tariff duty fee toll scheme programme program plan
  policy strategy blueprint treaty accord agreement pact deal card ticket pass grade variety blend product
  snack pack drink drug vaccine car cars bike bikes bicycle truck van bus minibus scooter motorbike phone handset aircraft plane jet ship vessel boat
  ferry tanker engine festival fair expo exhibition race marathon rally tournament event edition holiday game lottery
  village hamlet town island islet atoll suburb neighbourhood neighborhood district quarter settlement`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a lowercase noun, or its plural, is a thing's ({@link THING_NOUNS}: "tournaments", "scooters", "minibuses"). */
export function isThingNoun(w: string): boolean {
  return singulars(w).some((s) => THING_NOUNS.has(s));
}

/**
 * Goods and models that a pair of names modifies ("X and Y scooters", "X and Y vaccines"): not what two bodies make or play
 * together ("the X and Y deal", "the X and Y agreement", "the X and Y game"), which {@link THING_NOUNS} also holds.
 */
const GOODS_NOUNS = new Set(
  `car bike bicycle truck van bus minibus scooter motorbike phone handset smartphone laptop tablet drink snack drug vaccine
  card variety blend product engine aircraft plane jet tanker model brand`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a lowercase noun, or its plural, names goods or a model ({@link GOODS_NOUNS}: "scooters", "minibuses", "vaccines"). */
export function isGoodsNoun(w: string): boolean {
  return singulars(w).some((s) => GOODS_NOUNS.has(s));
}

/**
 * Last words of a thing's name that {@link EVENT_WORDS} lacks: events and contests ("X International Trade Fair", "X Cashew
 * Week", "the X Open", "the X Grand Prix", "X Season"), prizes ("the X Awards", "X Prize"), laws and documents ("the X Act",
 * "the X Accord", "the X Declaration") and plans ("the X Strategy", "X Roadmap"), a release of software ("the X Update").
 * A closed class, typed by hand; none is a body's word, so "the X Awards Foundation" stays a body.
 */
const EVENT_HEADS = new Set(
  `fair fairs week biennale biennial open masters trophy prix rally derby classic season award awards prize prizes medal
  act bill code accord pact declaration doctrine protocol treaty charter memorandum agreement amendment amendments
  plan strategy agenda roadmap blueprint update`
    .split(/\s+/)
    .filter(Boolean),
);
/** First words of a storm's name ("Storm Isolda", "Hurricane X"). */
const STORM_HEADS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone']);
/**
 * First words of a law's title in the languages of much news copy ("Lei de Terras", "Ley Orgánica de …", "Loi …", "Wet
 * …", "Codul …", "Gesetz …", "Undang-Undang …"): a closed class, the word for "law" or "code", typed by hand.
 */
const LAW_HEADS = new Set(['lei', 'ley', 'loi', 'legge', 'wet', 'gesetz', 'lag', 'lov', 'laki', 'zakon', 'zakonu', 'ustawa', 'kanun', 'kanunu', 'codul', 'codigo', 'código', 'codice', 'decreto', 'undang-undang', 'taxa', 'imposto', 'impuesto']);

const NOUNS = [...THING_NOUNS].join('|');
/** An apposition before the name that a thing's noun heads ("the VAT law, the X", "a prepaid toll card, the X"). */
const THING_BEFORE = new RegExp(String.raw`\b(?:the|a|an|its|their)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:${NOUNS}),\s+(?:the\s+)?["“]?$`, 'iu');
/**
 * A sentence's opening adverbial phrase that ends in a thing's noun ("Under the deal, X will", "After the race, X told",
 * "During the festival, X sang"): the name after it is the clause's subject, not the noun's apposition.
 */
const INTRO_BEFORE = new RegExp(String.raw`(?:^|[.!?:;]["”]?\s+|
\s*|\)\s+-\s+|\s[-–—]\s+)(?:under|after|during|in|at|on|despite|following|before|since|amid|ahead\s+of|as\s+part\s+of|with|without|throughout|through|until|upon|over|for|from|by)\s+(?:the|a|an|its|their)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:${NOUNS}),\s+(?:the\s+)?["“]?$`, 'iu');
/** A thing's noun "known as" the name ("the plan, known as the X", "a levy known locally as X"). */
const KNOWN_AS_BEFORE = new RegExp(String.raw`\b(?:${NOUNS}),?\s+(?:(?:is|was|are|were)\s+)?(?:known|called|named|dubbed|branded)\s+(?:\p{Ll}+\s+)?as\s+(?:the\s+)?["“]?$`, 'iu');
/** An apposition after the name: its article and its words up to a clause's or a phrase's end ("X, a grade of", "X, the 2015 law that"). */
const APPOSITION_AFTER = /^["”]?,\s+(?:the|a|an|its|their)\s+([^,.;:()"“”]{1,60})/u;
/** Words that end an apposition's noun phrase. */
const PHRASE_END = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'to', 'by', 'that', 'which', 'who', 'whose', 'where', 'it', 'they', 'he', 'she', 'and', 'or', 'near', 'an', 'a', 'the']);
/** A document's or a scheme's preposition ("under the X", "in line with the government's X", "as set out in the X"). */
const UNDER_BEFORE = /\b(?:under|in line with|in accordance with|pursuant to|as set out in)\s+(?:(?:the|a|its|their)\s+(?:[\p{L}-]+['’]s\s+)?|[\p{L}-]+['’]s\s+)["“]?$/u;
/** A launch or a show of a product or an event ("launched the X", "unveiled the X at", "the X went on sale"). */
const LAUNCH_BEFORE = /\b(?:launched|launches|unveiled|unveils|introduced|showed|shows|sells|sold|recalled|recalls)\s+(?:the|its|their)\s+(?:new\s+)?$/;
/** A model's number after the name, then a noun or a clause's end ("the X 250 outboard engines", "the X 3, back to"). */
const MODEL_NUMBER_AFTER = /^\s+\d{1,4}(?:\s+(?!percent\b|per\b|points?\b|million\b|billion\b|years?\b|months?\b|days?\b|km\b|kg\b)\p{Ll}|[,;)](?!\d))/u;
/** A token of letters and digits inside the name, as models are called ("Trail E2", "A320"); not an ordinal or a year. */
const MODEL_TOKEN = /(?:^|\s)(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{L})(?!\d+(?:st|nd|rd|th)\b)[\p{L}\d-]+(?=\s|$)/u;
/**
 * An event's verbs after its name ("the X, held in", "X, which runs until", "the X took place on"); not a firm's "X, which
 * runs 31 plants", nor a person "held in custody since March".
 */
const EVENT_AFTER = /^,?\s+(?:(?:which|that)\s+(?:is\s+|was\s+|will\s+be\s+)?)?(?:held(?!\s+(?:in\s+)?(?:custody|detention|prison|jail|contempt|captivity|hostage|incommunicado)\b)|takes\s+place|took\s+place|runs\s+(?:until|through|till)|ran\s+(?:until|through|till))\s+(?:in|on|at|every|each|since|until|annually|this|last|next|from|\p{Lu})/u;
/** "on X island", "X district", "X atoll": a place's lowercase noun after the name. */
const PLACE_NOUN_AFTER = /^\s+(?:island|islands|atoll|district|hamlet|village|villages|quarter|corridor|neighbou?rhood|suburb|municipality|commune|parish)\b/;
const PLACE_NOUN_BEFORE = /\b(?:hamlet|hamlets|isle|atoll|islet|quarter|neighbou?rhoods?|suburbs?|districts)\s+of\s+$/;
/** A direction after the name in apposition ("X, south of the city", "X, 40 km north of"). */
const DIRECTION_AFTER = /^,\s+(?:just\s+|some\s+|about\s+)?(?:[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of\b/;
/** Lowercase particles of another language that join the halves of one title split by the finder ("Wet X over de Y"). */
const GLUE = /^\s+((?:[\p{Ll}]{1,5}\s+){1,3})(?=\p{Lu})/u;
const FOREIGN_PARTICLES = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'di', 'du', 'des', 'der', 'den', 'het', 'van', 'von', 'zu', 'la', 'le', 'el', 'e', 'y', 'i', 'och', 'og', 'na', 'po', 'za']);
const SPACES = /\s+/;
/** A plural noun of places and "of" before a list the name ends ("the villages of X and Y", "the islands of X, Y or Z"). */
const PLACES_OF_LIST = /\b(?:villages|hamlets|towns|islands|islets|districts|suburbs|neighbou?rhoods|communes|municipalities|settlements|parishes)\s+of\s+((?:\p{Lu}[\p{L}\p{M}'’-]*|de|do|da|dos|das|del|di|du|,|\s)+)(?:,\s+|\s+)(?:and|or)\s+$/u;

const SPAN = 80;

/**
 * Whether an apposition after a name calls it a thing: a thing's noun heads it, before any word that ends its noun phrase,
 * and no body's word stands before that noun ("X, the consumer code,", "X, a grade of kernels"; not "X, a bike maker").
 */
export function thingApposition(after: string): boolean {
  const phrase = APPOSITION_AFTER.exec(after)?.[1];
  if (phrase === undefined) return false;
  const words = phrase.trim().split(SPACES);
  for (let k = 0; k < words.length && k < 6; k++) {
    const w = normalize(words[k] ?? '');
    if (k > 0 && PHRASE_END.has(w)) return false;
    if (ORG_WORDS.has(w) || BODY_NOUN_SET.has(w) || isRoleNoun(w)) return false;
    if (THING_NOUNS.has(w)) {
      // The noun ends the phrase ("a grade of", "the consumer code"); a compound's modifier reads on ("a snack pack", "a
      // race car driver", "a ticket agency").
      const next = normalize(words[k + 1] ?? '');
      if (next === '' || PHRASE_END.has(next) || !/^\p{Ll}/u.test(words[k + 1] ?? '')) return true;
    }
  }
  return false;
}

/** Where the finder split one title at a lowercase word of another language, the extent of the whole ("Wet X over de Y"). */
function extentOf(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  // Forward: particles, then capitalised words.
  for (let k = 0; k < 2; k++) {
    const g = GLUE.exec(text.slice(e, e + 30));
    if (!g || !(g[1] ?? '').trim().split(SPACES).some((w) => FOREIGN_PARTICLES.has(w))) break;
    const rest = /^(?:\p{Lu}[\p{L}\p{M}'’-]*(?:\s+|$))+/u.exec(text.slice(e + g[0].length, e + g[0].length + 60));
    if (!rest) break;
    e = e + g[0].length + rest[0].trimEnd().length;
  }
  // Backward: capitalised words, then particles, right before the name.
  for (let k = 0; k < 2; k++) {
    const b = /(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)\s+((?:\p{Ll}{1,5}\s+){1,3})$/u.exec(text.slice(Math.max(0, s - 60), s));
    if (!b || !(b[2] ?? '').trim().split(SPACES).some((w) => FOREIGN_PARTICLES.has(w))) break;
    s = s - b[0].length;
  }
  return [s, e];
}

/**
 * Whether a name's own words make it an event's or a law's, whatever body's word it holds ("X International Trade Fair",
 * "X Tech Expo", "Storm X", "Lei de X"): an event's noun ends it, or a storm's or a law's word opens it.
 */
export function thingByWords(name: string): boolean {
  const words = name.split(SPACES).map(normalize);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (words.length < 2) return false;
  // (Not a body's head word before a connector: "Commission on Elections", "Ministry of War".)
  if (words.some((w, k) => ORG_WORDS.has(w) && HEAD_CONNECTORS.has(words[k + 1] ?? ''))) return false;
  return EVENT_HEADS.has(last) || (EVENT_WORDS.has(last) && !ORG_WORDS.has(last)) || STORM_HEADS.has(first) || LAW_HEADS.has(first) || SHIP_PREFIXES.has(name.split(SPACES)[0] ?? '');
}

/**
 * Prefixes of a ship's name ("MV X", "HMS X", "the tanker MT X"), in capitals: a closed class, typed by hand. A ship's name
 * is the ship's wherever it stands without its prefix too ("X belongs to", after "the cargo ship MV X").
 */
const SHIP_PREFIXES = new Set(['MV', 'RMS', 'HMS', 'USS', 'HMAS', 'HMCS', 'HMNZS']);
// (Not "MS", "MT", "SS", "RV", "INS", "FV": Indian initials, "MS Dhoni", "SS Rajamouli", and Italian clubs, "SS Lazio", open
// with them too.)
const SHIP_NAMES = /\b(?:MV|RMS|HMS|USS|HMAS|HMCS|HMNZS)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)/gu;
let shipsOf: { text: string; names: Set<string> } | undefined;
/** The names written after a ship's prefix in the text, read once per text. */
function shipNames(text: string): Set<string> {
  if (shipsOf?.text !== text) {
    const names = new Set<string>();
    for (const m of text.matchAll(SHIP_NAMES)) names.add(m[1] ?? '');
    shipsOf = { text, names };
  }
  return shipsOf.names;
}
/** An edition's year before a name that "the" opens ("the 2027 X", "the 2026-27 X"). */
const YEAR_BEFORE = /\bthe\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+$/;
/** A law's, a treaty's or a bill's verbs before the name ("signed the X", "ratified the X", "passed the X"). */
const SIGNED_BEFORE = /\b(?:signed|signing|ratified|ratifying|passed|passing|enacted|repealed|amended|vetoed)\s+the\s+$/;

/** Connectors after a body's head word in its name ("Commission on …", "Ministry of …"). */
const HEAD_CONNECTORS = new Set(['of', 'on', 'for', 'de', 'del', 'da', 'do', 'des', 'du', 'di']);
/** A holder of a place's office before "of" ("the mayor of X"): X is as often the municipality's body. */
const OFFICE_OF = /\b(?:mayor|governor|council|people)\s+of\s+$/;

/**
 * What the patterns read before a name end with, tested first: the unanchored patterns that end at `$` try every position
 * of the 80 characters before a mention, these only where their first character stands.
 */
const COMMA_TAIL = /^\s+(?:the\s+)?["“]?$/iu;
const AS_END = /\sas\s+(?:the\s+)?["“]?$/iu;
const OF_END = /\sof\s+$/;
const AND_OR_END = /\s(?:and|or)\s+$/;

/** Whether `before` ends with a comma and {@link COMMA_TAIL}, as {@link THING_BEFORE} and {@link INTRO_BEFORE} do (its last comma: the tail has none). */
function commaEnds(before: string): boolean {
  const comma = before.lastIndexOf(',');
  return comma >= 0 && COMMA_TAIL.test(before.slice(comma + 1));
}

/** Whether one mention of a name of two words or more is shown to be a place, an event, a product or a title. */
export function thingMention(text: string, m: ActorMention): boolean {
  if (thingByWords(m.text)) return true;
  if (MODEL_TOKEN.test(m.text)) return true;
  const [start, end] = extentOf(text, m.start, m.end);
  const before = text.slice(Math.max(0, start - SPAN), start);
  const after = text.slice(end, end + SPAN);
  return (
    (commaEnds(before) && THING_BEFORE.test(before) && !INTRO_BEFORE.test(before)) ||
    (AS_END.test(before) && KNOWN_AS_BEFORE.test(before)) ||
    UNDER_BEFORE.test(before) ||
    LAUNCH_BEFORE.test(before) ||
    (OF_END.test(before) && PLACE_NOUN_BEFORE.test(before)) ||
    (AND_OR_END.test(before) && PLACES_OF_LIST.test(before)) ||
    YEAR_BEFORE.test(before) ||
    SIGNED_BEFORE.test(before) ||
    shipNames(text).has(m.text) ||
    thingApposition(after) ||
    MODEL_NUMBER_AFTER.test(after) ||
    EVENT_AFTER.test(after) ||
    PLACE_NOUN_AFTER.test(after) ||
    DIRECTION_AFTER.test(after) ||
    (strongPlaceContext(text, start, end) && !OFFICE_OF.test(before)) ||
    placeContext(text, start, end)
  );
}
