import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';

const desk = join(FIXTURES, 'desk');

describe('factmark check', () => {
  it('prints stylish findings with positions and codes', () => {
    const r = runCli(['check', desk]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /strike\.md\n/);
    assert.match(r.stdout, /8:10 +warning +Actor `Marta Kovalchyk` is not the house spelling, expected `Marta Kowalczyk` +actor\.spelling/);
    assert.match(r.stdout, /Henryk Zalewski.*actor\.unregistered/);
  });

  it('prints JSON with 0-based UTF-16 ranges', () => {
    const r = runCli(['check', join(desk, 'articles', 'strike.md'), '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { files: { path: string; findings: { code: string; range: { start: { line: number; character: number } } }[] }[] };
    const strike = json.files.find((f) => f.path.endsWith('strike.md'))!;
    const spelling = strike.findings.find((f) => f.code === 'actor.spelling')!;
    assert.deepEqual(spelling.range.start, { line: 7, character: 9 });
  });

  it('exits 1 when an error-level finding exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-cli-'));
    writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nactors:\n  x:\n    name: X Person\n    type: robot\n');
    writeFileSync(join(dir, 'a.md'), '---\ndate: 2026-01-01\n---\nNothing here.\n');
    const r = runCli(['check', dir, '--format', 'json']);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /registry\.schema/);
  });

  it('exits 2 with a positioned one-line reason for a broken registry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-cli-'));
    writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nactors:\n  x: [unclosed\n');
    writeFileSync(join(dir, 'a.md'), 'Text.\n');
    const r = runCli(['check', dir]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^factmark: .*facts\.yaml:\d+:\d+: YAML syntax error/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('exits 2 for a missing file, a bad option and a bad date', () => {
    for (const args of [['check', 'no/such/file.md'], ['check', '--frobnicate'], ['check', desk, '--as-of', '2026-02-30'], ['check', desk, '--registry', 'missing.yaml']]) {
      const r = runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^factmark: /);
    }
  });
});

describe('factmark extract', () => {
  it('prints actors, dates and claims with offsets into the whole file', () => {
    const r = runCli(['extract', join(desk, 'articles', 'strike.md'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const x = JSON.parse(r.stdout) as {
      actors: { text: string; start: number; end: number; id: string; type: string }[];
      dates: { text: string; value: string }[];
      claims: { text: string; dates: string[]; actors: string[] }[];
    };
    const union = x.actors.find((a) => a.text === 'Baltic Dockworkers Union')!;
    assert.equal(union.id, 'dockworkers-union');
    assert.equal(union.type, 'organization');
    assert.deepEqual(x.dates.map((d) => [d.text, d.value]), [
      ['Monday, February 9', '2026-02-09'],
      ['Tuesday', '2026-02-10'],
    ]);
    assert.equal(x.claims.length, 2);
    assert.deepEqual(x.claims[0]!.actors, ['dockworkers-union']);
  });

  it('prints each claim\'s link and every link with its claim\'s span', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fm-cli-'));
    const article = join(dir, 'a.md');
    const marked = 'The union called a strike [@strike-called].';
    writeFileSync(article, `---\ndate: 2026-02-10\n---\nThe port was quiet on Monday. ${marked}\n`);
    const r = runCli(['extract', article, '--json', '--registry', join(desk, 'facts.yaml')]);
    assert.equal(r.code, 0, r.stderr);
    const text = `---\ndate: 2026-02-10\n---\nThe port was quiet on Monday. ${marked}\n`;
    const x = JSON.parse(r.stdout) as {
      claims: { start: number; link?: { fact: string } }[];
      links: { start: number; end: number; fact: string; kind: string; score: number }[];
    };
    // The marker's sentence has no date: its link is listed under `links`, not under a claim.
    const explicit = x.links.find((l) => l.kind === 'explicit')!;
    assert.equal(explicit.fact, 'strike-called');
    assert.equal(explicit.score, 1);
    assert.equal(text.slice(explicit.start, explicit.end).trim(), marked);
    for (const c of x.claims) if (c.link) assert.ok(x.links.some((l) => l.start === c.start && l.fact === c.link!.fact), JSON.stringify(c));
  });
});

describe('factmark check with a front-matter registry', () => {
  it('checks the article against the registry its front matter names', () => {
    const article = join(FIXTURES, 'registry', 'ws', 'articles', 'own-registry.md');
    const r = runCli(['check', article, '--format', 'json']);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const json = JSON.parse(r.stdout) as { files: { path: string; findings: { code: string }[] }[] };
    const codes = json.files.find((f) => f.path.endsWith('own-registry.md'))!.findings.map((f) => f.code);
    // `ferry-returns` is a fact only in ../own/special.yaml, not in the workspace's facts.yaml.
    assert.ok(!codes.includes('claim.unknown-fact'), codes.join(', '));
    assert.ok(json.files.some((f) => f.path.endsWith('special.yaml')) || codes.includes('claim.linked'), JSON.stringify(json.files.map((f) => f.path)));
  });
});
