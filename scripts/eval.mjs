// Scores the extractor (`factmark extract FILE --json`) with the shared corpus's
// own scorer and checks every total against the floors in eval/floors.json.
//
//   npm run eval                      every suite, scorer table, exit 1 below a floor
//   npm run eval -- --suite NAME      one suite (see eval/floors.json)
//   npm run eval -- --explain         also list each false positive and miss per article
//                                     (for `links`: each labelled sentence that did not pass)
//   npm run eval -- --heldout         only the held-aside suites (eval/heldout, eval/links/heldout), no
//                                     floors: the lead's, once (`--heldout --suite heldout` for one of them)
//   npm run eval -- --dir PATH        only the inline-gold articles in PATH (a helper's own fresh
//                                     sentences, say), scored like `dev`, without floors
//
// Suites: `corpus` (../shared/corpus with its facts.yaml), `corpus-unregistered`
// (the same articles with an empty registry: every name must be found and typed
// without help, the way the held-out articles of other beats are), `invented`
// (eval/invented: short articles of other beats written for this repository,
// with gold inline, scored with an empty registry), `dev` (eval/dev: wire-copy
// articles of the beats the corpus lacks, built to exercise issue 15's error
// classes; tune on these), `heldout` (eval/heldout, the same kind, never read
// or scored while tuning) and `links` (eval/links: invented stories with
// registries and markerless drafts whose sentences are labelled with the fact
// they restate and the findings they must and must not get; see
// eval/links/README.md and scripts/eval-links.mjs). `links` needs no ../shared.
// Each extraction suite prints the shared scorer's table (per article; actors,
// persons, organizations, places, dates, date values, claims; type accuracy,
// clustering) and the unregistered-actor false alarms per 1,000 words
// (`factmark check` with the empty registry: `actor.unregistered` findings on no
// gold person or organization); floors named `max...` are maxima.
// Builds the CLI first when its bundle is missing or older than the sources.
// A suite whose corpus is absent is skipped with a message (exit 0).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { belowFloors, loadStory, printFailures, printScores, scoreStories, storyDirs } from './eval-links.mjs';
import { parseInline } from './inline-gold.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const args = process.argv.slice(2);
const explain = args.includes('--explain');
const heldout = args.includes('--heldout');
const dir = args.includes('--dir') ? resolve(args[args.indexOf('--dir') + 1] ?? '') : undefined;
const only = args.includes('--suite') ? args[args.indexOf('--suite') + 1] : undefined;
const shared = resolve(process.env.FACTMARK_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const scorer = join(shared, 'score.mjs');
const cli = join(root, 'bin', 'factmark.js');
const empty = join(root, 'eval', 'empty.facts.yaml');
const floors = JSON.parse(readFileSync(join(root, 'eval', 'floors.json'), 'utf8'));

const all = [
  { name: 'corpus', corpus: () => shared, registry: undefined },
  { name: 'corpus-unregistered', corpus: () => shared, registry: empty },
  { name: 'invented', corpus: () => inlineCorpus(join(root, 'eval', 'invented')), registry: empty },
  { name: 'dev', corpus: () => inlineCorpus(join(root, 'eval', 'dev')), registry: empty },
  { name: 'links', links: () => storyDirs(join(root, 'eval', 'links')) },
  // Held aside: scored only when asked (--heldout), once, with no floors.
  { name: 'heldout', corpus: () => inlineCorpus(join(root, 'eval', 'heldout')), registry: empty, held: true },
  { name: 'links-heldout', links: () => storyDirs(join(root, 'eval', 'links', 'heldout')), held: true },
];
if (only && !all.some((s) => s.name === only)) fail(`Unknown suite \`${only}\`, expected one of ${all.map((s) => s.name).join(', ')}`);
if (only && !heldout && all.find((s) => s.name === only).held) fail(`the held-out suite \`${only}\` runs only with \`--heldout\` (the lead scores it, once)`);
// `--heldout` scores the held-aside suites alone (or the one named by --suite), without floors.
const suites = dir
  ? [{ name: basename(dir), corpus: () => inlineCorpus(dir), registry: empty, adhoc: true }]
  : all.filter((s) => (only ? s.name === only : !!s.held === heldout));
if (dir && !existsSync(dir)) fail(`--dir: no folder ${dir}`);

buildIfStale();
let failed = false;
for (const suite of suites) {
  console.log(`\n## ${suite.name}`);
  if (suite.links) {
    suite.links = suite.links();
    if (!runLinks(suite)) failed = true;
    continue;
  }
  if (!existsSync(scorer)) {
    console.log(`skipped: ${scorer} is absent (the shared corpus sits beside the repository)`);
    continue;
  }
  suite.corpus = suite.corpus();
  if (!existsSync(join(suite.corpus, 'gold')) || !readdirSync(join(suite.corpus, 'gold')).length) {
    console.log(`skipped: no gold files under ${suite.corpus}`);
    continue;
  }
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} extract {file} --json${suite.registry ? ` --registry ${JSON.stringify(suite.registry)}` : ''}`;
  const limits = suite.adhoc ? {} : floors.suites[suite.name] ?? {};
  const mins = Object.entries(limits).filter(([k]) => !k.startsWith('max')).flatMap(([k, v]) => ['--min', `${k}=${v}`]);
  const r = spawnSync(process.execPath, [scorer, '--corpus', suite.corpus, '--run', command, ...mins], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed = true;
    console.error(`${suite.name}: a score fell below its floor in eval/floors.json`);
  }
  const fa = falseAlarms(suite.corpus);
  console.log(`unregistered-actor false alarms ${fa.alarms} in ${fa.words} words: ${fa.per1k.toFixed(2)} per 1,000 words (findings on gold people and bodies: ${fa.found})`);
  if (explain) for (const e of fa.examples) console.log(`  false alarm ${e}`);
  const max = limits.maxUnregisteredFalseAlarmsPer1k;
  if (max !== undefined && fa.per1k > max) {
    failed = true;
    console.error(`${suite.name}: below minimum: unregistered-actor false alarms ${fa.per1k.toFixed(2)} per 1,000 words > ${max} (eval/floors.json)`);
  }
  if (explain) explainSuite(suite);
}
// Not process.exit: into a pipe, it cut off the --explain lists still being written.
process.exitCode = failed ? 1 : 0;

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
 * Turns DIR/NAME.txt (articles with inline gold, see eval/invented/README.md) into
 * articles/NAME.md and gold/NAME.gold.json in a temporary folder.
 */
function inlineCorpus(dir) {
  const out = mkdtempSync(join(tmpdir(), 'factmark-eval-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  mkdirSync(join(out, 'articles'));
  mkdirSync(join(out, 'gold'));
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const name = basename(file, '.txt');
    let parsed;
    try {
      parsed = parseInline(readFileSync(join(dir, file), 'utf8'), name);
    } catch (e) {
      fail(`${join(dir, file)}: ${e.message}`);
    }
    writeFileSync(join(out, 'articles', `${name}.md`), parsed.text);
    writeFileSync(join(out, 'gold', `${name}.gold.json`), JSON.stringify(parsed.gold, null, 2));
  }
  return out;
}

/**
 * Unregistered-actor false alarms: runs `factmark check --format json` with the
 * empty registry over the suite's articles and counts the `actor.unregistered`
 * findings whose span overlaps no gold person or organization (nor any optional
 * gold actor), per 1,000 words of article body (front matter left out), and
 * those that do overlap one (`found`: the findings worth having, to weigh a cut in alarms against).
 */
function falseAlarms(corpus) {
  const golds = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.gold.json')).sort()
    .map((f) => JSON.parse(readFileSync(join(corpus, 'gold', f), 'utf8')));
  const files = golds.map((g) => resolve(join(corpus, 'articles', g.article)));
  const r = spawnSync(process.execPath, [cli, 'check', ...files, '--format', 'json', '--registry', empty], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0 && r.status !== 1) fail(`factmark check exited ${r.status}: ${r.stderr}`);
  const byPath = new Map(JSON.parse(r.stdout).files.map((f) => [resolve(f.path), f.findings]));
  let alarms = 0;
  let found = 0;
  let words = 0;
  const examples = [];
  golds.forEach((gold, i) => {
    const text = readFileSync(files[i], 'utf8');
    const lineStarts = [0];
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
    const offset = (p) => lineStarts[p.line] + p.character;
    const body = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0].length ?? 0;
    words += text.slice(body).split(/\s+/).filter(Boolean).length;
    const actors = gold.actors.filter((a) => a.optional || a.type === 'person' || a.type === 'organization');
    for (const f of byPath.get(files[i]) ?? []) {
      if (f.code !== 'actor.unregistered') continue;
      const start = offset(f.range.start);
      const end = offset(f.range.end);
      if (actors.some((a) => a.start < end && a.end > start)) {
        found++;
        continue;
      }
      alarms++;
      examples.push(`${gold.article}: ${JSON.stringify(text.slice(start, end))}`);
    }
  });
  return { alarms, found, words, per1k: words ? (alarms / words) * 1000 : 0, examples };
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
