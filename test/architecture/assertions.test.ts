// Every `]!` (a non-null assertion on an indexed access) in server/src and client/src says why
// the index is in range (issue 19). `noUncheckedIndexedAccess` types `xs[i]` as possibly
// undefined; `xs[i]!` overrules it, and the reader deserves the reason. The rule:
//
//   A `]!` is explained when a comment containing `in range:` stands
//   - on the line of the `]!` (usually after the code), or
//   - in the run of comment lines (each starting with //, /* or *) that ends on the line just
//     above the first line of a node holding the `]!` (the `]!`'s own expression, a statement,
//     a declaration) which spans at most MAX_COVER lines.
//
// So one comment covers a short block below it (a loop of a few lines, a small function), never
// a whole long function. Better still is no `]!` at all: for-of, destructuring with a guard,
// `.at()` with a check.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT } from '../helpers/paths.js';

/** The most lines a node may span for a comment directly above it to explain its `]!`s. */
export const MAX_COVER = 12;
const REASON = /in range:/;

/** The 1-based lines of the `]!`s in a TypeScript source that no `in range:` comment explains. */
export function unexplained(fileName: string, text: string): number[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos: number): number => source.getLineAndCharacterOfPosition(pos).line;
  const lines = text.split('\n');
  const out: number[] = [];
  /** Whether the run of comment lines directly above line `line` (0-based) gives a reason. */
  const reasonAbove = (line: number): boolean => {
    for (let k = line - 1; k >= 0; k--) {
      const above = (lines[k] ?? '').trim();
      if (!/^(?:\/\/|\/\*|\*)/.test(above)) return false;
      if (REASON.test(above)) return true;
    }
    return false;
  };
  const explained = (node: ts.Node): boolean => {
    if (/(?:\/\/|\/\*).*in range:/.test(lines[lineOf(node.end)] ?? '')) return true;
    for (let at: ts.Node | undefined = node; at && !ts.isSourceFile(at); at = at.parent) {
      const start = lineOf(at.getStart(source));
      if (lineOf(at.end) - start + 1 > MAX_COVER) return false;
      if (reasonAbove(start)) return true;
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNonNullExpression(node) && ts.isElementAccessExpression(node.expression) && !explained(node)) out.push(lineOf(node.end) + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(ROOT, dir, f));
}

describe('non-null index assertions', () => {
  it('every `]!` in server/src and client/src says why it is in range', () => {
    const bad: string[] = [];
    for (const file of [...sources('server/src'), ...sources('client/src')]) {
      for (const line of unexplained(file, readFileSync(file, 'utf8'))) bad.push(`${relative(ROOT, file)}:${line}`);
    }
    assert.deepEqual(bad, [], `a \`]!\` without an \`in range:\` comment (see this test's header):\n${bad.join('\n')}`);
  });

  it('the type checker keeps noUncheckedIndexedAccess on (without it an index is never undefined)', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
    assert.equal(config.compilerOptions.noUncheckedIndexedAccess, true);
  });

  it('the fixture: each unexplained `]!` is found, each explained one is not', () => {
    const file = join(ROOT, 'test/fixtures/architecture/assertions/mixed.ts');
    const text = readFileSync(file, 'utf8');
    // The fixture marks the lines that must be reported with `// BAD`.
    const expected = text.split('\n').flatMap((line, i) => (line.includes('// BAD') ? [i + 1] : []));
    assert.ok(expected.length >= 4, 'the fixture has unexplained assertions');
    assert.deepEqual(unexplained(file, text), expected);
  });
});
