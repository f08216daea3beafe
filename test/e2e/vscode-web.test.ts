// Factmark in the real VS Code 1.91 web workbench (headless Chromium), as a user sees it and
// types into it: the extension's web client starts the language server in a web worker, which
// reads the registry through the client (vscode.workspace.fs). One workbench, opened once, is
// driven by the tests below in order (test/e2e/workbench.ts: Problems panel, hovers, the command
// palette, Ctrl+. quick fixes, Ctrl+Z); files are read back from their editors (the workspace is
// test-web's in-memory copy of the folder: nothing the workbench writes reaches the disk).
// FACTMARK_E2E_LOUD=1 runs with `factmark.hintEveryMention` on (the old, noisy defaults);
// FACTMARK_E2E_SCREENSHOT=path saves the picture of the draft there; UPDATE_SCREENSHOT=1
// writes docs/screenshot.png (the README's picture).
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import { openWorkbench, runPaletteCommand, widenSideBar, type Frame, type Page } from './workbench-ui.js';
import { copyToTemp, launchWorkbench, lockHarness, NO_WORKBENCH, positionOf, withHarness, type Decorations, type Problem, type Workbench } from './workbench.js';

const DESK = join(FIXTURES, 'e2e-desk');
/**
 * Waits until the status bar shows the opened entry's selection ("Ln 248, Col 19 (16 selected)"):
 * under load it fills in after the tab turns active, so a fixed pause read it empty; after a click in
 * the timeline's webview it sometimes never fills in (see the timeline test).
 */
const SELECTION_TEXT = `document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? null`;
async function waitForSelection(page: Page): Promise<void> {
  await page
    .waitForFunction(`/selected/.test(document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? '')`, undefined, { timeout: 10_000 })
    .catch(() => undefined); // the assertions that follow say what was shown instead
}


const MAIN = 'articles/ferry-licence.md';
/** Line 1 is an unlinked claim (the add-claim command); absolute dates only (no inlay hint). */
const ACTIVE = 'articles/ferry-history.md';
/** The draft of the quick fixes: a stale claim, a works-like name, a title ("Deputy Plant Manager"), a relative date. */
const DRAFT = 'articles/ferry-refit.md';
const activeText = readFileSync(join(DESK, ACTIVE), 'utf8');
const draftText = readFileSync(join(DESK, DRAFT), 'utf8');

interface Manifest {
  contributes: { commands: { command: string; title: string; category?: string }[] };
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
/** The palette title of a contributed command. */
function titleOf(id: string): string {
  const c = manifest.contributes.commands.find((x) => x.command === id);
  assert.ok(c, `package.json contributes ${id}`);
  return `${c.category ? `${c.category}: ` : ''}${c.title}`;
}
const LOUD = process.env.FACTMARK_E2E_LOUD === '1';

/** 1-based [line, column] of a needle in a fixture text. */
function at(text: string, needle: string, offset = 0): [number, number] {
  const [line, column] = positionOf(text, needle, offset).split(':').map(Number);
  return [line ?? 0, column ?? 0];
}

describe('Factmark in the VS Code web workbench (VS Code 1.91, headless Chromium)', { skip: NO_WORKBENCH, timeout: 400_000 }, () => {
  let wb: Workbench;
  let release: (() => void) | undefined;
  let folder: string;
  let screenshot: string;
  let problems: Problem[];
  const started = Date.now();

  before(async () => {
    if (!existsSync(join(ROOT, 'dist', 'web', 'client.js')) || !existsSync(join(ROOT, 'dist', 'web', 'server.js'))) {
      throw new Error('dist/web is not built: run `node scripts/build.mjs` (npm test does)');
    }
    folder = copyToTemp(DESK, 'factmark-e2e-desk-');
    if (LOUD) {
      mkdirSync(join(folder, '.vscode'), { recursive: true });
      writeFileSync(join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'factmark.hintEveryMention': true }));
    }
    screenshot = process.env.FACTMARK_E2E_SCREENSHOT ?? (process.env.UPDATE_SCREENSHOT === '1' ? join(ROOT, 'docs', 'screenshot.png') : join(folder, '..', 'screenshot.png'));
    const lock = await lockHarness();
    release = lock.release;
    wb = await launchWorkbench(lock.harness, { extension: ROOT, folder, width: 1280, height: 800 });
    for (const f of [MAIN, ACTIVE, DRAFT]) await wb.open(f);
    problems = await wb.problems();
    console.log(`# workbench: ${problems.length} problems after ${Date.now() - started} ms`);
  });

