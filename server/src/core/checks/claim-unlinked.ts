import type { Check, CheckFinding } from './check.js';
import { addFactFix, MAX_REGISTRY_FIXES } from './registry-fixes.js';

const message = (value: string): string => `Claim dated \`${value}\` matches no registry fact; add a fact from this sentence or a \`[@id]\` marker`;

/**
 * `claim.unlinked`: a dated claim that no marker links and no fact fits well
 * enough to be inferred, reported on the claim's first date expression. A claim whose marker names an unknown id is left to
 * `claim.unknown-fact`.
 */
export const claimUnlinked: Check = {
  code: 'claim.unlinked',
  run({ claims, links, registry, article, reference, registryTarget }) {
    const linked = new Set<number>();
    for (const l of links) linked.add(l.claim.start);
    const out: CheckFinding[] = [];
    for (const claim of claims) {
      if (claim.markers.length || linked.has(claim.start)) continue;
      const fix = out.length < MAX_REGISTRY_FIXES ? addFactFix(registry, claim, article, reference, registryTarget?.uri) : undefined;
      let values = '';
      claim.dates.forEach((d, i) => (values += i ? `\`, \`${d.value}` : d.value));
      // The least urgent finding marks the date expression only, not the whole sentence.
      const at = claim.dates[0] ?? claim;
      const span = { start: at.start, end: at.end };
      out.push(fix ? { span, message: message(values), fixes: [fix] } : { span, message: message(values) });
    }
    return out;
  },
};
