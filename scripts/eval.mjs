// Scores the extractor (`factmark extract FILE --json`) with the shared corpus's
// own scorer and checks every total against the floors in eval/floors.json.
//
//   npm run eval                      every suite, scorer table, exit 1 below a floor
//   npm run eval -- --suite NAME      one suite (see eval/floors.json)
//   npm run eval -- --explain         also list each false positive and miss per article
//                                     (for `links`: each labelled sentence that did not pass)
//   npm run eval -- --heldout         only the held-aside link stories (eval/links/heldout/), no floors
//
// Suites: `corpus` (../shared/corpus with its facts.yaml), `corpus-unregistered`
// (the same articles with an empty registry: every name must be found and typed
// without help, the way the held-out articles of other beats are), and
// `invented` (eval/invented: short articles of other beats written for this
// repository, with gold in the corpus format, scored with an empty registry),
// and `links` (eval/links: invented stories with registries and markerless
// drafts whose sentences are labelled with the fact they restate and the
// findings they must and must not get; see eval/links/README.md and
// scripts/eval-links.mjs). `links` needs no ../shared.
// Builds the CLI first when its bundle is missing or older than the sources.
// A suite whose corpus is absent is skipped with a message (exit 0).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { belowFloors, loadStory, printFailures, printScores, scoreStories, storyDirs } from './eval-links.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const explain = args.includes('--explain');
const heldout = args.includes('--heldout');
const only = heldout ? 'links-heldout' : args.includes('--suite') ? args[args.indexOf('--suite') + 1] : undefined;
const shared = resolve(process.env.FACTMARK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const scorer = join(shared, 'score.mjs');
const cli = join(root, 'bin', 'factmark.js');
const empty = join(root, 'eval', 'empty.facts.yaml');
const floors = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8'));

const suites = [
  { name: 'corpus', corpus: shared, scorer, registry: undefined },
  { name: 'corpus-unregistered', corpus: shared, scorer, registry: empty },
  { name: 'invented', corpus: inventedCorpus(join(root, 'eval', 'invented')), scorer, registry: empty },
  { name: 'links', links: storyDirs(join(root, 'eval', 'links')) },
  // Held aside: scored only when asked (--heldout), once, with no floors.
  ...(heldout ? [{ name: 'links-heldout', links: storyDirs(join(root, 'eval', 'links', 'heldout')) }] : []),
].filter((s) => (only ? s.name === only : s.name !== 'links-heldout'));
if (only && !suites.length) fail(`Unknown suite \`${only}\`, expected one of ${Object.keys(floors.suites).join(', ')}`);

buildIfStale();
let failed = false;
for (const suite of suites) {
  console.log(`\n## ${suite.name}`);
  if (suite.links) {
    if (!runLinks(suite)) failed = true;
    continue;
  }
  if (!existsSync(suite.scorer)) {
    console.log(`skipped: ${suite.scorer} is absent (the shared corpus sits beside the repository)`);
    continue;
  }
  if (!existsSync(join(suite.corpus, 'gold'))) {
    console.log(`skipped: no gold files under ${suite.corpus}`);
    continue;
  }
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} extract {file} --json${suite.registry ? ` --registry ${JSON.stringify(suite.registry)}` : ''}`;
  const mins = Object.entries(floors.suites[suite.name] ?? {}).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  const r = spawnSync(process.execPath, [suite.scorer, '--corpus', suite.corpus, '--run', command, ...mins], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed = true;
    console.error(`${suite.name}: a score fell below its floor in eval/floors.json`);
  }
  if (explain) explainSuite(suite);
}
process.exit(failed ? 1 : 0);

/** Scores the link benchmark; returns false when a label is broken or a score is below its floor. */
function runLinks(suite) {
  if (!suite.links.length) {
    console.log(`skipped: no stories under eval/links${suite.name === 'links-heldout' ? '/heldout' : ''}`);
    return true;
  }
  const loaded = suite.links.map(loadStory);
  const problems = loaded.flatMap((l) => l.problems);
  if (problems.length) {
    console.error(`${suite.name}: broken labels:\n  ${problems.join('\n  ')}`);
    return false;
  }
  const stories = loaded.map((l) => l.story);
  const result = scoreStories(stories, cli);
  printScores(suite.name, stories, result);
  if (explain) printFailures(result.failures);
  if (suite.name === 'links-heldout') return true;
  const below = belowFloors(result.scores, floors.suites[suite.name]);
  if (below.length) console.error(`${suite.name}: below its floor in eval/floors.json: ${below.join(', ')}`);
  return !below.length;
}

/**
 * Turns eval/invented/NAME.txt (articles with inline gold, see its README) into
 * articles/NAME.md and gold/NAME.gold.json in a temporary folder.
 */
function inventedCorpus(dir) {
  const out = mkdtempSync(join(tmpdir(), 'factmark-invented-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  mkdirSync(join(out, 'articles'));
  mkdirSync(join(out, 'gold'));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const name = basename(file, '.txt');
    const source = readFileSync(join(dir, file), 'utf8');
    const gold = { article: `${name}.md`, published: /^date:\s*(\S+)/m.exec(source)?.[1], actors: [], dates: [], claims: [] };
    const MARK = /\{\{([^|{}]+)\|(person|organization|place)(\?)?\|([a-z0-9-]+)\}\}|\[\[([^|\]]+)\|([^\]]+)\]\]|<<|>>/g;
    let text = '';
    let at = 0;
    let claim;
    for (const m of source.matchAll(MARK)) {
      text += source.slice(at, m.index);
      at = m.index + m[0].length;
      const start = text.length;
      if (m[1] !== undefined) {
        text += m[1];
        const actor = { text: m[1], start, end: text.length, type: m[2], canonical: m[4], ...(m[3] ? { optional: true } : {}) };
        gold.actors.push(actor);
        if (claim && !m[3] && actor.type !== 'place' && !claim.actors.includes(actor.canonical)) claim.actors.push(actor.canonical);
      } else if (m[5] !== undefined) {
        text += m[5];
        gold.dates.push({ text: m[5], start, end: text.length, value: m[6] });
        if (claim) claim.dates.push(m[6]);
      } else if (m[0] === '<<') claim = { start, dates: [], actors: [] };
      else if (claim) {
        gold.claims.push({ text: text.slice(claim.start), start: claim.start, end: start, dates: claim.dates, actors: claim.actors });
        claim = undefined;
      }
    }
    text += source.slice(at);
    writeFileSync(join(out, 'articles', `${name}.md`), text);
    writeFileSync(join(out, 'gold', `${name}.gold.json`), JSON.stringify(gold, null, 2));
  }
  return out;
}

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}

/** Rebuilds dist/ when the CLI bundle is older than any source file. */
function buildIfStale() {
  const bundle = join(root, 'dist', 'node', 'cli.js');
  const built = existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  if (newest(join(root, 'server', 'src')) > built) execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}

/** Prints, per article, predicted actors and dates that match no gold span, and gold ones that were missed. */
function explainSuite(suite) {
  const overlap = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
  for (const f of readdirSync(join(suite.corpus, 'gold')).filter((x) => x.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(suite.corpus, 'gold', f), 'utf8'));
    const file = join(suite.corpus, 'articles', gold.article);
    const extra = suite.registry ? ['--registry', suite.registry] : [];
    const pred = JSON.parse(execFileSync(process.execPath, [cli, 'extract', file, '--json', ...extra], { encoding: 'utf8' }));
    const lines = [];
    for (const kind of ['actors', 'dates', 'claims']) {
      const g = gold[kind] ?? [];
      const p = pred[kind] ?? [];
      const show = (x) => `${JSON.stringify(x.text.length > 70 ? `${x.text.slice(0, 67)}...` : x.text)}@${x.start}${x.type ? ` ${x.type}` : ''}${x.value ? ` ${x.value}` : ''}`;
      const fits = (x, y) => (kind === 'claims' ? Math.min(x.end, y.end) - Math.max(x.start, y.start) >= (y.end - y.start) / 2 : overlap(x, y));
      for (const x of p) {
        const m = g.find((y) => fits(x, y));
        if (!m) lines.push(`  + ${kind} ${show(x)}`);
        else if (kind === 'actors' && m.type !== x.type && !m.optional) lines.push(`  ~ type ${show(x)} (gold ${m.type})`);
        else if (kind === 'dates' && m.value !== x.value) lines.push(`  ~ value ${show(x)} (gold ${m.value})`);
      }
      for (const y of g) if (!y.optional && !p.some((x) => fits(x, y))) lines.push(`  - ${kind} ${show(y)}`);
    }
    // Clustering: a gold entity split over several predicted ids, or one id over several entities.
    const ids = new Map();
    for (const y of gold.actors ?? []) {
      const x = (pred.actors ?? []).find((a) => overlap(a, y));
      if (!x || y.optional) continue;
      (ids.get(y.canonical) ?? ids.set(y.canonical, new Set()).get(y.canonical)).add(x.id);
    }
    for (const [canonical, set] of ids) if (set.size > 1) lines.push(`  ≠ ${canonical} split over ids ${[...set].join(', ')}`);
    const owners = new Map();
    for (const [canonical, set] of ids) for (const id of set) (owners.get(id) ?? owners.set(id, []).get(id)).push(canonical);
    for (const [id, list] of owners) if (list.length > 1) lines.push(`  = id ${id} joins ${list.join(', ')}`);
    if (lines.length) console.log(`${gold.article}\n${lines.join('\n')}`);
  }
}
