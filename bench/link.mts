// Linking against a large registry, in process: `node --import tsx bench/link.mts [articles] [facts]`.
// Times analyzeArticle with every check off (as the workspace index runs it) on workspace-like
// generated articles against a generateDesk(2000, facts, 3) registry, and the share spent in linkClaims.
import { performance } from 'node:perf_hooks';
import { analyzeArticle, CODES, linkClaims, mergeRegistry, parseRegistryFile, type Levels } from '../server/src/core/index.js';
import { generateArticle, generateDesk } from './generate.js';

const ARTICLES = Number(process.argv[2] ?? 300);
const FACTS = Number(process.argv[3] ?? 50000);
const NO_CHECKS: Levels = Object.fromEntries(Object.keys(CODES).map((c) => [c, 'off']));

const desk = generateDesk(2000, FACTS, 3);
let t = performance.now();
const registry = mergeRegistry([parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
console.log(`registry: ${registry.facts.size} facts, parsed in ${(performance.now() - t).toFixed(0)} ms`);
const small = { actors: desk.actors, facts: desk.facts.slice(0, 2000) };
const texts: string[] = [];
for (let i = 0; i < ARTICLES; i++) {
  texts.push(generateArticle(small, { words: 250 + (i % 7) * 60, seed: 1000 + i, date: `2026-0${1 + (i % 3)}-${String(1 + (i % 28)).padStart(2, '0')}` }));
}
const options = { today: '2026-06-01', levels: NO_CHECKS, markdown: true };

// Warm up (also builds the registry's indexes, a one-time cost timed separately).
t = performance.now();
analyzeArticle('file:///ws/warm.md', texts[0]!, registry, options);
console.log(`first article (builds indexes): ${(performance.now() - t).toFixed(0)} ms`);

let total = 0;
let linkMs = 0;
let totalCpu = 0;
let linkCpu = 0;
let links = 0;
/** CPU time of this process in ms (user + system): the machine is shared, wall time is noisy. */
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let round = 0; round < 2; round++) {
  total = 0;
  linkMs = 0;
  totalCpu = 0;
  linkCpu = 0;
  links = 0;
  for (let i = 0; i < texts.length; i++) {
    const s = performance.now();
    const sc = cpu();
    const a = analyzeArticle(`file:///ws/a${i}.md`, texts[i]!, registry, options);
    totalCpu += cpu() - sc;
    total += performance.now() - s;
    // linkClaims again on the same extraction: its cost alone.
    const l = performance.now();
    const lc = cpu();
    const again = linkClaims(a.article, a.claims, a.actors, a.dates, registry);
    linkCpu += cpu() - lc;
    linkMs += performance.now() - l;
    links += again.length;
  }
}
console.log(`${ARTICLES} articles × ${FACTS} facts: analyzeArticle ${(total / ARTICLES).toFixed(2)} ms/article, linkClaims ${(linkMs / ARTICLES).toFixed(2)} ms/article (${((100 * linkMs) / total).toFixed(0)}% of analyze), ${links} links`);
console.log(`CPU: analyzeArticle ${(totalCpu / ARTICLES).toFixed(2)} ms/article, linkClaims ${(linkCpu / ARTICLES).toFixed(2)} ms/article`);
const heap = process.memoryUsage().heapUsed;
console.log(`heap used after the runs: ${(heap / 1048576).toFixed(0)} MB`);
