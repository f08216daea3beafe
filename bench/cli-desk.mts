/**
 * The CLI on a big desk (issue 21, Medium 9): N small articles (default 10,000) in nested
 * folders beside a `facts.yaml`, checked by the built CLI once finding each article's registry
 * itself and once with `--registry`. Without `--registry` the CLI used to walk the desk again for
 * every article (366 s against 5.4 s at 10,000); the target is at most 2x.
 *
 *   node scripts/build.mjs && node --import tsx bench/cli-desk.mts [N]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../test/helpers/paths.js';

const n = Number(process.argv[2]) || 10_000;
const dir = mkdtempSync(join(tmpdir(), 'factmark-cli-desk-'));
try {
  writeFileSync(
    join(dir, 'facts.yaml'),
    [
      'version: 1',
      'actors:',
      '  ilse-marwood:',
      '    name: Ilse Marwood',
      '    type: person',
      '  tamsel-river-authority:',
      '    name: Tamsel River Authority',
      '    type: organization',
      'facts:',
      '  bridge-closed:',
      '    claim: The Old Mill bridge was closed',
      '    date: 2026-02-09',
      '    actors: [ilse-marwood]',
      '',
    ].join('\n'),
  );
  // A hundred articles per folder, folders two deep, as a desk archives by month.
  for (let i = 0; i < n; i++) {
    const folder = join(dir, 'articles', `y${Math.floor(i / 1000)}`, `m${Math.floor(i / 100) % 10}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `note-${i}.md`),
      `---\ntitle: Note ${i}\ndate: 2026-02-${String(10 + (i % 15)).padStart(2, '0')}\n---\n\nMayor Ilse Marwood said on Monday that the bridge stays closed [@bridge-closed].\nThe Tamsel River Authority measured the river on Tuesday, report ${i}.\n`,
    );
  }
  const run = (extra: string[]): { seconds: number; code: number | null; files: number } => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, 'check', dir, '--format', 'json', ...extra], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    let files = -1;
    try {
      files = (JSON.parse(r.stdout) as { files: unknown[] }).files.length;
    } catch {
      console.error(r.stderr.slice(0, 2000));
    }
    return { seconds, code: r.status, files };
  };
  const withRegistry = run(['--registry', join(dir, 'facts.yaml')]);
  const without = run([]);
  console.log(
    JSON.stringify(
      {
        articles: n,
        withRegistrySeconds: +withRegistry.seconds.toFixed(2),
        withoutRegistrySeconds: +without.seconds.toFixed(2),
        ratio: +(without.seconds / withRegistry.seconds).toFixed(2),
        filesReported: [withRegistry.files, without.files],
        exitCodes: [withRegistry.code, without.code],
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
