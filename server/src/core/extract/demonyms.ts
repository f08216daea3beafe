// Demonyms of regions that no list names, by their morphology (issue 15): a region's people and
// their adjective ("Bavarian", "Sicilians", "Balinese", "Punjabi", "Flemish") name no actor.
import { isCommonWord } from './common-words.js';
import { divisionCountry, isDemonym, isGivenName, isSurname, placeNamed } from './gazetteer.js';
import { LANGUAGE_NAMES } from './language-data.js';
import { libraryVote } from './library-vote.js';

/**
 * English endings of a demonym and what the region's name ends in instead, tried in order: "Bavarian"
 * of "Bavaria", "Sicilian" of "Sicily", "Tuscan" of "Tuscany", "Balinese" of "Bali", "Madurese" of
 * "Madura", "Assamese" of "Assam", "Punjabi" of "Punjab", "Kurdish" of "Kurdistan".
 */
const DERIVATIONS: readonly (readonly [string, string])[] = [
  ['n', ''],
  ['ian', 'y'],
  ['an', 'any'],
  ['ian', ''],
  ['nese', ''],
  ['ese', 'a'],
  ['ese', ''],
  ['i', ''],
  ['ish', 'istan'],
];

/** Endings that make a proper adjective of a people or a language whatever the stem ("Flemish", "Cornish"; "Cantonese", "Viennese"). */
const PEOPLE_ENDING = /^[a-z]{4,}ish$|^[a-z]{4,}ese$/;

/**
 * The adjectives and nouns of faiths, their branches and religious orders ("a Jesuit priest", "Sunni clerics", "a
 * Pentecostal pastor"): like a people's, they name no actor alone. A closed class of English, without the words that are
 * also given names or surnames ("Christian", "Baptist").
 */
const FAITHS = new Set(`jesuit franciscan benedictine carmelite salesian capuchin trappist augustinian sunni shia shiite alawite druze ismaili
  sufi salafi salafist wahhabi coptic copt catholic protestant anglican episcopalian methodist lutheran presbyterian calvinist pentecostal
  evangelical adventist mormon quaker mennonite amish buddhist hindu muslim sikh jain zoroastrian bahai rastafarian`.split(/\s+/));

/** Whether a normalised word is a faith's, a branch's or an order's adjective or noun, singular ("hindu", "jain", "jesuit"). */
export function isFaith(key: string): boolean {
  return FAITHS.has(key);
}

/** Whether a region (a first-level division, also one named like a person, "Calabria"; a country; or a region compromise knows) has this name. */
function isRegion(key: string): boolean {
  const place = placeNamed(key);
  return (place !== undefined && (place.kind === 'state' || place.kind === 'country')) || divisionCountry(key) !== undefined || libraryVote(key) === 'place';
}

/**
 * Whether a normalised word (or words) is a demonym: one the gazetteer lists ("ukrainian", "catalans"), or one
 * word that a region's name makes by an English ending, or that ends in `-ish` or `-ese`, and that is no given
 * name, surname or common word ("bavarian", "sicilians", "balinese", "flemish"; not "adrian", "norman").
 */
export function isDemonymKey(key: string): boolean {
  if (isDemonym(key) || FAITHS.has(key) || (key.endsWith('s') && FAITHS.has(key.slice(0, -1)))) return true;
  if (key.length < 5 || !/^[a-z]+$/.test(key)) return false;
  const word = key.endsWith('s') && !key.endsWith('ss') && !key.endsWith('ese') ? key.slice(0, -1) : key;
  if (isCommonWord(word) || isGivenName(word) || isSurname(word) || isCommonWord(key)) return false;
  if (PEOPLE_ENDING.test(word) && word === key) return true;
  for (const [ending, region] of DERIVATIONS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    // ("Bavarian" from "Bavaria": the ending "n" only after an "a".)
    if (ending === 'n' && !stem.endsWith('a')) continue;
    if (ending === 'i' && /[aeiou]$/.test(stem)) continue;
    if (isRegion(stem + region)) return true;
  }
  return false;
}

/**
 * Whether a normalised word is a language's one-word name (ISO 639-1's, language-data.ts: "zulu", "sinhala") that names no
 * place, is no given name and no common word (session 18): alone it is the language or its people, no actor, unless a
 * person of the article bears it (the caller's `surnameInArticle`). Catches the names the gazetteer's demonyms leave out
 * as surnames.
 */
export function isLanguageWord(key: string): boolean {
  return LANGUAGE_NAMES.has(key) && !isRegion(key) && placeNamed(key) === undefined && !isGivenName(key) && !isCommonWord(key);
}
