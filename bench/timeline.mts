/**
 * The timeline at scale (issue 17): a generated desk of 5,000 facts in 20 story files and 2,000
 * articles, written by `factmark timeline --html`, then opened in headless Chromium: time to the
 * first drawing, and what a user does next (zoom a step, move to the next fact, switch to actor
 * lanes, pan), each timed to the next painted frame. Not part of npm test (timings).
 *
 *   node scripts/build.mjs && node --import tsx bench/timeline.mts [FACTS] [ARTICLES]
 *
 * FACTMARK_TIMELINE_MODEL=file.json keeps the generated story model there and, when the file
 * exists, draws it again with the freshly built renderer without generating the desk (the CLI
 * spends about 85 s analysing 2,000 articles on this machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CLI, ROOT } from '../test/helpers/paths.js';
import { findChromium } from '../test/e2e/workbench.js';
import { generateArticle, generateDesk } from './generate.js';
import { timelinePage } from '../server/src/cli/timeline.js';

const FACTS = Number(process.argv[2]) || 5000;
const ARTICLES = Number(process.argv[3]) || 2000;
const STORIES = 20;
const dir = mkdtempSync(join(tmpdir(), 'factmark-timeline-bench-'));
try {
  const keep = process.env.FACTMARK_TIMELINE_MODEL;
  const out = join(dir, 'timeline.html');
  if (keep && existsSync(keep)) writeFileSync(out, timelinePage(JSON.parse(readFileSync(keep, 'utf8')), { assets: join(ROOT, 'dist', 'timeline') }));
  else generate(out);
  if (keep && !existsSync(keep)) writeFileSync(keep, /<script type="application\/json" id="factmark-model">([\s\S]*?)<\/script>/.exec(readFileSync(out, 'utf8'))?.[1] ?? '');
  await measure(out);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Generates the desk and writes its page with the CLI. */
function generate(out: string): void {
  const desk = generateDesk(400, FACTS);
  // The generated registry, its facts cut into story files (the actors stay in facts.yaml).
  const [head = '', factsPart = ''] = desk.yaml.split(/^facts:\n/m);
  const entries = factsPart.split(/^(?= {2}\S)/m).filter((e) => e.trim());
  const per = Math.ceil(entries.length / STORIES);
  writeFileSync(join(dir, 'facts.yaml'), `${head}facts:\n${entries.slice(0, per).join('')}`);
  for (let s = 1; s < STORIES; s++) writeFileSync(join(dir, `story-${s}.facts.yaml`), `version: 1\nfacts:\n${entries.slice(s * per, (s + 1) * per).join('')}`);
  mkdirSync(join(dir, 'articles'));
  for (let i = 0; i < ARTICLES; i++) {
    const date = `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}`;
    writeFileSync(join(dir, 'articles', `a${i}.md`), generateArticle(desk, { words: 250, seed: i + 1, date }));
  }
  const t = Date.now();
  const cli = spawnSync(process.execPath, [CLI, 'timeline', '.', '--html', out, '--article', 'articles/a1.md'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
  const cliMs = Date.now() - t;
  if (cli.status !== 0) throw new Error(cli.stderr);
  console.log(`${cli.stdout.trim()}\n  CLI: ${cliMs} ms (analysing ${ARTICLES} articles), page ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB`);
}

/** Opens the page three times in Chromium and prints the median of each measure. */
async function measure(out: string): Promise<void> {
  let t: number;

  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const rows: [string, number][] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      // The main thread's busy time (CDP TaskDuration), beside the wall clock: this machine is shared,
      // and the wall clock counts the time the page waited for a core.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const busy = async (): Promise<number> => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
      };
      const busy0 = await busy();
      t = Date.now();
      await page.goto(pathToFileURL(out).href);
      await page.waitForSelector('#factmark-timeline[data-facts-drawn]');
      // The first frame painted after the drawing.
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      const openMs = Date.now() - t;
      const openBusy = (await busy()) - busy0;
      const data = await page.evaluate<{ drawn: string; renderMs: string; parseMs: string; startMs: string }>(`({ ...document.getElementById('factmark-timeline').dataset, drawn: document.getElementById('factmark-timeline').dataset.factsDrawn })`);
      if (Number(data.drawn) !== FACTS) throw new Error(`drew ${data.drawn} facts of ${FACTS}`);
      /** Runs `action` in the page and waits for the frame after it, timing both. */
      const busySteps: number[] = [];
      const step = async (action: string): Promise<number> => {
        const b = await busy();
        const ms = await page.evaluate<number>(`new Promise((resolve) => { const t0 = performance.now(); ${action}; requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0))); })`);
        busySteps.push((await busy()) - b);
        return ms;
      };
      await page.focus('g.fm-fact[tabindex="0"]');
      const key = (k: string): string => `document.querySelector('g.fm-fact[tabindex="0"]').dispatchEvent(new KeyboardEvent('keydown', { key: ${JSON.stringify(k)}, bubbles: true }))`;
      const zoomMs = await step(key('+'));
      const moveMs = await step(key('ArrowRight'));
      const actorMs = await step(`document.querySelector('button[data-lanes="actor"]').click()`);
      const marks = await page.locator('g.fm-fact').count();
      const zoomActorMs = await step(key('-'));
      const storyMs = await step(`document.querySelector('button[data-lanes="story"]').click()`);
      if (errors.length) throw new Error(errors.join('\n'));
      rows.push(['open: main thread busy (CPU)', openBusy], ['zoom a step: busy', busySteps[0] ?? 0], ['next fact: busy', busySteps[1] ?? 0], ['actor lanes: busy', busySteps[2] ?? 0]);
      rows.push(['open: navigation to the first painted frame', openMs], ['  page and script loaded (script starts at)', Number(data.startMs)], ['  JSON.parse of the model', Number(data.parseMs)], ['  renderTimeline', Number(data.renderMs)], ['zoom a step (story lanes)', zoomMs], ['next fact (arrow key)', moveMs], [`switch to actor lanes (${marks} marks with echoes)`, actorMs], ['zoom a step (actor lanes)', zoomActorMs], ['back to story lanes', storyMs]);
      await page.close();
    }
    // Median of the three runs per measure.
    const names = [...new Set(rows.map(([n]) => n))];
    console.log(`\n${FACTS} facts, ${ARTICLES} articles, Chromium headless, median of 3 (ms):`);
    for (const n of names) {
      const v = rows.filter(([x]) => x === n).map(([, ms]) => ms).sort((a, b) => a - b);
      console.log(`  ${n.padEnd(52)} ${Math.round(v[1] ?? v[0] ?? 0)}`);
    }
  } finally {
    await browser.close();
  }
}
