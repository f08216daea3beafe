/**
 * docs/checks.md against the code (issue 19: one source of truth per check): its table
 * and each section give every code with the default level of `CODES`, and every
 * "Flagged" / "Not flagged" example of an article check is run through the analysis
 * against the example desk's registry, so the page cannot promise what the checks do
 * not do. Registry codes are held to their fixtures in checks.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, CODES, mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';
import { ROOT } from '../helpers/paths.js';

const DOC = readFileSync(join(ROOT, 'docs', 'checks.md'), 'utf8');
const DESK = join(ROOT, 'examples', 'desk');
const registry = mergeRegistry([parseRegistryFile(pathToFileURL(join(DESK, 'facts.yaml')).href, readFileSync(join(DESK, 'facts.yaml'), 'utf8'))]);
/** The example desk's latest article date: examples that name no date are read as of it. */
const DESK_DATE = '2026-03-12';

/** The `## code` sections of the page, by code. */
function sections(): Map<string, string> {
  const out = new Map<string, string>();
  const parts = DOC.split(/^## /m).slice(1);
  for (const part of parts) {
    const title = part.slice(0, part.indexOf('\n')).trim();
    if (/^[a-z]+\.[a-z-]+$/.test(title)) out.set(title, part);
  }
  return out;
}

interface Example {
  flagged: boolean;
  intro: string;
  text: string;
}

/** The examples of a section: a paragraph starting "Flagged" or "Not flagged", then a quote or a Markdown block. */
function examples(section: string): Example[] {
  const out: Example[] = [];
  const paragraphs = section.split(/\n\s*\n/);
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const intro = paragraphs[i]!.trim();
    const m = /^(Flagged|Not flagged)\b/.exec(intro);
    if (!m) continue;
    const next = paragraphs[i + 1]!;
    let text: string | undefined;
    if (/^> /.test(next)) text = next.split('\n').map((l) => l.replace(/^> ?/, '')).join('\n');
    else if (next.startsWith('```markdown')) {
      // A fenced block can hold blank lines: take everything up to the closing fence.
      const start = section.indexOf(next) + '```markdown\n'.length;
      text = section.slice(start, section.indexOf('\n```', start) + 1);
    }
    if (text !== undefined) out.push({ flagged: m[1] === 'Flagged', intro, text });
  }
  return out;
}

/** The example as an article: its own front matter, or the date its intro names (else the desk's). */
function asArticle(e: Example, previous: string | undefined): { text: string; date: string } {
  if (e.text.startsWith('---\n')) return { text: e.text, date: DESK_DATE };
  const named = /dated (\d{4}-\d\d-\d\d)/.exec(e.intro)?.[1];
  const date = named ?? (/same article/.test(e.intro) ? previous : undefined) ?? DESK_DATE;
  return { text: `---\ntitle: "Example"\ndate: ${date}\n---\n${e.text}`, date };
}

describe('docs/checks.md matches the code', () => {
  const byCode = sections();

  it('the table lists every code, and only codes, with its default level', () => {
    const rows = [...DOC.matchAll(/^\| \[`([a-z]+\.[a-z-]+)`\]\(#([a-z-]+)\) \| ([a-z]+) \|/gm)];
    assert.deepEqual(rows.map((r) => r[1]).sort(), Object.keys(CODES).sort());
    for (const [, code, anchor, level] of rows) {
      assert.equal(level, CODES[code as keyof typeof CODES], code);
      assert.equal(anchor, code!.replace(/\./g, '-'), code);
    }
  });

  it('every code has a section with an anchor and its default level', () => {
    for (const [code, level] of Object.entries(CODES)) {
      const section = byCode.get(code);
      assert.ok(section, `no section for ${code}`);
      assert.match(section, new RegExp(`\\*\\*Default level:\\*\\* ${level}\\b`), code);
      assert.ok(DOC.includes(`<a id="${code.replace(/\./g, '-')}"></a>`), `no anchor for ${code}`);
    }
  });

  for (const [code, section] of sections()) {
    if (code.startsWith('registry.')) continue;
    const list = examples(section);
    if (!list.length) continue;
    it(`${code}: its examples are flagged and not flagged as the page says`, () => {
      let previous: string | undefined;
      for (const e of list) {
        const { text, date } = asArticle(e, previous);
        previous = date;
        const found = analyzeArticle(pathToFileURL(join(DESK, 'articles', 'example.md')).href, text, registry, { today: DESK_DATE }).findings.filter(
          (f) => f.code === code,
        );
        if (e.flagged) assert.ok(found.length > 0, `"${e.intro.split('\n')[0]}" yields no ${code}:\n${e.text}`);
        else assert.deepEqual(found.map((f) => f.message), [], `"${e.intro.split('\n')[0]}" yields ${code}:\n${e.text}`);
      }
    });
  }
});
