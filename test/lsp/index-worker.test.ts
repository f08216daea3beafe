// The Node server indexes the workspace in a worker thread and keeps the index on disk:
// references across files come from the worker, an article naming its own registry is
// indexed against it, and a restarted server gives the same references from the cache
// (unchanged articles are not analysed again, changed ones are).
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Location } from 'vscode-languageserver-protocol';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { FIXTURES } from '../helpers/paths.js';

const ARTICLES = 60;
const article = (i: number): string =>
  `---\ntitle: Bridge note ${i}\ndate: 2026-02-${String(3 + (i % 20)).padStart(2, '0')}\n---\n# Bridge note ${i}\n\n` +
  `Mayor Ilse Marwood said on Monday that the Old Mill bridge would stay under watch, report ${i} [@bridge-closed].\n` +
  `The Tamsel River Authority measured the river level in Corrby on Tuesday and found it falling.\n`;

// An article whose front matter names its own registry, where the mayor has an alias the workspace registry lacks.
const OWN_REGISTRY = 'version: 1\nactors:\n  ilse-marwood:\n    name: Ilse Marwood\n    type: person\n    aliases: [The Mayoress]\n';
const OWN_ARTICLE = '---\ntitle: Own registry\ndate: 2026-02-10\nregistry: ../special/own.yaml\n---\n\nThe Mayoress opened the bridge on Monday.\n';

