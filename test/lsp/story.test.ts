/**
 * The story model over LSP (`factmark/story`): the built server over stdio answers from its
 * registry and workspace index, marks an article's claims, and says when the model changed.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { StoryModel } from '../../server/src/lsp/protocol.js';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { ROOT } from '../helpers/paths.js';

/** Asks for the story until `until` holds (the index is built in the background). */
async function storyUntil(s: LspSession, params: { uri?: string }, until: (m: StoryModel) => boolean, timeoutMs = 10_000): Promise<StoryModel> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = await s.request<StoryModel>('factmark/story', params);
    if (until(m)) return m;
    if (Date.now() > deadline) throw new Error(`no matching story model; last: ${JSON.stringify({ indexing: m.indexing, facts: m.facts.length })}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Applies the last workspace edit the server asked for to the file on disk, as an editor saving it would. */
function applyLastEdit(s: LspSession, path: string): { text: string; edit: WorkspaceEdit } {
  const edit = s.appliedEdits.at(-1) as { edit: WorkspaceEdit } | undefined;
  assert.ok(edit, 'the server asked for no edit');
  const uri = uriOf(path);
  const edits: TextEdit[] = [];
  for (const c of edit.edit.documentChanges ?? []) if ('textDocument' in c && c.textDocument.uri === uri) edits.push(...(c.edits as TextEdit[]));
  assert.ok(edits.length, `no edit of ${uri}`);
  const text = TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, readFileSync(path, 'utf8')), edits);
  writeFileSync(path, text);
  return { text, edit: edit.edit };
}

describe('the story model over LSP', () => {
  let s: LspSession;
  let root: string;
  let registryPath: string;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'factmark-story-'));
    cpSync(join(ROOT, 'examples', 'desk'), root, { recursive: true });
    registryPath = join(root, 'facts.yaml');
    s = new LspSession({ root });
    await s.initialize();
  });
  after(async () => {
    await s.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers with every fact, its status, chain and registry location', async () => {
    const m = await storyUntil(s, {}, (x) => !x.indexing);
    const text = readFileSync(registryPath, 'utf8').split('\n');
    assert.equal(m.version, 1);
    assert.equal(m.facts.length, 11);
    const byId = new Map(m.facts.map((f) => [f.id, f]));
    assert.equal(byId.get('boil-water-notice-issued')?.status, 'superseded');
    assert.equal(byId.get('boil-water-notice-issued')?.supersededBy, 'boil-water-notice-lifted');
    assert.deepEqual(byId.get('boil-water-notice-lifted')?.supersedes, ['boil-water-notice-issued']);
    assert.equal(byId.get('odws-investigation')?.status, 'retracted');
    assert.equal(byId.get('filter-failure-cause')?.status, 'disputed');
    assert.equal(byId.get('council-emergency-hearing')?.end, '2026-03-04');
    for (const f of m.facts) {
      assert.equal(f.location.uri, uriOf(registryPath));
      assert.equal(text[f.location.range.start.line]?.trim(), `${f.id}:`, f.id);
    }
    assert.deepEqual(m.stories.map((x) => [x.uri, x.facts.length]), [[uriOf(registryPath), 11]]);
    const raman = m.actors.find((a) => a.id === 'priya-raman');
    assert.deepEqual(raman?.roles.map((r) => [r.title, r.from, r.to]), [
      ['Director of Operations of the Kelsford Water Authority', '2021-09-01', '2026-03-08'],
      ['Interim Chief Executive of the Kelsford Water Authority', '2026-03-09', undefined],
    ]);
  });

  it('lists the articles that state each fact, at the sentence', async () => {
    const m = await storyUntil(s, {}, (x) => !x.indexing);
    const article = join(root, 'articles', '2026-03-03-boil-water-notice.md');
    const refs = m.facts.find((f) => f.id === 'kwa-withholds-payment')!.articles;
    const explicit = refs.find((r) => r.uri === uriOf(article) && r.kind === 'explicit');
    assert.ok(explicit, JSON.stringify(refs));
    const line = readFileSync(article, 'utf8').split('\n').at(explicit.range.start.line) ?? '';
    assert.equal(line.slice(explicit.range.start.character, explicit.range.end.character), 'kwa-withholds-payment');
    // Inferred links come from the index too: some fact is stated by a sentence without a marker.
    assert.ok(m.facts.some((f) => f.articles.some((r) => r.kind === 'inferred')));
    assert.ok(m.articles.some((a) => a.uri === uriOf(article) && a.date === '2026-03-03'));
  });

  it('marks the claims of the article it is asked for and is seen from its date', async () => {
    const path = join(root, 'articles', '2026-03-12-mediation.md');
    const uri = await s.open(path);
    const m = await storyUntil(s, { uri }, (x) => !!x.focus?.claims.length);
    assert.equal(m.asOf, '2026-03-12');
    assert.equal(m.focus?.uri, uri);
    assert.ok(m.focus?.claims.some((c) => c.fact === 'tidewell-termination-threat' && c.kind === 'explicit'));
  });

  it('tells the client when the registry changes, and answers with the new fact', async () => {
    // Let earlier changes (the article opened above) be told first.
    const quiet = async (): Promise<void> => {
      for (let n = s.notifications.length; ; n = s.notifications.length) {
        await new Promise((r) => setTimeout(r, 600));
        if (s.notifications.length === n) return;
      }
    };
    await quiet();
    const seen = s.notifications.length;
    const added = `${readFileSync(registryPath, 'utf8')}\n  pipe-burst:\n    claim: A main bursts in Linford.\n    date: 2026-03-20\n    status: developing\n    superseded_by: mediation-agreed\n`;
    writeFileSync(registryPath, added);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registryPath), type: 2 }] });
    await s.waitNotification('factmark/storyChanged', () => s.notifications.slice(seen).some((n) => n.method === 'factmark/storyChanged'));
    const m = await s.request<StoryModel>('factmark/story', {});
    const fact = m.facts.find((f) => f.id === 'pipe-burst');
    assert.equal(fact?.status, 'developing');
    assert.deepEqual(m.facts.find((f) => f.id === 'mediation-agreed')?.supersedes, ['tidewell-termination-threat', 'pipe-burst']);
  });

  it('changes a status through a workspace edit that keeps comments, and the model follows', async () => {
    const before = readFileSync(registryPath, 'utf8');
    const comments = before.split('\n').filter((l) => l.trim().startsWith('#'));
    const result = await s.request<{ applied: boolean }>('workspace/executeCommand', { command: 'factmark.server.setFactStatus', arguments: ['filter-failure-cause', 'false'] });
    assert.deepEqual(result, { applied: true });
    const { text } = applyLastEdit(s, registryPath);
    assert.match(text, /  filter-failure-cause:\n(?:    .*\n)*?    status: false {2,}# each side blames the other/);
    assert.deepEqual(text.split('\n').filter((l) => l.trim().startsWith('#')), comments);
    assert.equal(text.length, before.length - 'disputed'.length + 'false'.length);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registryPath), type: 2 }] });
    await storyUntil(s, {}, (m) => m.facts.find((f) => f.id === 'filter-failure-cause')?.status === 'false');

    await s.request('workspace/executeCommand', { command: 'factmark.server.setFactStatus', arguments: ['osei-resigns', 'superseded', 'raman-interim-chief'] });
    applyLastEdit(s, registryPath);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registryPath), type: 2 }] });
    const m = await storyUntil(s, {}, (x) => x.facts.find((f) => f.id === 'osei-resigns')?.supersededBy === 'raman-interim-chief');
    assert.equal(m.facts.find((f) => f.id === 'osei-resigns')?.status, 'superseded');
    assert.deepEqual(m.facts.find((f) => f.id === 'raman-interim-chief')?.supersedes, ['osei-resigns']);
  });

  it('adds a source through a workspace edit, written relative to the registry file', async () => {
    const article = uriOf(join(root, 'articles', '2026-03-05-council-hearing.md'));
    const count = (await s.request<StoryModel>('factmark/story', {})).facts.find((f) => f.id === 'council-emergency-hearing')!.sources.length;
    await s.request('workspace/executeCommand', { command: 'factmark.server.addFactSource', arguments: ['council-emergency-hearing', { file: article, quote: 'emergency hearing' }] });
    const { text } = applyLastEdit(s, registryPath);
    assert.match(text, /      - file: articles\/2026-03-05-council-hearing.md\n        quote: emergency hearing\n/);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(registryPath), type: 2 }] });
    const m = await storyUntil(s, {}, (x) => x.facts.find((f) => f.id === 'council-emergency-hearing')?.sources.length === count + 1);
    assert.deepEqual(m.facts.find((f) => f.id === 'council-emergency-hearing')?.sources.at(-1), { file: article, quote: 'emergency hearing' });
  });

  it('refuses a status that is none, a fact that is not there and an empty source', async () => {
    const edits = s.appliedEdits.length;
    await assert.rejects(s.request('workspace/executeCommand', { command: 'factmark.server.setFactStatus', arguments: ['osei-resigns', 'maybe'] }), /not a status/);
    await assert.rejects(s.request('workspace/executeCommand', { command: 'factmark.server.setFactStatus', arguments: ['no-such-fact', 'confirmed'] }), /not a fact/);
    await assert.rejects(s.request('workspace/executeCommand', { command: 'factmark.server.addFactSource', arguments: ['osei-resigns', { outlet: ' ' }] }), /needs an outlet/);
    assert.equal(s.appliedEdits.length, edits);
  });
});
