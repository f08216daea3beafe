import { isMap, isScalar, parseDocument } from 'yaml';
import { makeDay } from '../iso.js';
import type { FrontMatter, TextProblem } from '../types.js';
import { type FlatPair, readFlatYaml } from './front-matter-fast.js';

const OPEN = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * Reads YAML front matter (`---` fenced, at the very start of the file; lines may end with
 * LF, CRLF or CR alone). An unclosed block is not front matter. Bad YAML gives a front matter
 * without fields, and a `date` that is no calendar day gives none: both with a problem.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const bodyFrom = open[0].length;
  CLOSE.lastIndex = 0;
  const rest = text.slice(bodyFrom);
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  // The YAML reader ends lines at LF only: a lone CR becomes one (same length, same offsets).
  const raw = rest.slice(0, close.index);
  const yamlText = raw.includes('\r') ? raw.replace(/\r(?!\n)/g, '\n') : raw;
  let end = bodyFrom + close.index + close[0].length;
  if (text[end] === '\r') end++;
  if (text[end] === '\n') end++;
  const fm: FrontMatter = { span: { start: 0, end } };
  // Flat `key: value` front matter is read by hand (the YAML parser costs a sixth of a bare
  // parse of a 1,000-word article); anything else by the `yaml` package.
  const problems: TextProblem[] = [];
  const pairs = readFlatYaml(yamlText) ?? yamlPairs(yamlText, bodyFrom, problems);
  for (const pair of pairs) {
    const key = pair.key;
    const value = pair.value;
    if (value === null || value === undefined) continue;
    const s = value.trim();
    switch (key) {
      case 'date': {
        const day = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
        const iso = day ? makeDay(+day[1]!, +day[2]!, +day[3]!) : undefined; // in range: groups 1-3 are not optional
        if (iso) fm.date = iso;
        if (pair.start >= 0) {
          fm.dateSpan = { start: bodyFrom + pair.start, end: bodyFrom + pair.end };
          if (!iso && s) {
            problems.push({
              code: 'article.front-matter',
              span: fm.dateSpan,
              message: day
                ? `\`date: ${day[1]}-${day[2]}-${day[3]}\` is not a calendar day: the article has no reference date`
                : '`date` is not a day written YYYY-MM-DD: the article has no reference date',
            });
          }
        }
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
  if (problems.length) fm.problems = problems;
  return fm;
}

/**
 * The scalar pairs of a YAML map as the `yaml` package reads them; none, and a problem at
 * `offset` + its place in the YAML, when it has errors or is no map.
 */
function yamlPairs(yamlText: string, offset: number, problems: TextProblem[]): FlatPair[] {
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  if (doc.errors.length) {
    const error = doc.errors[0]!; // in range: doc.errors is not empty
    const what = error.message.replace(/\n[^]*$/, '').replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ code: 'article.front-matter', span: lineSpan(yamlText, error.pos[0], offset), message: `The front matter is not valid YAML (${what}): none of its fields is read` });
    return [];
  }
  if (!isMap(doc.contents)) {
    if (doc.contents !== null && yamlText.trim()) {
      problems.push({ code: 'article.front-matter', span: lineSpan(yamlText, doc.contents.range?.[0] ?? 0, offset), message: 'The front matter is not a map of `key: value` lines: none of its fields is read' });
    }
    return [];
  }
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

/** The span (moved by `offset`) of the last non-blank line of `yaml` at or before `at`. */
function lineSpan(yaml: string, at: number, offset: number): { start: number; end: number } {
  let p = Math.min(Math.max(at, 0), yaml.length - 1);
  while (p > 0 && /\s/.test(yaml.charAt(p))) p--;
  let start = p;
  while (start > 0 && yaml[start - 1] !== '\n') start--;
  let end = p;
  while (end < yaml.length && yaml[end] !== '\n') end++;
  while (end > start && /\s/.test(yaml.charAt(end - 1))) end--;
  while (start < end && /\s/.test(yaml.charAt(start))) start++;
  return { start: offset + start, end: offset + Math.max(end, start + 1) };
}
