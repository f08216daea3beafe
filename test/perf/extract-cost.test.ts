import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import retextEnglish from 'retext-english';
import { CORE_BUNDLE } from '../../bench/bundle-options.js';
import { unified } from 'unified';
import { generateArticle, REGISTRY_YAML } from '../core/extract-helpers.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const english = unified().use(retextEnglish);

/** The extraction functions, as one bundle of the core. */
interface Extraction {
  extractActors: typeof import('../../server/src/core/extract/actors.js').extractActors;
  extractClaims: typeof import('../../server/src/core/extract/claims.js').extractClaims;
  extractDates: typeof import('../../server/src/core/extract/dates.js').extractDates;
  parseArticle: typeof import('../../server/src/core/index.js').parseArticle;
  mergeRegistry: typeof import('../../server/src/core/index.js').mergeRegistry;
  parseRegistryFile: typeof import('../../server/src/core/index.js').parseRegistryFile;
}
let core: Extraction;
let registry: ReturnType<Extraction['mergeRegistry']>;
const outDir = mkdtempSync(join(tmpdir(), 'factmark-perf-'));

// The core is bundled as `npm run bench` bundles it (bench/bundle-options.ts): through tsx every
// imported constant is read by a getter call, which cost about 3.5% of the extraction in a profile.
before(async () => {
  const outfile = join(outDir, 'extract.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { extractActors } from './server/src/core/extract/actors.ts';",
        "export { extractClaims } from './server/src/core/extract/claims.ts';",
        "export { extractDates } from './server/src/core/extract/dates.ts';",
        "export { parseArticle, mergeRegistry, parseRegistryFile } from './server/src/core/index.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile,
    ...CORE_BUNDLE,
  });
  core = (await import(pathToFileURL(outfile).href)) as Extraction;
  registry = core.mergeRegistry([core.parseRegistryFile('file:///desk/facts.yaml', REGISTRY_YAML)]);
});
after(() => rmSync(outDir, { recursive: true, force: true }));

/** Full extraction as analyzeArticle runs it, without the checks. */
function extractAll(text: string): number {
  const article = core.parseArticle('file:///desk/generated.md', text);
  const actors = core.extractActors(article, registry);
  const dates = core.extractDates(article, { reference: '2026-01-26' });
  return core.extractClaims(article, dates, actors).length + actors.length;
}

/** CPU time of this process, in ms. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU times of each function, interleaved run by run, after warm-up: each function first
 * runs for `warmMs` of CPU (the extraction's code takes 1.5 s or more to be optimised, the
 * bare parse a tenth of that; one warm-up call measured the extraction half cold, and the
 * ratio swung from 1x to 2.7x with the machine's load).
 */
function cpuSamples(fns: (() => unknown)[], runs: number, warmMs = 2000): number[][] {
  for (const fn of fns) {
    const start = cpuMs();
    do fn();
    while (cpuMs() - start < warmMs);
  }
  const samples = fns.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, k) => {
      const t = process.cpuUsage();
      fn();
      const d = process.cpuUsage(t);
      samples[k]!.push((d.user + d.system) / 1000);
    });
  }
  return samples;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

describe('cost of extraction', () => {
  it('a 5,000-word article costs at most a small multiple of the bare retext-english parse', () => {
    const text = generateArticle(5000);
    // The minimum of each: on a shared machine the least disturbed run.
    const [bare, full] = cpuSamples([() => english.parse(text), () => extractAll(text)], 15).map((xs) => Math.min(...xs)) as [number, number];
    const ratio = full / bare;
    console.log(`5,000 words: retext-english parse ${bare.toFixed(1)} ms, full extraction ${full.toFixed(1)} ms, ratio ${ratio.toFixed(2)}x`);
    // The target is 2x (issue 7); the bound of 2.5 leaves a busy shared machine some room.
    assert.ok(ratio < 2.5, `extraction costs ${ratio.toFixed(2)}x the bare parse`);
  });

  it('grows linearly with the length of the article', () => {
    const small = generateArticle(5000);
    const large = generateArticle(20000);
    // The median of each: a short run may fall between two garbage collections where a long one cannot.
    const [a, b] = cpuSamples([() => extractAll(small), () => extractAll(large)], 9, 500).map(median) as [number, number];
    console.log(`5,000 words ${a.toFixed(1)} ms, 20,000 words ${b.toFixed(1)} ms (x${(b / a).toFixed(2)} for 4x the text)`);
    assert.ok(b / a < 8, `4x the text took ${(b / a).toFixed(2)}x the time`);
  });
});
