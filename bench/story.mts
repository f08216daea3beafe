// The story model at desk scale (issue 17): `node --import tsx bench/story.mts [facts] [articles] [--workbench]`.
// Generates a registry of 5,000 facts (1,000 actors, supersession chains) and 2,000 articles citing
// them, then measures (1) buildStoryModel in process over the indexed articles, (2) `factmark/story`
// against the built server over stdio once it has indexed the workspace (request to parsed answer),
// and with --workbench (3) the registry view's first render in the VS Code 1.91 web workbench: from
// the click on the Factmark activity-bar icon to the first rows on screen. Target: under 1 s each.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { CORE_BUNDLE } from './bundle-options.js';
import type { IndexedArticle, Levels, StoryModel } from '../server/src/core/index.js';
import { SERVER } from '../test/helpers/paths.js';
import { generateArticle, generateDesk } from './generate.js';
import { BenchClient, uriOf } from './lsp-client.js';

// The core as the server bundles it (esbuild, Node 20), not as tsx compiles the sources.
const bundleDir = mkdtempSync(join(tmpdir(), 'factmark-story-core-'));
await esbuild.build({ entryPoints: [join(import.meta.dirname, '..', 'server', 'src', 'core', 'index.ts')], outfile: join(bundleDir, 'core.mjs'), ...CORE_BUNDLE });
const { analyzeArticle, buildStoryModel, CODES, indexArticle, mergeRegistry, parseRegistryFile } = (await import(pathToFileURL(join(bundleDir, 'core.mjs')).href)) as typeof import('../server/src/core/index.js');
rmSync(bundleDir, { recursive: true, force: true });

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const FACTS = Number(args[0] ?? 5000);
const ARTICLES = Number(args[1] ?? 2000);
const WORKBENCH = process.argv.includes('--workbench');
const NO_CHECKS: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number): string => `${x.toFixed(0)} ms`;
/** CPU time of this process in ms: the machine is shared, wall time is noisy. */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const desk = generateDesk(1000, FACTS, 5);
const dir = mkdtempSync(join(tmpdir(), 'factmark-story-bench-'));
mkdirSync(join(dir, 'articles'));
writeFileSync(join(dir, 'facts.yaml'), desk.yaml);
const texts: string[] = [];
for (let i = 0; i < ARTICLES; i++) {
  // Each article cites facts from a window of the registry, so every fact is stated somewhere.
  const from = Math.floor((i / ARTICLES) * FACTS);
  const facts = desk.facts.slice(from, from + 40);
  const text = generateArticle({ actors: desk.actors, facts }, { words: 300, seed: 100 + i, date: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}` });
  texts.push(text);
  writeFileSync(join(dir, 'articles', `a${String(i).padStart(4, '0')}.md`), text);
}
console.log(`desk: ${FACTS} facts, ${desk.actors.length} actors, ${ARTICLES} articles in ${dir}`);

try {
  // 1. In process: the model from the merged registry and the index.
  const registry = mergeRegistry([parseRegistryFile(uriOf(join(dir, 'facts.yaml')), desk.yaml)]);
  let t = performance.now();
  const index: IndexedArticle[] = texts.map((text, i) => indexArticle(analyzeArticle(uriOf(join(dir, 'articles', `a${String(i).padStart(4, '0')}.md`)), text, registry, { today: '2026-06-01', levels: NO_CHECKS })));
  console.log(`indexed ${index.length} articles in process: ${ms(performance.now() - t)} (${index.reduce((n, a) => n + a.facts.length, 0)} fact links)`);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let model: StoryModel | undefined;
  for (let round = 0; round < 7; round++) {
    t = performance.now();
    const c = cpu();
    model = buildStoryModel({ registry, index, today: '2026-06-01' });
    times.push(performance.now() - t);
    cpuTimes.push(cpu() - c);
  }
  t = performance.now();
  const json = JSON.stringify(model);
  const stringify = performance.now() - t;
  const stated = model?.facts.filter((f) => f.articles.length).length ?? 0;
  console.log(`buildStoryModel: median ${ms(median(times))} wall, ${ms(median(cpuTimes))} CPU (first ${ms(times[0] ?? NaN)}); JSON ${(json.length / 1e6).toFixed(1)} MB in ${ms(stringify)}; ${stated} of ${model?.facts.length} facts stated in articles`);

  // 2. Over LSP: the built server, once it has indexed the workspace.
  const client = new BenchClient(SERVER, dir);
  await client.initialize();
  t = performance.now();
  let answer: StoryModel | null = null;
  for (;;) {
    answer = await client.connection.sendRequest<StoryModel | null>('factmark/story', {});
    if (answer && !answer.indexing) break;
    if (performance.now() - t > 600_000) throw new Error('the server did not finish indexing in 10 minutes');
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`server indexed the workspace in ${ms(performance.now() - t)}`);
  const lsp: number[] = [];
  const serverCpu: number[] = [];
  const clientCpu: number[] = [];
  for (let round = 0; round < 7; round++) {
    await new Promise((r) => setTimeout(r, 200));
    t = performance.now();
    const s0 = client.cpuMs() ?? NaN;
    const c0 = cpu();
    answer = await client.connection.sendRequest<StoryModel | null>('factmark/story', {});
    lsp.push(performance.now() - t);
    clientCpu.push(cpu() - c0);
    serverCpu.push((client.cpuMs() ?? NaN) - s0);
  }
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(`factmark/story over stdio: median ${ms(median(lsp))} wall (min ${ms(Math.min(...lsp))}), server CPU ${ms(median(serverCpu))}, client CPU (read + parse) ${ms(median(clientCpu))}; ${answer?.facts.length} facts, ${answer?.facts.reduce((n, f) => n + f.articles.length, 0)} article links from ${answer?.articles.length} articles`);
  await client.close();

  // 3. The registry view's first render in the web workbench.
  if (WORKBENCH) {
    const { withHarness } = await import('../test/e2e/workbench.js');
    const { openWorkbench, runPaletteCommand } = await import('../test/e2e/workbench-ui.js');
    const root = join(import.meta.dirname, '..');
    await withHarness(async (harness) => {
      const wb = await openWorkbench(harness, { extension: root, folder: dir });
      try {
        const { page } = wb;
        // The server must have the registry loaded: wait for the status bar's fact count.
        await page.waitForFunction(`[...document.querySelectorAll('.statusbar-item')].some((s) => /${FACTS.toLocaleString('en').replace(/,/g, ',?')} facts/.test(s.textContent ?? ''))`, undefined, { timeout: 120_000 });
        const start = await page.evaluate<number>('performance.now()');
        await page.click('.activitybar .action-item .action-label[aria-label^="Factmark"]');
        await page.waitForSelector('.pane-body .customview-tree .monaco-list-row[aria-level="2"]', { timeout: 60_000 });
        const first = (await page.evaluate<number>('performance.now()')) - start;
        console.log(`registry view in the web workbench: first fact rows ${ms(first)} after the click (load average ${loadavg()[0]?.toFixed(1)})`);
        // Then the other grouping: every fact again, under its day.
        const before = await page.evaluate<number>('performance.now()');
        await runPaletteCommand(page, 'Factmark: Group by date');
        await page.waitForSelector('.pane-body .customview-tree .monaco-list-row[aria-level="1"][aria-label^="20"]', { timeout: 60_000 });
        const regroup = (await page.evaluate<number>('performance.now()')) - before;
        console.log(`regrouped by date (from the palette command to the month rows) in ${ms(regroup)}; console errors: ${wb.errors.length}`);
      } finally {
        await wb.close();
      }
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
