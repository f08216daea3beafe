/** The language server reads the desk's .factmarkrc.yaml, under the editor's own settings. */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LspSession } from '../helpers/lsp.js';
import { ROOT } from '../helpers/paths.js';

const ARTICLE = '---\ndate: 2026-03-03\n---\nKhaled Haddad spoke on Monday.\n';

async function spellingSeverity(config: string | undefined, settings?: Record<string, unknown>): Promise<number | undefined> {
  const root = mkdtempSync(join(tmpdir(), 'fm-lsp-config-'));
  cpSync(join(ROOT, 'examples', 'desk', 'facts.yaml'), join(root, 'facts.yaml'));
  writeFileSync(join(root, 'a.md'), ARTICLE);
  if (config !== undefined) writeFileSync(join(root, '.factmarkrc.yaml'), config);
  const s = new LspSession({ root, settings });
  try {
    await s.initialize();
    const uri = await s.open(join(root, 'a.md'));
    const d = await s.waitDiagnostics(uri, (x) => x.some((y) => y.code === 'actor.spelling'));
    return d.find((y) => y.code === 'actor.spelling')?.severity;
  } finally {
    await s.close();
  }
}

describe('the desk configuration over LSP', () => {
  it('applies the file\'s checks levels, and the editor\'s settings win over them', async () => {
    assert.equal(await spellingSeverity(undefined), 2); // warning, the default
    assert.equal(await spellingSeverity('checks:\n  actor.spelling: error\n'), 1);
    assert.equal(await spellingSeverity('checks:\n  actor.spelling: error\n', { checks: { 'actor.spelling': 'info' } }), 3);
    // A file the validation refuses as a whole is left out; the editor's defaults stand.
    assert.equal(await spellingSeverity('checks: [1\n'), 2);
  });
});
