import assert from 'node:assert/strict';
import { extractActors } from '../../server/src/core/extract/actors.js';
import { extractClaims } from '../../server/src/core/extract/claims.js';
import { extractDates } from '../../server/src/core/extract/dates.js';
import { articleUnits } from '../../server/src/core/extract/blocks.js';
import { actorsOutsideDays } from '../../server/src/core/extract/events.js';
import { analyzeArticle, mergeRegistry, parseArticle, parseRegistryFile } from '../../server/src/core/index.js';
import type { ActorMention, Claim, DateMention } from '../../server/src/core/types.js';

/** An invented registry for the extraction tests (no names from the shared corpus). */
export const REGISTRY_YAML = `version: 1
actors:
  arvis-dumins:
    name: Ārvis Dūmiņš
    type: person
    variants: [Arvis Duminsh]
  latvia:
    name: Latvia
    type: place
  european-union:
    name: European Union
    type: organization
    aliases: [EU]
  harbour-board:
    name: Harbour Board
    type: organization
    aliases: [harbour board of the north]
facts: {}
`;

/** Extraction of one invented article, as `analyzeArticle` runs it. */
export function extract(body: string, options: { date?: string; registry?: string; markdown?: boolean } = {}): {
  text: string;
  actors: ActorMention[];
  dates: DateMention[];
  claims: Claim[];
} {
  const date = options.date ?? '2026-01-26';
  const text = `---\ntitle: "A test article"\ndate: ${date}\n---\n${body}`;
  const article = parseArticle('file:///desk/test.md', text, { markdown: options.markdown ?? true });
  const registry = mergeRegistry([parseRegistryFile('file:///desk/facts.yaml', options.registry ?? REGISTRY_YAML)]);
  const named = extractActors(article, registry);
  const dates = extractDates(article, { reference: date, places: named.filter((a) => a.type === 'place'), bodies: named.filter((a) => a.type === 'organization') });
  const actors = actorsOutsideDays(named, dates, article, articleUnits(article));
  const claims = extractClaims(article, dates, actors);
  return { text, actors, dates, claims };
}

/** Actors as `text:type:id:form` strings, in text order. */
export const actorList = (actors: readonly ActorMention[]): string[] => actors.map((a) => `${a.text}:${a.type}:${a.id}:${a.form}`);

const PEOPLE = ['Ilze Berzina', 'Jonas Petraitis', 'Mikko Laine', 'Ārvis Dūmiņš', 'Tom Heller', 'Sandra Ferreira'];
const BODIES = ['the Harbour Board', 'the Bank of Latvia', 'Kestrel Microsystems', 'the European Union', 'NATO', 'the Ministry of Finance'];
const PLACES = ['Riga', 'Tallinn', 'Latvia', 'the United States', 'Vilnius', 'Oslo'];
const DATES = ['on Monday', 'on January 22', 'late Thursday', 'on 22 January 2026', 'last week', 'over the weekend', 'in February', 'on Jan. 5', ''];
const TEMPLATES: ((p: string, b: string, pl: string, d: string, n: number) => string)[] = [
  (p: string, b: string, pl: string, d: string) => `${p} said ${d} that ${b} would meet officials in ${pl} to discuss the new port tariffs.`,
  (p: string, b: string, pl: string, d: string) => `"We are not there yet," ${p.split(' ')[1]} told reporters in ${pl} ${d}, adding that ${b} had asked for more time.`,
  (p: string, b: string, pl: string, d: string, n: number) => `According to ${b}, about ${(n * 37) % 900 + 100} workers in ${pl} stopped work ${d} for nearly four hours, ${p.split(' ')[0]} said.`,
  (p: string, b: string, pl: string, d: string) => `Finance Minister ${p} and officials from ${b} met U.S. and EU envoys ${d} in ${pl}.`,
  (_p: string, b: string, pl: string, d: string, n: number) => `The talks in ${pl}, the ${n + 1}th round since 2019, were described by ${b} as "constructive" ${d}.`,
];

/** A Markdown article of about `words` words, made of varied invented news sentences, headings and boilerplate. */
export function generateArticle(words: number): string {
  const out = ['---', 'title: "Generated article"', 'date: 2026-01-26', '---', '# Port Talks Resume as Unions Weigh Strike', '', 'By Jane Whitfield | 26.01.2026 | 5 Mins Read', ''];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++) {
      const n = i * 4 + k;
      const s = TEMPLATES[n % TEMPLATES.length]!(PEOPLE[n % PEOPLE.length]!, BODIES[(n * 7) % BODIES.length]!, PLACES[(n * 5) % PLACES.length]!, DATES[(n * 3) % DATES.length]!, n).replace(/\s+([,.])/g, '$1').replace(/\s{2,}/g, ' ');
      sentences.push(s);
      count += s.split(/\s+/).length;
    }
    out.push(sentences.join(' '), '');
    if (i % 6 === 5) out.push('## Talks Continue in the Capital', '', 'Related Post', '');
  }
  return out.join('\n');
}

/** An empty registry: every actor found is one no registry knows. */
export const EMPTY = 'version: 1\nactors: {}\nfacts: {}\n';

/** The actors of `body` with an empty registry, as `text:type`. */
export const typed = (body: string): string[] => extract(body, { registry: EMPTY }).actors.map((a) => `${a.text}:${a.type}`);

/** Asserts that `body`, with an empty registry, yields every one of `expected` (`text:type`). */
export const has = (body: string, ...expected: string[]): void => {
  const names = typed(body);
  for (const e of expected) assert.ok(names.includes(e), `${e} not in ${names.join(', ')}`);
};

/** Asserts that `body`, with an empty registry, yields none of `unexpected` (`text:type`). */
export const lacks = (body: string, ...unexpected: string[]): void => {
  const names = typed(body);
  for (const e of unexpected) assert.ok(!names.includes(e), `${e} in ${names.join(', ')}`);
};

/** The `actor.unregistered` findings (their spans' text) and the actors of an invented article with no registry, as `analyzeArticle` reports them. */
export function unregisteredReport(body: string): { findings: string[]; actors: ActorMention[] } {
  const text = `---\ndate: 2026-03-04\n---\n${body}\n`;
  const a = analyzeArticle('file:///w/a.md', text, mergeRegistry([]), { today: '2026-03-04' });
  return { findings: a.findings.filter((f) => f.code === 'actor.unregistered').map((f) => text.slice(f.span.start, f.span.end)), actors: a.actors };
}
