import { editDistance } from '../link/index.js';
import type { Check, CheckFinding, CheckContext } from './check.js';

const message = (id: string, closest: string[]): string =>
  closest.length
    ? `Marker \`[@${id}]\` names no fact in the registry, expected ${closest.map((c) => `\`${c}\``).join(' or ')}`
    : `Marker \`[@${id}]\` names no fact in the registry; add the fact or correct the id`;

/** The fact ids closest to `id` by edit distance (at most three, none too far off). */
function closestIds(id: string, ids: Iterable<string>): string[] {
  const scored: { id: string; d: number }[] = [];
  for (const candidate of ids) {
    const contained = candidate.includes(id) || id.includes(candidate);
    // The distance is at least the difference in length: skip what cannot be close.
    if (!contained && Math.abs(candidate.length - id.length) > Math.max(2, Math.ceil(Math.max(id.length, candidate.length) / 3))) continue;
    const d = editDistance(id, candidate);
    // Accept up to about a third of the id's length, or a shared prefix/suffix of a renamed id.
    if (d <= Math.max(2, Math.ceil(Math.max(id.length, candidate.length) / 3)) || candidate.includes(id) || id.includes(candidate)) scored.push({ id: candidate, d });
  }
  return scored.sort((a, b) => a.d - b.d || a.id.localeCompare(b.id)).slice(0, 3).map((s) => s.id);
}

/** `claim.unknown-fact`: a `[@id]` marker names no fact. Fixes: the closest ids. */
export const claimUnknownFact: Check = {
  code: 'claim.unknown-fact',
  run({ article, registry }: CheckContext) {
    const out: CheckFinding[] = [];
    for (const marker of article.markers) {
      if (registry.facts.has(marker.id)) continue;
      const closest = closestIds(marker.id, registry.facts.keys());
      const single = marker.idSpan.start === marker.start + 2 && marker.idSpan.end === marker.end - 1;
      out.push({
        span: { start: marker.start, end: marker.end },
        message: message(marker.id, closest),
        // A marker of one id is replaced whole; in a group `[@a; @b]` only the id changes.
        ...(single
          ? { expected: closest.map((c) => `[@${c}]`) }
          : { fixes: closest.map((c, i) => ({ title: `Change to \`${c}\``, preferred: i === 0, edits: [{ uri: article.uri, span: marker.idSpan, newText: c }] })) }),
      });
    }
    return out;
  },
};
