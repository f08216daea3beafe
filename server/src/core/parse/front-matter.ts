import { isMap, isScalar, parseDocument } from 'yaml';
import type { FrontMatter } from '../types.js';
import { type FlatPair, readFlatYaml } from './front-matter-fast.js';

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
  // Flat `key: value` front matter is read by hand (the YAML parser costs a sixth of a bare
  // parse of a 1,000-word article); anything else by the `yaml` package.
  const pairs = readFlatYaml(yamlText) ?? yamlPairs(yamlText);
  for (const pair of pairs) {
    const key = pair.key;
    const value = pair.value;
    if (value === null || value === undefined) continue;
    const s = value.trim();
    switch (key) {
      case 'date': {
        const day = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
        if (day) fm.date = day[1];
        if (pair.start >= 0) fm.dateSpan = { start: bodyFrom + pair.start, end: bodyFrom + pair.end };
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

/** The scalar pairs of a YAML map as the `yaml` package reads them (none when it has errors or is no map). */
function yamlPairs(yamlText: string): FlatPair[] {
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return [];
  const pairs: FlatPair[] = [];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || !isScalar(pair.value)) continue;
    const value = pair.value.value;
    if (value === null || value === undefined || typeof value === 'object') continue;
    // A node without a range (none that the parser makes) gives no date span.
    const range = pair.value.range;
    pairs.push({ key: String(pair.key.value), value: String(value), start: range?.[0] ?? -1, end: range?.[1] ?? -1 });
  }
  return pairs;
}
