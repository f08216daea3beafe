import type { Article, Fix } from '../types.js';
import type { Check } from './check.js';

const message = (text: string, day: string): string =>
  `Cannot resolve \`${text}\`: article has no publication date, read as ${day}; add \`date:\` to the front matter`;

/** Fix: give the article a front-matter `date` (today's, to be corrected by the editor). */
function addDateFix(article: Article, day: string): Fix {
  const fm = article.frontMatter;
  const title = `Add \`date: ${day}\` to the front matter`;
  const edit = (start: number, end: number, newText: string): Fix => ({ title, edits: [{ uri: article.uri, span: { start, end }, newText }] });
  if (!fm) return edit(article.bodyStart, article.bodyStart, `---\ndate: ${day}\n---\n`);
  // A `date:` that is not a day: replace its value.
  if (fm.dateSpan) return edit(fm.dateSpan.start, fm.dateSpan.end, day);
  const block = article.text.slice(0, fm.span.end);
  let close = -1;
  for (const m of block.matchAll(/^(?:---|\.\.\.)[ \t]*\r?$/gm)) if (m.index! > 0) close = m.index!;
  const eol = block.includes('\r\n') ? '\r\n' : '\n';
  return close > 0 ? edit(close, close, `date: ${day}${eol}`) : edit(article.bodyStart, article.bodyStart, '');
}

/** `date.unresolved`: a relative date in an article without a front-matter `date` (read against today). */
export const dateUnresolved: Check = {
  code: 'date.unresolved',
  run({ dates, dated, article, reference, unresolved }) {
    if (dated) return [];
    const fix = addDateFix(article, reference);
    // Read without a clock (the CLI): one finding for the file, at its start.
    if (unresolved) {
      const n = unresolved.length;
      const which = n ? `${n} relative date${n === 1 ? '' : 's'} (${unresolved.slice(0, 3).map((d) => `\`${d.text}\``).join(', ')}${n > 3 ? ', …' : ''}) left unresolved` : 'relative dates are not resolved';
      return [{ span: { start: 0, end: 0 }, message: `Article has no publication date: ${which}; add \`date:\` to the front matter or pass --as-of`, fixes: [fix] }];
    }
    return dates.filter((d) => d.relative).map((d) => ({ span: d, message: message(d.text, d.value), fixes: [fix] }));
  },
};
