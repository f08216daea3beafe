// Paths that articles and registries name, and the directory walk, on a hostile desk (issue 21,
// High 3 and Medium 5): one rule in both hosts (a regular file inside the workspace, by real path,
// size capped before reading, else a positioned finding that quotes nothing of the file), and a
// walk that follows no link out of the folder or in a circle and reads no FIFO.
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LspSession, uriOf } from '../helpers/lsp.js';
import { CLI, ROOT } from '../helpers/paths.js';

const base = mkdtempSync(join(tmpdir(), 'factmark-paths-'));
after(() => rmSync(base, { recursive: true, force: true }));
let n = 0;

/** A secret outside every desk, shaped like /etc/shadow. */
const SECRET = 'hashhashSECRET';
const secretFile = join(base, 'shadow');
writeFileSync(secretFile, `root:$6$salt$${SECRET}:19000:0:99999:7:::\nkey: ${SECRET}\n`);
const canFifo = process.platform !== 'win32';

/** A desk: facts.yaml and the given files (relative paths → text). */
function desk(files: Record<string, string>): string {
  const dir = join(base, `desk-${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'facts.yaml'), 'version: 1\nactors:\n  ilse-marwood:\n    name: Ilse Marwood\n    type: person\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Runs the built CLI with a deadline (a hang is a failure, not a stuck test). */
function cli(args: string[], timeoutMs = 20_000): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=512', CLI, ...args], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += String(d).slice(0, 1_000_000)));
    child.stderr.on('data', (d) => (stderr += String(d).slice(0, 1_000_000)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number } };
}
const parse = (stdout: string): { path: string; findings: JsonFinding[] }[] => (JSON.parse(stdout) as { files: { path: string; findings: JsonFinding[] }[] }).files;
const article = (registry: string): string => `---\ntitle: T\ndate: 2026-02-10\nregistry: ${registry}\n---\n\nMayor Ilse Marwood spoke on Monday.\n`;

describe('CLI: a front-matter registry must be a regular file inside the workspace', () => {
  const cases: [string, () => string][] = [
    ['a passwd-like file outside the folder', () => secretFile],
    ['/dev/zero', () => '/dev/zero'],
    ['a link inside the folder to a file outside it', () => 'inside-link.yaml'],
  ];
  if (canFifo) cases.push(['a FIFO inside the folder', () => 'pipe.yaml']);
  for (const [what, name] of cases) {
    it(`${what}: a positioned finding, fast, with nothing of its content`, { timeout: 30_000, skip: what === '/dev/zero' && process.platform === 'win32' }, async () => {
      const dir = desk({ 'a.md': article(name()) });
      symlinkSync(secretFile, join(dir, 'inside-link.yaml'));
      if (canFifo) execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
      const r = await cli(['check', dir, '--format', 'json']);
      assert.ok(!r.timedOut, 'the CLI hung');
      assert.ok(!(r.stdout + r.stderr).includes(SECRET), 'the file’s content was printed');
      assert.equal(r.code, 1, r.stderr);
      const a = parse(r.stdout).find((f) => f.path.endsWith('a.md'))!;
      const finding = a.findings.find((f) => f.code === 'workspace.unreadable');
      assert.ok(finding, JSON.stringify(a.findings.map((f) => f.message)));
      assert.deepEqual(finding.range.start, { line: 3, character: 10 }, 'at the `registry` value');
      assert.match(finding.message, /outside the workspace|not a regular file/);
    });
  }

  it('`extract` refuses it too, with a position and no content', { timeout: 30_000 }, async () => {
    const dir = desk({ 'a.md': article(secretFile) });
    const r = await cli(['extract', join(dir, 'a.md'), '--json']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a\.md:4:11: Registry .* is outside the workspace/);
    assert.ok(!(r.stdout + r.stderr).includes(SECRET));
  });

  it('a registry inside the desk still works, from the folder or from the article alone', { timeout: 30_000 }, async () => {
    const dir = desk({ 'articles/a.md': article('../own/special.yaml'), 'own/special.yaml': 'version: 1\nactors:\n  ilse-marwood:\n    name: Ilse Marwood\n    type: person\n    aliases: [The Mayoress]\n' });
    for (const target of [dir, join(dir, 'articles', 'a.md')]) {
      const r = await cli(['check', target, '--format', 'json']);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.ok(!r.stdout.includes('workspace.unreadable'), r.stdout);
    }
  });

  it('`--registry` naming a FIFO or /dev/zero is a usage error, not a hang', { timeout: 30_000, skip: !canFifo }, async () => {
    const dir = desk({ 'a.md': 'Text on Monday.\n' });
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    for (const registry of [join(dir, 'fifo.yaml'), '/dev/zero']) {
      const r = await cli(['check', dir, '--registry', registry]);
      assert.ok(!r.timedOut, `hung on ${registry}`);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not a regular file/);
    }
  });
});

describe('CLI: sources named by a registry', () => {
  it('a source `file:` outside the folder is refused alike whether it exists or not (no found/not-found oracle)', { timeout: 30_000 }, async () => {
    const dir = desk({ 'a.md': 'Text.\n' });
    writeFileSync(
      join(dir, 'facts.yaml'),
      [
        'version: 1',
        'facts:',
        '  one:',
        '    claim: One',
        '    date: 2026-02-01',
        `    sources: [{file: ${secretFile}, quote: "${SECRET}"}]`,
        '  two:',
        '    claim: Two',
        '    date: 2026-02-01',
        `    sources: [{file: ${join(base, 'no-such-file')}, quote: "x"}]`,
        '',
      ].join('\n'),
    );
    const r = await cli(['check', dir, '--format', 'json']);
    const registry = parse(r.stdout).find((f) => f.path.endsWith('facts.yaml'))!;
    const messages = registry.findings.filter((f) => f.code === 'registry.quote-not-found').map((f) => f.message.replace(/`[^`]*` of `(one|two)`/, 'X'));
    assert.equal(messages.length, 2, JSON.stringify(registry.findings));
    assert.equal(messages[0], messages[1]);
    assert.match(messages[0]!, /outside the workspace/);
  });
});

