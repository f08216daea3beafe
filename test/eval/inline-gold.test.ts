// The evaluation articles with inline gold (eval/invented, eval/dev, eval/heldout):
// every file parses, every gold span covers exactly its text, values are real
// calendar dates, and one entity keeps one type. Messages about eval/heldout name
// the file and the kind of fault only, never its text (it is held aside).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error plain ESM script without type declarations
import { parseInline } from '../../scripts/inline-gold.mjs';
import { ROOT } from '../helpers/paths.js';

interface Span { text: string; start: number; end: number; optional?: boolean }
interface Gold {
  published: string;
  actors: (Span & { type: string; canonical: string })[];
  dates: (Span & { value: string })[];
  claims: (Span & { dates: string[]; actors: string[] })[];
}

const realDay = (v: string): boolean => {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const [y, mo = '01', d = '01'] = [m[1], m[2], m[3]];
  const t = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(`${y}-${mo}-${d}`);
};

function checkFile(path: string, secret: boolean): number {
  const name = path.split('/').pop()!.replace(/\.txt$/, '');
  const say = (what: string, detail: string) => `${path}: ${what}${secret ? '' : ` (${detail})`}`;
  let parsed: { text: string; gold: Gold };
  try {
    parsed = parseInline(readFileSync(path, 'utf8'), name);
  } catch (e) {
    // The parser's message quotes the markup; for held-aside files keep only its position.
    const message = (e as Error).message;
    assert.fail(secret ? `${path}: does not parse (${/^[^:]+:\d+/.exec(message)?.[0] ?? 'see the file'})` : message);
  }
  const { text, gold } = parsed;
  assert.ok(/^\d{4}-\d{2}-\d{2}$/.test(gold.published) && realDay(gold.published), say('front matter date is no calendar day', gold.published));
  const spans: Span[] = [...gold.actors, ...gold.dates, ...gold.claims];
  for (const s of spans) assert.ok(text.slice(s.start, s.end) === s.text && s.end > s.start, say('a gold span does not cover its text', s.text));
  for (const d of gold.dates) {
    const parts = d.value.split('/');
    assert.ok(parts.length <= 2 && parts.every(realDay), say('a date value is not ISO 8601 calendar date(s)', `${d.text} = ${d.value}`));
    assert.ok(parts.length < 2 || (parts[0] ?? '') < (parts[1] ?? ''), say('a date range ends before it starts', `${d.text} = ${d.value}`));
  }
  const types = new Map<string, string>();
  for (const a of gold.actors) {
    const seen = types.get(a.canonical) ?? types.set(a.canonical, a.type).get(a.canonical);
    assert.ok(seen === a.type, say('one entity has two types', `${a.canonical}: ${seen} and ${a.type}`));
  }
  for (const c of gold.claims) {
    assert.ok(c.dates.length > 0, say('a claim holds no date', c.text.slice(0, 60)));
    const inside = gold.dates.filter((d) => d.start >= c.start && d.end <= c.end && !d.optional).map((d) => d.value);
    assert.deepEqual(inside, c.dates, say('claim dates are not the dates inside it', c.text.slice(0, 60)));
  }
  // Nothing is left of the markup in the article text.
  assert.ok(!/\{\{|\}\}|\[\[|\]\]|<<|>>/.test(text), say('markup left in the article text', ''));
  return text.slice(text.indexOf('\n---', 3) + 4).split(/\s+/).filter(Boolean).length;
}

describe('eval articles with inline gold parse and every gold span matches its text', () => {
  for (const set of ['invented', 'dev', 'heldout']) {
    const dir = join(ROOT, 'eval', set);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() : [];
    it(`eval/${set} (${files.length} articles)`, { skip: files.length ? false : `no eval/${set}/*.txt` }, () => {
      const secret = set === 'heldout';
      for (const f of files) {
        const words = checkFile(join(dir, f), secret);
        // The dev and held-out articles are wire-length copy (issue 15): 350-700 words.
        if (set !== 'invented') assert.ok(words >= 350 && words <= 700, `${join(dir, f)}: ${words} words, expected 350-700`);
      }
    });
  }

  it('the parser rejects malformed markup with a positioned error', () => {
    const head = '---\ntitle: "t"\ndate: 2026-01-02\n---\n';
    const cases: [string, RegExp][] = [
      ['{{Ann Lee|persn|ann-lee}} spoke.', /x:5: actor type `persn`/],
      ['<<{{Ann Lee|person|ann-lee}} spoke.>>', /x:5: a claim without a date/],
      ['<<On [[Monday|2026-01-05]] it rained.', /never closed/],
      ['[[Monday|next Monday]]', /x:5: date value `next Monday` is not ISO 8601/],
      ['{{Ann Lee|person|Ann Lee}}', /x:5: canonical `Ann Lee` is not a lowercase slug/],
      ['{{Ann Lee|person}} spoke.', /x:5: unbalanced or malformed `\{\{`/],
    ];
    for (const [body, error] of cases) assert.throws(() => parseInline(head + body, 'x'), error, body);
    assert.throws(() => parseInline('no front matter', 'x'), /no `date: YYYY-MM-DD`/);
  });

  it('optional marks: `type?` on actors and `value?` on dates, left out of the claim', () => {
    const { text, gold } = parseInline('---\ndate: 2026-01-02\n---\n<<{{AP|organization?|ap}} and {{Ann Lee|person|ann-lee}} met on [[Monday|2025-12-29]] under the Act of [[2006|2006?]].>>', 'x');
    assert.equal(text, '---\ndate: 2026-01-02\n---\nAP and Ann Lee met on Monday under the Act of 2006.');
    assert.deepEqual(gold.actors.map((a: { optional?: boolean }) => a.optional ?? false), [true, false]);
    assert.deepEqual(gold.dates.map((d: { value: string; optional?: boolean }) => [d.value, d.optional ?? false]), [['2025-12-29', false], ['2006', true]]);
    assert.deepEqual(gold.claims[0].dates, ['2025-12-29']);
    assert.deepEqual(gold.claims[0].actors, ['ann-lee']);
  });
});
