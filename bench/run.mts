// Factmark benchmark: `npm run bench [-- --quick] [-- --only=article,keystroke,workspace]`.
// Prints a table and writes bench/results.json; every figure comes from this one
// run, with ratios against the bare retext-english parse of the same text (the
// machine is shared and noisy, ratios travel better than milliseconds).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import * as esbuild from 'esbuild';
import { CORE_BUNDLE } from './bundle-options.js';
import type { Registry } from '../server/src/core/index.js';
import { nlcstSplitter } from '../server/src/unified/index.js';
import { countWords, generateArticle, generateDesk, type GenDesk } from './generate.js';
import { BenchClient } from './lsp-client.js';
import { harperPeer, textlintPeer, type Peer } from './peers.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const SERVER = join(ROOT, 'dist', 'node', 'server.js');
/** The analysis core as the server and CLI bundles ship it (see {@link loadCore}). */
const CORE = join(ROOT, 'dist', 'bench', 'core.mjs');
type Core = typeof import('../server/src/core/index.js');
let core!: Core;

/**
 * Bundles the core as the server and CLI bundles are built (esbuild, Node 20) and loads it, so
 * the figures are those of the code users run, not of the TypeScript sources as tsx compiles
 * them for the bench itself (with `keepNames`, which adds a naming call to every named function
 * and closure; in A/B runs on this machine the difference stayed within the noise).
 */
async function loadCore(): Promise<Core> {
  await esbuild.build({
    entryPoints: [join(ROOT, 'server', 'src', 'core', 'index.ts')],
    outfile: CORE,
    ...CORE_BUNDLE,
  });
  return (await import(pathToFileURL(CORE).href)) as Core;
}
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const wants = (section: string): boolean => !ONLY || ONLY.includes(section);
const TMP = join(tmpdir(), `factmark-bench-${process.pid}`);
const TODAY = '2026-03-12';
/** CPU ms each side of a per-article comparison runs before it is measured. */
const WARM_MS = QUICK ? 500 : 3000;

const english = unified().use(retextEnglish);
const ms = (x: number | undefined): string => (x === undefined ? '–' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const ratio = (x: number | undefined): string => (x === undefined ? '–' : `${x.toFixed(2)}×`);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const log = (s: string): void => void process.stderr.write(`${s}\n`);

/** CPU time of this process in ms (user + system): steadier than wall time on a shared machine. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU time of one run of `f`, averaged over a batch of runs that lasts at least
 * `minMs` of CPU (the kernel accounts CPU time in ticks of a few ms, so short
 * runs are batched).
 */
async function batch(f: () => unknown, minMs: number): Promise<number> {
  const t = cpuMs();
  let n = 0;
  do {
    await f();
    n++;
  } while (cpuMs() - t < minMs);
  return (cpuMs() - t) / n;
}

/** `rounds` batched measures of `f` after one warm-up run. */
async function times(f: () => unknown, rounds: number, minMs = QUICK ? 40 : 80): Promise<number[]> {
  await f();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) out.push(await batch(f, minMs));
  return out;
}


interface ArticleRow {
  words: number;
  bareParseMs: number;
  analyzeMs: number;
  analyzeRatio: number;
  msPerKWords: number;
  editMs?: number;
  editRatio?: number;
  harperMs?: number;
  harperRatio?: number;
  textlintMs?: number;
  textlintRatio?: number;
  findings: number;
  /** The retext path (retextFactmark's work): the whole retext parse, then the analysis reading its sentences. */
  retextPathMs?: number;
  retextPathRatio?: number;
}

/** A single-character edit in the middle of the text (inside a prose line). */
function editMiddle(text: string, k: number): string {
  const mid = text.indexOf('. ', Math.floor(text.length / 2)) + 1;
  return text.slice(0, mid) + 'x'.repeat(k % 2) + text.slice(mid);
}