describe('CLI: the directory walk', () => {
  it('walks links in circles once, without a stack overflow', { timeout: 30_000 }, async () => {
    const dir = desk({ 'a.md': 'One.\n', 'b.md': 'Two.\n', 'sub/c.md': 'Three.\n' });
    symlinkSync('.', join(dir, 'a'));
    symlinkSync('.', join(dir, 'b'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const r = await cli(['check', dir, '--format', 'json']);
    assert.ok(!r.timedOut);
    assert.notEqual(r.code, 2, r.stderr);
    const articles = parse(r.stdout).filter((f) => f.path.endsWith('.md'));
    assert.deepEqual(articles.map((f) => f.path.replace(/.*desk-\d+\//, '')).sort(), ['a.md', 'b.md', 'sub/c.md']);
  });

  it('lists a folder linked twice once, so no file has two URIs', { timeout: 30_000 }, async () => {
    const dir = desk({ 'real/x.md': 'Text.\n' });
    symlinkSync('real', join(dir, 'again'));
    symlinkSync(join(dir, 'real'), join(dir, 'zlink'));
    const r = await cli(['check', dir, '--format', 'json']);
    const articles = parse(r.stdout).filter((f) => f.path.endsWith('.md'));
    assert.equal(articles.length, 1, JSON.stringify(articles.map((a) => a.path)));
  });

  it('reports a dangling link and a link out of the folder, and follows neither', { timeout: 30_000 }, async () => {
    const outside = join(base, `outside-${++n}`);
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.md'), `The ${SECRET} words on Monday.\n`);
    const dir = desk({ 'a.md': 'Text.\n' });
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    symlinkSync(outside, join(dir, 'elsewhere'));
    const r = await cli(['check', dir, '--format', 'json']);
    assert.notEqual(r.code, 2, r.stderr);
    assert.ok(!r.stdout.includes('secret.md') && !r.stdout.includes(SECRET));
    const files = parse(r.stdout);
    const note = (name: string): string => files.find((f) => f.path.endsWith(name))?.findings.map((f) => `${f.code} ${f.severity} ${f.message}`).join('\n') ?? '';
    assert.match(note('dangling.md'), /workspace\.unreadable warning .*link to nothing/);
    assert.match(note('elsewhere'), /workspace\.unreadable warning .*link out of the folder/);
  });

  it('skips a FIFO named like an article', { timeout: 30_000, skip: !canFifo }, async () => {
    const dir = desk({ 'a.md': 'Text.\n' });
    execFileSync('mkfifo', [join(dir, 'stall.md')]);
    const r = await cli(['check', dir, '--format', 'json']);
    assert.ok(!r.timedOut, 'the walk read the FIFO');
    assert.deepEqual(parse(r.stdout).map((f) => f.path.replace(/.*\//, '')), ['a.md']);
  });

  it('reports a folder it cannot read', { timeout: 30_000, skip: (process.getuid?.() === 0 || !canFifo) && 'root reads every folder' }, async () => {
    const dir = desk({ 'a.md': 'Text.\n', 'locked/b.md': 'Text.\n' });
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const r = await cli(['check', dir, '--format', 'json']);
      assert.match(r.stdout, /locked.*cannot be read/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('server: the same rule for a front-matter registry', () => {
  it('refuses a registry outside the workspace and a FIFO inside it, with a diagnostic at the value and nothing of the content', { timeout: 60_000 }, async () => {
    const dir = desk({});
    if (canFifo) execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const s = new LspSession({ root: dir });
    try {
      await s.initialize();
      for (const name of [secretFile, ...(canFifo ? ['pipe.yaml'] : [])]) {
        const path = join(dir, `a-${name.length}.md`);
        const uri = await s.open(path, article(name));
        const diags = await s.waitDiagnostics(uri, (d) => d.some((x) => x.code === 'workspace.unreadable'), 20_000);
        const d = diags.find((x) => x.code === 'workspace.unreadable')!;
        assert.deepEqual(d.range.start, { line: 3, character: 10 });
        assert.match(String(d.message), /outside the workspace|not a regular file/);
        assert.ok(!JSON.stringify([...s.diagnostics.values()]).includes(SECRET));
        assert.ok(![...s.diagnostics.keys()].includes(uriOf(secretFile)), 'diagnostics for the outside file');
      }
    } finally {
      await s.close();
    }
  });

  it('indexes, re-checks and answers references beside a FIFO named like an article', { timeout: 60_000, skip: !canFifo }, async () => {
    const dir = desk({ 'a.md': 'Mayor Ilse Marwood spoke on Monday.\n' });
    execFileSync('mkfifo', [join(dir, 'stall.md')]);
    const s = new LspSession({ root: dir });
    try {
      await s.initialize();
      const r = await s.request<{ articles: number }>('workspace/executeCommand', { command: 'factmark.server.recheckWorkspace', arguments: [] });
      assert.equal(r.articles, 1);
      const registry = await s.open(join(dir, 'facts.yaml'));
      const refs = await s.request<{ uri: string }[]>('textDocument/references', { textDocument: { uri: registry }, position: { line: 2, character: 4 }, context: { includeDeclaration: false } });
      assert.deepEqual(refs.map((l) => l.uri), [uriOf(join(dir, 'a.md'))]);
    } finally {
      await s.close();
    }
  });
});
