/**
 * A generated news archive in a git repository, for `factmark impact` and
 * `factmark check --changed-facts` (issue 16): a registry of generated facts and `n`
 * generated articles in month folders, committed; then `retract` changes facts' status
 * in a second commit, as a desk's correction would.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticle, generateDesk, type GenDesk } from './generate.js';

export interface Archive {
  dir: string;
  desk: GenDesk;
}

const git = (dir: string, ...args: string[]): string => {
  const r = spawnSync('git', ['-c', 'user.email=bench@factmark', '-c', 'user.name=bench', ...args], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

/** Writes `n` articles (about `words` words each) and the registry, and commits them. */
export function generateArchive(n: number, words = 180): Archive {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-archive-'));
  const desk = generateDesk(80, 400, 3);
  writeFileSync(join(dir, 'facts.yaml'), desk.yaml);
  for (let i = 0; i < n; i++) {
    const folder = join(dir, 'articles', `2026-${String(1 + (Math.floor(i / 100) % 12)).padStart(2, '0')}`, `b${Math.floor(i / 1200)}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const day = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    writeFileSync(join(folder, `a${i}.md`), generateArticle(desk, { words, seed: i + 1, date: day }));
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', 'archive');
  return { dir, desk };
}

/** Marks facts `retracted` in the registry (their `status:` lines) and commits the change. */
export function retract(a: Archive, ids: string[]): void {
  const path = join(a.dir, 'facts.yaml');
  const lines = readFileSync(path, 'utf8').split('\n');
  let current: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const id = /^ {2}([a-z0-9-]+):\s*$/.exec(lines[i]!);
    if (id) current = id[1];
    if (current && ids.includes(current) && /^ {4}status: /.test(lines[i]!)) lines[i] = '    status: retracted';
  }
  writeFileSync(path, lines.join('\n'));
  git(a.dir, 'commit', '-qam', 'retract');
}
