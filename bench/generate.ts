/**
 * Deterministic generator of news-like articles and fact registries for the
 * benchmarks and robustness tests. All names are invented from syllables, so no
 * real person or corpus sentence appears; the registry is the list of known names.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'br', 'c', 'd', 'dr', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'io'];
const CODAS = ['', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'm', 'x'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORG_KINDS = ['Water Authority', 'Transport Board', 'Housing Trust', 'Port Company', 'Health Service', 'Energy Group', 'Workers Union', 'City Council'];
const TITLES = ['Mayor', 'Chief Executive', 'Director of Operations', 'Minister of Finance', 'Chair', 'Spokesperson'];
const NOUNS = ['contract', 'budget', 'plan', 'inquiry', 'strike', 'tender', 'report', 'agreement', 'settlement', 'audit'];
const VERBS = ['announced', 'confirmed', 'rejected', 'approved', 'signed', 'postponed', 'published', 'withdrew'];
const FILLER = [
  'Residents have waited months for a decision, and several community groups said the delay had already cost local businesses.',
  'The figures were not independently verified, and officials declined to give a breakdown by district.',
  'Critics argue that the process lacked transparency from the start.',
  'A public meeting is expected to follow, although no venue has been agreed.',
  'Neither side would comment on the details of the negotiations.',
  'The dispute has drawn attention from regional newspapers and national broadcasters alike.',
];

/** An invented capitalised word of 2–3 syllables. */
function word(r: () => number): string {
  const n = 2 + Math.floor(r() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += pick(r, ONSETS) + pick(r, VOWELS) + (i === n - 1 ? pick(r, CODAS) : '');
  return s[0]!.toUpperCase() + s.slice(1);
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** A generated actor. */
export interface GenActor {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'place';
  title?: string;
  variant?: string;
}

/** A generated fact. */
export interface GenFact {
  id: string;
  claim: string;
  date: string;
  actors: string[];
  status: 'confirmed' | 'superseded' | 'developing';
}

/** A generated desk: actors and facts, and the registry YAML text for them. */
export interface GenDesk {
  actors: GenActor[];
  facts: GenFact[];
  yaml: string;
}

/** Generates a registry of `actorCount` actors and `factCount` facts. */
export function generateDesk(actorCount: number, factCount: number, seed = 1): GenDesk {
  const r = rng(seed);
  const actors: GenActor[] = [];
  const seen = new Set<string>();
  while (actors.length < actorCount) {
    const k = actors.length % 5;
    const type = k < 3 ? 'person' : k === 3 ? 'organization' : 'place';
    const name = type === 'person' ? `${word(r)} ${word(r)}` : type === 'organization' ? `${word(r)} ${pick(r, ORG_KINDS)}` : word(r);
    const id = slug(name);
    if (seen.has(id)) continue;
    seen.add(id);
    const a: GenActor = { id, name, type };
    if (type === 'person') a.title = pick(r, TITLES);
    if (type === 'person' && r() < 0.2) a.variant = `${name.split(' ')[0]} ${name.split(' ')[1]!.replace(/[aeiou]/, 'y')}`;
    actors.push(a);
  }
  const facts: GenFact[] = [];
  const subjects = actors.filter((a) => a.type !== 'place');
  for (let i = 0; i < factCount; i++) {
    const who = pick(r, subjects.length ? subjects : actors);
    const noun = pick(r, NOUNS);
    // Facts spread over six years (a big desk's registry is mostly history); the first ones sit in early 2026.
    const year = i < 200 ? 2026 : 2021 + Math.floor(r() * 6);
    const date = `${year}-${pad(1 + Math.floor(r() * (year === 2026 ? 3 : 12)))}-${pad(1 + Math.floor(r() * 28))}`;
    facts.push({
      id: `f${i}-${slug(who.name).split('-')[0]}-${noun}`,
      claim: `${who.name} ${pick(r, VERBS)} the ${noun}.`,
      date,
      actors: [who.id],
      status: r() < 0.1 ? 'superseded' : r() < 0.2 ? 'developing' : 'confirmed',
    });
  }
  return { actors, facts, yaml: deskYaml(actors, facts) };
}

function deskYaml(actors: readonly GenActor[], facts: readonly GenFact[]): string {
  const out: string[] = ['# Generated registry for benchmarks.', 'version: 1', '', 'actors:'];
  for (const a of actors) {
    out.push(`  ${a.id}:`, `    name: ${a.name}`, `    type: ${a.type}`);
    if (a.variant) out.push(`    variants: [${a.variant}]`);
    if (a.title) out.push('    roles:', `      - {title: ${a.title}, from: 2020-01-01}`);
  }
  out.push('', 'facts:');
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    out.push(`  ${f.id}:`, `    claim: ${JSON.stringify(f.claim)}`, `    date: ${f.date}`, `    actors: [${f.actors.join(', ')}]`);
    if (f.status === 'superseded' && i + 1 < facts.length) out.push('    status: superseded', `    superseded_by: ${facts[i + 1]!.id}`);
    else out.push(`    status: ${f.status === 'superseded' ? 'confirmed' : f.status}`);
    out.push('    sources:', `      - outlet: Wire`, `        url: https://example.org/${f.id}`);
  }
  return out.join('\n') + '\n';
}

/** Options of one generated article. */
export interface ArticleOptions {
  words: number;
  seed?: number;
  /** Article date (ISO day). */
  date?: string;
}

/**
 * A news-like Markdown article of about `words` words: front matter, a headline,
 * section headings, paragraphs with registered and unregistered names, absolute,
 * weekday and relative dates, `[@id]` markers, links, quotes and inline code.
 */
export function generateArticle(desk: Pick<GenDesk, 'actors' | 'facts'>, options: ArticleOptions): string {
  const r = rng(options.seed ?? 7);
  const date = options.date ?? '2026-03-12';
  const people = desk.actors.filter((a) => a.type === 'person');
  const orgs = desk.actors.filter((a) => a.type === 'organization');
  const places = desk.actors.filter((a) => a.type === 'place');
  const someDate = (): { text: string; iso: string } => {
    const m = Math.floor(r() * 3);
    const d = 1 + Math.floor(r() * 28);
    const iso = `2026-${pad(m + 1)}-${pad(d)}`;
    const wd = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
    const form = r();
    const text = form < 0.3 ? `${wd}, ${MONTHS[m]} ${d}, 2026` : form < 0.7 ? `${MONTHS[m]} ${d}` : form < 0.85 ? `${d} ${MONTHS[m]} 2026` : pick(r, ['last week', 'on Monday', 'yesterday', 'last month']);
    return { text, iso };
  };
  const sentence = (): string => {
    const p = people.length ? pick(r, people) : undefined;
    const o = orgs.length ? pick(r, orgs) : undefined;
    const pl = places.length ? pick(r, places) : undefined;
    const f = desk.facts.length ? pick(r, desk.facts) : undefined;
    const when = someDate().text;
    const noun = pick(r, NOUNS);
    switch (Math.floor(r() * 9)) {
      case 0:
        return `${p ? (r() < 0.3 && p.variant ? p.variant : p.name) : 'A spokesperson'}, the ${p?.title ?? 'official'}, said on ${when} that the ${noun} would be ${pick(r, VERBS)} before ${pick(r, MONTHS)}.`;
      case 1:
        return `On ${when}, the ${o?.name ?? 'authority'} ${pick(r, VERBS)} the ${noun}${f ? ` [@${f.id}]` : ''}.`;
      case 2:
        return `"We will not accept this ${noun}," ${word(r)} ${word(r)}, a resident of ${pl?.name ?? 'the city'}, told reporters ${when}.`;
      case 3:
        return `${p?.name ?? 'The mayor'} met ${o?.name ?? 'the board'} in ${pl?.name ?? 'the capital'} on ${when} to discuss the ${noun}, according to [a statement](https://example.org/news/${Math.floor(r() * 1e6)}).`;
      case 4:
        return `The ${noun} was ${pick(r, VERBS)} by a vote of ${2 + Math.floor(r() * 9)} to ${Math.floor(r() * 5)}, with ${word(r)} ${word(r)} abstaining.`;
      case 5:
        return `Documents seen by the Courier, filed under \`ref-${Math.floor(r() * 9999)}\`, show the ${noun} was revised three times.`;
      default:
        return pick(r, FILLER);
    }
  };
  const parts: string[] = [`---`, `title: ${word(r)} ${pick(r, NOUNS)} row deepens`, `date: ${date}`, `author: ${word(r)} ${word(r)}`, `tags: [city, ${pick(r, NOUNS)}]`, `---`, '', `# ${word(r)} ${pick(r, NOUNS)} ${pick(r, VERBS)}`, ''];
  let count = 0;
  let paragraphs = 0;
  while (count < options.words) {
    if (paragraphs > 0 && paragraphs % 8 === 0) parts.push(`## ${word(r)} and the ${pick(r, NOUNS)}`, '');
    const n = 2 + Math.floor(r() * 4);
    const ps: string[] = [];
    for (let i = 0; i < n && count < options.words; i++) {
      const s = sentence();
      count += s.split(/\s+/).length;
      ps.push(s);
    }
    parts.push(ps.join(' '), '');
    paragraphs++;
  }
  return parts.join('\n');
}

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
