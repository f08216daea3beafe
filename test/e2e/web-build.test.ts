// The web build: a Node built-in that leaks into a web bundle fails the build (the plugin in
// scripts/build.mjs, with the very options the real web bundles use), and the built web bundles
// hold no Node import and no DOM access (both run in web workers, where there is no `document`).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { ROOT } from '../helpers/paths.js';

/** The options the real web bundles are built with (importing the script builds nothing). */
const webOptions = async (): Promise<esbuild.BuildOptions> =>
  ((await import(pathToFileURL(join(ROOT, 'scripts', 'build.mjs')).href)) as { web: esbuild.BuildOptions }).web;

/** Bundles a snippet with the web options (in memory), as if it were a web entry of the repository. */
const buildWeb = async (contents: string): Promise<esbuild.BuildResult> =>
  esbuild.build({ ...(await webOptions()), logLevel: 'silent', sourcemap: false, write: false, format: 'iife', stdin: { contents, resolveDir: join(ROOT, 'server', 'src', 'browser'), sourcefile: 'leak.ts', loader: 'ts' } });

const failure = async (contents: string): Promise<string> => {
  try {
    await buildWeb(contents);
  } catch (e) {
    return (e as esbuild.BuildFailure).errors.map((x) => x.text).join('\n');
  }
  return assert.fail('the web build succeeded');
};

describe('web build guard', () => {
  it('fails a web bundle that imports node:fs', async () => {
    assert.match(await failure(`import { readFileSync } from 'node:fs';\nexport const x = readFileSync;`), /Node built-in `node:fs` imported by \S*leak\.ts in a web bundle/);
  });

  it('fails on a bare built-in name and on one reached through another module', async () => {
    assert.match(await failure(`import path from 'path';\nexport const x = path.sep;`), /Node built-in `path`/);
    // the Node host of the server reads the disk: never part of the web server
    assert.match(await failure(`export * from '../node/fs.js';`), /Node built-in `node:[\w/]+` imported by \S*server\/src\/node\/\w+\.ts in a web bundle/);
  });

  it('builds the web server’s own imports (the guard is not a blanket refusal)', async () => {
    const r = await buildWeb(`import { createConnection } from 'vscode-languageserver/browser';\nimport { startServer } from '../lsp/server.js';\nexport const x = [createConnection, startServer];`);
    assert.deepEqual(r.errors, []);
    assert.ok(r.outputFiles![0]!.text.length > 100_000);
  });

  for (const bundle of ['client', 'server']) {
    it(`dist/web/${bundle}.js requires no Node module and never touches the DOM`, () => {
      const text = readFileSync(join(ROOT, 'dist', 'web', `${bundle}.js`), 'utf8');
      const required = [...text.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!);
      const builtins = required.filter((m) => builtinModules.includes(m.replace(/^node:/, '')));
      assert.deepEqual(builtins, []);
      assert.deepEqual([...new Set(required)].filter((m) => m !== 'vscode'), [], 'only `vscode` stays external');
      assert.ok(!/\bdocument\.createElement\(/.test(text), 'a DOM-only build of a package slipped in (the worker export is the one to use)');
    });
  }
});
