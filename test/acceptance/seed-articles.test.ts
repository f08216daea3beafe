/**
 * Acceptance: `factmark check` over the five published seed articles with the
 * shared facts.yaml, each at its own front-matter date, reports no stale claim
 * (nothing they state had been superseded by then) and no unregistered actor
 * (the registry names everyone they mention).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { CORPUS, hasShared, NO_SHARED } from '../helpers/paths.js';

interface Json {
  files: { path: string; findings: { code: string; severity: string; message: string }[] }[];
}

it('factmark check on the seed articles: no claim.stale, no actor.unregistered', { skip: NO_SHARED }, () => {
  const dir = join(CORPUS, 'articles');
  const articles = hasShared ? readdirSync(dir).filter((n) => n.endsWith('.md')).map((n) => join(dir, n)) : [];
  assert.equal(articles.length, 5);
  const r = runCli(['check', ...articles, '--registry', join(CORPUS, 'facts.yaml'), '--format', 'json']);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const json = JSON.parse(r.stdout) as Json;
  assert.equal(json.files.filter((f) => f.path.endsWith('.md')).length, 5, 'every article is reported on');
  const bad = json.files.flatMap((f) => f.findings.filter((x) => x.code === 'claim.stale' || x.code === 'actor.unregistered').map((x) => `${f.path}: ${x.code} ${x.message}`));
  assert.deepEqual(bad, []);
  // seed-001 places the two days of trilateral talks in Vilnius; the fact says Abu Dhabi.
  const seed1 = json.files.find((f) => f.path.endsWith('seed-001.md'))!;
  assert.ok(seed1.findings.some((x) => x.code === 'claim.place-mismatch' && /`Vilnius`.*abu-dhabi-trilateral-talks/.test(x.message)), JSON.stringify(seed1.findings));
});
