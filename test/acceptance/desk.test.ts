/**
 * Acceptance: `factmark check examples/desk` reports what examples/desk/README.md
 * says each article should show, and nothing else above hint (no false alarms,
 * no registry findings).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

interface Json {
  files: { path: string; findings: { code: string; severity: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[];
}

/** The table of examples/desk/README.md: file, code, text of the range. */
const INTENDED = [
  ['2026-03-03-boil-water-notice.md', 'actor.spelling', 'Khaled Haddad'],
  ['2026-03-05-council-hearing.md', 'date.weekday-mismatch', 'Tuesday, March 4, 2026'],
  ['2026-03-05-council-hearing.md', 'claim.unlinked', 'June 11, 2019'], // the finding marks the date expression (issue 20)
  ['2026-03-05-council-hearing.md', 'actor.unregistered', 'Moira Feeney'],
  ['2026-03-12-mediation.md', 'actor.outdated-title', 'Operations Director'],
  ['2026-03-12-mediation.md', 'claim.stale', 'Tidewell says it will serve notice to end the contract unless the $4.2 million in withheld fees is released within 30 days [@tidewell-termination-threat].'],
].map((x) => x.join(' | '));

it('factmark check examples/desk reports the findings its README intends, and nothing else above hint', () => {
  const r = runCli(['check', join(ROOT, 'examples', 'desk'), '--format', 'json']);
  // The weekday mismatch is an error, so the run fails as a CI gate should.
  assert.equal(r.code, 1, r.stderr);
  const json = JSON.parse(r.stdout) as Json;
  const reported: string[] = [];
  for (const file of json.files) {
    const lines = readFileSync(join(ROOT, file.path), 'utf8').split('\n');
    for (const f of file.findings) {
      if (f.severity === 'hint') continue;
      const { start, end } = f.range;
      const text = start.line === end.line ? lines[start.line]!.slice(start.character, end.character) : lines[start.line]!.slice(start.character);
      reported.push([file.path.split('/').pop(), f.code, text].join(' | '));
    }
  }
  assert.deepEqual(reported.sort(), [...INTENDED].sort());
});
