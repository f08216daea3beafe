/**
 * `factmark impact` and `factmark check --changed-facts` on a generated archive of N articles
 * (default 10,000) in a temporary git repository: wall time, CPU time (user + system, all
 * threads) and peak memory (max RSS) of each run, from /usr/bin/time. Each command runs cold
 * (an empty index cache, in a fresh private folder) and warm (the cache the cold run wrote);
 * after a registry change (`retract`) the cache no longer holds the archive, so the first
 * --changed-facts run is cold again. Targets (issue 16): 30 s cold, 3 s warm, 600 MB.
 * The machine's load average is printed first: wall times on a busy machine read against it.
 *
 *   node scripts/build.mjs && node --import tsx bench/archive-impact.mts [N]
 *   FACTMARK_CLI=/path/to/cli.js ...   measure another build of the CLI (a before/after)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../test/helpers/paths.js';
import { generateArchive, retract } from './archive.js';

const n = Number(process.argv[2]) || 10_000;
const cli = process.env.FACTMARK_CLI || CLI;
const t0 = Date.now();
const archive = generateArchive(n);
const cache = mkdtempSync(join(tmpdir(), 'factmark-bench-cache-'));
const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ');
console.log(`generated ${n} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${archive.dir}; ${cli}; load ${load()}`);
const fact = archive.desk.facts[0]!.id; // in range: the generated desk has facts
const run = (label: string, args: string[]): void => {
  // Another build may not know --verbose (the CLI before the index did not).
  const verbose = cli === CLI ? ['--verbose'] : [];
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, cli, ...args, '--format', 'json', ...verbose], {
    cwd: archive.dir,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, FACTMARK_INDEX_CACHE: cache },
  });
  const lines = r.stderr.trim().split('\n');
  const [seconds = '?', user = '0', sys = '0', kb = '0'] = (lines.at(-1) ?? '').split(' ');
  let listed = -1;
  try {
    listed = (JSON.parse(r.stdout) as { files: { findings: unknown[] }[] }).files.reduce((k, f) => k + f.findings.length, 0);
  } catch {
    console.error(r.stderr.slice(0, 500));
  }
  const how = lines.find((l) => l.startsWith('factmark: ') && l.includes(' articles: '))?.replace(/; cache .*/, '') ?? '';
  console.log(
    `${label.padEnd(34)} ${seconds.padStart(6)} s wall  ${(Number(user) + Number(sys)).toFixed(1).padStart(5)} s CPU  ${(Number(kb) / 1024).toFixed(0).padStart(4)} MB  ${listed} sentences  (exit ${r.status}; load ${load()})`,
  );
  if (how) console.log(`${''.padEnd(34)} ${how.slice('factmark: '.length)}`);
};
try {
  run('impact (cold)', ['impact', fact]);
  run('impact (warm)', ['impact', fact]);
  run('check --changed-facts HEAD (warm)', ['check', '--changed-facts', 'HEAD']);
  retract(archive, archive.desk.facts.slice(0, 5).map((f) => f.id));
  run('check --changed-facts HEAD~1 (cold)', ['check', '--changed-facts', 'HEAD~1']);
  run('check --changed-facts HEAD~1 (warm)', ['check', '--changed-facts', 'HEAD~1']);
} finally {
  rmSync(archive.dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}
