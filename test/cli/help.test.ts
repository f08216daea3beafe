import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

describe('factmark help', () => {
  it('--help and -h list every command, the exit codes and an example', () => {
    for (const flag of ['--help', '-h']) {
      const r = runCli([flag]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^Usage: factmark <command>/m);
      for (const c of ['check', 'extract', 'help']) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
      assert.match(r.stdout, /Exit codes: 0 .*1 .*2 /);
      assert.match(r.stdout, /Examples:\n  factmark check/);
    }
  });

  it('help check and check --help print every option of check', () => {
    const a = runCli(['help', 'check']);
    const b = runCli(['check', '--help']);
    assert.equal(a.code, 0);
    assert.equal(a.stdout, b.stdout);
    for (const o of ['--registry', '--as-of', '--format', '--hints', '--help']) assert.ok(a.stdout.includes(o), o);
    for (const f of ['stylish', 'json', 'sarif', 'github']) assert.match(a.stdout, new RegExp(`^  ${f} `, 'm'));
    assert.match(a.stdout, /Exit codes:\n  0 .*\n  1 .*\n  2 /);
    assert.match(runCli(['help', 'extract']).stdout, /--json/);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = runCli([flag]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout.trim(), version);
    }
  });

  it('an unknown option or command is one line naming the nearest, exit 2', () => {
    const cases: [string[], RegExp][] = [
      [['check', '--fromat', 'json'], /^factmark: Unknown option `--fromat` \(did you mean --format\?\)$/],
      [['check', '--hint'], /did you mean --hints\?/],
      [['extract', 'a.md', '--jsn'], /did you mean --json\?/],
      [['chek', '.'], /^factmark: Unknown command `chek` \(did you mean check\?\)/],
      [['help', 'extrct'], /did you mean extract\?/],
      [['check', '--format', 'sarf'], /Unknown format `sarf` \(did you mean sarif\?\)/],
      [['check', '--format'], /^factmark: Option --format needs a value$/],
      [['--verison'], /did you mean --version\?/],
      [[], /Missing command/],
    ];
    for (const [args, re] of cases) {
      const r = runCli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stdout, '', args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr.trim(), re);
    }
  });
});
