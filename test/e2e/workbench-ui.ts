// A VS Code 1.91 web workbench driven directly through Playwright, for what the shared harness's
// command line does not reach (views, clicks in them, themes): the same libraries, installed by
// `prepareHarness` (workbench.ts), the same VS Code build, our own steps.
import { launchWorkbench } from './workbench.js';

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

/**
 * Serves the workbench with `extension` under development and `folder` mounted
 * (vscode-test-web://mount/), opens it in headless Chromium and waits for the Explorer:
 * `launchWorkbench` of workbench.ts (one launcher), seen through this file's {@link Page}.
 */
export async function openWorkbench(harness: string, o: { extension: string; folder: string; width?: number; height?: number }): Promise<Workbench> {
  const wb = await launchWorkbench(harness, o);
  // The same Playwright page: this file's Page names the calls its tests make.
  return { page: wb.page as unknown as Page, errors: wb.errors, close: () => wb.close() };
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