  after(async () => {
    await wb?.close();
    release?.();
    console.log(`# workbench: ${Date.now() - started} ms in all`);
    if (folder) rmSync(join(folder, '..'), { recursive: true, force: true });
  });

  it('loads the web extension in VS Code 1.91 and runs its server in a web worker without errors', () => {
    assert.equal(wb.vscodeVersion, '1.91.1');
    assert.deepEqual(wb.errors, [], 'errors in the page or the extension host');
  });

  it('lists in the Problems panel every finding the CLI reports for the open articles, with code and position', () => {
    const cli = runCli(['check', '.', '--format', 'json'], folder);
    const report = JSON.parse(cli.stdout) as {
      files: { path: string; findings: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[];
    };
    const open = [MAIN, ACTIVE, DRAFT];
    const expected = report.files.filter((f) => open.includes(f.path)).flatMap((f) => f.findings.filter((x) => x.severity !== 'hint').map((x) => ({ ...x, path: f.path })));
    const key = (file: string | undefined, code: string | undefined, line: number | undefined, column: number | undefined): string => `${file} ${code} ${line}:${column}`;
    const shown = new Set(problems.map((p) => key(p.file, p.code, p.line, p.column)));
    for (const f of expected) {
      assert.ok(
        shown.has(key(f.path, f.code, f.range.start.line + 1, f.range.start.character + 1)),
        `Problems panel lacks ${f.path}:${f.range.start.line + 1} ${f.code} "${f.message}"; shown:\n${[...shown].join('\n')}`,
      );
    }
    assert.equal(problems.filter((p) => p.source === 'factmark').length, expected.length, 'the same number of findings in the workbench as from the CLI');
  });

  it('shows the fixture desk’s findings with their codes and levels', () => {
    const find = (file: string, code: string, text: string): Problem | undefined =>
      problems.find((p) => p.file === file && p.code === code && p.source === 'factmark' && p.message?.includes(text));
    const spelling = find(MAIN, 'actor.spelling', 'Theodor Wrenfield');
    assert.equal(spelling?.severity, 'warning');
    assert.match(spelling.message ?? '', /expected `Teodor Wrenfield`/);
    assert.equal(find(ACTIVE, 'actor.spelling', 'Teodor Renfield')?.severity, 'warning');
    assert.equal(find(MAIN, 'actor.unregistered', 'Orla Baskin')?.severity, 'info');
    assert.equal(find(DRAFT, 'claim.stale', 'ferry-appeal-lodged')?.severity, 'warning');
    assert.equal(find(DRAFT, 'actor.unregistered', 'Corran Bay Works')?.severity, 'info');
    // A title is not a name (issue 20): "Deputy Plant Manager Ivo Brandt" reports Ivo Brandt only.
    const names = problems.filter((p) => p.file === DRAFT && p.code === 'actor.unregistered').map((p) => /Actor `([^`]+)`/.exec(p.message ?? '')?.[1]);
    assert.deepEqual(names.sort(), ['Corran Bay Works', 'Ivo Brandt']);
  });

  let marks: Decorations;
  it('is quiet by default on the draft: no hint marks, the date of an unlinked claim only, inlay hints after relative dates only (issue 20)', async () => {
    marks = await wb.decorations(); // the draft is the active editor
    console.log(`# draft ${DRAFT}: ${JSON.stringify(marks)} (${LOUD ? 'loud: factmark.hintEveryMention' : 'quiet defaults'})`);
    await wb.screenshot(screenshot);
    if (LOUD) {
      assert.ok(marks.hint > 0, `the loud setting marks every mention: ${JSON.stringify(marks)}`);
      return;
    }
    assert.equal(marks.hint, 0, `hint marks on the draft: ${JSON.stringify(marks)}`);
    // What needs attention is marked: the stale claim (a warning, wrapped on two screen lines) and three infos:
    // two unregistered names and the date of the unlinked claim (one word, so one mark).
    assert.ok(marks.warning >= 1, JSON.stringify(marks));
    assert.equal(marks.info, 3, JSON.stringify(marks));
    assert.equal(marks.inlay, 1, `one inlay hint, after "on Monday": ${JSON.stringify(marks)}`);
    await wb.open(ACTIVE);
    const active = await wb.decorations();
    assert.equal(active.inlay, 0, `no inlay hint after absolute dates ("May 2, 2019", "April 14, 2026"): ${JSON.stringify(active)}`);
  });

