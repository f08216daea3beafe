// Cold analysis vs the bare retext-english parse (CPU time, interleaved batches, median ratio).
// A cold analysis: no AnalysisCache, so parse + extraction + links + every check from scratch.
// Usage: node --import tsx bench/cold.mts [words,...] [--batches=N] [--warm=ms] [--phases]
// (process.cpuUsage counts every thread: GC helpers and JIT compiler threads too, hence the warm-up.)
import process from 'node:process';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { mergeRegistry, parseRegistryFile } from '../server/src/core/index.js';
import { analyzeArticle } from '../server/src/core/analyze.js';
import { parseArticle } from '../server/src/core/parse/article.js';
import { articleUnits } from '../server/src/core/extract/blocks.js';
import { extractActors } from '../server/src/core/extract/actors.js';
import { extractDates } from '../server/src/core/extract/dates.js';
import { extractClaims } from '../server/src/core/extract/claims.js';
import { linkClaims } from '../server/src/core/link/index.js';
import { generateArticle, generateDesk } from './generate.js';

const english = unified().use(retextEnglish);
const desk = generateDesk(40, 60, 1);
const registry = mergeRegistry([parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
const args = process.argv.slice(2);
const sizes = (args.find((a) => !a.startsWith('--')) ?? '1000,5000,50000').split(',').map(Number);
const batches = Number(args.find((a) => a.startsWith('--batches='))?.slice(10) ?? 11);
const uri = 'file:///a.md';

/** CPU ms per call of f, over a batch of at least `budget` ms CPU. */
function cpu(f: () => unknown, budget: number): number {
  const s = process.cpuUsage();
  let n = 0, used = 0;
  do { f(); n++; const d = process.cpuUsage(s); used = (d.user + d.system) / 1000; } while (used < budget);
  return used / n;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

for (const words of sizes) {
  const text = generateArticle(desk, { words, seed: words });
  const budget = words >= 20000 ? 150 : 60;
  const warm = Number(args.find((a) => a.startsWith('--warm='))?.slice(7) ?? 1500);
  const bare = () => english.parse(text);
  const full = () => analyzeArticle(uri, text, registry, { today: '2026-03-12' });
  // Warm up until both are optimised: the JIT (and its compiler threads, counted in process CPU time)
  // keeps working for a few hundred cold analyses of a short article.
  for (let i = 0; i < 3; i++) { cpu(bare, warm); cpu(full, warm); }
  const ratios: number[] = [], bs: number[] = [], fs: number[] = [];
  for (let b = 0; b < batches; b++) {
    const x = cpu(bare, budget), y = cpu(full, budget);
    bs.push(x); fs.push(y); ratios.push(y / x);
  }
  console.log(`${String(words).padStart(6)} words: bare ${median(bs).toFixed(2)} ms, cold analyze ${median(fs).toFixed(2)} ms, ratio median ${median(ratios).toFixed(2)}x (min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`);
  if (args.includes('--phases')) {
    const article = parseArticle(uri, text, {});
    const units = articleUnits(article);
    const actors = extractActors(article, registry, units);
    const dates = extractDates(article, { reference: '2026-03-12' }, units);
    const claims = extractClaims(article, dates, actors);
    const b = median(bs);
    const phase = (name: string, f: () => unknown) => {
      const xs: number[] = [];
      for (let i = 0; i < 5; i++) xs.push(cpu(f, budget / 2));
      console.log(`   ${name.padEnd(14)} ${median(xs).toFixed(3)} ms  ${(median(xs) / b).toFixed(2)}x bare`);
    };
    phase('parseArticle', () => parseArticle(uri, text, {}));
    phase('articleUnits', () => articleUnits(article));
    // Blocks keep their extraction in their unit: fresh units per call (articleUnits is timed above).
    phase('units+actors', () => extractActors(article, registry, articleUnits(article)));
    phase('units+dates', () => extractDates(article, { reference: '2026-03-12' }, articleUnits(article)));
    phase('claims', () => extractClaims(article, dates, actors));
    phase('links', () => linkClaims(article, claims, actors, dates, registry));
  }
}
