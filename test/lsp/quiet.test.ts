// Issue 20: quiet defaults. A diagnostic appears only where something needs attention,
// unless `factmark.hintEveryMention` asks for a hint on every actor and claim.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, DocumentSymbol, InlayHint } from 'vscode-languageserver-protocol';
import { LspSession } from '../helpers/lsp.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';

const root = join(FIXTURES, 'workspace');
const closedPath = join(root, 'articles', 'bridge-closed.md');
const closedText = readFileSync(closedPath, 'utf8');

/** The text a diagnostic's range covers. */
function covered(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  const { start, end } = d.range;
  if (start.line === end.line) return lines[start.line]!.slice(start.character, end.character);
  return [lines[start.line]!.slice(start.character), ...lines.slice(start.line + 1, end.line), lines[end.line]!.slice(0, end.character)].join('\n');
}

async function diagnosticsWith(settings: Record<string, unknown>): Promise<Diagnostic[]> {
  const s = new LspSession({ root, settings });
  try {
    await s.initialize();
    const uri = await s.open(closedPath);
    return await s.waitDiagnostics(uri, (d) => d.length > 0);
  } finally {
    await s.close();
  }
}

describe('quiet defaults in the editor (issue 20)', () => {
  let quiet: Diagnostic[];
  let loud: Diagnostic[];
  before(async () => {
    quiet = await diagnosticsWith({});
    loud = await diagnosticsWith({ hintEveryMention: true });
  });

  it('puts no diagnostic on registered actors and linked claims by default', () => {
    assert.deepEqual(quiet.filter((d) => d.code === 'actor.registered' || d.code === 'claim.linked').map((d) => d.message), []);
    assert.ok(quiet.length > 0, 'what needs attention is still reported');
  });

  it('keeps the old behaviour one setting away', () => {
    const registered = loud.filter((d) => d.code === 'actor.registered');
    assert.ok(registered.some((d) => covered(closedText, d) === 'Tamsel River Authority'), JSON.stringify(loud.map((d) => d.code)));
    assert.ok(registered.every((d) => d.severity === 4));
    // Everything else is the same in both.
    const others = (ds: Diagnostic[]) => ds.filter((d) => d.code !== 'actor.registered' && d.code !== 'claim.linked').map((d) => `${d.code} ${d.message}`);
    assert.deepEqual(others(loud), others(quiet));
  });

  it('lets factmark.checks turn one of them back on', async () => {
    const ds = await diagnosticsWith({ checks: { 'actor.registered': 'hint' } });
    assert.ok(ds.some((d) => d.code === 'actor.registered'));
    assert.ok(!ds.some((d) => d.code === 'claim.linked'));
  });

  it('underlines the date expression of an unlinked claim, not its sentence', () => {
    const unlinked = quiet.filter((d) => d.code === 'claim.unlinked');
    assert.ok(unlinked.length > 0, JSON.stringify(quiet.map((d) => d.code)));
    for (const d of unlinked) {
      assert.equal(d.range.start.line, d.range.end.line);
      assert.match(covered(closedText, d), /^(?:on )?(?:Monday|Tuesday|February 5, 2026)$/);
    }
  });

  it('colours unregistered names as names, never as errors', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const entry of manifest.contributes.semanticTokenScopes) {
      for (const [selector, scopes] of Object.entries(entry.scopes as Record<string, string[]>)) {
        for (const scope of scopes) assert.doesNotMatch(scope, /^(?:invalid|markup\.deleted)/, `${selector} → ${scope}`);
      }
    }
  });
});

describe('inlay hints and outline (issue 20)', () => {
  let s: LspSession;
  let uri: string;
  before(async () => {
    s = new LspSession({ root });
    await s.initialize();
    uri = await s.open(closedPath);
    await s.waitDiagnostics(uri);
  });
  after(() => s.close());

  it('puts a resolved date only after relative or year-less dates', async () => {
    const text = '---\ndate: 2026-02-03\n---\n\nThe council met on Sunday, January 6, 2026, and again on Monday. It meets on March 3 and in 2027.\n';
    const draft = await s.open(join(root, 'articles', 'draft-hints.md'), text);
    await s.waitDiagnostics(draft);
    const hints = await s.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri: draft }, range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } } });
    const after = hints.map((h) => text.split('\n')[h.position.line]!.slice(0, h.position.character).split(/\b(?=on |in )/).at(-1));
    assert.deepEqual(after, ['on Monday', 'on March 3']);
  });

  it('outlines an article by its claims’ dates and link state, the whole sentence as detail', async () => {
    const outline = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(outline.length, 3);
    assert.match(outline[0]!.name, /^2026-02-02 \((?:on )?Monday\) · linked · bridge-closed$/);
    assert.match(outline[1]!.name, /^2026-02-03 \((?:on )?Tuesday\) · unlinked$/);
    assert.match(outline[2]!.name, /^2026-02-05 · /);
    assert.equal(outline[1]!.detail, 'Mayor Ilse Marwood said on Tuesday that repairs in Corrby would take at least a week.');
    for (const item of outline) assert.ok(!item.detail!.endsWith('…'));
  });
});
