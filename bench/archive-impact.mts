/**
 * `factmark impact` and `factmark check --changed-facts` on a generated archive of N articles
 * (default 10,000) in a temporary git repository: wall time and peak memory (max RSS, from
 * /usr/bin/time) of each run, cold and again (warm: the OS file cache; the CLI keeps no index
 * cache of its own yet). Targets (issue 16): 30 s cold, 3 s warm, 600 MB.
 *
 *   node scripts/build.mjs && node --import tsx bench/archive-impact.mts [N]
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { CLI } from '../test/helpers/paths.js';
import { generateArchive, retract } from './archive.js';

const n = Number(process.argv[2]) || 10_000;
const t0 = Date.now();
const archive = generateArchive(n);
console.log(`generated ${n} articles in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${archive.dir}`);
const fact = archive.desk.facts[0]!.id;
const run = (label: string, args: string[]): void => {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, CLI, ...args, '--format', 'json'], { cwd: archive.dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  const [seconds, kb] = r.stderr.trim().split('\n').at(-1)!.split(' ');
  let listed = -1;
  try {
    listed = (JSON.parse(r.stdout) as { files: { findings: unknown[] }[] }).files.reduce((k, f) => k + f.findings.length, 0);
  } catch {
    console.error(r.stderr.slice(0, 500));
  }
  console.log(`${label.padEnd(28)} ${seconds} s  ${(Number(kb) / 1024).toFixed(0)} MB  ${listed} sentences  (exit ${r.status})`);
};
try {
  run('impact (cold)', ['impact', fact]);
  run('impact (again)', ['impact', fact]);
  retract(archive, archive.desk.facts.slice(0, 5).map((f) => f.id));
  run('check --changed-facts HEAD~1', ['check', '--changed-facts', 'HEAD~1']);
} finally {
  rmSync(archive.dir, { recursive: true, force: true });
}
