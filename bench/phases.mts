// Phase costs of one analysis (CPU ms, median of batches): where does the time go?
// Usage: node --import tsx bench/phases.mts [words]
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { AnalysisCache, mergeRegistry, parseRegistryFile } from '../server/src/core/index.js';
import { parseArticle } from '../server/src/core/parse/article.js';
import { extractActors } from '../server/src/core/extract/actors.js';
import { extractDates } from '../server/src/core/extract/dates.js';
import { extractClaims } from '../server/src/core/extract/claims.js';
import { linkClaims } from '../server/src/core/link/index.js';
import { analyzeArticle } from '../server/src/core/analyze.js';
import { generateArticle, generateDesk } from './generate.js';

const english = unified().use(retextEnglish);
const desk = generateDesk(40, 60, 1);
const registry = mergeRegistry([parseRegistryFile('file:///bench/facts.yaml', desk.yaml)]);
const words = Number(process.argv[2] ?? 5000);
const text = generateArticle(desk, { words, seed: words });
const uri = 'file:///a.md';
function t(name: string, f: () => unknown) {
  for (let i = 0; i < 5; i++) f();
  const xs: number[] = [];
  for (let r = 0; r < 7; r++) { const s = performance.now(); let n = 0; do { f(); n++; } while (performance.now() - s < 60); xs.push((performance.now() - s) / n); }
  xs.sort((a, b) => a - b);
  console.log(name.padEnd(16), xs[3]!.toFixed(2));
  return xs[3]!;
}
const bare = t('bare retext', () => english.parse(text));
const article = parseArticle(uri, text, {});
t('parseArticle', () => parseArticle(uri, text, {}));
t('cache.parse', () => new AnalysisCache().parse(uri, text));
const actors = extractActors(article, registry);
t('actors', () => extractActors(article, registry));
const dates = extractDates(article, { reference: '2026-03-12' });
t('dates', () => extractDates(article, { reference: '2026-03-12' }));
const claims = extractClaims(article, dates, actors);
t('claims', () => extractClaims(article, dates, actors));
t('links', () => linkClaims(article, claims, actors, dates, registry));
const full = t('analyze', () => analyzeArticle(uri, text, registry, { today: '2026-03-12' }));
console.log('ratio', (full / bare).toFixed(2), 'blocks', article.blocks.length, 'sentences', article.sentences.length);
