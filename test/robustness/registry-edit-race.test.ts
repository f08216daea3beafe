// Registry quick fixes against a registry that changed under them (issue 21, Medium 4): an edit
// computed on the text the server last loaded, applied after an external edit it had not read
// yet, spliced an entry into the middle of another. Edits now carry the registry document's
// version, or are refused while the disk text differs from the text they were computed on.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeRegistry, parseRegistryFile } from '../../server/src/core/index.js';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const ARTICLE = '---\ntitle: "Cranes"\ndate: 2026-02-20\n---\nOsric Tamblyn, a crane driver, said the crews were tired. The council approved a new crane budget on January 12, 2026, by nine votes to two.\n';

describe('registry quick fixes when the registry changed under them', () => {
  let s: LspSession;
  let dir: string;
  let uri: string;
  let registryPath: string;
  let registryUri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fm-race-'));
    registryPath = join(dir, 'facts.yaml');
    copyFileSync(join(FIXTURES, 'checks', 'registry.yaml'), registryPath);
    registryUri = uriOf(registryPath);
    writeFileSync(join(dir, 'story.md'), ARTICLE);
    s = new LspSession({
      root: dir,
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
        textDocument: { codeAction: { disabledSupport: true } },
      },
    });
    await s.initialize();
    uri = await s.open(join(dir, 'story.md'), ARTICLE);
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const osric = async (): Promise<Diagnostic> => (await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'actor.unregistered' && /Osric/.test(String(x.message))))).find((x) => x.code === 'actor.unregistered' && /Osric/.test(String(x.message)))!;
  const addActor = async (): Promise<CodeAction | undefined> => {
    const d = await osric();
    const actions = await s.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    return actions.find((a) => /Add `Osric Tamblyn` to the registry/.test(a.title));
  };
  const registryEdit = (edit: WorkspaceEdit | undefined): TextDocumentEdit | undefined =>
    edit?.documentChanges?.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === registryUri);
  const apply = (text: string, edits: TextEdit[]): string => TextDocument.applyEdits(TextDocument.create('x', 'yaml', 0, text), edits);

  it('sends a registry fix as a versioned document change (null: the file on disk, not open)', async () => {
    const add = await addActor();
    assert.ok(add?.edit, JSON.stringify(add));
    const change = registryEdit(add.edit);
    assert.ok(change, `no documentChanges entry for the registry: ${JSON.stringify(add.edit)}`);
    assert.equal(change.textDocument.version, null);
  });

  it('refuses it (a disabled action, no edit) once the file changed on disk, until the server read it again', async () => {
    const before = readFileSync(registryPath, 'utf8');
    // Another program adds an actor at the top of `actors:`; the server has not been told yet.
    const changed = before.replace(/^actors:\n/m, 'actors:\n  ada-quill:\n    name: Ada Quill\n    type: person\n');
    assert.notEqual(changed, before);
    writeFileSync(registryPath, changed);
    const add = await addActor();
    assert.ok(!add?.edit, `an edit computed on the old text: ${JSON.stringify(add?.edit)}`);
    assert.match(add?.disabled?.reason ?? '', /facts\.yaml` changed since Factmark last read it/);

    // *Add the claim* is refused the same way, and applies nothing.
    const doc = TextDocument.create(uri, 'markdown', 1, ARTICLE);
    const position = doc.positionAt(ARTICLE.indexOf('The council approved') + 5);
    const applied = s.appliedEdits.length;
    await assert.rejects(s.request('workspace/executeCommand', { command: 'factmark.server.addClaimToRegistry', arguments: [uri, position] }), /changed since Factmark last read it/);
    assert.equal(s.appliedEdits.length, applied);

    // Told of the change, the server reloads and offers a fix that fits the new text.
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: registryUri, type: 2 }] });
    let fresh: CodeAction | undefined;
    for (let i = 0; i < 100 && !fresh?.edit; i++) {
      fresh = await addActor();
      if (!fresh?.edit) await new Promise((r) => setTimeout(r, 100));
    }
    const change = registryEdit(fresh?.edit);
    assert.ok(change, 'a fresh fix once the registry was read again');
    const result = apply(changed, change.edits as TextEdit[]);
    const file = parseRegistryFile(registryUri, result);
    assert.deepEqual(file.findings.map((f) => f.message), []);
    const registry = mergeRegistry([file]);
    assert.ok(registry.actors.has('ada-quill') && [...registry.actors.values()].some((a) => a.name === 'Osric Tamblyn'));
  });

  it('gives an open registry document’s version', async () => {
    await s.open(registryPath);
    let add: CodeAction | undefined;
    for (let i = 0; i < 100; i++) {
      add = await addActor();
      if (registryEdit(add?.edit)?.textDocument.version === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(registryEdit(add?.edit)?.textDocument.version, 1);
  });
});
