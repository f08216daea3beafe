// Issue 20: every command shows a result or a reason; hovers and findings give one answer;
// a missing source file is a warning that says so; a stale registry's links land right.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, Hover, Location, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';
import type { StatusParams } from '../../server/src/lsp/protocol.js';

/** The position of `needle` in `text`, plus `delta` characters. */
function at(text: string, needle: string, delta = 0): Position {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `\`${needle}\` not in the text`);
  const lines = text.slice(0, i + delta).split('\n');
  return { line: lines.length - 1, character: lines.at(-1)!.length };
}

interface Shown {
  type: number;
  message: string;
  actions?: { title: string }[];
}

describe('feedback in the editor (issue 20)', () => {
  let dir: string;
  let s: LspSession;
  const shown: Shown[] = [];
  let articlePath: string;
  let articleText: string;
  let registryPath: string;
  let registryText: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-feedback-'));
    cpSync(join(FIXTURES, 'workspace'), dir, { recursive: true });
    registryPath = join(dir, 'facts.yaml');
    // A source file that is not there (not written yet, git-ignored, moved).
    registryText = readFileSync(registryPath, 'utf8').replace(
      '      - file: articles/bridge-closed.md\n',
      '      - file: notes/interview.md\n        quote: the piers\n      - file: articles/bridge-closed.md\n',
    );
    writeFileSync(registryPath, registryText);
    articlePath = join(dir, 'articles', 'bridge-closed.md');
    articleText = readFileSync(articlePath, 'utf8');
    s = new LspSession({
      root: dir,
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: { hover: { contentFormat: ['markdown'] } },
        window: { showDocument: { support: true } },
      },
    });
    s.connection.onNotification('window/showMessage', (p: Shown) => void shown.push(p));
    s.connection.onRequest('window/showMessageRequest', (p: Shown) => {
      shown.push(p);
      return null; // dismissed
    });
    s.connection.onRequest('window/showDocument', () => ({ success: true }));
    await s.initialize();
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function waitShown(match: RegExp): Promise<Shown> {
    for (let i = 0; i < 100; i++) {
      const found = shown.find((m) => match.test(m.message));
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.fail(`no message matching ${match}; shown: ${JSON.stringify(shown)}`);
  }

  it('reports a missing source file as a warning that says it is missing, and lists it in the status', async () => {
    const registry = uriOf(registryPath);
    const diags = await s.waitDiagnostics(registry, (d) => d.some((x) => /notes\/interview\.md/.test(String(x.message))));
    const missing = diags.find((x) => /notes\/interview\.md/.test(String(x.message)))!;
    assert.equal(missing.severity, 2, 'a warning');
    assert.match(String(missing.message), /is missing/);
    assert.doesNotMatch(String(missing.message), /e\.g\./, 'no suggestion repeating the path');
    const status = await s.waitNotification<StatusParams>('factmark/status', (p) => (p.problems ?? []).length > 0);
    assert.equal(status.errors, 0, 'no error keeps the status bar coloured');
    assert.match(status.problems![0]!.message, /notes\/interview\.md` of `bridge-closed` is missing/);
    assert.equal(status.problems![0]!.severity, 'warning');
  });

  it('says what a re-check found', async () => {
    await s.request('workspace/executeCommand', { command: 'factmark.server.recheckWorkspace', arguments: [] });
    const m = await waitShown(/re-checked/);
    assert.match(m.message, /re-checked 3 articles against 2 facts and 5 actors/);
  });

  it('gives a reason when there is no registry entry under the cursor', async () => {
    const uri = await s.open(articlePath);
    await s.waitDiagnostics(uri);
    const result = await s.request('workspace/executeCommand', { command: 'factmark.server.showRegistryEntry', arguments: [uri, at(articleText, 'at least a week', 4)] });
    assert.equal(result, null);
    const m = await waitShown(/no registry entry here/);
    assert.equal(m.type, 2);
  });

  it('says where a new fact went, with an Open action', async () => {
    const uri = uriOf(articlePath);
    const result = await s.request<{ id: string; applied: boolean }>('workspace/executeCommand', {
      command: 'factmark.server.addClaimToRegistry',
      arguments: [uri, at(articleText, 'repairs in Corrby')],
    });
    assert.equal(result.applied, true);
    const m = await waitShown(/added fact/);
    assert.equal(m.message, `Factmark: added fact \`${result.id}\` to facts.yaml and linked the sentence with [@${result.id}]`);
    assert.deepEqual(m.actions, [{ title: 'Open' }]);
  });

  it('says where a quick fix’s new actor went (the command its code action carries)', async () => {
    await s.request('workspace/executeCommand', { command: 'factmark.server.announceAdded', arguments: ['actor', 'corrby-ferry-works', uriOf(registryPath)] });
    const m = await waitShown(/added actor/);
    assert.equal(m.message, 'Factmark: added actor `corrby-ferry-works` to facts.yaml');
    assert.deepEqual(m.actions, [{ title: 'Open' }]);
  });

  it('leads an actor hover with what matters, and gives the diagnostic’s spelling for a variant', async () => {
    const draft = join(dir, 'articles', 'draft.md');
    const text = '---\ndate: 2026-02-10\n---\n\nMayor Marvud said on Monday that the bridge reopens.\n';
    const uri = await s.open(draft, text);
    const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'actor.spelling'));
    const spelling = diags.find((x: Diagnostic) => x.code === 'actor.spelling')!;
    const expected = /expected `([^`]+)`/.exec(String(spelling.message))![1]!;
    const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(text, 'Marvud', 2) });
    const value = (h.contents as MarkupContent).value;
    assert.match(value, /^\*\*Ilse Marwood\*\* · person · Mayor of Corrby on 2026-02-10\n\nNamed in 1 fact and \d+ articles?/);
    assert.ok(value.endsWith(`\`Marvud\` is not house style: write \`${expected}\``), value);
  });

  it('while the registry is stale, go to definition lands on the entry in the text on screen', async () => {
    const registry = await s.open(registryPath, registryText);
    // A syntax error earlier on the line of an entry before the target: the last good version stays in use.
    const broken = registryText.replace('  river-authority:\n    name: Tamsel River Authority', '  river-authority:\n    name: [Tamsel River Authority');
    await s.change(registry, broken);
    await s.waitNotification<StatusParams>('factmark/status', (p) => p.stale.length > 0);
    const locations = await s.request<Location[]>('textDocument/definition', { textDocument: { uri: uriOf(articlePath) }, position: at(articleText, 'Corrby', 2) });
    assert.equal(locations.length, 1);
    const lines = broken.split('\n');
    const range = locations[0]!.range;
    assert.equal(lines[range.start.line]!.slice(range.start.character, range.end.character), 'corrby');
  });
});
