// The indexer: an open article the server has just analysed is not analysed a second time by a
// build, and its entry is what a build would have made; while a pool builds, the server's idle
// thread indexes from the other end of the list (not while the pool answers from its cache),
// hands its entries to the pool to keep, and takes over what is left if the pool fails. The
// server's thread counts the user as busy for a while after a keystroke or a request.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { createFactChecker, todayIso, type AnalyzeOptions } from '../../server/src/core/index.js';
import { indexEntry, type IndexPool, type PoolResult } from '../../server/src/lsp/index-entry.js';
import { Indexer } from '../../server/src/lsp/indexer.js';
import { POINTING_MS, TYPING_MS, UserActivity } from '../../server/src/lsp/activity.js';
import { FIXTURES } from '../helpers/paths.js';

const ROOT = join(FIXTURES, 'workspace');
const uriOf = (path: string): string => pathToFileURL(path).href;

async function setup(pool?: IndexPool, copies = 1, busy?: () => boolean) {
  const names = readdirSync(join(ROOT, 'articles')).filter((f) => f.endsWith('.md'));
  const files = new Map<string, string>([[uriOf(join(ROOT, 'facts.yaml')), readFileSync(join(ROOT, 'facts.yaml'), 'utf8')]]);
  const articles: string[] = [];
  // Copies of the fixture articles under other names, for builds big enough for a pool.
  for (let i = 0; i < copies; i++) {
    for (const name of names) {
      const uri = uriOf(join(ROOT, 'articles', i ? `copy-${String(i).padStart(3, '0')}-${name}` : name));
      articles.push(uri);
      files.set(uri, readFileSync(join(ROOT, 'articles', name), 'utf8'));
    }
  }
  const open = new Map<string, string>();
  const host = { readText: async (uri: string) => open.get(uri) ?? files.get(uri), listRegistryFiles: async () => [uriOf(join(ROOT, 'facts.yaml'))] };
  const checker = createFactChecker({ host });
  await checker.reloadRegistry();
  const analysed: string[] = [];
  const analyze = checker.analyze.bind(checker);
  checker.analyze = (uri: string, text: string, options: AnalyzeOptions) => {
    analysed.push(uri);
    return analyze(uri, text, options);
  };
  const connection = { console: { error: (m: string) => assert.fail(m), log() {} } } as unknown as Connection;
  const indexer = new Indexer({ connection, checker, listArticles: async () => articles, readText: host.readText, openText: (uri) => open.get(uri), canReportProgress: () => false, pool, busy });
  return { articles, files, open, checker, analysed, indexer, analyze };
}

describe('indexer', () => {
  it('does not analyse again an open article whose entry comes from the server’s analysis of its current text', async () => {
    const { articles, files, open, checker, analysed, indexer, analyze } = await setup();
    assert.ok(articles.length >= 2);
    const [first, second] = articles as [string, string];
    // The server's analysis of an open buffer (with its checks on) lands in the index.
    open.set(first, files.get(first)!);
    indexer.set(checker.analyze(first, files.get(first)!, { today: todayIso() }));
    // A second open buffer, edited after its last analysis: the build must index its new text.
    indexer.set(checker.analyze(second, files.get(second)!, { today: todayIso() }));
    open.set(second, `${files.get(second)!}\nThe Tamsel River Authority said on Monday that the river was falling.\n`);
    analysed.length = 0;
    await indexer.refresh(true);
    assert.deepEqual(
      analysed.filter((u) => u === first),
      [],
    );
    assert.deepEqual(
      analysed.filter((u) => u === second),
      [second],
    );
    assert.equal(analysed.length, articles.length - 1);
    assert.equal(indexer.done, articles.length);
    // Every entry is what a build makes of the text it holds.
    for (const uri of articles) {
      const entry = indexer.index.get(uri)!;
      const fresh = indexEntry(analyze, uri, open.get(uri) ?? files.get(uri)!, todayIso())!;
      assert.deepEqual({ ...entry }, { ...fresh }, uri);
    }
  });

  it('analyses an open article again after the registry changed', async () => {
    const { articles, files, open, checker, analysed, indexer } = await setup();
    const [first] = articles as [string];
    open.set(first, files.get(first)!);
    indexer.set(checker.analyze(first, files.get(first)!, { today: todayIso() }));
    // A registry object the entry was not made with.
    Object.defineProperty(checker.store, 'registry', { value: { ...checker.store.registry }, configurable: true });
    analysed.length = 0;
    await indexer.refresh(true);
    assert.ok(analysed.includes(first));
  });
});

