// The workspace index: built in the background with progress, never blocking a hover,
// and kept up to date when article files change on disk.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Hover, type Location, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const ARTICLES = 600;
const article = (i: number): string =>
  `---\ntitle: Bridge note ${i}\ndate: 2026-02-${String(3 + (i % 20)).padStart(2, '0')}\n---\n# Bridge note ${i}\n\n` +
  `Mayor Ilse Marwood said on Monday that the Old Mill bridge would stay under watch, report ${i} [@bridge-closed].\n` +
  `The Tamsel River Authority measured the river level in Corrby on Tuesday and found it falling.\n`;

describe('workspace index', () => {
  let dir: string;
  let s: LspSession;
  const progress: { kind: string; message?: string }[] = [];
  let indexed: Promise<void>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-index-'));
    copyFileSync(join(FIXTURES, 'workspace', 'facts.yaml'), join(dir, 'facts.yaml'));
    mkdirSync(join(dir, 'articles'));
    for (let i = 0; i < ARTICLES; i++) writeFileSync(join(dir, 'articles', `note-${String(i).padStart(4, '0')}.md`), article(i));
    s = new LspSession({ root: dir });
    indexed = s.trackProgress(progress);
    await s.initialize();
  });
  after(async () => {
    await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers hovers at once while the index is still being built, from what is indexed so far', async () => {
    const path = join(dir, 'articles', 'note-0000.md');
    const text = article(0);
    const uri = await s.open(path, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('Mayor'));
    // References must be complete: asked now, they wait for the index, while hovers keep being answered.
    const references = s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: { line, character: 8 }, context: { includeDeclaration: false } });
    const hovers: { ms: number; value: string }[] = [];
    let done = false;
    void indexed.then(() => (done = true));
    while (!done) {
      const t = Date.now();
      const h = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } });
      hovers.push({ ms: Date.now() - t, value: (h.contents as MarkupContent).value });
      await new Promise((r) => setTimeout(r, 20));
    }
    const during = hovers.filter((h) => /indexing: \d+ of \d+ articles so far/.test(h.value));
    assert.ok(during.length >= 3, `hovers answered during indexing: ${during.length} of ${hovers.length}`);
    const worst = Math.max(...during.map((h) => h.ms));
    const sorted = during.map((h) => h.ms).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`# ${ARTICLES} articles: ${during.length} hovers during indexing, median ${median} ms, worst ${worst} ms`);
    assert.ok(median < 100, `median hover latency during indexing ${median} ms`);
    const counts = during.map((h) => Number(/Named in 1 fact and (\d+) articles?/.exec(h.value)?.[1]));
    assert.ok(counts.at(-1)! > counts[0]!, `counts grow as the index fills: ${counts[0]} → ${counts.at(-1)}`);
    const refs = await references;
    assert.equal(new Set(refs.filter((l) => l.uri.endsWith('.md')).map((l) => l.uri)).size, ARTICLES);
    const final = await s.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } });
    assert.match((final.contents as MarkupContent).value, new RegExp(`Named in 1 fact and ${ARTICLES} articles(?:$|\n)`));
  });

  it('reported progress from begin to end with counts', () => {
    assert.equal(progress[0]!.kind, 'begin');
    assert.ok(progress.some((p) => p.kind === 'report' && /^\d+\/600$/.test(p.message ?? '')), JSON.stringify(progress.slice(0, 4)));
    assert.equal(progress.at(-1)!.kind, 'end');
  });

  it('adds and drops articles on file changes (workspace/didChangeWatchedFiles)', async () => {
    const registryUri = uriOf(join(dir, 'facts.yaml'));
    const reg = await s.open(join(dir, 'facts.yaml'));
    const line = readFileSync(join(dir, 'facts.yaml'), 'utf8').split('\n').indexOf('  bridge-reopens:');
    const refsOfReopens = (): Promise<Location[]> =>
      s.request<Location[]>('textDocument/references', { textDocument: { uri: reg }, position: { line, character: 4 }, context: { includeDeclaration: false } });
    const before = await refsOfReopens();
    assert.deepEqual(before.map((l) => l.uri), [registryUri], 'only `superseded_by` names it');
    const path = join(dir, 'articles', 'added.md');
    writeFileSync(path, '---\ndate: 2026-02-10\n---\nMayor Ilse Marwood said on Monday that the bridge reopens [@bridge-reopens].\n');
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type: 1 }] });
    const added = await waitFor(refsOfReopens, (r) => r.some((l) => l.uri === uriOf(path)));
    assert.equal(added.filter((l) => l.uri === uriOf(path)).length, 1);
    unlinkSync(path);
    await s.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(path), type: 3 }] });
    await waitFor(refsOfReopens, (r) => !r.some((l) => l.uri === uriOf(path)));
  });
});

async function waitFor<T>(get: () => Promise<T>, until: (t: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (until(v)) return v;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
