import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';

const desk = join(ROOT, 'examples', 'desk');
const require = createRequire(import.meta.url);

/** The official SARIF 2.1.0 schema (draft-04), as shipped by @microsoft/jest-sarif, read by Ajv's draft-07 engine. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }) // the schema's patterns predate the u flag;
  return ajv.compile(schema);
}

interface Sarif {
  version: string;
  runs: {
    columnKind: string;
    tool: { driver: { rules: { id: string; helpUri: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endColumn: number } } }[];
      fixes?: { artifactChanges: { replacements: { insertedContent: { text: string } }[] }[] }[];
    }[];
  }[];
}

describe('factmark check --format sarif', () => {
  const r = runCli(['check', desk, '--format', 'sarif']);
  const log = JSON.parse(r.stdout) as Sarif;

  it('is valid against the SARIF 2.1.0 JSON Schema', () => {
    assert.equal(r.code, 1, r.stderr); // the desk holds one error-level finding by design
    const validate = sarifValidator();
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    // A log the schema must refuse, so the validator is known to bite.
    assert.equal(validate({ version: '2.1.0', runs: [{ results: [] }] }), false);
  });

  it('has rules with help into docs/checks.md, levels, UTF-16 columns and fixes', () => {
    const run = log.runs[0]!;
    assert.equal(run.columnKind, 'utf16CodeUnits');
    const docs = readFileSync(join(ROOT, 'docs', 'checks.md'), 'utf8');
    for (const rule of run.tool.driver.rules) {
      assert.match(rule.helpUri, /docs\/checks\.md#/);
      assert.ok(docs.includes(`## ${rule.id}\n`), `docs/checks.md has a heading for ${rule.id}`);
      // The anchor is the section's own `<a id>` (docs/checks.md names one before each heading).
      assert.ok(docs.includes(`<a id="${rule.helpUri.split('#')[1]}"></a>\n\n## ${rule.id}\n`), rule.helpUri);
    }
    for (const res of run.results) assert.equal(run.tool.driver.rules[res.ruleIndex]!.id, res.ruleId);
    assert.ok(run.results.some((x) => x.level === 'error'));
    assert.ok(run.results.some((x) => x.level === 'note'));
    const spelling = run.results.find((x) => x.ruleId === 'actor.spelling')!;
    assert.ok(spelling.fixes?.length, 'the house spelling is offered as a fix');
    // The column points at the misspelt name in the file's own text.
    const loc = spelling.locations[0]!.physicalLocation;
    const text = readFileSync(join(ROOT, loc.artifactLocation.uri), 'utf8').split('\n')[loc.region.startLine - 1]!;
    assert.ok(spelling.message.text.includes(text.slice(loc.region.startColumn - 1, loc.region.endColumn - 1)), text);
  });

  it('counts columns in UTF-16 code units past an astral character', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'fm-sarif-'));
    writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nactors:\n  marta-kowalczyk:\n    name: Marta Kowalczyk\n    type: person\n    variants: [Marta Kovalchyk]\n');
    writeFileSync(join(dir, 'a.md'), '---\ndate: 2026-01-05\n---\n😀 Marta Kovalchyk spoke on Monday.\n');
    const out = runCli(['check', dir, '--format', 'sarif'], dir);
    const res = (JSON.parse(out.stdout) as Sarif).runs[0]!.results.find((x) => x.ruleId === 'actor.spelling')!;
    // "😀 " is 3 UTF-16 code units: the name starts at column 4.
    assert.equal(res.locations[0]!.physicalLocation.region.startColumn, 4);
    assert.equal(res.locations[0]!.physicalLocation.artifactLocation.uri, 'a.md');
  });
});

describe('factmark check --format json', () => {
  it('is versioned and names each finding\'s fact, link and actor', () => {
    const r = runCli(['check', desk, '--format', 'json']);
    const json = JSON.parse(r.stdout) as {
      version: number;
      summary: Record<string, number>;
      files: { findings: { code: string; severity: string; fact?: string; link?: { kind: string; score: number }; actor?: string }[] }[];
    };
    assert.equal(json.version, 1);
    const all = json.files.flatMap((f) => f.findings);
    assert.equal(json.summary.hint, all.filter((f) => f.severity === 'hint').length);
    const linked = all.filter((f) => f.code === 'claim.linked');
    assert.ok(linked.length > 0);
    for (const f of linked) {
      assert.match(f.fact ?? '', /^[a-z0-9-]+$/);
      assert.ok(f.link && ['explicit', 'inferred'].includes(f.link.kind) && f.link.score > 0 && f.link.score <= 1, JSON.stringify(f));
    }
    const stale = all.find((f) => f.code === 'claim.stale')!;
    assert.ok(stale.fact, 'a stale claim names its fact');
    for (const f of all.filter((x) => x.code.startsWith('actor.'))) assert.ok(f.actor, JSON.stringify(f));
  });
});

describe('factmark check --format github', () => {
  it('prints one workflow command per shown finding', () => {
    const r = runCli(['check', desk, '--format', 'github']);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z.-]+::\S/);
    assert.ok(lines.some((l) => l.startsWith('::error ') && l.includes('date.weekday-mismatch')));
    assert.ok(!lines.some((l) => l.includes('title=actor.registered')), 'hints only with --hints');
    const withHints = runCli(['check', desk, '--format', 'github', '--hints']).stdout.trim().split('\n');
    assert.ok(withHints.some((l) => l.includes('title=actor.registered')));
  });
});

describe('factmark check --format stylish', () => {
  it('counts only what it shows and says how many hints were hidden', () => {
    const r = runCli(['check', desk]);
    const json = JSON.parse(runCli(['check', desk, '--format', 'json']).stdout) as { summary: Record<string, number> };
    const summary = r.stdout.trim().split('\n').at(-1)!;
    const shown = json.summary.error! + json.summary.warning! + json.summary.info!;
    assert.match(summary, new RegExp(`^${shown} findings \\(${json.summary.error} errors?, ${json.summary.warning} warnings?, ${json.summary.info} info\\) in \\d+ of \\d+ files checked; ${json.summary.hint} hints hidden \\(--hints shows them\\)$`));
    assert.equal(r.stdout.split('\n').filter((l) => /^ +\d+:\d+ /.test(l)).length, shown);
    const all = runCli(['check', desk, '--hints']).stdout.trim().split('\n').at(-1)!;
    assert.match(all, new RegExp(`, ${json.summary.hint} hints\\) in`));
    assert.doesNotMatch(all, /hidden/);
  });
});
