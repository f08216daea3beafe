// The page `factmark timeline --html` writes, opened in headless Chromium (playwright-core, the
// system's chromium): it draws every fact of the example desk's registry once, makes no request,
// logs no error, and answers the mouse and the keyboard. FACTMARK_TIMELINE_SCREENSHOT names where
// its picture goes (default: a temp folder, printed).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { findChromium } from './workbench.js';

const DESK = join(ROOT, 'examples', 'desk');
const ARTICLE = 'articles/2026-03-05-council-hearing.md';
const CHROMIUM = findChromium();

describe('the timeline page in headless Chromium', { skip: CHROMIUM ? false : 'skipped: no chromium on $PATH or $CHROMIUM_PATH', timeout: 120_000 }, () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];
  let facts: Record<string, { status: string; superseded_by?: string; actors?: string[] }>;
  /** The id of the fact with the keyboard focus (a string expression: the tests' types know no DOM). */
  const focused = (): Promise<string | null> => page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('data-id')");
  /** Clicks a fact's mark where a user would: the middle of its shape (a ring's hole included). */
  const clickFact = async (id: string): Promise<void> => {
    const box = await page.locator(`g.fm-fact[data-id="${id}"]:not(.fm-echo) path.fm-shape`).boundingBox();
    assert.ok(box, `${id} is on screen`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  };
  const screenshot = process.env.FACTMARK_TIMELINE_SCREENSHOT ?? join(tmpdir(), 'factmark-timeline-page.png');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-timeline-page-'));
    const out = join(dir, 'timeline.html');
    const r = runCli(['timeline', '.', '--html', out, '--article', ARTICLE], DESK);
    assert.equal(r.code, 0, r.stderr);
    facts = (parse(readFileSync(join(DESK, 'facts.yaml'), 'utf8')) as { facts: typeof facts }).facts;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(out).href);
    await page.waitForSelector('#factmark-timeline[data-facts-drawn]');
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws every fact of the registry once, with its status, and an arrow for each supersession', async () => {
    const drawn = await page.$$eval('g.fm-fact:not(.fm-echo)', (gs) => gs.map((g) => ({ id: g.getAttribute('data-id'), cls: g.getAttribute('class') ?? '' })));
    assert.deepEqual(drawn.map((d) => d.id).sort(), Object.keys(facts).sort());
    for (const d of drawn) assert.ok(d.cls.includes(`status-${facts[d.id ?? '']?.status}`), `${d.id}: ${d.cls}`);
    const arrows = await page.$$eval('path.fm-arrow', (ps) => ps.map((p) => `${p.getAttribute('data-from')}→${p.getAttribute('data-to')}`));
    const expected = Object.entries(facts).flatMap(([id, f]) => (f.superseded_by ? [`${id}→${f.superseded_by}`] : []));
    assert.ok(expected.length > 0, 'the example desk supersedes facts');
    assert.deepEqual(arrows.sort(), expected.sort());
    // Each status has its own shape, not only its own colour.
    const shapes = await page.$$eval('g.fm-fact:not(.fm-echo) path.fm-shape', (ps) => ps.map((p) => `${p.closest('g')?.getAttribute('class')?.match(/status-\w+/)?.[0]} ${p.getAttribute('d')}`));
    const byStatus = new Map<string, Set<string>>();
    for (const s of shapes) {
      const at = s.indexOf(' ');
      const [status, d] = [s.slice(0, at), s.slice(at + 1)];
      byStatus.set(status, (byStatus.get(status) ?? new Set()).add(d));
    }
    const paths = [...byStatus.values()].map((set) => [...set].join());
    assert.equal(new Set(paths).size, byStatus.size, 'one distinct shape per status');
  });

  it('marks today, the article’s date and the article’s claims', async () => {
    assert.equal(await page.locator('line.fm-line-article').count(), 1);
    assert.equal(await page.locator('line.fm-line-today').count(), 1);
    const ringed = await page.$$eval('g.fm-fact.fm-in-article:not(.fm-echo)', (gs) => gs.map((g) => g.getAttribute('data-id')));
    assert.ok(ringed.length >= 2, JSON.stringify(ringed));
    assert.match(await page.locator('.fm-status').innerText(), new RegExp(`${ringed.length} facts stated in 2026-03-05-council-hearing\\.md`));
  });

  it('shows a clicked fact’s details, and moves through the facts with the keyboard', async () => {
    const id = 'tidewell-termination-threat';
    await clickFact(id);
    assert.match(await page.locator('.fm-details').innerText(), new RegExp(`Id\\s+${id}`));
    assert.equal(await focused(), id);
    assert.equal(await page.locator('g.fm-fact[tabindex="0"]').count(), 1, 'one tab stop');
    await page.keyboard.press('ArrowRight');
    const next = await focused();
    assert.ok(next && next !== id && next in facts, String(next));
    assert.match(await page.locator('.fm-details').innerText(), new RegExp(`Id\\s+${next}`));
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focused(), id);
  });

  it('switches to one lane per actor and still draws every fact once; zooms with the keyboard', async () => {
    await page.click('button[data-lanes="actor"]');
    assert.equal(await page.getAttribute('button[data-lanes="actor"]', 'aria-checked'), 'true');
    const ids = await page.$$eval('g.fm-fact:not(.fm-echo)', (gs) => gs.map((g) => g.getAttribute('data-id')));
    assert.deepEqual(ids.sort(), Object.keys(facts).sort());
    const lanes = await page.$$eval('.fm-lane-label', (ts) => ts.length);
    assert.ok(lanes > 1, `${lanes} actor lanes`);
    const before = await page.locator('.fm-axis .tick').first().textContent();
    await page.focus('g.fm-fact[tabindex="0"]');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.waitForTimeout(300);
    const after = await page.locator('.fm-axis .tick').first().textContent();
    assert.notEqual(after, before, 'the axis changed with the zoom');
    await page.keyboard.press('0');
    await page.click('button[data-lanes="story"]');
  });

  it('makes no request beyond the page itself, logs no error, and saves a screenshot', async () => {
    await clickFact('council-emergency-hearing');
    await page.screenshot({ path: screenshot });
    console.log(`# timeline page screenshot: ${screenshot}`);
    assert.ok(statSync(screenshot).size > 10_000);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), []);
    assert.equal(requests.length, 1, requests.join('\n'));
    assert.deepEqual(errors, []);
  });
});

