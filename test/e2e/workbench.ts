// Drives the real VS Code web workbench through the shared harness `../shared/tools/vscode-web`
// (used as it is: copied to a temp folder, since ../shared is read-only, and installed there once).
import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { SHARED } from '../helpers/paths.js';

/** The harness in the shared tools folder. */
export const TOOL = join(SHARED, 'tools', 'vscode-web');

/** Where the harness is copied and installed (reused across runs). */
export const HARNESS = join(tmpdir(), 'factmark-vscode-web');

/** The Chromium binary the harness will use, or undefined when none is installed. */
export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      try {
        accessSync(join(dir, name), constants.X_OK);
        return join(dir, name);
      } catch {
        // next
      }
    }
  }
  return undefined;
}

/** Skip reason for the workbench tests, or false when they can run. */
export const NO_WORKBENCH: string | false = !existsSync(join(TOOL, 'run.mjs'))
  ? `skipped: ${TOOL} is absent (the shared tools sit beside the repository in CI)`
  : !findChromium()
    ? 'skipped: no chromium on $PATH or $CHROMIUM_PATH (apt-get install chromium; .ci/run does)'
    : false;

/** Copies the harness sources (not its node_modules) to {@link HARNESS}, writable, and installs it when its lock changed. */
export function prepareHarness(): string {
  const lock = join(TOOL, 'package-lock.json');
  const installedLock = join(HARNESS, 'node_modules', '.factmark-lock.json');
  const fresh = existsSync(installedLock) && readFileSync(installedLock, 'utf8') === readFileSync(lock, 'utf8');
  if (!fresh) rmSync(HARNESS, { recursive: true, force: true });
  mkdirSync(HARNESS, { recursive: true });
  const copy = (from: string, to: string): void => {
    for (const name of readdirSync(from)) {
      if (name === 'node_modules' || name === '.vscode-test-web' || name === 'out') continue;
      const src = join(from, name);
      const dst = join(to, name);
      if (statSync(src).isDirectory()) {
        mkdirSync(dst, { recursive: true });
        copy(src, dst);
      } else {
        writeFileSync(dst, readFileSync(src)); // contents only: the shared files are read-only
      }
    }
  };
  copy(TOOL, HARNESS);
  if (!fresh) {
    const r = spawnSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: HARNESS,
      encoding: 'utf8',
      env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
      timeout: 300_000,
    });
    if (r.status !== 0) throw new Error(`npm ci in ${HARNESS} failed (${r.status}):\n${r.stderr}`);
    writeFileSync(installedLock, readFileSync(lock, 'utf8'));
  }
  return HARNESS;
}

/**
 * Prepares the harness and runs `fn` with it, one workbench at a time across test processes
 * (a lock folder beside the harness; a lock older than 10 minutes is taken as abandoned).
 */
export async function withHarness<T>(fn: (harness: string) => Promise<T>): Promise<T> {
  const lock = `${HARNESS}.lock`;
  for (const deadline = Date.now() + 15 * 60_000; ; ) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 10 * 60_000) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is held by another run`);
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn(prepareHarness());
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A writable copy of a folder in a fresh temp dir (the workbench may write to the workspace). */
export function copyToTemp(dir: string, prefix: string): string {
  const target = join(mkdtempSync(join(tmpdir(), prefix)), 'desk');
  cpSync(dir, target, { recursive: true });
  return target;
}

/** One problem row of the Problems panel, as the harness reads it. */
export interface Problem {
  file?: string;
  severity?: 'error' | 'warning' | 'info';
  message?: string;
  source?: string;
  code?: string;
  line?: number;
  column?: number;
  ariaLabel?: string;
}

/** What the harness reports (see the harness README). */
export interface WorkbenchResult {
  ok: boolean;
  vscodeVersion?: string;
  opened: string[];
  problems: Problem[];
  squiggles?: Record<'error' | 'warning' | 'info' | 'hint', number>;
  hovers: { line: number; column: number; cursor: string | null; contents: string[] }[];
  commands: { title: string; ran: boolean; error?: string; notifications: { severity?: string; message: string }[] }[];
  notifications: { severity?: string; message: string }[];
  errors: string[];
  extensionHostLog: string[];
  screenshot?: string;
  statusBarProblems?: string | null;
  timingsMs: Record<string, number>;
}

/** Options of one workbench run. */
export interface RunOptions {
  extension: string;
  folder: string;
  open: string[];
  hovers?: string[];
  commands?: string[];
  screenshot?: string;
  width?: number;
  height?: number;
}

/** Runs the harness once and returns its JSON report (stderr kept for failure messages). */
export function runWorkbench(harness: string, o: RunOptions): Promise<{ result: WorkbenchResult; stderr: string; wallMs: number }> {
  const args = ['run.mjs', '--extension', o.extension, '--folder', o.folder];
  for (const f of o.open) args.push('--open', f);
  for (const c of o.commands ?? []) args.push('--command', c);
  for (const h of o.hovers ?? []) args.push('--hover', h);
  if (o.screenshot) args.push('--screenshot', o.screenshot);
  if (o.width) args.push('--width', String(o.width));
  if (o.height) args.push('--height', String(o.height));
  const start = Date.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: harness, maxBuffer: 32 * 1024 * 1024, timeout: 180_000 }, (error, stdout, stderr) => {
      try {
        resolve({ result: JSON.parse(stdout) as WorkbenchResult, stderr, wallMs: Date.now() - start });
      } catch {
        reject(new Error(`the harness printed no JSON (${error?.message ?? 'no error'}):\n${stderr.slice(-4000)}`));
      }
    });
  });
}

/** The 1-based `L:C` of the first occurrence of `needle` in `text` (plus `offset` characters), for `--hover`. */
export function positionOf(text: string, needle: string, offset = 0): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`\`${needle}\` is not in the fixture`);
  const before = text.slice(0, at + offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}
