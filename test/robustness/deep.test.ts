// Issue 21, item 6: Markdown nested past what the parser reads is a finding, never a stack
// overflow, and one article's analysis never breaks workspace-wide requests.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Location, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { analyzeArticle, mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';
import { boundNesting, MAX_NESTING, NESTING_BUDGET } from '../../server/src/core/parse/depth.js';
import type { Span, TextProblem } from '../../server/src/core/types.js';
import { indexEntry } from '../../server/src/lsp/index-entry.js';
import { runCli } from '../helpers/cli.js';
import { LspSession } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const registry = mergeRegistry([parseRegistryFile('file:///w/facts.yaml', 'actors: {}\nfacts: {}\n')]);
const DATED = 'The vote on Monday, March 3, 2026 passed.';

/** Texts of the adversarial round, each followed by a dated sentence with a wrong weekday (March 3, 2026 is a Tuesday). */
const DEEP: Record<string, string> = {
  "'> - ' × 2000 on one line": '> - '.repeat(2000),
  "'- ' × 5000 then a word": `${'- '.repeat(5000)}x`,
  'quotes nested one deeper per line': Array.from({ length: 300 }, (_, i) => `${'>'.repeat(i + 1)} line ${i}`).join('\n'),
  'lists nested by indentation': Array.from({ length: 60 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n'),
  'tabs before the markers': Array.from({ length: 40 }, (_, i) => `${'\t'.repeat(i)}- level ${i + 1}`).join('\n'),
};

describe('depth-bounded parsing', () => {
  for (const [name, deep] of Object.entries(DEEP)) {
    it(`${name}: a positioned finding, and the rest is analysed`, () => {
      const text = `---\ndate: 2026-03-04\n---\n${deep}\n\n${DATED}\n`;
      const a = analyzeArticle('file:///w/deep.md', text, registry, { today: '2026-03-04' });
      const deepFindings = a.findings.filter((f) => f.code === 'article.too-deep');
      assert.ok(deepFindings.length > 0, 'article.too-deep reported');
      for (const f of deepFindings) {
        assert.ok(f.span.start >= text.indexOf(deep.slice(0, 8)) && f.span.end <= text.indexOf(DATED), 'inside the deep part');
        assert.match(f.message, new RegExp(`${MAX_NESTING} levels`));
        assert.ok(text.slice(f.span.start, f.span.end).trim(), 'not blank');
      }
      assert.ok(a.findings.some((f) => f.code === 'date.weekday-mismatch' && f.span.start > text.indexOf(DATED)), 'the sentence after it is checked');
    });
  }

  it('nesting up to the limit is read as remark reads it, with no finding', () => {
    const ok = `${'> '.repeat(MAX_NESTING - 1)}- ${DATED}\n\n${Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n')}\n`;
    const a = analyzeArticle('file:///w/ok.md', ok, registry, { today: '2026-03-04' });
    assert.deepEqual(a.findings.filter((f) => f.code === 'article.too-deep'), []);
    assert.ok(a.findings.some((f) => f.code === 'date.weekday-mismatch'));
    // A long thematic break is no nesting.
    const rule = `${'- '.repeat(60)}\n\n${DATED}\n`;
    assert.deepEqual(analyzeArticle('file:///w/rule.md', rule, registry, { today: '2026-03-04' }).findings.filter((f) => f.code === 'article.too-deep'), []);
  });

  it('once a run has read its budget of nested lines, the nested lines after are left out as one finding', () => {
    // A megabyte of quotes 20 deep took 33 s and 944 MB in remark; 12.7 MB ran out of memory.
    const line = `${'> '.repeat(20)}The vote on Monday passed.`;
    const text = Array.from({ length: 10 }, () => line).join('\n');
    const problems: TextProblem[] = [];
    const masked: Span[] = [];
    const budget = { left: 20 * 4 + 5 };
    const read = boundNesting(text, 0, text.length, problems, masked, budget);
    assert.equal(read.length, text.length);
    const lines = read.split('\n');
    assert.deepEqual(lines.slice(0, 4), Array.from({ length: 4 }, () => line));
    for (const l of lines.slice(4)) assert.match(l, /^ +$/);
    assert.deepEqual(masked, [{ start: 4 * (line.length + 1), end: text.length }]);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]!.span, masked[0]);
    assert.match(problems[0]!.message, /Too many nested/);
    assert.ok(NESTING_BUDGET >= 20_000, 'a long article with lists and quotes stays within the budget');
  });

  it('an article whose analysis throws leaves the index, and the others are indexed', () => {
    const fails = (): never => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    assert.equal(indexEntry(fails, 'file:///w/a.md', 'text', '2026-03-04'), undefined);
  });
});

describe('an article nested too deep, in the hosts', () => {
  let dir: string;
  let s: LspSession;
  const deep = `---\ndate: 2026-02-03\n---\n${'> - '.repeat(2000)}\n\nMayor Ilse Marwood spoke on Monday [@bridge-closed].\n`;
  const plain = '---\ndate: 2026-02-03\n---\nMayor Ilse Marwood said on Monday that the Old Mill bridge would stay closed [@bridge-closed].\n';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-deep-'));
    copyFileSync(join(FIXTURES, 'workspace', 'facts.yaml'), join(dir, 'facts.yaml'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'deep.md'), deep);
    writeFileSync(join(dir, 'articles', 'plain.md'), plain);
    s = new LspSession({ root: dir });
    await s.initialize();
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('factmark check reports the finding and exits as for any finding (not 2)', () => {
    const r = runCli(['check', join(dir, 'articles', 'deep.md')], dir);
    assert.notEqual(r.code, 2, r.stderr);
    assert.match(r.stdout + r.stderr, /article\.too-deep/);
  });

  it('references and rename still answer for the whole workspace while it is open', async () => {
    const deepUri = await s.open(join(dir, 'articles', 'deep.md'), deep);
    await s.waitDiagnostics(deepUri, (d) => d.some((x) => x.code === 'article.too-deep'), 30_000);
    const uri = await s.open(join(dir, 'articles', 'plain.md'), plain);
    const line = 3;
    const character = plain.split('\n')[line]!.indexOf('Marwood') + 2;
    const refs = await s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: { line, character }, context: { includeDeclaration: false } });
    const files = new Set(refs.map((l) => l.uri.split('/').pop()));
    assert.ok(files.has('plain.md') && files.has('deep.md'), `references in ${[...files].join(', ')}`);
    const marker = plain.split('\n')[line]!.indexOf('@bridge') + 3;
    const edit = await s.request<WorkspaceEdit | null>('textDocument/rename', { textDocument: { uri }, position: { line, character: marker }, newName: 'bridge-shut' });
    assert.ok(edit && JSON.stringify(edit).includes('deep.md') && JSON.stringify(edit).includes('plain.md'), JSON.stringify(edit)?.slice(0, 300));
  });
});
