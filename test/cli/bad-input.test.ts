/**
 * Bad input to `factmark impact` and `check` (plain and --changed-facts), each case running the
 * CLI: an unreadable file (mode 000; as an unprivileged user when the tests run as root), a folder
 * of 10,000 files, a binary file, a broken configuration file, a revision that does not exist.
 * A file named on the command line that cannot be read, a broken configuration and an unknown
 * revision are one line on stderr, exit 2, nothing on stdout and nothing in the index cache.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateArchive, type Archive } from '../../bench/archive.js';
import { runCli, type CliOptions } from '../helpers/cli.js';

interface Json {
  files: { path: string; findings: { code: string; severity: string; message: string; fact?: string }[] }[];
}

/** Root reads a mode-000 file anyway: the CLI then runs as `nobody`. */
const asUser: CliOptions = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

const oneLine = (r: { code: number; stdout: string; stderr: string }, re: RegExp, what: string): void => {
  assert.equal(r.code, 2, `${what}: ${r.stderr}`);
  assert.equal(r.stdout, '', what);
  assert.equal(r.stderr.trim().split('\n').length, 1, `${what}: ${r.stderr}`);
  assert.match(r.stderr.trim(), re, what);
};

describe('bad input to impact and check', () => {
  let archive: Archive;
  let cacheDir: string;
  let fact: string;
  const cli = (args: string[], options: CliOptions = {}) => runCli(args, archive.dir, { ...options, env: { FACTMARK_INDEX_CACHE: cacheDir, ...options.env } });
  const gitClean = () => spawnSync('git', ['status', '--porcelain'], { cwd: archive.dir, encoding: 'utf8' }).stdout;

  before(() => {
    archive = generateArchive(60);
    cacheDir = mkdtempSync(join(tmpdir(), 'fm-bad-cache-'));
    // The fact most stated in the archive.
    const counts = new Map<string, number>();
    const all = JSON.parse(runCli(['check', '.', '--format', 'json', '--hints'], archive.dir).stdout) as Json;
    for (const f of all.files) for (const x of f.findings) if (x.code === 'claim.linked' && x.fact) counts.set(x.fact, (counts.get(x.fact) ?? 0) + 1);
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    assert.ok(top, 'the archive links facts');
    fact = top[0];
  });
  after(() => {
    rmSync(archive.dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('an unreadable file: named, a one-line error; in a folder, said and the rest listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-unreadable-'));
    try {
      // `nobody` may enter the folder and read the rest; the cache stays off (its folder is root's).
      chmodSync(dir, 0o755);
      mkdirSync(join(dir, 'articles'));
      for (const name of readdirSync(join(archive.dir, 'articles', '2026-01', 'b0')).slice(0, 5)) {
        copyFileSync(join(archive.dir, 'articles', '2026-01', 'b0', name), join(dir, 'articles', name));
      }
      writeFileSync(join(dir, 'facts.yaml'), archive.desk.yaml);
      writeFileSync(join(dir, 'articles', 'secret.md'), '---\ndate: 2026-01-05\n---\nA sentence.\n', { mode: 0o000 });
      chmodSync(join(dir, 'articles', 'secret.md'), 0o000);
      const options: CliOptions = { ...asUser, env: { FACTMARK_INDEX_CACHE: 'off' } };
      for (const args of [['check', 'articles/secret.md'], ['impact', fact, 'articles/secret.md'], ['impact', fact, 'articles/secret.md', '--format', 'sarif']]) {
        oneLine(runCli(args, dir, options), /^factmark: articles\/secret\.md cannot be read \(EACCES\); nothing checked$/, args.join(' '));
      }
      const r = runCli(['impact', fact, '.', '--format', 'json'], dir, options);
      assert.equal(r.code, 0, r.stderr);
      const files = (JSON.parse(r.stdout) as Json).files;
      assert.equal(files.length, 6);
      const secret = files.find((f) => f.path === 'articles/secret.md');
      assert.deepEqual(secret?.findings.map((f) => [f.code, f.severity]), [['workspace.unreadable', 'error']]);
      assert.match(secret?.findings[0]?.message ?? '', /cannot be read \(EACCES\); not checked/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a folder of 10,000 files, most of them not articles: finishes within a small heap, lists the articles only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-10k-'));
    try {
      spawnSync('cp', ['-r', join(archive.dir, 'facts.yaml'), join(archive.dir, 'articles'), dir]);
      const bytes = Buffer.alloc(512);
      for (let i = 0; i < 9940; i++) {
        const folder = join(dir, 'assets', `d${i % 40}`, `e${i % 7}`);
        if (i < 280) mkdirSync(folder, { recursive: true });
        bytes.writeUInt32LE(i, 0);
        // Images, data, notes: never read as articles (README.md by its name).
        const name = ['png', 'json', 'csv', 'html', 'yaml'][i % 5];
        writeFileSync(join(folder, i % 500 === 0 ? `README-${i}.md` : `f${i}.${name}`), i % 5 === 0 ? bytes : `{"n": ${i}}\n`);
      }
      const heap = { env: { NODE_OPTIONS: '--max-old-space-size=192', FACTMARK_INDEX_CACHE: cacheDir } };
      const r = runCli(['impact', fact, '--format', 'json', '--verbose'], dir, heap);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /^factmark: 60 articles: /);
      const files = (JSON.parse(r.stdout) as Json).files;
      assert.equal(files.length, 60);
      assert.ok(files.every((f) => f.path.startsWith('articles/')));
      const only = runCli(['impact', fact, 'articles', '--format', 'json'], dir, heap);
      const count = (s: string) => (JSON.parse(s) as Json).files.reduce((n, f) => n + f.findings.length, 0);
      assert.ok(count(r.stdout) > 0);
      assert.equal(count(r.stdout), count(only.stdout));
      const checked = runCli(['check', '.', '--format', 'json'], dir, heap);
      assert.ok(checked.code === 0 || checked.code === 1, checked.stderr);
      assert.equal((JSON.parse(checked.stdout) as Json).files.filter((f) => f.path.startsWith('articles/')).length, 60);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a binary file: named, a one-line error; in a folder, said and never indexed as prose', () => {
    const blob = join(archive.dir, 'articles', 'blob.md');
    writeFileSync(blob, Buffer.concat([Buffer.from('---\ndate: 2026-01-05\n---\n'), Buffer.from([0, 1, 2, 0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(' Water Authority strike.\n')]));
    try {
      for (const args of [['impact', fact, 'articles/blob.md'], ['check', 'articles/blob.md'], ['check', '--changed-facts', 'HEAD', 'articles/blob.md']]) {
        oneLine(cli(args), /^factmark: articles\/blob\.md is a binary file; nothing checked$/, args.join(' '));
      }
      const r = cli(['impact', fact, '--format', 'json', '--verbose']);
      assert.equal(r.code, 0, r.stderr);
      const entry = (JSON.parse(r.stdout) as Json).files.find((f) => f.path === 'articles/blob.md');
      assert.deepEqual(entry?.findings.map((f) => f.code), ['workspace.unreadable']);
      assert.match(entry?.findings[0]?.message ?? '', /binary file; not checked/);
      assert.match(r.stderr, /61 articles: .*, 1 analysed in full;/);
    } finally {
      rmSync(blob);
    }
  });

  it('a broken configuration file: a positioned one-line error, exit 2, nothing written', () => {
    const rc = join(archive.dir, '.factmarkrc.yaml');
    writeFileSync(rc, 'articles: ["a"\nchecks: {}\n');
    try {
      const cache = readdirSync(cacheDir).join();
      for (const args of [['impact', fact], ['impact', fact, 'articles'], ['check', '--changed-facts', 'HEAD'], ['check', '--changed-facts', 'HEAD', '--format', 'sarif']]) {
        oneLine(cli(args), /^factmark: \.factmarkrc\.yaml:2:1: /, args.join(' '));
      }
      assert.equal(readdirSync(cacheDir).join(), cache);
    } finally {
      rmSync(rc);
    }
  });

  it('a revision that does not exist, or no repository: one line, exit 2, nothing written', () => {
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(cacheDir, { mode: 0o700 });
    for (const rev of ['no-such-rev', 'HEAD~3', 'HEAD:facts.yaml', '']) {
      oneLine(cli(['check', '--changed-facts', rev, '--format', 'json']), rev ? /^factmark: Unknown revision `/ : /^factmark: Option --changed-facts needs a git revision$/, rev);
    }
    assert.deepEqual(readdirSync(cacheDir), [], 'nothing indexed, nothing cached');
    assert.equal(gitClean(), '', 'nothing written in the repository');
    const bare = mkdtempSync(join(tmpdir(), 'fm-norepo-'));
    try {
      writeFileSync(join(bare, 'facts.yaml'), archive.desk.yaml);
      writeFileSync(join(bare, 'a.md'), '---\ndate: 2026-01-05\n---\nA sentence.\n');
      oneLine(runCli(['check', '--changed-facts', 'HEAD'], bare, { env: { FACTMARK_INDEX_CACHE: cacheDir, GIT_CEILING_DIRECTORIES: tmpdir() } }), /^factmark: --changed-facts needs a git repository/, 'no repository');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
    assert.deepEqual(readdirSync(cacheDir), []);
  });
});
