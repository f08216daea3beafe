// Bundles Factmark with esbuild: the CLI, the unified plugins and the language server for Node, the
// extension client for Node and for the web, the server as a web worker, and the timeline page.
// A Node built-in that leaks into a web bundle fails the build.
// Imported as a module (test/e2e/web-build.test.ts), it only exports the options and builds nothing.
import * as esbuild from 'esbuild';
import { realpathSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

/** Fails a web build on any import of a Node built-in. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const names = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    build.onResolve({ filter: /.*/ }, (args) => {
      if (names.has(args.path)) return { errors: [{ text: `Node built-in \`${args.path}\` imported by ${args.importer} in a web bundle` }] };
      return undefined;
    });
  },
};

const node = { ...common, platform: 'node', format: 'cjs', target: 'node20' };
// Both web bundles run in web workers (the extension host and the server's own worker): prefer a
// package's `worker` export over its `browser` one, which may touch the DOM (no `document` in a worker).
export const web = { ...common, platform: 'browser', target: 'es2022', conditions: ['worker'], plugins: [noNodeBuiltins] };

// The timeline page (a VS Code webview and `factmark timeline --html`): a script and its stylesheet,
// dist/timeline/timeline.{js,css}, always minified (the CLI inlines both into one HTML page).
export const timeline = { ...common, platform: 'browser', target: 'es2022', format: 'iife', minify: true, sourcemap: false, plugins: [noNodeBuiltins], entryPoints: ['timeline/src/main.ts'], outfile: 'dist/timeline/timeline.js' };

const main = process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
if (main) await Promise.all([
  esbuild.build({ ...node, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/node/cli.js' }),
  esbuild.build({ ...node, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/node/server.js' }),
  // The unified plugins (`factmark/unified`), an ES module as unified-engine loads them; the
  // CommonJS packages bundled in it get a `require`.
  esbuild.build({ ...node, format: 'esm', entryPoints: ['server/src/unified/index.ts'], outfile: 'dist/unified.mjs', banner: { js: "import { createRequire as __factmarkRequire } from 'node:module'; const require = __factmarkRequire(import.meta.url);" } }),
  esbuild.build({ ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/node/client.js', external: ['vscode'] }),
  esbuild.build({ ...web, format: 'cjs', entryPoints: ['client/src/extension.browser.ts'], outfile: 'dist/web/client.js', external: ['vscode'] }),
  esbuild.build({ ...web, format: 'iife', entryPoints: ['server/src/browser/main.ts'], outfile: 'dist/web/server.js' }),
  esbuild.build(timeline),
]);