async function perArticle(desk: GenDesk, registry: Registry, sizes: number[], loadPeers: () => Promise<Peer[]>): Promise<ArticleRow[]> {
  const rows: ArticleRow[] = [];
  for (const size of sizes) {
    const text = generateArticle(desk, { words: size, seed: size });
    const words = countWords(text);
    const uri = `file:///bench/article-${size}.md`;
    // Interleave batches of bare parses and analyses so that load changes hit both alike.
    const bare: number[] = [];
    const full: number[] = [];
    let findings = 0;
    // Warm both sides for a while: process CPU time counts V8's compiler threads, which keep
    // optimising for the first few hundred calls (an editor that has run for a minute is past that).
    // Measured in 250 ms slices, a 1,000-word analysis settles after 1.5-1.75 s of CPU (2-9 ms a
    // call before, compiler threads busy), the bare parse after 0.25 s: 3 s leaves both settled.
    await batch(() => english.parse(text), WARM_MS);
    await batch(() => core.analyzeArticle(uri, text, registry, { today: TODAY }), WARM_MS);
    // Nine rounds: on a quiet machine the median of five still moved by up to a fifth from run to run.
    const rounds = QUICK ? 3 : 9;
    const minMs = QUICK ? 40 : 80;
    for (let i = 0; i < rounds; i++) {
      bare.push(await batch(() => english.parse(text), minMs));
      full.push(await batch(() => (findings = core.analyzeArticle(uri, text, registry, { today: TODAY }).findings.length), minMs));
    }
    const bareMs = median(bare);
    const analyzeMs = median(full);
    const row: ArticleRow = { words, bareParseMs: bareMs, analyzeMs, analyzeRatio: analyzeMs / bareMs, msPerKWords: (analyzeMs / words) * 1000, findings };
    // The retext path (issue 18): retext parses the file, the core reads its sentences and words.
    const retextPath = (): unknown => {
      const tree = english.parse(text) as Parameters<typeof nlcstSplitter>[0];
      return core.analyzeArticle(uri, text, registry, { today: TODAY, sentences: nlcstSplitter(tree, text, (piece) => english.parse(piece) as typeof tree) });
    };
    await batch(retextPath, WARM_MS / 3);
    row.retextPathMs = median(await times(retextPath, QUICK ? 3 : 5));
    row.retextPathRatio = row.retextPathMs / bareMs;
    // After an edit: the same analysis with a cache of the previous version (incremental), if the core has one.
    const incremental = await loadIncremental();
    if (incremental) {
      const cache = incremental.create();
      core.analyzeArticle(uri, text, registry, { today: TODAY, cache } as never);
      let k = 0;
      const edit = (): unknown => core.analyzeArticle(uri, editMiddle(text, ++k), registry, { today: TODAY, cache } as never);
      // The same warm-up as the full analysis: the edit path has hot functions of its own
      // (segment shifting, unit reuse) that V8 is still compiling after a few hundred calls.
      await batch(edit, WARM_MS);
      const edits = await times(edit, QUICK ? 3 : 5);
      row.editMs = median(edits);
      row.editRatio = row.editMs / bareMs;
    }
    log(`  article ${words} words: bare ${ms(bareMs)} ms, analysis ${ms(analyzeMs)} ms (${ratio(row.analyzeRatio)}), after edit ${ms(row.editMs)} ms, retext path ${ms(row.retextPathMs)} ms`);
    rows.push(row);
  }
  // Peers last: their modules and WebAssembly heap would slow the garbage collector under Factmark's figures.
  const peers = await loadPeers();
  for (const row of rows) {
    const size = sizes[rows.indexOf(row)]!;
    const text = generateArticle(desk, { words: size, seed: size });
    const bareMs = row.bareParseMs;
    for (const peer of peers) {
      if (QUICK && size > 5000) continue;
      const runs = await times(() => peer.lint(text), size > 5000 ? 1 : 3);
      const m = median(runs);
      if (peer.name.startsWith('harper')) {
        row.harperMs = m;
        row.harperRatio = m / bareMs;
      } else {
        row.textlintMs = m;
        row.textlintRatio = m / bareMs;
      }
    }
  }
  return rows;
}

/** The incremental-analysis cache of the core, when it exists (it is optional in the bench). */
async function loadIncremental(): Promise<{ create(): unknown } | undefined> {
  try {
    const mod = core as unknown as Record<string, unknown>;
    const C = mod.AnalysisCache as (new () => unknown) | undefined;
    return C ? { create: () => new C() } : undefined;
  } catch {
    return undefined;
  }
}

