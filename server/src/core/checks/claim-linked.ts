import type { ClaimLink } from '../link/index.js';
import type { Check, CheckFinding } from './check.js';

const message = (ids: string[], how: string): string => `Claim linked to ${ids.map((id) => `\`${id}\``).join(', ')} (${how})`;

/**
 * `claim.linked`: a hint on every claim linked to a fact, saying whether by a
 * marker or by inference; an inferred link offers to write its marker.
 */
export const claimLinked: Check = {
  code: 'claim.linked',
  run({ links, registry }) {
    const out: CheckFinding[] = [];
    // The links of each claim, in order.
    const byClaim = new Map<number, ClaimLink[]>();
    for (const l of links) {
      const group = byClaim.get(l.claim.start);
      if (group) group.push(l);
      else byClaim.set(l.claim.start, [l]);
    }
    for (const group of byClaim.values()) {
      const [first] = group;
      if (!first) continue;
      const ids: string[] = [];
      const related: NonNullable<CheckFinding['related']> = [];
      for (const l of group) {
        const id = l.factId;
        ids.push(id);
        const fact = registry.facts.get(id);
        if (fact) related.push({ location: fact.location, message: `Fact \`${id}\` (${fact.status}, ${fact.date})` });
      }
      const how = first.kind === 'explicit' ? 'marker' : `inferred, score ${first.score.toFixed(2)}`;
      out.push({
        span: { start: first.claim.start, end: first.claim.end },
        message: message(ids, how),
        ...(first.markerFix ? { fixes: [first.markerFix] } : {}),
        related,
      });
    }
    return out;
  },
};
