import { daysBetween, valueBounds } from '../iso.js';
import type { DateMention } from '../types.js';
import type { Check, CheckFinding } from './check.js';

const message = (text: string, claimValue: string, factId: string, factDate: string): string =>
  `Claim dated \`${claimValue}\` (\`${text}\`), registry fact \`${factId}\` says \`${factDate}\``;

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The fact's day written the way the mention is written, for the simple forms ("January 21", "21 January 2026"). */
function rewrite(d: DateMention, day: string): string | undefined {
  const y = day.slice(0, 4);
  const month = MONTH_NAMES[+day.slice(5, 7) - 1]!; // in range: an ISO day's month is 01 to 12
  const dd = String(+day.slice(8, 10));
  if (/^\d{4}-\d{2}-\d{2}$/.test(d.text)) return day;
  if (/^[A-Z][a-z]+ \d{1,2}$/.test(d.text)) return `${month} ${dd}`;
  if (/^[A-Z][a-z]+ \d{1,2}, \d{4}$/.test(d.text)) return `${month} ${dd}, ${y}`;
  if (/^\d{1,2} [A-Z][a-z]+$/.test(d.text)) return `${dd} ${month}`;
  if (/^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(d.text)) return `${dd} ${month} ${y}`;
  return undefined;
}

/** Days between a date mention and the fact's bounds (the nearer of their first days and of their last days). */
function distance(d: DateMention, f: { first: string; last: string }): number {
  const b = valueBounds(d.value);
  if (!b) return Infinity;
  return Math.min(Math.abs(daysBetween(f.first, b.first)), Math.abs(daysBetween(f.last, b.last)));
}

/**
 * `claim.date-mismatch`: a linked sentence (by a marker, or inferred from
 * everything else it shares with the fact) gives a date that does not overlap its
 * fact's date. When no day or month of the sentence overlaps, the date nearest to
 * the fact's is reported; the fix writes the fact's date, and for an inferred link
 * a second one writes the link down as a marker.
 */
export const claimDateMismatch: Check = {
  code: 'claim.date-mismatch',
  run({ links, registry }) {
    const out: CheckFinding[] = [];
    for (const link of links) {
      const fact = registry.facts.get(link.factId);
      const f = fact && valueBounds(fact.date);
      if (!fact || !f) continue;
      // Years are too coarse to disagree with a day ("by 2027" is about something else).
      const candidates = link.claim.dates.filter((d) => /^\d{4}-\d{2}/.test(d.value));
      const first = candidates[0];
      if (!first) continue;
      const overlapping = candidates.some((d) => {
        const b = valueBounds(d.value);
        return b && b.first <= f.last && f.first <= b.last;
      });
      if (overlapping) continue;
      // The first of the nearest (each distance computed once).
      let nearest = first;
      if (candidates.length > 1) {
        let best = distance(nearest, f);
        for (const candidate of candidates.slice(1)) {
          const d = distance(candidate, f);
          if (d < best) {
            best = d;
            nearest = candidate;
          }
        }
      }
      const fixed = f.first === f.last ? rewrite(nearest, f.first) : undefined;
      out.push({
        span: nearest,
        message: message(nearest.text, nearest.value, fact.id, fact.date),
        ...(fixed ? { expected: [fixed] } : {}),
        ...(link.markerFix ? { fixes: [link.markerFix] } : {}),
        related: [{ location: fact.location, message: `Fact \`${fact.id}\`, dated ${fact.date}` }],
      });
    }
    return out;
  },
};
