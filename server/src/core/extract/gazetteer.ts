import { CITIES, CONTINENTS, COUNTRIES, DEMONYMS, DIVISION_VOTES, DIVISIONS, GIVEN_NAMES, PLACE_HEADS, PLACE_PARTICLES, STATES, SURNAMES, TOWNS, VILLAGES } from './gazetteer-data.js';
import { nameTokens } from './tokens.js';

/** What kind of place a gazetteer entry is (`state`: a US state or a first-level division of any country). */
export type PlaceKind = 'country' | 'continent' | 'state' | 'city';

/** A place known to the gazetteer. */
export interface Place {
  /** The common name, shared by every spelling of the place ("US", "U.S." → "United States"). */
  name: string;
  kind: PlaceKind;
  /** Acronyms (US, UK, UAE) match only when written in capitals. */
  exactCase: boolean;
  /** A first-level division's country (ISO code: `MX` for Michoacán). */
  country?: string;
}

interface Gazetteer {
  /** Normalised token sequence (space-joined) → place. */
  places: Map<string, Place>;
  /** Every proper prefix of a place key, so longest-match lookups know when to stop. */
  maxTokens: number;
  /** Keys of places whose names hold a lowercase word glued after an apostrophe ("people s republic of china"). */
  glued: string[];
  demonyms: Set<string>;
  givenNames: Set<string>;
  surnames: Set<string>;
}

let gazetteer: Gazetteer | undefined;

/**
 * The words of a front-coded list (scripts/gazetteer.mjs): each word opens with a
 * capital letter that counts the letters it shares with the word before (A = 0).
 */
export function unpackWords(packed: string): Set<string> {
  const words = new Set<string>();
  let prev = '';
  let from = 0;
  for (let i = 1; i <= packed.length; i++) {
    const c = packed.charCodeAt(i);
    // The next word starts at a capital letter (or the list ends).
    if (i < packed.length && !(c >= 65 && c <= 90)) continue;
    const word = prev.slice(0, packed.charCodeAt(from) - 65) + packed.slice(from + 1, i);
    words.add(word);
    prev = word;
    from = i;
  }
  return words;
}

/** A lowercase letter glued after an apostrophe inside a name ("People's", "Repoblikan'i"). */
const GLUED = /\p{L}['’]\p{Ll}/u;

/** Builds the lookup tables once, on first use (about 20k entries, a few milliseconds). */
function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const places = new Map<string, Place>();
  let maxTokens = 1;
  const glued: string[] = [];
  const add = (spelling: string, name: string, kind: PlaceKind, country?: string): void => {
    const tokens = nameTokens(spelling);
    if (!tokens.length) return;
    const key = tokens.join(' ');
    // Countries win over cities of the same name; the first spelling of a key wins otherwise.
    if (places.has(key)) return;
    const letters = spelling.replace(/[^\p{L}]/gu, '');
    places.set(key, { name, kind, exactCase: letters === letters.toUpperCase(), ...(country ? { country } : {}) });
    if (GLUED.test(spelling)) glued.push(key);
    maxTokens = Math.max(maxTokens, tokens.length);
  };
  for (const pair of COUNTRIES.split('|')) {
    const [spelling, name] = pair.split('=');
    add(spelling!, name ?? spelling!, 'country');
  }
  for (const c of CONTINENTS.split('|')) add(c, c, 'continent');
  for (const s of STATES.split('|')) add(s, s, 'state');
  for (const c of CITIES.split('|')) add(c, c, 'city');
  // First-level divisions, as keys (a long form names its short one: "michoacan de ocampo=michoacan").
  for (const [country, packed] of Object.entries(DIVISIONS)) {
    for (const entry of unpackWords(packed)) {
      const at = entry.indexOf('=');
      const key = at < 0 ? entry : entry.slice(0, at);
      add(key, at < 0 ? entry : entry.slice(at + 1), 'state', country);
    }
  }
  const demonyms = new Set<string>();
  for (const d of DEMONYMS.split('|')) {
    const key = nameTokens(d).join(' ');
    demonyms.add(key);
    demonyms.add(`${key}s`);
  }
  gazetteer = { places, maxTokens, glued, demonyms, givenNames: unpackWords(GIVEN_NAMES), surnames: unpackWords(SURNAMES) };
  return gazetteer;
}

