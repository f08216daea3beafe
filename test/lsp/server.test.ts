import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspSession } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const root = join(FIXTURES, 'desk');

describe('language server over stdio', () => {
  let s: LspSession;
  before(async () => {
    s = new LspSession({ root });
    await s.initialize();
  });
  after(() => s.close());

  it('publishes findings as diagnostics with source, code and severity', async () => {
    const uri = await s.open(join(root, 'articles', 'strike.md'));
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'actor.spelling'));
    const spelling = diags.find((d) => d.code === 'actor.spelling')!;
    assert.equal(spelling.source, 'factmark');
    assert.equal(spelling.severity, 2);
    assert.deepEqual(spelling.range, { start: { line: 7, character: 9 }, end: { line: 7, character: 24 } });
    assert.match(String(spelling.codeDescription?.href), /checks\.md#actor-spelling$/);
    // The related location is the registry entry itself, not the file's start.
    const related = spelling.relatedInformation?.[0];
    assert.match(String(related?.location.uri), /facts\.yaml$/);
    assert.deepEqual(related?.location.range.start, { line: 3, character: 2 });
    const unregistered = diags.find((d) => d.code === 'actor.unregistered' && String(d.message).includes('Henryk Zalewski'));
    assert.equal(unregistered?.severity, 3);
  });

  it('hovers on an actor with its registry name, type and aliases', async () => {
    const uri = await s.open(join(root, 'articles', 'strike.md'));
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 8 } });
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /\*\*Baltic Dockworkers Union\*\* · organization/);
    assert.match(value, /Aliases: BDU/);
  });

  it('hovers on a date with its ISO value and weekday', async () => {
    const uri = await s.open(join(root, 'articles', 'strike.md'));
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 35 } });
    assert.match((h.contents as MarkupContent).value, /\*\*2026-02-10\*\* · Tuesday/);
  });

  it('offers the house spelling as a quick fix', async () => {
    const uri = await s.open(join(root, 'articles', 'strike.md'));
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'actor.spelling'));
    const spelling = diags.find((d) => d.code === 'actor.spelling')!;
    const actions = await s.request<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: spelling.range,
      context: { diagnostics: [spelling] },
    });
    assert.equal(actions[0]!.title, 'Replace with `Marta Kowalczyk`');
    assert.equal(actions[0]!.edit.changes[uri]![0]!.newText, 'Marta Kowalczyk');
  });
});

describe('registry findings of a closed registry file', () => {
  it('reach the Problems panel without opening the file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'fm-lsp-'));
    writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nactors:\n  ana-lind:\n    name: Ana Lind\n    type: robot\n');
    writeFileSync(join(dir, 'a.md'), '---\ndate: 2026-01-01\n---\nAna Lind spoke.\n');
    const s = new LspSession({ root: dir });
    try {
      await s.initialize();
      await s.open(join(dir, 'a.md'));
      const registryUri = new URL(`file://${join(dir, 'facts.yaml')}`).href;
      const diags = await s.waitDiagnostics(registryUri, (d) => d.length > 0);
      const schema = diags.find((d) => d.code === 'registry.schema')!;
      assert.deepEqual(schema.range, { start: { line: 4, character: 10 }, end: { line: 4, character: 15 } });
    } finally {
      await s.close();
    }
  });
});
