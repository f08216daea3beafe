import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared corpus beside the repository (`../shared`), or undefined when it is absent. */
export const SHARED = resolve(ROOT, '..', 'shared');
export const CORPUS = join(SHARED, 'corpus');
export const hasShared = existsSync(join(CORPUS, 'gold'));

/** Skip reason for tests that need `../shared`. */
export const NO_SHARED = hasShared ? false : `skipped: ${CORPUS} is absent (the shared corpus sits beside the repository in CI)`;

/** Test fixtures folder. */
export const FIXTURES = join(ROOT, 'test', 'fixtures');

/** The built CLI and server. */
export const CLI = join(ROOT, 'bin', 'factmark.js');
export const SERVER = join(ROOT, 'dist', 'node', 'server.js');
