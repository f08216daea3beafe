import type { Check, CheckFinding } from './check.js';

const message = (ids: string[], how: string): string => `Claim linked to ${ids.map((id) => `\`${id}\``).join(', ')} (${how})`;

/**
 * `claim.linked`: a hint on every claim linked to a fact, saying whether by a
 * marker or by inference; an inferred link offers to write its marker.
 */
export const claimLinked: Check = {
  code: 'claim.linked',
  defaultLevel: 'hint',
  run({ links, registry }) {
    const out: CheckFinding[] = [];
    const byClaim = new Map<number, typeof links>();
    for (const l of links) byClaim.set(l.claim.start, [...(byClaim.get(l.claim.start) ?? []), l]);
    for (const group of byClaim.values()) {
      const first = group[0]!;
      const ids = group.map((l) => l.factId);
      const how = first.kind === 'explicit' ? 'marker' : `inferred, score ${first.score.toFixed(2)}`;
      out.push({
        span: { start: first.claim.start, end: first.claim.end },
        message: message(ids, how),
        ...(first.markerFix ? { fixes: [first.markerFix] } : {}),
        related: ids.flatMap((id) => {
          const fact = registry.facts.get(id);
          return fact ? [{ location: fact.location, message: `Fact \`${id}\` (${fact.status}, ${fact.date})` }] : [];
        }),
      });
    }
    return out;
  },
};
