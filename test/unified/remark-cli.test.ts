// The unified plugin under the real remark-cli (npm), named in examples/desk/.remarkrc next to
// remark-preset-lint-recommended: its messages, as vfile-reporter prints them, are
// `factmark check --format json`'s findings, finding for finding (code, line, column), and
// both exit 1 on errors. Drives the built plugin (dist/unified.mjs through `factmark/unified`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

const REMARK = join(ROOT, 'node_modules', 'remark-cli', 'cli.js');

/** `path code line:column` of each factmark message in vfile-reporter's output (other plugins' left out). */
function reporterFindings(output: string): string[] {
  const out: string[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    if (/^[^\s\d⚠✖]/.test(line)) file = line.trim();
    // A message's first line: place, kind, reason, then its rule id and source (a long reason wraps below).
    const m = /^(\d+):(\d+)(?:-\d+:\d+)?\s+(?:error|warning|info)\s.*\s(\S+)\s+factmark$/.exec(line);
    if (m) out.push(`${file} ${m[3]} ${m[1]}:${m[2]}`);
  }
  return out.sort();
}

describe('remark-cli with factmark/unified', () => {
  it('reports on examples/desk what factmark check reports, finding for finding', () => {
    // READMEs are not articles to factmark check's walk; remark is told so.
    const remark = spawnSync(process.execPath, [REMARK, 'examples/desk', '--ignore-pattern', 'README.md', '--no-color'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(remark.error, undefined);
    const cli = runCli(['check', 'examples/desk', '--format', 'json']);
    const json = JSON.parse(cli.stdout) as { files: { path: string; findings: { code: string; severity: string; range: { start: { line: number; character: number } } }[] }[] };
    const expected = json.files
      .filter((f) => !/\.ya?ml$/.test(f.path))
      .flatMap((f) => f.findings.filter((x) => x.severity !== 'hint').map((x) => `${f.path} ${x.code} ${x.range.start.line + 1}:${x.range.start.character + 1}`))
      .sort();
    assert.ok(expected.length > 5, `factmark check found too little: ${cli.stdout}`);
    assert.deepEqual(reporterFindings(remark.stderr), expected, remark.stderr);
    // Nothing else was said: the preset loaded and passes the desk (a plugin that failed to load is a message too).
    const others = remark.stderr.split('\n').filter((l) => /^\d+:\d+/.test(l) && !/\sfactmark$/.test(l));
    assert.deepEqual(others, []);
    // Errors (date.weekday-mismatch in the desk) are fatal messages: both exit 1.
    assert.equal(cli.code, 1);
    assert.equal(remark.status, 1, remark.stderr);
  });
});