  it('saves a screenshot of the workbench', () => {
    const png = readFileSync(screenshot);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.ok(statSync(screenshot).size > 20_000, 'a real picture, not a blank page');
  });

  it('hovers on an actor with its house name and role, and on a claim with its linked fact', async () => {
    await wb.open(ACTIVE);
    const actor = (await wb.hover(...at(activeText, 'Teodor Renfield', 3))).join('\n');
    assert.match(actor, /not the house spelling/, 'the diagnostic part of the hover');
    assert.match(actor, /Teodor Wrenfield · person/);
    assert.match(actor, /Harbour Master of Port Averell/);
    const claim = (await wb.hover(...at(activeText, 'suspended the company'))).join('\n');
    assert.match(claim, /ferry-licence-suspended/);
    assert.match(claim, /confirmed/);
  });

  it('says what a re-check found (issue 20)', async () => {
    const shown = await wb.command(titleOf('factmark.recheckWorkspace'), (n) => /re-checked/.test(n.message));
    assert.ok(shown.some((n) => /Factmark: re-checked \d+ articles? against \d+ facts? and \d+ actors?/.test(n.message)), JSON.stringify(shown));
  });

  it('adds the claim under the cursor with the command, says where the fact went, and one Ctrl+Z in the article undoes both files (issue 20)', async () => {
    await wb.open(ACTIVE);
    await wb.goTo(...at(activeText, 'first crossing'));
    const shown = await wb.command(titleOf('factmark.addClaimToRegistry'), (n) => /added fact/.test(n.message));
    const said = shown.find((n) => /added fact/.test(n.message))?.message ?? '';
    const id = /^Factmark: added fact `([a-z0-9-]+)` to facts\.yaml and linked the sentence with \[@\1\]/.exec(said)?.[1];
    assert.ok(id, `the notification names the new fact: ${JSON.stringify(shown)}`);
    const hover = (await wb.hover(...at(activeText, 'first crossing'))).join('\n');
    assert.doesNotMatch(hover, /matches no registry fact/);
    assert.match(hover, /2019-05-02/);
    assert.match(hover, /Brightwater Ferries opened its first crossing/);
    // The two files hold the fact and the marker, as the editors show them.
    await wb.open('facts.yaml');
    assert.ok((await wb.editorText()).includes(`\n  ${id}:\n`), `facts.yaml holds ${id}`);
    await wb.open(ACTIVE);
    assert.ok((await wb.editorText()).includes(`[@${id}]`), 'the article holds the marker');
    // Undo from the article, where it was made: both files are back as they were.
    await wb.press('Control+Z');
    const asked = await wb.answerDialog(/^Undo in \d+ Files$/);
    console.log(`# undo of the command: ${asked ? `dialog "${asked}"` : 'no dialog'}`);
    assert.equal(await wb.editorText(), activeText, 'the article is as it was');
    await wb.open('facts.yaml');
    assert.equal(await wb.editorText(), readFileSync(join(DESK, 'facts.yaml'), 'utf8'), 'facts.yaml is as it was');
  });

  it('fixes a stale claim with Ctrl+. by changing the copy, and one Ctrl+Z restores it (issue 20)', async () => {
    await wb.open(DRAFT);
    const [line, column] = at(draftText, 'Brightwater Ferries is appealing', 5);
    const titles = await wb.quickFix(line, column, /^Date it as history/);
    assert.ok(!titles.some((t) => /^Link the newer fact/.test(t)), `no fix only swaps the link: ${JSON.stringify(titles)}`);
    assert.ok(titles.some((t) => /^Replace with the newer fact/.test(t)), JSON.stringify(titles));
    const fixed = await wb.editorText();
    assert.match(fixed, /^On April 16, Brightwater Ferries is appealing against the suspension of its licence \[@ferry-appeal-lodged\]\.$/m);
    assert.equal(fixed.replace('On April 16, Brightwater', 'Brightwater'), draftText, 'only the stale sentence changed');
    await wb.press('Control+Z');
    assert.equal(await wb.editorText(), draftText, 'one undo restores the text');
  });

