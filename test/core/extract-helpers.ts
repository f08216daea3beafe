import { extractActors } from '../../server/src/core/extract/actors.js';
import { extractClaims } from '../../server/src/core/extract/claims.js';
import { extractDates } from '../../server/src/core/extract/dates.js';
import { mergeRegistry, parseArticle, parseRegistryFile } from '../../server/src/core/index.js';
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
  const actors = extractActors(article, registry);
  const dates = extractDates(article, { reference: date });
  const claims = extractClaims(article, dates, actors);
  return { text, actors, dates, claims };
}

/** Actors as `text:type:id:form` strings, in text order. */
export const actorList = (actors: readonly ActorMention[]): string[] => actors.map((a) => `${a.text}:${a.type}:${a.id}:${a.form}`);
