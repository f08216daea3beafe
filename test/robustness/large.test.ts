// A 5 MB article in the language server: hovers are answered while it is analysed, and a
// newer version replaces it (its diagnostics are the small version's). How fast both happen
// is measured in test/perf/large-hover.test.ts, outside npm test.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { LspSession } from '../helpers/lsp.js';

describe('a 5 MB article', () => {
  const root = mkdtempSync(join(tmpdir(), 'factmark-large-'));
  const desk = generateDesk(30, 60, 4);
  let s: LspSession;
  before(async () => {
    mkdirSync(join(root, 'articles'));
    writeFileSync(join(root, 'facts.yaml'), desk.yaml);
    s = new LspSession({ root });
    await s.initialize();
  });
  after(async () => {
    await s.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers hovers while analysing, and a newer version replaces its analysis', async () => {
    const unit = generateArticle(desk, { words: 5000, seed: 2 }).replace(/^---[\s\S]*?---\n/, '');
    const big = `---\ndate: 2026-03-12\n---\n${unit.repeat(Math.ceil(5_000_000 / unit.length))}`;
    const path = join(root, 'articles', 'big.md');
    writeFileSync(path, 'placeholder');
    const uri = await s.open(path, big);
    for (let i = 0; i < 3; i++) await s.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 3 } });
    const small = `---\ndate: 2026-03-12\n---\n${desk.actors.find((a) => a.variant)?.variant ?? desk.actors[0]!.name} said on Sunday, March 3, 2026 that it was over.\n`;
    await s.change(uri, small);
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'date.weekday-mismatch'), 60_000);
    assert.ok(diags.every((d) => d.range.start.line < 5), 'diagnostics are those of the small version');
    assert.equal(s.process.exitCode, null, 'the server is alive');
  });
});