interface KeystrokeResult {
  words: number;
  edits: number;
  intervalMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  firstDiagnosticsMs: number;
  publishes: number;
  /** Every edit's didChange → publish latency, in the order typed. */
  latenciesMs: number[];
}

/** didChange → publishDiagnostics over LSP during a burst of single-character edits. */
async function keystrokes(desk: GenDesk, words: number, edits: number, intervalMs: number): Promise<KeystrokeResult> {
  const dir = join(TMP, 'keystroke');
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'facts.yaml'), desk.yaml);
  const text = generateArticle(desk, { words, seed: 11 });
  const path = join(dir, 'articles', 'burst.md');
  writeFileSync(path, text);
  const client = new BenchClient(SERVER, dir);
  try {
    await client.initialize();
    const t0 = performance.now();
    const uri = await client.open(path, text);
    if (!(await client.waitFor(() => !!client.publishFor(uri, 1), 60_000))) throw new Error(`no diagnostics for the article: ${client.stderr}`);
    const firstDiagnosticsMs = client.publishFor(uri, 1)!.at - t0;
    // Type at the end of a prose line in the middle of the article.
    const lines = text.split('\n');
    let line = Math.floor(lines.length / 2);
    while (line < lines.length && lines[line]!.length < 40) line++;
    let character = lines[line]!.length;
    const sent: { version: number; at: number }[] = [];
    for (let i = 0; i < edits; i++) {
      const at = performance.now();
      const version = await client.insert(uri, line, character, i % 6 === 5 ? ' ' : 'e');
      character++;
      sent.push({ version, at });
      await new Promise((r) => setTimeout(r, intervalMs));
    }
    const last = sent[sent.length - 1]!.version;
    await client.waitFor(() => !!client.publishFor(uri, last), 30_000);
    const latencies = sent.map((s) => (client.publishFor(uri, s.version)?.at ?? Infinity) - s.at);
    return {
      words: countWords(text),
      edits,
      intervalMs,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      maxMs: Math.max(...latencies),
      firstDiagnosticsMs,
      publishes: client.publishes.filter((p) => p.uri === uri).length - 1,
      latenciesMs: latencies.map((x) => Math.round(x * 10) / 10),
    };
  } finally {
    await client.close();
  }
}

interface WorkspaceResult {
  articles: number;
  facts: number;
  actors: number;
  registryMb: number;
  articlesMb: number;
  indexed: boolean;
  startupMs?: number;
  indexMs?: number;
  /** Share of the articles indexed when the time limit hit (1 when done). */
  indexedShare: number;
  /** When indexing did not finish: the time it would take at the rate measured (ms from start). */
  projectedIndexMs?: number;
  peakRssMb?: number;
  hovers: number;
  hoverP50Ms?: number;
  hoverP95Ms?: number;
  hoverMaxMs?: number;
  /** CPU time of the server process (every thread) until indexing ended: steadier than wall time on a shared machine. */
  indexCpuMs?: number;
  /** A second server started on the same workspace: time to index from the index cache of the first. */
  restartIndexMs?: number;
  restartPeakRssMb?: number;
  note?: string;
}

