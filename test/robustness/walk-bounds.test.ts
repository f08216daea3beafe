// A workspace folder of `/` (issue 21, Medium 7): the server walked the whole disk before its
// registry's first load, so no diagnostics came for a minute and hovers timed out. The walk is now
// bounded (entries looked at, files listed, depth) and yields to the event loop as it goes.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { isArticleName, walkAsync, walkSync } from '../../server/src/node/walk.js';
import { LspSession } from '../helpers/lsp.js';

const base = mkdtempSync(join(tmpdir(), 'factmark-walk-'));
after(() => rmSync(base, { recursive: true, force: true }));

describe('the directory walk is bounded', () => {
  const tree = join(base, 'tree');
  for (let d = 0; d < 30; d++) {
    mkdirSync(join(tree, `d${d}`, 'inner'), { recursive: true });
    for (let f = 0; f < 50; f++) writeFileSync(join(tree, `d${d}`, f % 2 ? `a${f}.md` : join('inner', `b${f}.md`)), 'x\n');
  }

  it('walks the same files in steps as at once, in name order', async () => {
    const whole = walkSync(tree, isArticleName);
    assert.equal(whole.files.length, 1500);
    assert.equal(whole.truncated, false);
    assert.deepEqual((await walkAsync(tree, isArticleName)).files, whole.files);
  });

  it('stops at its bounds on entries and files, and says so', async () => {
    const entries = await walkAsync(tree, isArticleName, { maxEntries: 500 });
    assert.equal(entries.truncated, true);
    assert.ok(entries.files.length < 500);
    assert.match(entries.problems.at(-1)!.message, /stopped after 500 entries/);
    const files = walkSync(tree, isArticleName, { maxFiles: 100 });
    assert.equal(files.files.length, 100);
    assert.match(files.problems.at(-1)!.message, /stopped after 100 files/);
  });

  it('goes no deeper than its depth bound, without recursing on the stack', () => {
    let deep = join(base, 'deep');
    for (let i = 0; i < 40; i++) deep = join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'bottom.md'), 'x\n');
    writeFileSync(join(base, 'deep', 'top.md'), 'x\n');
    assert.deepEqual(walkSync(join(base, 'deep'), isArticleName).files.map((f) => f.slice(base.length)), ['/deep/top.md']);
  });
});

describe('a workspace folder of `/`', () => {
  it('still gets diagnostics for an open article and answers hovers', { timeout: 120_000, skip: process.platform === 'win32' }, async () => {
    const dir = mkdtempSync(join(base, 'article-'));
    const path = join(dir, 'a.md');
    const text = '---\ndate: 2026-02-10\n---\nThe bridge closed on Wednesday, February 3, 2026.\n';
    writeFileSync(path, text);
    const s = new LspSession({ root: '/' });
    try {
      await s.initialize();
      const uri = await s.open(path, text);
      // Generous: a liveness bound, not a timing (about 2 s on an idle machine; never before the fix).
      const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'date.weekday-mismatch'), 50_000);
      assert.ok(diags.length);
      const hover = await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 22 } });
      assert.ok(hover !== undefined);
    } finally {
      await s.close();
    }
  });
});
