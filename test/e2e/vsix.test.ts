// `npm run package` builds the .vsix users install: run it on a staging copy of the repository
// (so the work tree's dist/ and factmark.vsix are left alone), then read the archive back:
// both bundle sets, the manifest's main and browser entries, the grammar and the schema; then the
// archive's extension folder, as VS Code installs it, runs in the real web workbench.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { FIXTURES, ROOT } from '../helpers/paths.js';
import { copyToTemp, NO_WORKBENCH, runWorkbench, withHarness } from './workbench.js';

/** Not copied to the staging folder: the build's outputs, the tests, and what is linked instead. */
const SKIP = new Set(['node_modules', '.git', 'dist', 'test', 'factmark.vsix', '.vscode-test-web']);

/** The files of a zip archive by name (stored or deflated entries; enough for a .vsix). */
function readZip(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + compressed);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

interface Manifest {
  main: string;
  browser: string;
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  contributes: { grammars: { path: string }[]; yamlValidation: { url: string }[] };
}

describe('the .vsix from npm run package', { timeout: 240_000 }, () => {
  let stage: string;
  let vsix: Buffer;
  let files: Map<string, Buffer>;
  let output: string;

  before(() => {
    stage = mkdtempSync(join(tmpdir(), 'factmark-vsix-'));
    for (const name of readdirSync(ROOT)) if (!SKIP.has(name)) cpSync(join(ROOT, name), join(stage, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
    const started = Date.now();
    const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: stage, encoding: 'utf8', timeout: 200_000 });
    output = `${r.stdout}\n${r.stderr}`;
    assert.equal(r.status, 0, `npm run package failed:\n${output.slice(-3000)}`);
    vsix = readFileSync(join(stage, 'factmark.vsix'));
    files = readZip(vsix);
    console.log(`# factmark.vsix: ${vsix.length} bytes (${(vsix.length / 1024).toFixed(0)} KiB), ${files.size} files, built in ${Date.now() - started} ms`);
  });

  after(() => {
    if (stage) rmSync(stage, { recursive: true, force: true });
  });

  it('holds both bundle sets, the grammar, the schema, the docs and nothing else', () => {
    const names = [...files.keys()].filter((n) => n.startsWith('extension/')).map((n) => n.slice('extension/'.length)).sort();
    for (const expected of ['dist/node/client.js', 'dist/node/server.js', 'dist/web/client.js', 'dist/web/server.js', 'package.json', 'schemas/registry.schema.json', 'docs/checks.md']) {
      assert.ok(names.includes(expected), `${expected} is missing from the vsix: ${names.join(', ')}`);
    }
    assert.ok(names.some((n) => n.startsWith('syntaxes/') && n.endsWith('.tmLanguage.json')));
    const stray = names.filter((n) => /(^|\/)(node_modules|src|test)\/|\.map$|\.ts$/.test(n));
    assert.deepEqual(stray, [], 'sources, source maps and node_modules stay out');
  });

  it('ships a manifest whose main and browser entries, grammar and schema are in the archive', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Manifest;
    const inVsix = (p: string): boolean => files.has(`extension/${posix.normalize(p)}`) || files.has(`extension/${posix.normalize(p)}.js`);
    assert.equal(manifest.main, './dist/node/client.js');
    assert.equal(manifest.browser, './dist/web/client.js');
    for (const p of [manifest.main, manifest.browser, ...manifest.contributes.grammars.map((g) => g.path), ...manifest.contributes.yamlValidation.map((v) => v.url)]) {
      assert.ok(inVsix(p), `${p} is named by package.json but not in the vsix`);
    }
    assert.equal(manifest.engines.vscode, '^1.91.0', 'loads in every VS Code since 1.91');
    assert.match(manifest.devDependencies['@types/vscode'] ?? '', /^\^?~?1\.91\./, 'no API newer than the engine');
  });

  it('is small: minified bundles, well under 2 MB', () => {
    assert.ok(vsix.length < 2 * 1024 * 1024, `${vsix.length} bytes`);
    const server = files.get('extension/dist/web/server.js')!.toString('utf8');
    assert.ok(server.length / server.split('\n').length > 1000, 'the production build is minified (long lines)');
    assert.ok(!server.includes('//# sourceMappingURL'), 'no source map reference');
  });

  it('rewrites the README screenshot to an absolute URL (vsce needs the repository for it)', () => {
    const readme = files.get('extension/readme.md')?.toString('utf8') ?? '';
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    for (const src of images) assert.match(src, /^https:\/\//, `image ${src} would be broken in the marketplace`);
  });

  it('installs and runs in the VS Code web workbench as packaged (minified bundles from the archive)', { skip: NO_WORKBENCH }, async () => {
    const extension = join(stage, 'installed');
    for (const [name, data] of files) {
      if (!name.startsWith('extension/')) continue;
      const target = join(extension, name.slice('extension/'.length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, data);
    }
    const folder = copyToTemp(join(FIXTURES, 'e2e-desk'), 'factmark-vsix-desk-');
    const { result, wallMs } = await withHarness((harness) => runWorkbench(harness, { extension, folder, open: ['articles/ferry-licence.md'] }));
    rmSync(join(folder, '..'), { recursive: true, force: true });
    console.log(`# packaged extension in the workbench: ${wallMs} ms, ${result.problems.length} problems`);
    assert.ok(result.ok, result.errors.join('\n'));
    assert.deepEqual(result.errors, []);
    const codes = new Set(result.problems.filter((p) => p.source === 'factmark').map((p) => p.code));
    for (const code of ['actor.spelling', 'actor.unregistered', 'date.weekday-mismatch']) assert.ok(codes.has(code), `${code} not shown: ${[...codes].join(', ')}`);
  });
});
