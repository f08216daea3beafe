import { spawnSync } from 'node:child_process';
import { CLI, ROOT } from './paths.js';

/** How a test runs the CLI: extra environment variables, and the user to run it as (`uid`/`gid`). */
export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  timeout?: number;
}

/** Runs the built `factmark` CLI and returns its exit code and output. */
export function runCli(args: string[], cwd = ROOT, options: CliOptions = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: options.timeout ?? 60_000,
    maxBuffer: 1 << 28,
    env: options.env ? { ...process.env, ...options.env } : undefined,
    uid: options.uid,
    gid: options.gid,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
