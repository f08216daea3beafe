// The esbuild options with which the bench and the timing lane bundle the core: as the server and
// CLI bundles are built (Node 20), so the figures are those of the code users run, not of the
// TypeScript sources as tsx compiles them (where every imported constant is read by a getter).
import type { BuildOptions } from 'esbuild';

export const CORE_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
};
