import { linkUndatedPlaces, placesNest, type ClaimLink } from '../link/index.js';
import type { ActorMention } from '../types.js';
import type { Check, CheckFinding } from './check.js';

const message = (text: string, factId: string, place: string): string =>
  `Claim places the event in \`${text}\`, registry fact \`${factId}\` says \`${place}\``;

/** A place named as where something happened: "in Vilnius", "held at City Hall", "in Vilnius, Lithuania". */
function locative(text: string, place: ActorMention, previous: ActorMention | undefined): boolean {
  const before = text.slice(Math.max(0, place.start - 16), place.start);
  if (/\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$/i.test(before)) return true;
  return !!previous && previous.type === 'place' && /^,\s*$/.test(text.slice(previous.end, place.start)) && locative(text, previous, undefined);
}

/**
 * `claim.place-mismatch`: a linked claim says where the event happened, and no
 * place it names that way nests with the fact's `place` (a city inside the
 * fact's country, or the country of the fact's city, is no mismatch). Undated
 * sentences that name all of a fact's actors and words are checked too.
 */
export const claimPlaceMismatch: Check = {
  code: 'claim.place-mismatch',
  run({ links, registry, article, claims, actors, dates }) {
    const out: CheckFinding[] = [];
    const check = (link: ClaimLink): void => {
      const fact = registry.facts.get(link.factId);
      if (!fact?.place || !link.claim.places.length || !registry.actors.has(fact.place)) return;
      const places = link.claim.places.filter((p) => p.form !== 'unregistered' && registry.actors.get(p.id)?.type === 'place');
      const where = places.filter((p, i) => locative(article.text, p, places[i - 1]));
      if (!where.length || where.some((p) => placesNest(registry, p.id, fact.place!))) return;
      const place = registry.actors.get(fact.place)!;
      out.push({
        span: where[0]!,
        message: message(where[0]!.text, fact.id, place.name),
        expected: [place.name],
        related: [{ location: fact.location, message: `Fact \`${fact.id}\`, place \`${fact.place}\`` }],
      });
    };
    for (const link of links) check(link);
    for (const link of linkUndatedPlaces(article, claims, actors, dates, registry)) check(link);
    return out;
  },
};
