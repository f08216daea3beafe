import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenDesk } from './generate.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** A peer linter: lints one text (async), with its name. */
export interface Peer {
  name: string;
  lint(text: string): Promise<number>;
  dispose?(): void;
}

/** harper.js (WebAssembly grammar checker) in the current thread, all default rules. */
export async function harperPeer(): Promise<Peer> {
  const { LocalLinter } = await import('harper.js');
  const { binaryInlined } = await import('harper.js/binaryInlined');
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  return {
    name: 'harper.js',
    async lint(text) {
      return (await linter.lint(text, { language: 'markdown' })).length;
    },
  };
}

/**
 * textlint with `textlint-rule-prh` (a prh dictionary made from the registry:
 * every variant → its house name) and `textlint-rule-date-weekday-mismatch`:
 * the closest thing a desk would assemble from existing tools.
 */
export async function textlintPeer(desk: GenDesk, dir: string): Promise<Peer> {
  mkdirSync(dir, { recursive: true });
  const prh = ['version: 1', 'rules:'];
  for (const a of desk.actors) {
    if (a.variant) prh.push(`  - expected: ${a.name}`, `    patterns: [${JSON.stringify(a.variant)}]`);
  }
  if (prh.length === 2) prh.push('  - expected: Factmark', '    patterns: [FactMark]');
  writeFileSync(join(dir, 'prh.yml'), prh.join('\n') + '\n');
  writeFileSync(
    join(dir, '.textlintrc.json'),
    JSON.stringify({ rules: { prh: { rulePaths: [join(dir, 'prh.yml')] }, 'date-weekday-mismatch': { lang: 'en-US' } } }),
  );
  const { createLinter, loadTextlintrc } = await import('textlint');
  const descriptor = await loadTextlintrc({ configFilePath: join(dir, '.textlintrc.json'), node_modulesDir: join(ROOT, 'node_modules') });
  const linter = createLinter({ descriptor });
  const file = join(dir, 'article.md');
  return {
    name: 'textlint+prh+weekday',
    async lint(text) {
      return (await linter.lintText(text, file)).messages.length;
    },
  };
}
