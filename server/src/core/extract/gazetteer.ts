import { CITIES, CONTINENTS, COUNTRIES, DEMONYMS, GIVEN_NAMES, STATES } from './gazetteer-data.js';
import { nameTokens } from './tokens.js';

/** What kind of place a gazetteer entry is. */
export type PlaceKind = 'country' | 'continent' | 'state' | 'city';

/** A place known to the gazetteer. */
export interface Place {
  /** The common name, shared by every spelling of the place ("US", "U.S." → "United States"). */
  name: string;
  kind: PlaceKind;
  /** Acronyms (US, UK, UAE) match only when written in capitals. */
  exactCase: boolean;
}

interface Gazetteer {
  /** Normalised token sequence (space-joined) → place. */
  places: Map<string, Place>;
  /** Every proper prefix of a place key, so longest-match lookups know when to stop. */
  maxTokens: number;
  demonyms: Set<string>;
  givenNames: Set<string>;
}

let gazetteer: Gazetteer | undefined;

/** Builds the lookup tables once, on first use (about 20k entries, a few milliseconds). */
function load(): Gazetteer {
  if (gazetteer) return gazetteer;
  const places = new Map<string, Place>();
  let maxTokens = 1;
  const add = (spelling: string, name: string, kind: PlaceKind): void => {
    const tokens = nameTokens(spelling);
    if (!tokens.length) return;
    const key = tokens.join(' ');
    // Countries win over cities of the same name; the first spelling of a key wins otherwise.
    if (places.has(key)) return;
    const letters = spelling.replace(/[^\p{L}]/gu, '');
    places.set(key, { name, kind, exactCase: letters === letters.toUpperCase() });
    maxTokens = Math.max(maxTokens, tokens.length);
  };
  for (const pair of COUNTRIES.split('|')) {
    const [spelling, name] = pair.split('=');
    add(spelling!, name ?? spelling!, 'country');
  }
  for (const c of CONTINENTS.split('|')) add(c, c, 'continent');
  for (const s of STATES.split('|')) add(s, s, 'state');
  for (const c of CITIES.split('|')) add(c, c, 'city');
  const demonyms = new Set<string>();
  for (const d of DEMONYMS.split('|')) {
    const key = nameTokens(d).join(' ');
    demonyms.add(key);
    demonyms.add(`${key}s`);
  }
  const givenNames = new Set(GIVEN_NAMES.split('|').map((n) => nameTokens(n).join(' ')));
  gazetteer = { places, maxTokens, demonyms, givenNames };
  return gazetteer;
}

/** The place whose spelling is exactly these normalised tokens, if any. */
export function placeNamed(key: string): Place | undefined {
  return load().places.get(key);
}

/** The most tokens a place name has. */
export function placeMaxTokens(): number {
  return load().maxTokens;
}

/** Whether a normalised word (or words) is a demonym ("ukrainian", "americans", "south korean"). */
export function isDemonym(key: string): boolean {
  return load().demonyms.has(key);
}

/** Whether a normalised word is a common given name ("keir", "maria"). */
export function isGivenName(norm: string): boolean {
  return load().givenNames.has(norm);
}
