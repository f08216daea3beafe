import type { Check, CheckFinding } from './check.js';

const message = (value: string): string => `Claim dated \`${value}\` matches no registry fact; add a fact from this sentence or a \`[@id]\` marker`;

/**
 * `claim.unlinked`: a dated claim that no marker links and no fact fits well
 * enough to be inferred. A claim whose marker names an unknown id is left to
 * `claim.unknown-fact`.
 */
export const claimUnlinked: Check = {
  code: 'claim.unlinked',
  defaultLevel: 'info',
  run({ claims, links }) {
    const linked = new Set(links.map((l) => l.claim.start));
    const out: CheckFinding[] = [];
    for (const claim of claims) {
      if (linked.has(claim.start) || claim.markers.length) continue;
      out.push({ span: claim, message: message(claim.dates.map((d) => d.value).join('`, `')) });
    }
    return out;
  },
};
