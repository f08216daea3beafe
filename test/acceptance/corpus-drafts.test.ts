/**
 * Acceptance: the shared corpus drafts against the shared facts.yaml report
 * every finding listed in corpus/expected/*.findings.json and
 * corpus/targets/expected/*.findings.json at its range, nothing
 * above hint on the `mustNotFlag` sentences, nothing else above hint where the
 * file is exhaustive, and none of its `mustNotReport` findings.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { analyzeArticle, LineIndex, mergeRegistry, parseRegistryFile, todayIso, type Finding } from '../../server/src/core/index.js';
import { CORPUS, hasShared, NO_SHARED } from '../helpers/paths.js';

interface Expected {
  draft: string;
  registry: string;
  date: string | null;
  exhaustive: boolean;
  findings: { code: string; line: number; startColumn: number; endColumn: number; text: string }[];
  mustNotFlag?: { line: number; startColumn: number; endColumn: number; text: string }[];
  mustNotReport?: { code: string; line: number; startColumn: number; endColumn: number; text: string }[];
}

interface Placed {
  f: Finding;
  line: number;
  start: number;
  end: number;
  text: string;
}

const RANK = { hint: 0, info: 1, warning: 2, error: 3 } as const;

function analyse(e: Expected): Placed[] {
  const registryPath = join(CORPUS, e.registry);
  const registry = mergeRegistry([parseRegistryFile(pathToFileURL(registryPath).href, readFileSync(registryPath, 'utf8'))]);
  const path = join(CORPUS, e.draft);
  const text = readFileSync(path, 'utf8');
  const lines = new LineIndex(text);
  return analyzeArticle(pathToFileURL(path).href, text, registry, { today: todayIso() }).findings.map((f) => {
    const a = lines.position(f.span.start);
    const b = lines.position(f.span.end);
    // A range that runs onto a later line counts up to the end of its first line.
    return { f, line: a.line, start: a.character, end: b.line === a.line ? b.character : Number.MAX_SAFE_INTEGER, text: text.slice(f.span.start, f.span.end) };
  });
}

const overlaps = (p: Placed, r: { line: number; startColumn: number; endColumn: number }): boolean =>
  p.line === r.line && p.start < r.endColumn && r.startColumn < p.end;

const show = (p: Placed): string => `${p.line}:${p.start}-${p.end} ${p.f.code} (${p.f.severity}) ${JSON.stringify(p.text.slice(0, 60))}`;

describe('corpus drafts against expected findings', { skip: NO_SHARED }, () => {
  const dirs = ['expected', join('targets', 'expected')].filter((d) => hasShared && existsSync(join(CORPUS, d)));
  const files = dirs.flatMap((d) => readdirSync(join(CORPUS, d)).filter((n) => n.endsWith('.findings.json')).map((n) => join(d, n)));
  for (const name of files) {
    const e = JSON.parse(readFileSync(join(CORPUS, name), 'utf8')) as Expected;
    describe(name, () => {
      const placed = analyse(e);
      for (const x of e.findings) {
        it(`reports ${x.code} on \`${x.text.slice(0, 50)}\``, () => {
          const hit = placed.find((p) => p.f.code === x.code && overlaps(p, x));
          assert.ok(hit, `missing ${x.code} at ${x.line}:${x.startColumn}-${x.endColumn}; reported:\n${placed.map(show).join('\n')}`);
        });
      }
      for (const s of e.mustNotFlag ?? []) {
        it(`leaves \`${s.text.slice(0, 50)}\` clean`, () => {
          const bad = placed.filter((p) => RANK[p.f.severity] > RANK.hint && overlaps(p, s));
          assert.deepEqual(bad.map(show), []);
        });
      }
      for (const r of e.mustNotReport ?? []) {
        it(`does not report ${r.code} on \`${r.text}\``, () => {
          assert.deepEqual(placed.filter((p) => p.f.code === r.code && overlaps(p, r)).map(show), []);
        });
      }
      if (e.exhaustive) {
        it('reports nothing else above hint', () => {
          const extra = placed.filter((p) => RANK[p.f.severity] > RANK.hint && !e.findings.some((x) => x.code === p.f.code && overlaps(p, x)));
          assert.deepEqual(extra.map(show), []);
        });
      }
    });
  }
});
