/**
 * `factmark impact` and `factmark check --changed-facts` on a generated archive in a temporary
 * git repository (bench/archive.ts). FACTMARK_ARCHIVE_N sets its size (default 200: the CLI
 * checks about 20 generated articles a second on one core, see the closing note of issue 16).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { rmSync } from 'node:fs';
import { generateArchive, retract, type Archive } from '../../bench/archive.js';
import { runCli } from '../helpers/cli.js';

interface Json {
  files: { path: string; findings: { code: string; message: string; fact?: string; link?: { kind: string; score: number } }[] }[];
}

const N = Number(process.env.FACTMARK_ARCHIVE_N) || 200;

describe(`impact and --changed-facts on a generated archive of ${N} articles`, () => {
  let archive: Archive;
  let linked: Map<string, number>;
  before(() => {
    archive = generateArchive(N);
  });
  after(() => rmSync(archive.dir, { recursive: true, force: true }));

  it('impact lists every sentence linked to the fact, and nothing else', () => {
    // What `check` links, fact by fact, is what `impact` must list.
    const all = JSON.parse(runCli(['check', '.', '--format', 'json', '--hints'], archive.dir).stdout) as Json;
    linked = new Map();
    for (const f of all.files) for (const x of f.findings) if (x.code === 'claim.linked' && x.fact) linked.set(x.fact, (linked.get(x.fact) ?? 0) + 1);
    const [fact, count] = [...linked].sort((a, b) => b[1] - a[1])[0]!;
    const r = runCli(['impact', fact, '--format', 'json'], archive.dir);
    assert.equal(r.code, 0, r.stderr);
    const listed = (JSON.parse(r.stdout) as Json).files.flatMap((f) => f.findings);
    assert.equal(listed.length, count);
    for (const x of listed) {
      assert.equal(x.code, 'fact.stated');
      assert.equal(x.fact, fact);
      assert.ok(x.link && ['explicit', 'inferred'].includes(x.link.kind), JSON.stringify(x));
    }
    const stylish = runCli(['impact', fact], archive.dir);
    assert.equal(stylish.stdout.split('\n').filter((l) => /^ +\d+:\d+ +warning +States `/.test(l)).length, count);
    const sarif = JSON.parse(runCli(['impact', fact, '--format', 'sarif'], archive.dir).stdout) as { runs: { results: unknown[] }[] };
    assert.equal(sarif.runs[0]!.results.length, count);
  });

  it('an unknown fact id or revision is one line, exit 2, nothing on stdout', () => {
    const fact = [...linked.keys()][0]!;
    for (const args of [['impact', `${fact}x`], ['check', '--changed-facts', 'no-such-rev'], ['impact']]) {
      const r = runCli(args, archive.dir);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    }
    assert.match(runCli(['impact', `${fact}x`], archive.dir).stderr, /did you mean/);
  });

  it('--changed-facts lists the sentences stating the facts retracted since the revision', () => {
    const none = JSON.parse(runCli(['check', '--changed-facts', 'HEAD', '--format', 'json'], archive.dir).stdout) as Json;
    assert.equal(none.files.flatMap((f) => f.findings).length, 0, 'nothing changed since HEAD');
    const facts = [...linked].sort((a, b) => b[1] - a[1]).slice(0, 3);
    retract(archive, facts.map(([id]) => id));
    const r = runCli(['check', '--changed-facts', 'HEAD~1', '--format', 'json'], archive.dir);
    assert.equal(r.code, 0, r.stderr);
    const listed = (JSON.parse(r.stdout) as Json).files.flatMap((f) => f.findings);
    assert.equal(listed.length, facts.reduce((n, [, c]) => n + c, 0));
    for (const x of listed) assert.match(x.message, /changed since HEAD~1: status \w+ → retracted/);
    assert.deepEqual(new Set(listed.map((x) => x.fact)), new Set(facts.map(([id]) => id)));
  });
});
