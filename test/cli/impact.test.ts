/**
 * `factmark impact` and `factmark check --changed-facts` on a generated archive of 2,000
 * articles in a temporary git repository (bench/archive.ts), read through the workspace index
 * and its disk cache (a private temporary folder here, FACTMARK_INDEX_CACHE).
 * FACTMARK_ARCHIVE_N sets the archive's size. Timing is bench/archive-impact.mts's business.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArchive, retract, type Archive } from '../../bench/archive.js';
import { runCli } from '../helpers/cli.js';

interface Json {
  files: { path: string; findings: { code: string; message: string; fact?: string; link?: { kind: string; score: number } }[] }[];
}

const N = Number(process.env.FACTMARK_ARCHIVE_N) || 2000;
/** One month of the archive (bench/archive.ts puts 100 articles a month, in turn). */
const SAMPLE = 'articles/2026-01';

/** The `--verbose` line: how the index was built. */
function stats(stderr: string): { cached: number; worker: number; main: number; full: number } {
  const m = /(\d+) articles: (\d+) read from the index cache, (\d+) analysed by the index worker, (\d+) by the main thread, (\d+) analysed in full/.exec(stderr);
  assert.ok(m, stderr);
  const [, n, cached, worker, main, full] = m.map(Number) as [number, number, number, number, number, number];
  assert.equal(n, N, stderr);
  return { cached, worker, main, full };
}

/** The cache folder's files with their contents (what a run wrote, if anything). */
const snapshot = (dir: string): Map<string, string> => new Map(readdirSync(dir).map((f) => [f, `${statSync(join(dir, f)).mtimeMs}:${readFileSync(join(dir, f), 'utf8')}`]));

