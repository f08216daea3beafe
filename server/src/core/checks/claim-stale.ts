import { valueBounds } from '../iso.js';
import type { ClaimLink } from '../link/index.js';
import type { Registry, RegistryFact } from '../registry/model.js';
import type { Article, Fix } from '../types.js';
import type { Check, CheckFinding } from './check.js';

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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Dates the sentence as history: "On January 25, " before it (the year too when it is not the
 * article's), so it no longer states the old fact as current. `undefined` when the fact is not
 * dated before the reference date (the sentence would still read as current).
 */
function historyFix(article: Article, link: ClaimLink, fact: RegistryFact, reference: string): Fix | undefined {
  const b = valueBounds(fact.date);
  if (!b || b.last >= reference) return undefined;
  const day = b.first;
  const when = `${MONTHS[+day.slice(5, 7) - 1]} ${+day.slice(8, 10)}${day.slice(0, 4) === reference.slice(0, 4) ? '' : `, ${day.slice(0, 4)}`}`;
  const { claim } = link;
  const first = /^\S+/.exec(claim.text)?.[0] ?? '';
  // A name keeps its capital ("On January 25, Tidewell said"); a common word loses it ("On January 25, the union").
  const named = [...claim.actors, ...claim.places].some((a) => a.start === claim.start && a.form !== 'unregistered') || first === 'I' || /^[A-Z0-9]{2,}\b/.test(first) || !/^[A-Z][a-z]/.test(first);
  const edits = [{ uri: article.uri, span: { start: claim.start, end: claim.start + (named ? 0 : 1) }, newText: `On ${when}, ${named ? '' : first.charAt(0).toLowerCase()}` }];
  return { title: `Date it as history: “On ${when}, …”`, edits };
}

/** Replaces a sentence that states the old fact with the newer fact's statement, linked to it. */
function replaceFix(article: Article, link: ClaimLink, newer: RegistryFact): Fix | undefined {
  const { claim } = link;
  // Only a sentence of its own: a claim inside a longer sentence would leave a broken one.
  if (!/[.!?]["”’)]*\s*$/.test(article.text.slice(claim.start, claim.end))) return undefined;
  if (claim.start > 0 && !/[\s>*\-]/.test(article.text.charAt(claim.start - 1))) return undefined;
  const statement = newer.claim.trim().replace(/[.!?]+$/, '');
  return { title: `Replace with the newer fact: “${statement.length > 60 ? `${statement.slice(0, 59)}…` : statement}”`, edits: [{ uri: article.uri, span: { start: claim.start, end: claim.end }, newText: `${statement} [@${newer.id}].` }] };
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
            // Each fix changes the copy; linking the newer fact alone would clear the finding while the sentence still states the old one.
            fixes: [historyFix(article, link, fact, reference), replaceFix(article, link, newer)].filter((f): f is Fix => f !== undefined),
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
