// `factmark timeline --html` on the example desk: one self-contained page holding every fact of the
// registry, with the articles that state each (the same links `check` reports), and no way to
// reach the network. The page itself is opened in Chromium by test/e2e/timeline-page.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

const DESK = join(ROOT, 'examples', 'desk');
const ARTICLE = 'articles/2026-03-05-council-hearing.md';

interface PageModel {
  version: number;
  facts: { id: string; status: string; supersededBy?: string; location: { uri: string }; articles: { uri: string; kind: string }[] }[];
  focus?: { uri: string; date: string; claims: { fact: string }[] };
}

/** The model a page carries, read back from its JSON script element. */
function modelOf(html: string): PageModel {
  const m = /<script type="application\/json" id="factmark-model">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m?.[1], 'the page carries its model');
  return JSON.parse(m[1]) as PageModel;
}

describe('factmark timeline --html', () => {
  let dir: string;
  let html: string;
  let registry: { facts: Record<string, { status: string; superseded_by?: string }> };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-timeline-cli-'));
    const r = runCli(['timeline', '.', '--html', join(dir, 'out.html'), '--article', ARTICLE], DESK);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Wrote .*out\.html: 11 facts from 1 registry file, 3 articles stating them/);
    html = readFileSync(join(dir, 'out.html'), 'utf8');
    registry = parse(readFileSync(join(DESK, 'facts.yaml'), 'utf8')) as typeof registry;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every fact of the registry with its status and successor', () => {
    const model = modelOf(html);
    assert.deepEqual(model.facts.map((f) => f.id), Object.keys(registry.facts));
    for (const f of model.facts) {
      assert.equal(f.status, registry.facts[f.id]?.status, f.id);
      assert.equal(f.supersededBy, registry.facts[f.id]?.superseded_by, f.id);
      assert.equal(f.location.uri, 'facts.yaml', 'paths are relative to the folder the CLI ran in');
    }
  });

  it('lists for each fact the articles `check` links to it', () => {
    const check = JSON.parse(runCli(['check', '.', '--format', 'json', '--hints'], DESK).stdout) as {
      files: { path: string; findings: { code: string; fact?: string }[] }[];
    };
    const expected = new Map<string, Set<string>>();
    for (const file of check.files) {
      for (const x of file.findings) {
        if (x.code !== 'claim.linked' || !x.fact) continue;
        const set = expected.get(x.fact) ?? new Set<string>();
        set.add(file.path);
        expected.set(x.fact, set);
      }
    }
    assert.ok(expected.size > 0, 'the example desk links claims');
    for (const f of modelOf(html).facts) {
      assert.deepEqual(new Set(f.articles.map((a) => a.uri)), expected.get(f.id) ?? new Set(), f.id);
    }
  });

  it('marks the article given with --article: its date and its claims', () => {
    const model = modelOf(html);
    assert.equal(model.focus?.uri, ARTICLE);
    assert.equal(model.focus?.date, '2026-03-05');
    const stated = new Set(model.facts.filter((f) => f.articles.some((a) => a.uri === ARTICLE)).map((f) => f.id));
    assert.deepEqual(new Set(model.focus?.claims.map((c) => c.fact)), stated);
    assert.ok(stated.size >= 2);
  });

  it('is self-contained: inline script and styles allowed by hash, nothing else, no URL to fetch', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert.match(csp ?? '', /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:$/);
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?(https?:)?\/\//i);
    assert.equal((html.match(/<script>/g) ?? []).length, 1, 'one inline script');
  });

  it('writes to standard output with --html -, and needs --html', () => {
    const out = runCli(['timeline', '.', '--html', '-'], DESK);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /^<!doctype html>/);
    assert.equal(modelOf(out.stdout).focus, undefined);
    const missing = runCli(['timeline', '.'], DESK);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /timeline needs --html FILE/);
  });
});