describe('the timeline page with many facts', { skip: CHROMIUM ? false : 'skipped: no chromium on $PATH or $CHROMIUM_PATH', timeout: 120_000 }, () => {
  it('keeps the selected fact reachable with Tab after scrolling it out of view, and draws every fact', async () => {
    // A registry of 600 facts in 30 story files, written by the CLI, so the lanes overflow the view.
    const dir = mkdtempSync(join(tmpdir(), 'factmark-timeline-many-'));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      for (let s = 0; s < 30; s++) {
        const facts = Array.from({ length: 20 }, (_, i) => {
          const day = String(1 + ((s * 7 + i * 3) % 28)).padStart(2, '0');
          return `  s${s}-f${i}:\n    claim: Story ${s} event ${i} happened\n    date: 2026-0${1 + (i % 3)}-${day}\n    status: ${i % 5 === 0 ? 'developing' : 'confirmed'}\n`;
        });
        writeFileSync(join(dir, s ? `s${s}.facts.yaml` : 'facts.yaml'), `version: 1\nfacts:\n${facts.join('')}`);
      }
      const out = join(dir, 'page.html');
      const r = runCli(['timeline', '.', '--html', out], dir);
      assert.equal(r.code, 0, r.stderr);
      const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(out).href);
      await page.waitForSelector('#factmark-timeline[data-facts-drawn="600"]');
      assert.equal(await page.locator('g.fm-fact:not(.fm-echo)').count(), 600);
      // Select a fact in the first lane, scroll to the bottom, then Tab from the toolbar into the chart.
      await page.focus('g.fm-fact[tabindex="0"]');
      await page.keyboard.press('ArrowRight');
      const chosen = await page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('data-id')");
      await page.evaluate('document.querySelector(".fm-scroller").scrollTop = 1e6');
      await page.waitForTimeout(200);
      // The lanes scrolled into view are drawn.
      assert.ok(await page.locator('g.fm-fact[data-id="s29-f0"]').isVisible());
      await page.focus('button[title^="Show every fact"]');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('data-id')"), chosen);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
