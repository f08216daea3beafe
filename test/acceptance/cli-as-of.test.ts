/** Acceptance: the CLI's `--as-of` overrides every article's own date for the checks. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/paths.js';

interface Json {
  files: { path: string; findings: { code: string; message: string }[] }[];
}

it('factmark check --as-of decides which facts are stale', () => {
  const article = join(FIXTURES, 'checks', 'claim.stale', 'not-ok.md');
  const registry = join(FIXTURES, 'checks', 'registry.yaml');
  const stale = (extra: string[]): string[] => {
    const r = runCli(['check', article, '--registry', registry, '--format', 'json', ...extra]);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const json = JSON.parse(r.stdout) as Json;
    return json.files.flatMap((f) => f.findings.filter((x) => x.code === 'claim.stale').map((x) => x.message));
  };
  // At the article's own date (2026-02-12) the strike call is superseded and the pay review overdue.
  assert.equal(stale([]).length, 3);
  // On 2026-02-04 neither had happened yet; the retracted fact is never safe to state.
  const early = stale(['--as-of', '2026-02-04']);
  assert.equal(early.length, 1);
  assert.match(early[0]!, /retracted/);
});
