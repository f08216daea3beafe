import { placeNamed, type PlaceKind } from '../extract/gazetteer.js';
import { nameTokens } from '../extract/tokens.js';
import { linkUndatedPlaces, placesAbove, placesNest, type ClaimLink } from '../link/index.js';
import type { Registry } from '../registry/model.js';
import type { ActorMention } from '../types.js';
import type { Check, CheckFinding } from './check.js';

const message = (text: string, factId: string, place: string): string =>
  `Claim places the event in \`${text}\`, registry fact \`${factId}\` says \`${place}\``;

/** A place named as where something happened: "in Vilnius", "held at City Hall", "in Vilnius, Lithuania". */
function locative(text: string, place: ActorMention, previous: ActorMention | undefined): boolean {
  // A possessive names an owner, not where something happened ("in Kyiv's long search").
  if (/^['’]s?\b/.test(text.slice(place.end, place.end + 3))) return false;
  const before = text.slice(Math.max(0, place.start - 16), place.start);
  if (/\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$/i.test(before)) return true;
  return !!previous && previous.type === 'place' && /^,\s*$/.test(text.slice(previous.end, place.start)) && locative(text, previous, undefined);
}

/** The gazetteer's kind and common name of a place written as `text`, if it knows it. */
function gazetteerPlace(text: string): { kind: PlaceKind; name: string } | undefined {
  const p = placeNamed(nameTokens(text).join(' '));
  return p && { kind: p.kind, name: p.name };
}

/**
 * Whether a place the registry does not know (but the gazetteer does) cannot lie in or
 * around the fact's place: `true` when it surely cannot, `false` when it nests or may.
 * Two cities of different names never nest; a country, state or continent nests
 * with the fact's place when the registry's `within` chain of that place holds a
 * place of the same name, and surely not when the chain holds another place of its
 * kind. A city against a larger fact place may lie inside it: not reported.
 */
function surelyElsewhere(registry: Registry, mention: ActorMention, factPlace: string): boolean {
  const mine = gazetteerPlace(mention.text);
  if (!mine) return false;
  const chain = [factPlace, ...placesAbove(registry, factPlace)];
  let sameKind = false;
  for (const id of chain) {
    const actor = registry.actors.get(id);
    if (!actor) continue;
    for (const spelling of [actor.name, ...actor.aliases]) {
      const theirs = gazetteerPlace(spelling);
      if (!theirs) continue;
      if (theirs.name === mine.name) return false;
      if (theirs.kind === mine.kind) sameKind = true;
    }
  }
  return sameKind;
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
      // Registered places, and places only the gazetteer knows ("in Istanbul").
      const places = link.claim.places.filter((p) => (p.form === 'unregistered' ? p.type === 'place' : registry.actors.get(p.id)?.type === 'place'));
      const where = places.filter((p, i) => locative(article.text, p, places[i - 1]));
      const [at] = where;
      if (!at) return;
      const elsewhere = (p: ActorMention): boolean => (p.form === 'unregistered' ? surelyElsewhere(registry, p, fact.place!) : !placesNest(registry, p.id, fact.place!));
      if (!where.every(elsewhere)) return;
      const place = registry.actors.get(fact.place)!;
      out.push({
        span: at,
        message: message(at.text, fact.id, place.name),
        expected: [place.name],
        ...(link.markerFix ? { fixes: [link.markerFix] } : {}),
        related: [{ location: fact.location, message: `Fact \`${fact.id}\`, place \`${fact.place}\`` }],
      });
    };
    for (const link of links) check(link);
    // Undated sentences linked as restatements were checked above.
    const linked = new Set<number>();
    for (const link of links) linked.add(link.claim.start);
    for (const link of linkUndatedPlaces(article, claims, actors, dates, registry)) if (!linked.has(link.claim.start)) check(link);
    return out;
  },
};
