// The indexer in the server's thread (no pool): an open article the server has just analysed is
// not analysed a second time by a build, and its entry is what a build would have made.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { createFactChecker, todayIso, type AnalyzeOptions } from '../../server/src/core/index.js';
import { indexEntry } from '../../server/src/lsp/index-entry.js';
import { Indexer } from '../../server/src/lsp/indexer.js';
import { FIXTURES } from '../helpers/paths.js';

const ROOT = join(FIXTURES, 'workspace');
const uriOf = (path: string): string => pathToFileURL(path).href;

async function setup() {
  const articles = readdirSync(join(ROOT, 'articles'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => uriOf(join(ROOT, 'articles', f)));
  const files = new Map<string, string>([[uriOf(join(ROOT, 'facts.yaml')), readFileSync(join(ROOT, 'facts.yaml'), 'utf8')]]);
  for (const uri of articles) files.set(uri, readFileSync(new URL(uri), 'utf8'));
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
  const indexer = new Indexer({ connection, checker, listArticles: async () => articles, readText: host.readText, openText: (uri) => open.get(uri), canReportProgress: () => false });
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
