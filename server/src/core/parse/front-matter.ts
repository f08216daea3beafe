import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatter } from '../types.js';

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Reads YAML front matter (`---` fenced, at the very start of the file). An
 * unclosed block is not front matter. Bad YAML gives a front matter without fields.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const bodyFrom = open[0].length;
  CLOSE.lastIndex = 0;
  const rest = text.slice(bodyFrom);
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  const yamlText = rest.slice(0, close.index);
  let end = bodyFrom + close.index + close[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const fm: FrontMatter = { span: { start: 0, end } };
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return fm;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const key = String(pair.key.value);
    const value = pair.value.value;
    if (value === null || value === undefined || typeof value === 'object') continue;
    const s = String(value).trim();
    const range = pair.value.range;
    switch (key) {
      case 'date': {
        const day = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
        if (day) fm.date = day[1];
        if (range) fm.dateSpan = { start: bodyFrom + range[0], end: bodyFrom + range[1] };
        break;
      }
      case 'title':
      case 'outlet':
      case 'url':
      case 'registry':
        fm[key] = s;
        break;
    }
  }
  return fm;
}