  it('adds a works-like name to the registry as an organization, read back from facts.yaml (issue 20)', async () => {
    await wb.open(DRAFT);
    const titles = await wb.quickFix(...at(draftText, 'Corran Bay Works', 3), /^Add `Corran Bay Works` to the registry/);
    assert.ok(titles.includes('Add `Corran Bay Works` to the registry as an organization'), JSON.stringify(titles));
    // The fix says where the entry went (its code action's command, run once the edit is applied).
    const toast = await wb.waitForNotification((n) => /added actor/.test(n.message));
    assert.equal(toast?.message, 'Factmark: added actor `corran-bay-works` to facts.yaml');
    await wb.open('facts.yaml');
    const registry = await wb.editorText();
    assert.match(registry, /\n {2}corran-bay-works:\n {4}name: Corran Bay Works\n {4}type: organization\n/);
    // No title word is offered: the quick fixes on "Deputy Plant" add nobody called so.
    await wb.open(DRAFT);
    const onTitle = await wb.quickFix(...at(draftText, 'Deputy Plant', 2));
    assert.ok(!onTitle.some((t) => /Add `(Deputy|Plant)/.test(t)), JSON.stringify(onTitle));
  });

  it('adds a fact with the quick fix on an unlinked claim, and says where it went (issue 20)', async () => {
    await wb.open(DRAFT);
    const titles = await wb.quickFix(...at(draftText, 'Monday', 2), /^Add a fact `[a-z0-9-]+` from this sentence to the registry$/);
    const id = titles.map((t) => /^Add a fact `([a-z0-9-]+)`/.exec(t)?.[1]).find(Boolean);
    assert.ok(id, JSON.stringify(titles));
    const toast = await wb.waitForNotification((n) => n.message.includes(`added fact \`${id}\``));
    assert.equal(toast?.message, `Factmark: added fact \`${id}\` to facts.yaml and linked the sentence with [@${id}]`);
    assert.match(await wb.editorText(), new RegExp(`for new lifeboat davits, said Deputy Plant Manager Ivo Brandt \\[@${id}\\]\\.`));
  });

  it('raised no error in the page or the extension host along the way', () => {
    assert.deepEqual(wb.errors, []);
  });
});

/**
 * The registry view and the timeline (issue 17), in their own short workbench run on the example
 * desk (facts with every status but one and two supersession chains): the shared harness's command
 * line opens files and reads problems and hovers, not views or webviews, so this run drives the page
 * itself (`workbench-ui.ts`). FACTMARK_E2E_TREE_SCREENSHOTS=dir saves the registry view's light and
 * dark pictures there, FACTMARK_E2E_TIMELINE_SCREENSHOTS=dir the timeline's.
 */
