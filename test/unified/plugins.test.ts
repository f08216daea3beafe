// Both entry points of the unified plugin (server/src/unified/): remarkFactmark after
// remark-parse and retextFactmark after retext-english give, as vfile messages, the findings
// the core gives through `factmark check --format json` on the example desk and the shared
// drafts; the retext path (sentences and words from retext, not the fast tokenizer) gives the
// same sentences and the same analysis as the default path.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import remarkParse from 'remark-parse';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkFactmark, { retextFactmark, type FactmarkOptions } from '../../server/src/unified/index.js';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS, ROOT } from '../helpers/paths.js';

const DESK = join(ROOT, 'examples', 'desk');
const DRAFTS = join(CORPUS, 'drafts');
const NO_DRAFTS = existsSync(join(DRAFTS)) && existsSync(join(CORPUS, 'facts.yaml')) ? false : `skipped: ${DRAFTS} or ${CORPUS}/facts.yaml is absent`;

async function run(kind: 'remark' | 'retext', path: string, options: FactmarkOptions): Promise<VFile> {
  const file = new VFile({ path, cwd: ROOT, value: readFileSync(path, 'utf8') });
  if (kind === 'remark') {
    const processor = unified().use(remarkParse).use(remarkFactmark, options);
    await processor.run(processor.parse(file), file);
  } else {
    const processor = unified().use(retextEnglish).use(retextFactmark, options);
    await processor.run(processor.parse(file), file);
  }
  return file;
}

/** `code line:column severity message` of each factmark message. */
const fromMessages = (file: VFile): string[] =>
  file.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info/hint'} ${m.reason}`);

/** The same of `factmark check --format json` for one file (hints included: the plugins are run with `hints`). */
function fromCli(args: string[]): Map<string, string[]> {
  const json = JSON.parse(runCli(['check', ...args, '--format', 'json']).stdout) as {
    files: { path: string; findings: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[];
  };
  const kind = (s: string) => (s === 'error' || s === 'warning' ? s : 'info/hint');
  return new Map(json.files.map((f) => [f.path, f.findings.map((x) => `${x.code} ${x.range.start.line + 1}:${x.range.start.character + 1} ${kind(x.severity)} ${x.message}`)]));
}

async function assertSameAsCore(folder: string, files: string[], options: FactmarkOptions, cliArgs: string[]): Promise<void> {
  assert.ok(files.length > 0, `no articles in ${folder}`);
  const core = fromCli([...files.map((f) => relative(ROOT, f)), ...cliArgs]);
  let total = 0;
  for (const path of files) {
    const expected = core.get(relative(ROOT, path));
    assert.ok(expected, `factmark check did not report ${path}`);
    const remark = await run('remark', path, { ...options, hints: true });
    const retext = await run('retext', path, { ...options, hints: true });
    assert.deepEqual(fromMessages(remark), expected, `remark: ${path}`);
    assert.deepEqual(fromMessages(retext), expected, `retext: ${path}`);
    // The retext path read retext's sentences: the same as the fast tokenizer's, so the same analysis.
    const a = remark.data.factmark!;
    const b = retext.data.factmark!;
    assert.ok(a.article.sentences.length > 0);
    assert.deepEqual(b.article.sentences, a.article.sentences, path);
    assert.deepEqual(b.findings, a.findings, path);
    assert.deepEqual(b.claims, a.claims, path);
    total += expected.length;
  }
  assert.ok(total > 0, 'no findings at all');
}

const articles = (dir: string) => readdirSync(dir).filter((n) => /\.(md|txt)$/.test(n)).map((n) => join(dir, n)).sort();

describe('factmark/unified: remark and retext entry points = the core', () => {
  it('the example desk (its registry found from each file, as factmark check does)', async () => {
    await assertSameAsCore(DESK, articles(join(DESK, 'articles')), {}, []);
  });
  it('the shared drafts against the shared facts.yaml', { skip: NO_DRAFTS }, async () => {
    const registry = relative(ROOT, join(CORPUS, 'facts.yaml'));
    await assertSameAsCore(DRAFTS, articles(DRAFTS), { registry, asOf: '2026-03-01' }, ['--registry', registry, '--as-of', '2026-03-01']);
  });
});

describe('factmark/unified: the retext path = the default path on generated articles', () => {
  it('several seeds and sizes (pieces read from the nlcst tree and pieces parsed alone)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factmark-unified-'));
    try {
      for (const seed of [1, 2, 3]) {
        const desk = generateDesk(20 + seed * 10, 40, seed);
        writeFileSync(join(dir, 'facts.yaml'), desk.yaml);
        for (const words of [400, 3000]) {
          const path = join(dir, `gen-${seed}-${words}.md`);
          writeFileSync(path, generateArticle(desk, { words, seed: seed * 31 + words }));
          const options = { registry: join(dir, 'facts.yaml'), asOf: '2026-03-12', hints: true };
          const a = (await run('remark', path, options)).data.factmark!;
          const b = (await run('retext', path, options)).data.factmark!;
          assert.ok(a.article.sentences.length > 5);
          assert.deepEqual(b.article.sentences, a.article.sentences, path);
          assert.deepEqual(b.findings, a.findings, path);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('factmark/unified: messages', () => {
  const article = join(DESK, 'articles', '2026-03-03-boil-water-notice.md');
  it('carry rule id, source, docs url, expected replacements and fatal as unified plugins do', async () => {
    const file = await run('remark', article, {});
    const spelling = file.messages.find((m) => m.ruleId === 'actor.spelling');
    assert.ok(spelling, 'no actor.spelling message');
    assert.equal(spelling.source, 'factmark');
    assert.equal(spelling.fatal, false);
    assert.deepEqual(spelling.expected, ['Khalid Haddad']);
    assert.match(spelling.url ?? '', /docs\/checks\.md#actor-spelling$/);
    assert.equal(spelling.place && 'start' in spelling.place ? spelling.place.end.column : 0, spelling.column! + 'Khaled Haddad'.length);
    // Hints (every registered actor, every linked claim) only when asked, as factmark check --hints.
    assert.ok(!file.messages.some((m) => m.ruleId === 'actor.registered'));
    assert.ok((await run('remark', article, { hints: true })).messages.some((m) => m.ruleId === 'actor.registered'));
  });
  it('follow the checks levels: off drops a code, error makes it fatal', async () => {
    const file = await run('remark', article, { checks: { 'actor.spelling': 'error' } });
    assert.equal(file.messages.find((m) => m.ruleId === 'actor.spelling')?.fatal, true);
    const off = await run('retext', article, { checks: { 'actor.spelling': 'off' } });
    assert.ok(!off.messages.some((m) => m.ruleId === 'actor.spelling'));
    assert.ok(off.data.factmark, 'the analysis is attached');
  });
  it('a registry that does not read is one fatal message, not a crash', async () => {
    const file = await run('remark', article, { registry: 'no/such/facts.yaml' });
    assert.equal(file.messages.length, 1);
    assert.equal(file.messages[0]!.fatal, true);
    assert.match(file.messages[0]!.reason, /facts\.yaml/);
  });
});
