import { valueBounds } from '../iso.js';
import type { ClaimLink } from '../link/index.js';
import type { Registry, RegistryFact } from '../registry/model.js';
import type { Article, Fix } from '../types.js';
import type { Check, CheckFinding } from './check.js';
import { insertMarkerFix } from '../link/index.js';

const messages = {
  superseded: (id: string, newer: RegistryFact) =>
    `Fact \`${id}\` is stated as current but is superseded by \`${newer.id}\` (${newer.date}); report the newer fact or date this one as history`,
  supersededNoSuccessor: (id: string) => `Fact \`${id}\` is stated as current but is superseded; report the newer fact or date this one as history`,
  retracted: (id: string) => `Fact \`${id}\` is retracted; remove the claim or correct it`,
  false: (id: string) => `Fact \`${id}\` is marked false; remove the claim or correct it`,
  overdue: (id: string, reviewBy: string) =>
    `Fact \`${id}\` is stated as current but was due for review on ${reviewBy}; re-verify it in the registry or date the claim as history`,
};

const firstDay = (fact: RegistryFact): string => valueBounds(fact.date)?.first ?? fact.date;

/** The newest fact of the supersession chain that is dated on or before `day` (cycles stop the walk). */
export function newestAt(registry: Registry, fact: RegistryFact, day: string): RegistryFact | undefined {
  let newest: RegistryFact | undefined;
  const seen = new Set([fact.id]);
  for (let next = fact.supersededBy ? registry.facts.get(fact.supersededBy) : undefined; next && !seen.has(next.id); ) {
    if (firstDay(next) > day) break;
    newest = next;
    seen.add(next.id);
    next = next.status === 'superseded' && next.supersededBy ? registry.facts.get(next.supersededBy) : undefined;
  }
  return newest;
}

/** Whether the sentence dates what it says in the past ("On January 22, X said ..."), so it reads as history. */
function datedAsHistory(link: ClaimLink, reference: string): boolean {
  return link.claim.dates.some((d) => {
    const b = valueBounds(d.value);
    return b !== undefined && b.last < reference;
  });
}

function linkNewerFix(article: Article, link: ClaimLink, newer: RegistryFact): Fix {
  const marker = link.claim.markers.find((m) => m.id === link.factId);
  const title = `Link the newer fact \`${newer.id}\``;
  if (marker) return { title, edits: [{ uri: article.uri, span: marker.idSpan, newText: newer.id }] };
  return insertMarkerFix(article, link.claim, newer.id, title);
}

/**
 * `claim.stale`: at the reference date the linked fact is superseded (by a
 * fact dated on or before it), retracted, false, or past `review_by`, and the
 * sentence states it as current. A sentence that dates the statement in the
 * past is history and not stale, except for retracted or false facts, which
 * are never safe to repeat.
 */
export const claimStale: Check = {
  code: 'claim.stale',
  run({ links, registry, reference, article }) {
    const out: CheckFinding[] = [];
    const seen = new Set<string>();
    for (const link of links) {
      const fact = registry.facts.get(link.factId);
      // An inferred link without a date comes from an undated sentence that states the fact as current.
      if (!fact) continue;
      const key = `${link.claim.start}:${fact.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const related = [{ location: fact.location, message: `Fact \`${fact.id}\` (${fact.status})` }];
      if (fact.status === 'retracted' || fact.status === 'false') {
        out.push({ span: link.claim, message: messages[fact.status](fact.id), related });
        continue;
      }
      if (datedAsHistory(link, reference)) continue;
      if (fact.status === 'superseded') {
        const newer = fact.supersededBy ? newestAt(registry, fact, reference) : undefined;
        // A sentence that also cites the newer fact reports the update ("was ready [@a], but now [@b]").
        if (newer && link.claim.markers.some((m) => m.id === newer.id || m.id === fact.supersededBy)) continue;
        if (newer) {
          out.push({
            span: link.claim,
            message: messages.superseded(fact.id, newer),
            fixes: [linkNewerFix(article, link, newer)],
            related: [...related, { location: newer.location, message: `Newer fact \`${newer.id}\` (${newer.date})` }],
          });
          continue;
        }
        if (!fact.supersededBy) {
          out.push({ span: link.claim, message: messages.supersededNoSuccessor(fact.id), related });
          continue;
        }
      }
      if (fact.reviewBy && fact.reviewBy < reference) out.push({ span: link.claim, message: messages.overdue(fact.id, fact.reviewBy), related });
    }
    return out;
  },
};
