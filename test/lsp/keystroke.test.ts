// The keystroke path: while analyses are cheap a change is analysed at once (no fixed debounce),
// changes that arrive during an analysis are coalesced, and the last version is always published,
// with the diagnostics a fresh analysis of the final text gives.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const comparable = (ds: Diagnostic[]): string[] =>
  ds.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code} ${d.message}`).sort();

describe('keystrokes', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'factmark-keys-'));
    cpSync(join(FIXTURES, 'workspace'), root, { recursive: true });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('publishes the last version of a burst of edits, equal to a fresh analysis of the final text', async () => {
    const path = join(root, 'articles', 'bridge-closed.md');
    const text = readFileSync(path, 'utf8');
    const s = new LspSession({ root });
    const publishes: PublishDiagnosticsParams[] = [];
    s.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      publishes.push(p);
      s.diagnostics.set(p.uri, p);
    });
    let doc = TextDocument.create('', 'markdown', 1, text);
    let final: Diagnostic[];
    try {
      await s.initialize();
      const uri = await s.open(path, text);
      await s.waitDiagnostics(uri);
      // Forty one-character edits at the end of the first prose line, sent without waiting: some arrive during an analysis.
      const line = text.split('\n').findIndex((l, i) => i > 4 && l.length > 40);
      for (let i = 0; i < 40; i++) {
        const character = text.split('\n')[line]!.length + i;
        const range = { start: { line, character }, end: { line, character } };
        const change = { range, text: i % 7 === 6 ? ' ' : 'e' };
        doc = TextDocument.update(doc, [change], doc.version + 1);
        await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
        if (i % 10 === 9) await new Promise((r) => setTimeout(r, 5));
      }
      final = await s.waitDiagnostics(uri, () => s.diagnostics.get(uri)?.version === doc.version);
      const versions = publishes.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only grow');
      assert.ok(versions.length < 41, `changes that arrive together are analysed once (${versions.length} publishes for 41 versions)`);
    } finally {
      await s.close();
    }
    const fresh = new LspSession({ root });
    try {
      await fresh.initialize();
      const uri = await fresh.open(path, doc.getText());
      const expected = await fresh.waitDiagnostics(uri);
      assert.deepEqual(comparable(final), comparable(expected));
    } finally {
      await fresh.close();
    }
  });
});