/** A generated workspace: time to index, peak RSS, hover latency while indexing. */
async function workspace(desk: GenDesk, articles: number, limitMs: number): Promise<WorkspaceResult> {
  const dir = join(TMP, `ws-${articles}`);
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'facts.yaml'), desk.yaml);
  let bytes = 0;
  const small = { actors: desk.actors, facts: desk.facts.slice(0, 2000) };
  for (let i = 0; i < articles; i++) {
    const text = generateArticle(small, { words: 250 + (i % 7) * 60, seed: 1000 + i, date: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}` });
    bytes += text.length;
    writeFileSync(join(dir, 'articles', `a${String(i).padStart(5, '0')}.md`), text);
  }
  const person = desk.actors.find((a) => a.type === 'person')!;
  const hoverPath = join(dir, 'hover.md');
  const hoverText = `---\ndate: ${TODAY}\n---\n\n${person.name} said on March 3 that the contract was signed.\n`;
  writeFileSync(hoverPath, hoverText);
  const client = new BenchClient(SERVER, dir);
  const result: WorkspaceResult = {
    articles,
    facts: desk.facts.length,
    actors: desk.actors.length,
    registryMb: desk.yaml.length / 1e6,
    articlesMb: bytes / 1e6,
    indexed: false,
    indexedShare: 0,
    hovers: 0,
  };
  try {
    const t0 = performance.now();
    await client.initialize();
    const uri = await client.open(hoverPath, hoverText);
    const hoverTimes: number[] = [];
    const begun = () => client.progress.find((p) => p.value.kind === 'begin');
    const ended = () => client.progress.find((p) => p.value.kind === 'end' && begun() && p.at >= begun()!.at);
    let stop = false;
    const hovering = (async () => {
      while (!stop) {
        const t = performance.now();
        await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 2 } });
        if (begun() && !ended()) hoverTimes.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await client.waitFor(() => !!ended(), limitMs);
    result.indexCpuMs = client.cpuMs();
    stop = true;
    await hovering.catch(() => undefined);
    const b = begun();
    const e = ended();
    result.indexed = !!e;
    if (b) result.startupMs = b.at - t0;
    if (b && e) result.indexMs = e.at - t0;
    const lastPct = [...client.progress].reverse().find((p) => typeof p.value.percentage === 'number')?.value.percentage;
    result.indexedShare = e ? 1 : (lastPct ?? 0) / 100;
    if (!b) result.note = 'the server reported no indexing progress (no workspace index)';
    else if (!e) {
      const lastAt = [...client.progress].reverse().find((p) => typeof p.value.percentage === 'number')?.at;
      if (lastAt && result.indexedShare > 0.05) result.projectedIndexMs = (lastAt - b.at) / result.indexedShare + (b.at - t0);
      result.note = `indexing not finished within ${limitMs / 1000} s (${Math.round(result.indexedShare * 100)}% done${result.projectedIndexMs ? `, projected ${(result.projectedIndexMs / 1000).toFixed(0)} s` : ''})`;
    }
    result.peakRssMb = client.peakRssMb();
    result.hovers = hoverTimes.length;
    if (hoverTimes.length) {
      result.hoverP50Ms = percentile(hoverTimes, 50);
      result.hoverP95Ms = percentile(hoverTimes, 95);
      result.hoverMaxMs = Math.max(...hoverTimes);
    }
  } finally {
    await client.close();
  }
  try {
    // A restart: the Node server finds its index on disk (keyed by content) and analyses nothing again.
    if (result.indexed) {
      const again = new BenchClient(SERVER, dir);
      try {
        const t = performance.now();
        await again.initialize();
        const begun = () => again.progress.find((p) => p.value.kind === 'begin');
        if (await again.waitFor(() => again.progress.some((p) => p.value.kind === 'end' && !!begun() && p.at >= begun()!.at), limitMs)) {
          result.restartIndexMs = again.progress.find((p) => p.value.kind === 'end')!.at - t;
          result.restartPeakRssMb = again.peakRssMb();
        }
      } finally {
        await again.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(
    `  workspace ${articles}: ${result.indexed ? `indexed in ${ms(result.indexMs)} ms` : result.note}, peak RSS ${ms(result.peakRssMb)} MB, hover p95 ${ms(result.hoverP95Ms)} ms, after a restart ${ms(result.restartIndexMs)} ms`,
  );
  return result;
}

async function main(): Promise<void> {
  const started = performance.now();
  log(`Factmark bench${QUICK ? ' (quick)' : ''}: building the server…`);
  try {
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    log('  the build failed; measuring the existing dist/');
  }
  core = await loadCore();
  mkdirSync(TMP, { recursive: true });
  // The servers' index cache goes with the bench's other files (and is removed with them).
  process.env.FACTMARK_INDEX_CACHE = join(TMP, 'index-cache');
  const desk = generateDesk(40, 60, 1);
  const registry = core.mergeRegistry([core.parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    quick: QUICK,
    machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg() },
  };

  if (wants('article')) {
    log('per-article analysis…');
    const loadPeers = async (): Promise<Peer[]> => {
      if (args.includes('--no-peers')) return [];
      const harper = await harperPeer();
      await harper.lint('Warm up the dictionary.');
      return [await textlintPeer(desk, join(TMP, 'textlint')), harper];
    };
    results.articles = await perArticle(desk, registry, QUICK ? [1000, 5000] : [1000, 5000, 50000], loadPeers);
  }
  if (wants('keystroke')) {
    log('keystroke latency over LSP…');
    results.keystroke = await keystrokes(desk, 5000, 50, 50);
  }
  if (wants('workspace')) {
    log('workspace indexing over LSP…');
    const big = generateDesk(2000, QUICK ? 5000 : 50000, 3);
    const sizes = QUICK ? [500] : [2000, 10000];
    const out: WorkspaceResult[] = [];
    for (const n of sizes) out.push(await workspace(big, n, QUICK ? 30_000 : n <= 2000 ? 45_000 : 75_000));
    results.workspace = out;
  }
  rmSync(TMP, { recursive: true, force: true });
  results.totalSeconds = (performance.now() - started) / 1000;
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  printTable(results);
}

function printTable(r: Record<string, unknown>): void {
  const out: string[] = [];
  const articles = r.articles as ArticleRow[] | undefined;
  if (articles) {
    out.push('', 'Per-article analysis (median CPU ms; ratio = ÷ bare retext-english parse of the same text)', '');
    out.push('| words | bare parse | Factmark | ratio | ms/1k words | after 1-char edit | ratio | retext path | ratio | textlint+prh+weekday | ratio | harper.js | ratio |');
    out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const a of articles) {
      out.push(
        `| ${a.words} | ${ms(a.bareParseMs)} | ${ms(a.analyzeMs)} | ${ratio(a.analyzeRatio)} | ${ms(a.msPerKWords)} | ${ms(a.editMs)} | ${ratio(a.editRatio)} | ${ms(a.retextPathMs)} | ${ratio(a.retextPathRatio)} | ${ms(a.textlintMs)} | ${ratio(a.textlintRatio)} | ${ms(a.harperMs)} | ${ratio(a.harperRatio)} |`,
      );
    }
  }
  const k = r.keystroke as KeystrokeResult | undefined;
  if (k) {
    out.push('', `Keystrokes over LSP: ${k.edits} one-character edits every ${k.intervalMs} ms in a ${k.words}-word article`, '');
    out.push('| first diagnostics | didChange→publish p50 | p95 | max | publishes |', '| ---: | ---: | ---: | ---: | ---: |');
    out.push(`| ${ms(k.firstDiagnosticsMs)} | ${ms(k.p50Ms)} | ${ms(k.p95Ms)} | ${ms(k.maxMs)} | ${k.publishes} |`);
  }
  const w = r.workspace as WorkspaceResult[] | undefined;
  if (w) {
    out.push('', 'Workspace over LSP (registry + articles on disk; hover every 20 ms while indexing)', '');
    out.push('| articles | facts | MB of articles | startup | indexed in | peak RSS MB | hovers | hover p50 | hover p95 | note |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const x of w) {
      out.push(
        `| ${x.articles} | ${x.facts} | ${x.articlesMb.toFixed(1)} | ${ms(x.startupMs)} | ${ms(x.indexMs)} | ${ms(x.peakRssMb)} | ${x.hovers} | ${ms(x.hoverP50Ms)} | ${ms(x.hoverP95Ms)} | ${x.note ?? ''} |`,
      );
    }
    out.push('', 'Server CPU time until indexing ended (all threads; less sensitive to load than wall time), and the same workspace after a restart (index from the disk cache of the first server)', '');
    out.push('| articles | server CPU ms | restart: indexed in | restart: peak RSS MB |', '| ---: | ---: | ---: | ---: |');
    for (const x of w) out.push(`| ${x.articles} | ${ms(x.indexCpuMs)} | ${ms(x.restartIndexMs)} | ${ms(x.restartPeakRssMb)} |`);
  }
  out.push('', `Total ${(r.totalSeconds as number).toFixed(0)} s; results in bench/results.json.`);
  console.log(out.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
