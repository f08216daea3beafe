import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isMap, isScalar, parseDocument } from 'yaml';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { parseFrontMatter } from '../../server/src/core/parse/front-matter.js';
import { readFlatYaml } from '../../server/src/core/parse/front-matter-fast.js';
import type { FrontMatter } from '../../server/src/core/types.js';
import { CORPUS, FIXTURES, hasShared, ROOT } from '../helpers/paths.js';

/** parseFrontMatter's fields (its problems left out: front-matter-problems.test.ts), all through the `yaml` package: the oracle. */
function byYaml(text: string): FrontMatter | undefined {
  const open = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/.exec(text);
  if (!open) return undefined;
  const bodyFrom = open[0].length;
  const rest = text.slice(bodyFrom);
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!close) return undefined;
  const yamlText = rest.slice(0, close.index).replace(/\r(?!\n)/g, '\n');
  let end = bodyFrom + close.index + close[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const fm: FrontMatter = { span: { start: 0, end } };
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return fm;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = String(pair.key.value);
    const value = pair.value.value;
    if (value === null || value === undefined || typeof value === 'object') continue;
    const s = String(value).trim();
    const range = pair.value.range;
    switch (key) {
      case 'date': {
        const day = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
        // A calendar day only (no 2026-02-30).
        if (day && !Number.isNaN(Date.parse(`${day[1]}T00:00:00Z`)) && new Date(`${day[1]}T00:00:00Z`).toISOString().startsWith(day[1]!)) fm.date = day[1];
        if (range) fm.dateSpan = { start: bodyFrom + range[0], end: bodyFrom + range[1] };
        break;
      }
      case 'title':
      case 'outlet':
      case 'url':
      case 'registry':
        fm[key] = s;
        break;
    }
  }
  return fm;
}

/** A front matter without its problems. */
function fieldsOf(fm: FrontMatter | undefined): FrontMatter | undefined {
  if (!fm?.problems) return fm;
  const { problems: _, ...fields } = fm;
  return fields;
}

function filesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(md|txt)$/.test(name) ? [path] : [];
  });
}

const KEYS = ['date', 'title', 'outlet', 'url', 'registry', 'tags', 'author', 'a-b', 'x_1', 'true', '12', 'Date', '-k', 'key with space', '? k'];
const VALUES = [
  '2026-03-12', '2026-03-12T10:00:00Z', '2026-03-12 09:30', 'March 3, 2026', "Bob's day", 'The "big" day', 'C#', 'a # comment', 'a: b', 'Note:', 'x:y',
  '[city, plan]', '[]', '[ ]', '[a, b,]', '[a, [b]]', '[2026, x.y]', '{a: 1}', '"quoted"', "'single'", '|', '>', '&anchor x', '*alias', '!tag x', '%x', '@x', '`x`',
  '1e3', '0x1F', '.inf', '.nan', '-5', '+5', '007', '1.50', 'null', '~', 'true', 'False', '', '   ', 'a\tb', '  spaced  ', 'a  b', '\u00a0nbsp\u00a0', 'https://example.org/a?b=c#d',
  '../facts.yaml', 'Ama Lotus', '-', '- item', '.hidden', 'é',
  '"2026-03-12"', "'2026-03-12'", '"Ghana holds rates, eyes the cedi"', '"Bob\'s day"', "'Bob''s day'", "'The \"big\" day'", '"a \\" b"', '"tab\\tx"', '""', "''", '"a"b"', '"é ü"', '"x', "'y", '" padded "', '"12"', '"null"', '"a" b', '"a # b"', '"\u0001"',
];
const LINES = fc.oneof(
  { arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(': ', ':', ':  ', ' : ', ':\t'), fc.constantFrom(...VALUES), fc.constantFrom('', ' ', '  ', '\t', ' # c')).map(([k, s, v, e]) => k + s + v + e), weight: 8 },
  { arbitrary: fc.constantFrom('', '   ', '# comment', '  indented: x', '  more text', '- item', '\t', '%YAML 1.2', '...x', 'plain line'), weight: 1 },
);
const FRONT = fc
  .tuple(fc.array(LINES, { maxLength: 7 }), fc.constantFrom('\n', '\r\n'), fc.constantFrom('---', '...', '---  '))
  .map(([lines, eol, close]) => `---${eol}${lines.map((l) => l + eol).join('')}${close}${eol}Body text.${eol}`);

describe('front matter: the flat reader equals the yaml package', () => {
  it('on random front matter', () => {
    let flat = 0;
    let n = 0;
    fc.assert(
      fc.property(FRONT, (text) => {
        n++;
        const yamlText = text.slice(text.indexOf('\n') + 1);
        if (readFlatYaml(yamlText.slice(0, Math.max(0, yamlText.search(/^(?:---|\.\.\.)[ \t]*\r?$/m))))) flat++;
        assert.deepEqual(fieldsOf(parseFrontMatter(text)), byYaml(text), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
    // The pieces must reach the flat reader often, not only the fallback.
    assert.ok(flat > n / 10, `${flat} of ${n} read by hand`);
  });

  it('on generated articles, the desk, the fixtures and the corpus', () => {
    const desk = generateDesk(10, 10, 3);
    const texts = [1, 2, 3].map((seed) => generateArticle(desk, { words: 100, seed }));
    for (const t of texts) assert.ok(readFlatYaml(t.slice(4, t.indexOf('\n---', 4) + 1)), 'generated front matter is read by hand');
    // A headline in quotes (it may hold a colon or a comma), as desks write titles, is read by hand too.
    const quoted = 'title: "Port strike: talks resume, unions say"\ndate: 2026-03-11\noutlet: \'The Harbour Times\'\n';
    assert.deepEqual(readFlatYaml(quoted)?.map((p) => p.value), ['Port strike: talks resume, unions say', '2026-03-11', 'The Harbour Times']);
    const files = [...filesUnder(join(ROOT, 'examples', 'desk')), ...filesUnder(FIXTURES), ...(hasShared ? [...filesUnder(join(CORPUS, 'articles')), ...filesUnder(join(CORPUS, 'drafts'))] : [])];
    for (const text of [...texts, ...files.map((f) => readFileSync(f, 'utf8'))]) assert.deepEqual(fieldsOf(parseFrontMatter(text)), byYaml(text));
  });
});
