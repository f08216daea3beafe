import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { mergeInSpanOrder } from '../../server/src/core/analyze.js';
import type { Finding } from '../../server/src/core/types.js';

const finding = (code: string, start: number, end: number): Finding => ({ code, severity: 'warning', uri: 'file:///a.md', message: `${code} ${start}`, span: { start, end } });
const bySpan = (a: Finding, b: Finding): number => a.span.start - b.span.start || a.span.end - b.span.end;

describe('mergeInSpanOrder', () => {
  it('equals a stable sort of the lists one after another (ties in list order)', () => {
    // Few distinct offsets, so that ties (same start, same span) are common.
    const span = fc.tuple(fc.nat(6), fc.nat(3)).map(([start, length]) => [start, start + length] as const);
    fc.assert(
      fc.property(fc.array(fc.array(span, { maxLength: 8 }), { maxLength: 12 }), (raw) => {
        const lists = raw.map((spans, i) => spans.map(([s, e], k) => ({ ...finding(`c${i}`, s, e), message: `c${i}.${k}` })).sort(bySpan));
        const expected = lists.flat().sort(bySpan);
        assert.deepEqual(mergeInSpanOrder(lists.map((l) => l.slice())), expected);
      }),
      { numRuns: 2000 },
    );
  });
});
