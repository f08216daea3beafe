import { createRequire } from 'node:module';

/** One example of the CommonMark spec (npm `commonmark-spec`), tabs written as tabs. */
export interface SpecExample {
  number: number;
  section: string;
  markdown: string;
}

const require = createRequire(import.meta.url);

/** The spec's examples (its `→` stands for a tab). */
export function specExamples(): SpecExample[] {
  const tests = require('commonmark-spec').tests as { markdown: string; section: string; number: number }[];
  return tests.map((t) => ({ number: t.number, section: t.section, markdown: t.markdown.replace(/→/g, '\t') }));
}

/** How many lines of an example are mutated one by one (a few examples have dozens). */
const MAX_LINES = 8;

const INTRO = 'The council met on Monday, March 2, 2026.';
const OUTRO = 'The vote on Tuesday, March 3, 2026 passed.';

/** An example inside an article: front matter, a dated sentence before and after it. */
export function embed(markdown: string, blankAfter = true): string {
  return `---\ndate: 2026-03-04\n---\n${INTRO}\n\n${markdown.replace(/\n?$/, '\n')}${blankAfter ? '\n' : ''}${OUTRO}\n`;
}

/**
 * Mutants of an example: embedded in an article (with and without a blank line after it),
 * every line prefixed with a quote or list marker (continuation lines indented), each line
 * removed, a blank line and a dated line inserted before each line (of the first MAX_LINES), and the last line break
 * dropped.
 */
export function mutants(markdown: string): string[] {
  const lines = markdown.replace(/\n$/, '').split('\n');
  const out: string[] = [embed(markdown), embed(markdown, false)];
  out.push(lines.map((l) => `> ${l}`).join('\n'));
  out.push(lines.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n'));
  out.push(lines.map((l, i) => (i === 0 ? `1. ${l}` : `   ${l}`)).join('\n'));
  out.push(lines.map((l) => `> - ${l}`).join('\n'));
  out.push(markdown.replace(/\n$/, ''));
  const max = Math.min(lines.length, MAX_LINES);
  for (let i = 0; i < max; i++) {
    out.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
    out.push([...lines.slice(0, i), '', ...lines.slice(i)].join('\n'));
    out.push([...lines.slice(0, i), 'Text on Friday, March 6, 2026.', ...lines.slice(i)].join('\n'));
  }
  return out;
}

/**
 * An edit session over an article holding an example: the article without it, then with
 * it, then for each of its lines (the first MAX_LINES) a dated word appended to the line, a blank line
 * inserted before it, the line removed, each undone after; then the article without it again.
 */
export function editSession(markdown: string): string[] {
  const lines = markdown.replace(/\n$/, '').split('\n');
  const with_ = (ls: string[]): string => embed(`${ls.join('\n')}\n`);
  const texts = [embed(''), with_(lines)];
  const max = Math.min(lines.length, MAX_LINES);
  for (let i = 0; i < max; i++) {
    const edited = lines.slice();
    edited[i] = `${edited[i]} 2026-03-05`;
    texts.push(with_(edited), with_(lines));
    texts.push(with_([...lines.slice(0, i), '', ...lines.slice(i)]), with_(lines));
    texts.push(with_([...lines.slice(0, i), ...lines.slice(i + 1)]), with_(lines));
    texts.push(with_([...lines.slice(0, i), 'x', ...lines.slice(i)]), with_(lines));
  }
  texts.push(embed(''));
  return texts;
}