describe('the registry view and the timeline in the VS Code web workbench', { skip: NO_WORKBENCH, timeout: 300_000 }, () => {
  const registryText = readFileSync(join(ROOT, 'examples', 'desk', 'facts.yaml'), 'utf8');
  const shots = process.env.FACTMARK_E2E_TREE_SCREENSHOTS ?? join(tmpdir(), 'factmark-e2e');
  const light = join(shots, 'registry-view-light.png');
  const dark = join(shots, 'registry-view-dark.png');
  const timelineShots = process.env.FACTMARK_E2E_TIMELINE_SCREENSHOTS ?? shots;
  const timelineLight = join(timelineShots, 'timeline-light.png');
  const timelineDark = join(timelineShots, 'timeline-dark.png');
  const registryIds = [...registryText.slice(registryText.indexOf('\nfacts:')).matchAll(/^ {2}([a-z0-9-]+):$/gm)].map((m) => m[1]);
  const timeline = { drawn: [] as string[], ringed: [] as string[], status: '', csp: '', opened: { tab: null as string | null, cursor: null as string | null } };
  interface Row {
    level: number;
    expanded: string | null;
    label: string;
    icon: string;
  }
  let rows: Row[] = [];
  let chains: Record<string, Row[]> = {};
  let opened: { tab: string | null; cursor: string | null } = { tab: null, cursor: null };
  let errors: string[] = [];
  let folder: string;

  before(async () => {
    if (!existsSync(join(ROOT, 'dist', 'web', 'client.js'))) throw new Error('dist/web is not built: run `node scripts/build.mjs` (npm test does)');
    folder = copyToTemp(join(ROOT, 'examples', 'desk'), 'factmark-e2e-tree-');
    mkdirSync(shots, { recursive: true });
    mkdirSync(timelineShots, { recursive: true });
    const started = Date.now();
    await withHarness(async (harness) => {
      const wb = await openWorkbench(harness, { extension: ROOT, folder, width: 1280, height: 800 });
      try {
        const { page } = wb;
        const readRows = (): Promise<Row[]> =>
          page.evaluate<Row[]>(
            `[...document.querySelectorAll('.pane-body .customview-tree .monaco-list-row')].map((r) => ({ level: Number(r.getAttribute('aria-level')), expanded: r.getAttribute('aria-expanded'), label: r.getAttribute('aria-label') ?? '', icon: [...(r.querySelector('.custom-view-tree-node-item-icon')?.classList ?? [])].find((c) => c.startsWith('codicon-')) ?? '' }))`,
          );
        await page.click('.activitybar .action-item .action-label[aria-label^="Factmark"]');
        await page.waitForSelector('.pane-body .customview-tree .monaco-list-row', { timeout: 30_000 });
        // The first answer may come while the articles are indexed; the view refreshes when indexing ends.
        await page.waitForFunction(`(() => { const m = document.querySelector('.pane-body .message'); return !m || m.classList.contains('hide') || !m.textContent.includes('Indexing'); })()`, undefined, { timeout: 30_000 });
        rows = await readRows();
        // Open the two chains: the boil-water notice (lifted) and the termination threat (mediation).
        for (const start of ['A precautionary boil-water notice', 'Tidewell says it will serve notice']) {
          await page.click(`.pane-body .customview-tree .monaco-list-row[aria-label^=${JSON.stringify(start)}] .monaco-tl-twistie`);
          await page.waitForSelector(`.pane-body .customview-tree .monaco-list-row[aria-label^=${JSON.stringify(start)}][aria-expanded="true"]`);
          // Children render as they come: read until the rows stay the same for 600 ms.
          const childrenOf = (all: Row[]): Row[] => {
            const at = all.findIndex((r) => r.label.startsWith(start));
            const children: Row[] = [];
            for (const r of all.slice(at + 1)) {
              if (r.level <= (all[at]?.level ?? 0)) break;
              children.push(r);
            }
            return children;
          };
          let last = '';
          for (const until = Date.now() + 10_000; Date.now() < until; ) {
            await page.waitForTimeout(600);
            const children = childrenOf(await readRows());
            const now = JSON.stringify(children);
            chains[start] = children;
            if (now === last && children.length) break;
            last = now;
          }
        }
        // Selecting a fact opens its registry entry.
        await page.click('.pane-body .customview-tree .monaco-list-row[aria-label^="Martin Osei resigns"] .monaco-icon-label');
        await page.waitForSelector('.tab.active[aria-label^="facts.yaml"]', { timeout: 15_000 });
        await waitForSelection(page);
        opened = await page.evaluate(
          `({ tab: document.querySelector('.tab.active')?.getAttribute('aria-label') ?? null, cursor: document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? null })`,
        );
        await widenSideBar(page, 260);
        await page.waitForTimeout(300);
        await page.screenshot({ path: light });
        // Back to the usual width: the timeline panel gets the room it is tested with.
        await widenSideBar(page, -260);
        await page.waitForTimeout(300);

        // The timeline: open an article from the Explorer (its claims get ringed), then the panel.
        await page.keyboard.press('Control+Shift+E');
        await page.click('.explorer-folders-view .monaco-list-row[aria-label="articles"]');
        await (await page.waitForSelector('.explorer-folders-view .monaco-list-row[aria-label="2026-03-05-council-hearing.md"]', { timeout: 10_000 }))?.click();
        await page.keyboard.press('Enter');
        await page.waitForSelector('.tab.active[aria-label^="2026-03-05-council-hearing.md"]', { timeout: 15_000 });
        await page.click('.activitybar .action-item .action-label[aria-label^="Factmark"]');
        await runPaletteCommand(page, 'Factmark: Show the timeline');
        // The page lives in the webview's inner frame: wait until it has drawn the server's model, article included.
        const drawnIn = `!!document.querySelector('#factmark-timeline[data-facts-drawn] .fm-status') && !/indexing/.test(document.querySelector('.fm-status').textContent) && document.querySelectorAll('.fm-in-article').length > 0`;
        let frame: Frame | undefined;
        for (const until = Date.now() + 60_000; !frame && Date.now() < until; ) {
          for (const f of page.frames()) if (await f.evaluate<boolean>(drawnIn).catch(() => false)) frame = f;
          if (!frame) await page.waitForTimeout(250);
        }
        assert.ok(frame, 'the timeline drew the story model');
        timeline.drawn = await frame.evaluate<string[]>(`[...document.querySelectorAll('g.fm-fact:not(.fm-echo)')].map((g) => g.getAttribute('data-id'))`);
        timeline.ringed = await frame.evaluate<string[]>(`[...document.querySelectorAll('g.fm-fact.fm-in-article:not(.fm-echo)')].map((g) => g.getAttribute('data-id'))`);
        timeline.status = await frame.evaluate<string>(`document.querySelector('.fm-status').textContent`);
        timeline.csp = await frame.evaluate<string>(`document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''`);
        await page.screenshot({ path: timelineLight });
        // Clicking a fact opens its registry entry, its id selected (the article was the active editor).
        await frame.locator('g.fm-fact[data-id="mediation-agreed"]:not(.fm-echo) path.fm-shape').click({ timeout: 10_000 });
        await page.waitForSelector('.tab.active[aria-label^="facts.yaml"]', { timeout: 15_000 });
        await waitForSelection(page);
        // In one CI run in four the status bar stayed empty after the click in the webview, the tab
        // active and the selection set; focusing the editor group (which keeps its selection) shows it.
        if (!/selected/.test((await page.evaluate<string | null>(SELECTION_TEXT)) ?? '')) {
          await runPaletteCommand(page, 'View: Focus Active Editor Group');
          await waitForSelection(page);
        }
        timeline.opened = await page.evaluate(
          `({ tab: document.querySelector('.tab.active')?.getAttribute('aria-label') ?? null, cursor: document.querySelector('.statusbar-item[id="status.editor.selection"]')?.textContent ?? null })`,
        );

        await runPaletteCommand(page, 'Preferences: Toggle between Light/Dark Themes');
        await page.waitForSelector('.monaco-workbench.vs-dark', { timeout: 10_000 });
        await page.waitForTimeout(800);
        // The dark picture shows both views: the registry view beside, the timeline panel.
        await page.screenshot({ path: dark });
        copyFileSync(dark, timelineDark);
        errors = [...wb.errors];
      } finally {
        await wb.close();
      }
    });
    console.log(`# registry view and timeline run: ${Date.now() - started} ms; screenshots ${light}, ${dark}, ${timelineLight}, ${timelineDark}`);
  });
  after(() => {
    if (folder) rmSync(join(folder, '..'), { recursive: true, force: true });
  });

  it('lists every fact of the desk under its story, with its date and status', () => {
    const facts = [...registryText.slice(registryText.indexOf('\nfacts:')).matchAll(/^ {2}([a-z0-9-]+):\n {4}claim: (.*)\n {4}date: (\S+)[^\n]*\n(?:(?! {2}\S).*\n)*? {4}status: (\w+)/gm)].map((m) => ({ claim: m[2] ?? '', date: m[3] ?? '', status: m[4] ?? '' }));
    assert.equal(facts.length, 11);
    const shown = rows.filter((r) => r.level === 2);
    assert.equal(shown.length, facts.length, rows.map((r) => r.label).join('\n'));
    for (const f of facts) {
      assert.ok(shown.some((r) => r.label === `${f.claim}, ${f.date}, ${f.status}`), `no row for ${f.claim} (${f.date}, ${f.status})`);
    }
    assert.match(rows.at(0)?.label ?? '', /11 facts/);
    assert.ok(rows.some((r) => r.level === 1 && /^Actors/.test(r.label)));
  });

  it('gives each status its own icon', () => {
    const icon = (status: string): string[] => [...new Set(rows.filter((r) => r.level === 2 && r.label.endsWith(`, ${status}`)).map((r) => r.icon))];
    assert.deepEqual(icon('confirmed'), ['codicon-pass-filled']);
    assert.deepEqual(icon('superseded'), ['codicon-history']);
    assert.deepEqual(icon('disputed'), ['codicon-warning']);
    assert.deepEqual(icon('retracted'), ['codicon-circle-slash']);
    assert.deepEqual(icon('developing'), ['codicon-clock']);
  });

  it('shows the supersession chain and the stating articles under a superseded fact', () => {
    const boil = chains['A precautionary boil-water notice'] ?? [];
    assert.match(boil[0]?.label ?? '', /^superseded by: The Kelsford Water Authority lifts the boil-water notice.*, 2026-03-07, confirmed$/);
    const threat = chains['Tidewell says it will serve notice'] ?? [];
    assert.match(threat[0]?.label ?? '', /^superseded by: The Kelsford Water Authority and Tidewell agree to take the Linford dispute to an independent mediator.*, 2026-03-10, confirmed$/);
    // The mediation article states the threat with a marker.
    assert.ok(threat.some((r) => r.label.includes('2026-03-12-mediation.md')), JSON.stringify(threat, null, 1));
  });

  it('opens the registry entry of a selected fact', () => {
    assert.match(opened.tab ?? '', /^facts\.yaml/);
    const line = registryText.split('\n').findIndex((l) => l === '  osei-resigns:') + 1;
    // The entry's id is selected: the cursor sits at its end.
    assert.match(opened.cursor ?? '', new RegExp(`^Ln ${line}, Col ${3 + 'osei-resigns'.length} \\(${'osei-resigns'.length} selected\\)`));
  });

  it('timeline: draws every fact of the registry, from the web worker server', () => {
    assert.equal(registryIds.length, 11);
    assert.deepEqual([...timeline.drawn].sort(), [...registryIds].sort());
    assert.match(timeline.status, /^11 facts in 1 lane · \d+ facts? stated in 2026-03-05-council-hearing\.md/);
  });

  it('timeline: rings the facts the open article states', () => {
    assert.ok(timeline.ringed.length >= 2, JSON.stringify(timeline.ringed));
    assert.ok(timeline.ringed.includes('tidewell-termination-threat'), JSON.stringify(timeline.ringed));
  });

  it('timeline: runs under a strict content security policy, its own script by nonce, no remote resource', () => {
    assert.match(timeline.csp, /^default-src 'none';/);
    assert.match(timeline.csp, /script-src 'nonce-[A-Za-z0-9]{32}'(;|$)/);
    assert.doesNotMatch(timeline.csp, /unsafe-inline|unsafe-eval/);
    // Styles and images only from the webview's resource origin (`webview.cspSource`): the extension's own files.
    for (const d of timeline.csp.split(';').filter((x) => /^\s*(style|img|font)-src/.test(x))) assert.doesNotMatch(d, /\s(https?:|\*)(\s|$)/, d);
  });

  it('timeline: clicking a fact opens its registry entry', () => {
    assert.match(timeline.opened.tab ?? '', /^facts\.yaml/);
    const line = registryText.split('\n').findIndex((l) => l === '  mediation-agreed:') + 1;
    assert.match(timeline.opened.cursor ?? '', new RegExp(`^Ln ${line}, Col ${3 + 'mediation-agreed'.length} \\(${'mediation-agreed'.length} selected\\)`));
  });

  it('runs without errors and saves light and dark screenshots', () => {
    assert.deepEqual(errors, []);
    for (const png of [light, dark, timelineLight, timelineDark]) {
      assert.equal(readFileSync(png).subarray(1, 4).toString('latin1'), 'PNG');
      assert.ok(statSync(png).size > 20_000, `${png} is a real picture`);
    }
  });
});