describe(`impact and --changed-facts on a generated archive of ${N} articles`, () => {
  let archive: Archive;
  let cacheDir: string;
  let linked: Map<string, number>;
  const explicit = new Map<string, number>();
  const cli = (args: string[]) => runCli(args, archive.dir, { env: { FACTMARK_INDEX_CACHE: cacheDir }, timeout: 180_000 });
  const listed = (stdout: string) => (JSON.parse(stdout) as Json).files.flatMap((f) => f.findings);
  const listedIn = (stdout: string, folder: string) => (JSON.parse(stdout) as Json).files.filter((f) => f.path.startsWith(`${folder}/`)).flatMap((f) => f.findings);
  before(() => {
    archive = generateArchive(N);
    cacheDir = mkdtempSync(join(tmpdir(), 'fm-index-cache-'));
  });
  after(() => {
    rmSync(archive.dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('impact lists every sentence linked to the fact, from the index: cold, both threads; warm, from the cache', () => {
    // What `check` links, fact by fact (every article analysed in full), is what `impact` must list:
    // checked on one month's folder (a tenth of the archive, to keep the test's time down).
    const all = JSON.parse(cli(['check', SAMPLE, '--format', 'json', '--hints']).stdout) as Json;
    linked = new Map();
    for (const f of all.files) {
      for (const x of f.findings) {
        if (x.code !== 'claim.linked' || !x.fact) continue;
        linked.set(x.fact, (linked.get(x.fact) ?? 0) + 1);
        if (x.link?.kind === 'explicit') explicit.set(x.fact, (explicit.get(x.fact) ?? 0) + 1);
      }
    }
    const [top] = [...linked].sort((a, b) => b[1] - a[1]);
    assert.ok(top, 'the sample links facts');
    const [fact, count] = top;
    const kinds = (r: { stdout: string }) => listed(r.stdout).map((x) => `${x.link?.kind}`).sort().join();

    const cold = cli(['impact', fact, '--format', 'json', '--verbose']);
    assert.equal(cold.code, 0, cold.stderr);
    const first = stats(cold.stderr);
    // Nothing in the cache yet: the index worker and the CLI's own thread share the analyses.
    assert.equal(first.cached, 0);
    assert.ok(first.worker > 0 && first.main > 0, cold.stderr);
    assert.equal(first.worker + first.main + first.full, N);
    assert.equal(first.full, 0, 'every generated article is dated and uses the desk registry');
    const files = readdirSync(cacheDir);
    assert.equal(files.length, 1, files.join());
    const [file = ''] = files;
    assert.match(readFileSync(join(cacheDir, file), 'utf8'), /^\{"kind":"factmark-index","format":4,/);
    assert.equal(statSync(join(cacheDir, file)).mode & 0o077, 0, 'the cache file is private');

    const list = listed(cold.stdout);
    assert.equal(listedIn(cold.stdout, SAMPLE).length, count);
    assert.ok(list.length > count, 'the other months state it too');
    for (const x of list) {
      assert.equal(x.code, 'fact.stated');
      assert.equal(x.fact, fact);
      assert.ok(x.link && ['explicit', 'inferred'].includes(x.link.kind), JSON.stringify(x));
    }

    const before = snapshot(cacheDir);
    const warm = cli(['impact', fact, '--format', 'json', '--verbose']);
    assert.deepEqual(stats(warm.stderr), { cached: N, worker: 0, main: 0, full: 0 });
    assert.equal(warm.stdout, cold.stdout, 'the cache gives what the analyses gave');
    assert.deepEqual(snapshot(cacheDir), before, 'a run that analysed nothing writes nothing');
    assert.ok(kinds(warm).includes('inferred'), kinds(warm));

    const stylish = cli(['impact', fact]);
    assert.equal(stylish.stdout.split('\n').filter((l) => /^ +\d+:\d+ +warning +States `/.test(l)).length, list.length);
    const sarif = JSON.parse(cli(['impact', fact, '--format', 'sarif']).stdout) as { runs: { results: { ruleId: string }[] }[] };
    const results = sarif.runs.at(0)?.results ?? [];
    assert.equal(results.length, list.length);
    assert.ok(results.every((r) => r.ruleId === 'fact.stated'));
  });

  it('an explicit link is listed from its marker, with its claim', () => {
    // The generator writes `[@id]` markers into some articles: their links come from the index too.
    const [fact] = [...explicit].sort((a, b) => b[1] - a[1])[0] ?? [];
    assert.ok(fact, 'the archive has explicit links');
    const r = cli(['impact', fact, '--format', 'json', '--verbose']);
    assert.equal(stats(r.stderr).cached, N);
    const got = listedIn(r.stdout, SAMPLE).filter((x) => x.link?.kind === 'explicit');
    assert.equal(got.length, explicit.get(fact));
    for (const x of got) assert.match(x.message, new RegExp(`^States \`${fact}\` \\(explicit\\): "[^"]{20,}`));
  });

  it('an unknown fact id or revision is one line, exit 2, nothing on stdout, nothing in the cache', () => {
    const [fact = 'none'] = linked.keys();
    const before = snapshot(cacheDir);
    for (const args of [['impact', `${fact}x`], ['check', '--changed-facts', 'no-such-rev'], ['check', '--changed-facts', 'HEAD~5'], ['impact']]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
    assert.match(cli(['impact', `${fact}x`]).stderr, /did you mean/);
    assert.match(cli(['check', '--changed-facts', 'no-such-rev']).stderr, /^factmark: Unknown revision `no-such-rev`/);
    assert.deepEqual(snapshot(cacheDir), before);
  });

  it('--changed-facts lists the sentences stating the facts retracted since the revision, warm the second time', () => {
    const none = cli(['check', '--changed-facts', 'HEAD', '--format', 'json', '--verbose']);
    assert.equal(listed(none.stdout).length, 0, 'nothing changed since HEAD');
    assert.equal(stats(none.stderr).cached, N, 'the registry is the one impact indexed against');
    const facts = [...linked].sort((a, b) => b[1] - a[1]).slice(0, 3);
    // Across the archive, the sentences impact lists for them (warm runs).
    const stating = facts.reduce((n, [id]) => n + listed(cli(['impact', id, '--format', 'json']).stdout).length, 0);
    retract(archive, facts.map(([id]) => id));
    // The registry changed: every entry was made against the old one, so the archive is indexed again.
    const cold = cli(['check', '--changed-facts', 'HEAD~1', '--format', 'json', '--verbose']);
    assert.equal(cold.code, 0, cold.stderr);
    assert.equal(stats(cold.stderr).cached, 0);
    const list = listed(cold.stdout);
    assert.equal(listedIn(cold.stdout, SAMPLE).length, facts.reduce((n, [, c]) => n + c, 0));
    assert.equal(list.length, stating);
    for (const x of list) assert.match(x.message, /changed since HEAD~1: status \w+ → retracted/);
    assert.deepEqual(new Set(list.map((x) => x.fact)), new Set(facts.map(([id]) => id)));
    const warm = cli(['check', '--changed-facts', 'HEAD~1', '--format', 'json', '--verbose']);
    assert.deepEqual(stats(warm.stderr), { cached: N, worker: 0, main: 0, full: 0 });
    assert.equal(warm.stdout, cold.stdout);
    const sarif = JSON.parse(cli(['check', '--changed-facts', 'HEAD~1', '--format', 'sarif']).stdout) as { runs: { results: unknown[] }[] };
    assert.equal(sarif.runs.at(0)?.results.length, list.length);
    const stylish = cli(['check', '--changed-facts', 'HEAD~1']);
    assert.equal(stylish.stdout.split('\n').filter((l) => /^ +\d+:\d+ +warning +States `.*retracted/.test(l)).length, list.length);
  });
});