describe('index worker and disk cache', () => {
  let dir: string;
  let cacheDir: string;
  const saved = process.env.FACTMARK_INDEX_CACHE;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-worker-'));
    cacheDir = mkdtempSync(join(tmpdir(), 'factmark-cache-'));
    // The spawned servers inherit this process's environment.
    process.env.FACTMARK_INDEX_CACHE = cacheDir;
    copyFileSync(join(FIXTURES, 'workspace', 'facts.yaml'), join(dir, 'facts.yaml'));
    mkdirSync(join(dir, 'articles'));
    mkdirSync(join(dir, 'special'));
    for (let i = 0; i < ARTICLES; i++) writeFileSync(join(dir, 'articles', `note-${String(i).padStart(3, '0')}.md`), article(i));
    writeFileSync(join(dir, 'special', 'own.yaml'), OWN_REGISTRY);
    writeFileSync(join(dir, 'articles', 'own.md'), OWN_ARTICLE);
  });
  after(() => {
    if (saved === undefined) delete process.env.FACTMARK_INDEX_CACHE;
    else process.env.FACTMARK_INDEX_CACHE = saved;
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  /** Starts a server, waits for its index, and returns the references of the mayor and of `bridge-closed` (from the registry file). */
  async function session(env: Record<string, string> = {}): Promise<{ mayor: Location[]; fact: Location[]; stderr: string; log: string }> {
    const old = { ...process.env };
    Object.assign(process.env, env);
    const s = new LspSession({ root: dir });
    process.env = old;
    try {
      const progress: { kind: string }[] = [];
      const indexed = s.trackProgress(progress);
      await s.initialize();
      await indexed;
      const registryPath = join(dir, 'facts.yaml');
      const lines = readFileSync(registryPath, 'utf8').split('\n');
      const uri = await s.open(registryPath);
      const at = (key: string) => ({ line: lines.indexOf(`  ${key}:`), character: 4 });
      const refs = (key: string) => s.request<Location[]>('textDocument/references', { textDocument: { uri }, position: at(key), context: { includeDeclaration: false } });
      const log = s.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message).join('\n');
      return { mayor: await refs('ilse-marwood'), fact: await refs('bridge-closed'), stderr: s.stderr, log };
    } finally {
      await s.close();
    }
  }

  const articlesOf = (locations: Location[]): string[] => [...new Set(locations.filter((l) => l.uri.endsWith('.md')).map((l) => l.uri))].sort();
  const cacheFiles = (): string[] => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((f) => f.endsWith('.json')) : []);

  let first: Awaited<ReturnType<typeof session>>;

  it('answers references across files from the worker, and indexes an article with its own registry against it', async () => {
    first = await session();
    assert.equal(articlesOf(first.fact).length, ARTICLES, first.stderr);
    const mayor = articlesOf(first.mayor);
    assert.equal(mayor.length, ARTICLES + 1, 'every note, and the article that names the mayor by its own registry’s alias');
    assert.ok(mayor.includes(uriOf(join(dir, 'articles', 'own.md'))));
    assert.equal(cacheFiles().length, 1, 'the worker wrote its cache once the build was done');
  });

  it('gives the same references after a restart, from the cache, without writing it again', async () => {
    const file = join(cacheDir, cacheFiles()[0]!);
    const before = statSync(file).mtimeMs;
    const again = await session();
    assert.deepEqual(again.mayor, first.mayor);
    assert.deepEqual(again.fact, first.fact);
    // Every entry came from the cache: nothing new to write.
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(statSync(file).mtimeMs, before);
  });

  it('indexes a changed article again, and ignores a corrupt cache', async () => {
    const changed = join(dir, 'articles', 'note-007.md');
    writeFileSync(changed, article(7).replace(' [@bridge-closed]', ''));
    const after = await session();
    assert.equal(articlesOf(after.fact).length, ARTICLES - 1);
    assert.ok(!articlesOf(after.fact).includes(uriOf(changed)));
    assert.deepEqual(after.mayor, first.mayor, 'its other references are unchanged');
    writeFileSync(join(cacheDir, cacheFiles()[0]!), '{"format": 1, "registry": "x", "articles": [');
    const corrupt = await session();
    assert.deepEqual(corrupt.fact, after.fact);
    writeFileSync(changed, article(7));
  });

  it('keeps its cache in the folder the client gives at initialize', async () => {
    const clientDir = mkdtempSync(join(tmpdir(), 'factmark-client-cache-'));
    const old = process.env.FACTMARK_INDEX_CACHE;
    delete process.env.FACTMARK_INDEX_CACHE;
    const s = new LspSession({ root: dir });
    process.env.FACTMARK_INDEX_CACHE = old;
    try {
      const progress: { kind: string }[] = [];
      const indexed = s.trackProgress(progress);
      const rootUri = uriOf(dir);
      await s.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'ws' }],
        capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
        initializationOptions: { indexCacheDir: clientDir },
      });
      await s.connection.sendNotification('initialized', {});
      await indexed;
    } finally {
      await s.close();
    }
    try {
      assert.equal(readdirSync(clientDir).filter((f) => f.endsWith('.json')).length, 1, s.stderr);
    } finally {
      rmSync(clientDir, { recursive: true, force: true });
    }
  });

  it('leaves a cache folder that other users may write alone, and logs why', { skip: process.platform === 'win32' }, async () => {
    const shared = mkdtempSync(join(tmpdir(), 'factmark-shared-cache-'));
    chmodSync(shared, 0o777);
    try {
      const s = await session({ FACTMARK_INDEX_CACHE: shared });
      assert.deepEqual(s.fact, first.fact, 'the index is built all the same');
      assert.deepEqual(readdirSync(shared), []);
      assert.match(s.stderr, /index cache is off: .* may be written by other users/);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('goes on in the server thread when the worker dies (out of memory), with the same references', async () => {
    const dying = await session({ FACTMARK_INDEX_WORKER_HEAP_MB: '4', FACTMARK_INDEX_CACHE: 'off' });
    assert.match(dying.stderr + dying.log, /indexes in the server thread from now on/);
    assert.deepEqual(dying.mayor, first.mayor);
    assert.deepEqual(dying.fact, first.fact);
  });

  it('indexes in the server thread when no worker is wanted, with the same references', async () => {
    const inThread = await session({ FACTMARK_INDEX_WORKERS: '0', FACTMARK_INDEX_CACHE: 'off' });
    assert.deepEqual(inThread.mayor, first.mayor);
    assert.deepEqual(inThread.fact, first.fact);
  });
});