/** The place whose spelling is exactly these normalised tokens, if any. */
export function placeNamed(key: string): Place | undefined {
  return load().places.get(key);
}

let possessivePrefixes: Set<string> | undefined;
/**
 * Whether normalised tokens open a place's name that holds a lowercase word glued after an apostrophe, a possessive's or
 * another's ("people s" of "People's Republic of China", "repoblikan i" of "Repoblikan'i Madagasikara": the finder's tokens
 * end at the apostrophe), up to its end.
 */
export function opensGluedPlace(key: string): boolean {
  if (!possessivePrefixes) {
    possessivePrefixes = new Set();
    for (const k of load().glued) {
      const words = k.split(' ');
      for (let n = 2; n <= words.length; n++) possessivePrefixes.add(words.slice(0, n).join(' '));
    }
  }
  return possessivePrefixes.has(key);
}

/** The most tokens a place name has. */
export function placeMaxTokens(): number {
  return load().maxTokens;
}

/** Whether a normalised word (or words) is a demonym ("ukrainian", "americans", "south korean"). */
export function isDemonym(key: string): boolean {
  return load().demonyms.has(key);
}

/** Whether a normalised word is a given name ("keir", "maria", "chiamaka", "dewi"). */
export function isGivenName(norm: string): boolean {
  return load().givenNames.has(norm);
}

/** Whether a normalised word is a known surname that is no common English word nor place ("okafor", "nguyen", "kowalczyk"). */
export function isSurname(norm: string): boolean {
  return load().surnames.has(norm);
}

let towns: Set<string> | undefined;
/** Divisions that only vote → their country. */
let votingDivisions: Map<string, string> | undefined;
let particles: Set<string> | undefined;

/**
 * Whether normalised tokens (space-joined) name a town below the gazetteer's cities (GeoNames towns of
 * 15,000 inhabitants or more, less those named like a common word, a given name or a surname: "radomsko",
 * "stalowa wola"), or a first-level division named like one ("kerry", "guerrero"). Weak evidence: it types
 * a name only where the rules have none better.
 */
export function isTown(key: string): boolean {
  return loadTowns().towns.has(key);
}

/** The towns and the divisions that only vote, unpacked on first use. */
function loadTowns(): { towns: Set<string>; votingDivisions: Map<string, string> } {
  if (!towns || !votingDivisions) {
    towns = unpackWords(TOWNS);
    votingDivisions = new Map();
    for (const [country, packed] of Object.entries(DIVISION_VOTES)) {
      for (const d of unpackWords(packed)) {
        towns.add(d);
        if (!votingDivisions.has(d)) votingDivisions.set(d, country);
      }
    }
  }
  return { towns, votingDivisions };
}

/** The country (ISO code) of a first-level division named by normalised tokens, also one that only votes ("kerry": `IE`). */
export function divisionCountry(key: string): string | undefined {
  const place = placeNamed(key);
  return place ? place.country : loadTowns().votingDivisions.get(key);
}

const villages = new Map<string, Set<string>>();

/**
 * Whether normalised tokens name a town ({@link isTown}) or a village of one of `countries` (ISO codes: the
 * article's own country, or a division's it names): seats of local government of any size and places of
 * 5,000 inhabitants or more ("rosendal" in a Norwegian story). A country's villages are unpacked on first use.
 */
export function isLocalTown(key: string, countries: ReadonlySet<string> | undefined): boolean {
  if (isTown(key)) return true;
  if (!countries) return false;
  for (const cc of countries) {
    let set = villages.get(cc);
    if (!set) villages.set(cc, (set = unpackWords(VILLAGES[cc] ?? '')));
    if (set.has(key)) return true;
  }
  return false;
}

/** Whether a lowercase word stands inside the names of places ("es" of "Dar es Salaam", "am", "upon", "sur"). */
export function isPlaceParticle(word: string): boolean {
  particles ??= new Set(PLACE_PARTICLES.split('|'));
  return particles.has(word);
}

let placeHeads: Set<string> | undefined;
/**
 * Whether a normalised word opens many places' names of several words in the data ("kampung", "kafr", "ain", "puerto",
 * "sidi"; counted by scripts/gazetteer.mjs, not chosen): a name it leads is a place where nothing says a person or a body.
 */
export function isPlaceHead(word: string): boolean {
  placeHeads ??= new Set(PLACE_HEADS.split('|'));
  return placeHeads.has(word);
}
