// The layers of Factmark's code, checked by dependency-cruiser in `npm test`
// (test/architecture/layers.test.ts). Each rule forbids an import that would break them.
//
// The core (server/src/core), bottom to top; a layer imports only layers below it:
//   base       types.ts, codes.ts, iso.ts, lines.ts, uri.ts, host.ts: plain types and helpers
//   parse      parse/: article text -> blocks, sentences, words, markers, masks
//   registry   registry/: registry files -> entries, merged registry, edits (beside parse)
//   extract    extract/: actors, dates, claims
//   link       link/: claims -> facts
//   checks     checks/: findings and fixes
//   analyze    analyze.ts, incremental.ts, reuse.ts: one article, whole or after an edit
//   workspace  workspace/: what an editor needs across articles
//   index.ts   the one module of the core that anything outside it imports
// Outside the core: lsp/ (the language server), node/ and browser/ (its hosts), cli/, unified/ (the plugins).
// None of the core imports them, vscode* or node:*; they reach the core only through
// core/index.ts. No cycles anywhere.
const core = '^server/src/core/';
const layer = {
  base: `${core}(types|codes|iso|lines|uri|host)\\.ts$`,
  parse: `${core}parse/`,
  registry: `${core}registry/`,
  extract: `${core}extract/`,
  link: `${core}link/`,
  checks: `${core}checks/`,
  analyze: `${core}(analyze|incremental|reuse)\\.ts$`,
  workspace: `${core}workspace/`,
  index: `${core}index\\.ts$`,
};
const order = ['base', 'parse', 'registry', 'extract', 'link', 'checks', 'analyze', 'workspace', 'index'];
// parse and registry are side by side: neither imports the other.
const above = (name) => order.slice(order.indexOf(name) + 1).filter((n) => !(name === 'parse' && n === 'registry'));

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'A cycle makes two modules one: move what both need below them.', from: {}, to: { circular: true } },
    ...order.slice(0, -1).map((name) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `The ${name} layer of the core imports only the layers below it.`,
      from: { path: layer[name] },
      to: { path: above(name).map((n) => layer[n]) },
    })),
    {
      name: 'registry-beside-parse',
      severity: 'error',
      comment: 'parse and registry are side by side.',
      from: { path: layer.registry },
      to: { path: layer.parse },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'The core imports no host: no LSP, no VS Code, no Node built-in; files come through Host.',
      from: { path: core },
      to: { path: ['^server/src/(lsp|node|browser|cli|unified)/', '^vscode', '^node:'] },
    },
    {
      name: 'core-through-index',
      severity: 'error',
      comment: 'Outside the core, only core/index.ts is imported.',
      from: { path: '^server/src/(lsp|node|browser|cli|unified)/' },
      to: { path: core, pathNot: layer.index },
    },
    {
      name: 'client-is-thin',
      severity: 'error',
      comment: 'The VS Code client talks to the server over LSP; it shares only the protocol definitions.',
      from: { path: '^client/src/' },
      to: { path: '^server/src/', pathNot: '^server/src/lsp/protocol\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: 'gazetteer-data\\.ts$' },
  },
};
