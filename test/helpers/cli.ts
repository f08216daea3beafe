import { spawnSync } from 'node:child_process';
import { CLI, ROOT } from './paths.js';

/** Runs the built `factmark` CLI and returns its exit code and output. */
export function runCli(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