describe('indexer with a pool', () => {
  /** A pool in this thread that answers each batch after a few milliseconds, as if analysed (or from its cache when `cached`). */
  const make = (files: () => Map<string, string>, options: { cached?: boolean; failAfter?: number }) => {
    const got: string[] = [];
    const remembered: string[] = [];
    let batches = 0;
    let analyze!: (uri: string, text: string, o: AnalyzeOptions) => ReturnType<ReturnType<typeof createFactChecker>['analyze']>;
    const pool: IndexPool & { use(a: typeof analyze): void } = {
      use(a) {
        analyze = a;
      },
      async index(_registry, today, items) {
        if (options.failAfter !== undefined && batches >= options.failAfter) throw new Error('the worker is gone');
        batches++;
        await new Promise((resolve) => setTimeout(resolve, 2 * items.length));
        return items.map(({ uri, text }): PoolResult => {
          got.push(uri);
          return indexEntry(analyze, uri, text ?? files().get(uri)!, today);
        });
      },
      analysedShare: () => (options.cached ? 0 : 1),
      remember(entries) {
        for (const { entry, text } of entries) {
          assert.equal(entry.text, text);
          remembered.push(entry.uri);
        }
      },
      idle: async () => undefined,
      dispose() {},
    };
    return { pool, got, remembered };
  };

  for (const cached of [false, true]) {
    it(cached ? 'leaves a pool that answers from its cache alone' : 'indexes from the back of the list in the server’s thread while the pool analyses', async () => {
      let files!: Map<string, string>;
      const { pool, got, remembered } = make(() => files, { cached });
      const s = await setup(pool, 100);
      files = s.files;
      pool.use(s.analyze);
      s.analysed.length = 0;
      await s.indexer.refresh(true);
      assert.equal(s.indexer.done, s.articles.length);
      const inThread = s.analysed;
      assert.equal(got.length + inThread.length, s.articles.length, 'each article indexed once');
      assert.deepEqual([...got, ...inThread].sort(), [...s.articles].sort());
      if (cached) assert.deepEqual(inThread, []);
      else {
        assert.ok(inThread.length > 0, 'the server’s thread helped');
        // It took articles from the back: the last article of the list is among them, the first is not.
        assert.ok(inThread.includes(s.articles.at(-1)!));
        assert.ok(!inThread.includes(s.articles[0]!));
        assert.deepEqual([...remembered].sort(), [...inThread].sort(), 'the pool is given what the thread indexed');
      }
      for (const uri of s.articles) assert.deepEqual({ ...s.indexer.index.get(uri)! }, { ...indexEntry(s.analyze, uri, files.get(uri)!, todayIso())! }, uri);
    });
  }

  it('leaves the whole build to the pool while the user types or waits for answers', async () => {
    let files!: Map<string, string>;
    const { pool, got } = make(() => files, {});
    let asks = 0;
    // Busy through the build (the server's UserActivity after each keystroke or request).
    const s = await setup(pool, 100, () => (asks++, true));
    files = s.files;
    pool.use(s.analyze);
    s.analysed.length = 0;
    await s.indexer.refresh(true);
    assert.equal(s.indexer.done, s.articles.length);
    assert.deepEqual(s.analysed, [], 'the server’s thread analysed nothing');
    assert.equal(got.length, s.articles.length);
    assert.ok(asks > 0, 'the thread asked whether the user was busy');
  });

  it('indexes what is left in the server’s thread when the pool fails', async () => {
    let files!: Map<string, string>;
    const { pool, got } = make(() => files, { failAfter: 2 });
    const s = await setup(pool, 100);
    files = s.files;
    pool.use(s.analyze);
    const errors: string[] = [];
    (s.indexer as unknown as { host: { connection: Connection } }).host.connection = { console: { error: (m: string) => errors.push(m), log() {} } } as unknown as Connection;
    s.analysed.length = 0;
    await s.indexer.refresh(true);
    assert.equal(errors.length, 1);
    assert.equal(s.indexer.index.size, s.articles.length);
    assert.equal(got.length + s.analysed.length, s.articles.length);
    for (const uri of s.articles) assert.deepEqual({ ...s.indexer.index.get(uri)! }, { ...indexEntry(s.analyze, uri, files.get(uri)!, todayIso())! }, uri);
  });
});

describe('user activity', () => {
  it('is busy for TYPING_MS after a keystroke and POINTING_MS after a request', () => {
    let now = 10_000;
    const a = new UserActivity(() => now);
    assert.equal(a.busy(), false, 'idle at start');
    a.typed();
    now += TYPING_MS - 1;
    assert.equal(a.busy(), true);
    now += 1;
    assert.equal(a.busy(), false);
    a.asked();
    now += POINTING_MS - 1;
    assert.equal(a.busy(), true);
    now += 1;
    assert.equal(a.busy(), false);
    assert.ok(POINTING_MS < TYPING_MS);
  });
});
