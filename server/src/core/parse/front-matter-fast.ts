/** One `key: value` line of flat front matter. */
export interface FlatPair {
  key: string;
  /** The plain scalar's text; undefined for a flow sequence (not a scalar), null when empty. */
  value: string | null | undefined;
  /** The value's span in the YAML text (as the `yaml` package's `range[0]`, `range[1]`). */
  start: number;
  end: number;
}

/** Plain scalars that YAML 1.2's core schema reads as null, booleans or numbers. */
const NOT_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const isKeyChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;

/**
 * Reads the front matter a desk writes, a flat map of `key: value` lines whose values
 * are plain or simply quoted strings on one line or flow sequences of plain words, with blank lines and
 * `#` comment lines, as the `yaml` package (core schema) reads it: the pairs in order,
 * with each value's span. Returns undefined for anything else (other quoted strings, numbers, booleans,
 * nulls written out, comments after a value, nesting, continuation lines, tabs, anchors,
 * tags, directives), which the caller hands to `yaml`.
 */
export function readFlatYaml(yaml: string): FlatPair[] | undefined {
  const pairs: FlatPair[] = [];
  let line = 0;
  while (line < yaml.length) {
    let next = yaml.indexOf('\n', line);
    if (next < 0) next = yaml.length;
    let end = next > line && yaml.charCodeAt(next - 1) === 13 ? next - 1 : next;
    let p = line;
    while (p < end && yaml.charCodeAt(p) === 32) p++;
    if (p < end) {
      if (p > line) return undefined; // indented: nesting or a continuation line
      const first = yaml.charCodeAt(line);
      if (first === 35) {
        // A comment line.
        line = next + 1;
        continue;
      }
      if (first === 45 || !isKeyChar(first)) return undefined;
      while (p < end && isKeyChar(yaml.charCodeAt(p))) p++;
      if (yaml.charCodeAt(p) !== 58 || (p + 1 < end && yaml.charCodeAt(p + 1) !== 32)) return undefined;
      const key = yaml.slice(line, p);
      if (NOT_STRING.test(key)) return undefined;
      p++;
      while (p < end && yaml.charCodeAt(p) === 32) p++;
      while (end > p && yaml.charCodeAt(end - 1) === 32) end--;
      const value = readValue(yaml, p, end);
      if (value === false) return undefined;
      pairs.push({ key, value, start: p, end });
    }
    line = next + 1;
  }
  return pairs;
}

/** A value from `start` to `end` (trimmed): its text, undefined for a flow sequence, null when empty, false when unsure. */
function readValue(yaml: string, start: number, end: number): string | null | undefined | false {
  if (start === end) return null;
  const first = yaml.charCodeAt(start);
  // A quoted string (`"Port strike: talks resume"`): its text, when nothing in it needs the parser.
  if (first === 34 || first === 39) return quotedText(yaml, start, end, first);
  for (let i = start; i < end; i++) {
    const c = yaml.charCodeAt(i);
    // Tabs, CRs, comments after a value and `: ` (a nested key) are the parser's business.
    if (c === 9 || c === 13 || (c === 35 && yaml.charCodeAt(i - 1) === 32) || (c === 58 && (i + 1 === end || yaml.charCodeAt(i + 1) === 32))) return false;
  }
  if (first === 91) return isWordSequence(yaml, start, end) ? undefined : false;
  // Indicators that start something other than a plain scalar.
  if ('-?:,[]{}#&*!|>\'"%@`'.includes(yaml.charAt(start))) return false;
  const text = yaml.slice(start, end);
  return NOT_STRING.test(text) ? false : text;
}

/**
 * The text of a value in double or single quotes (`quote`) with no quote of its kind inside, no
 * backslash in double quotes (an escape) and no control character; false for anything else.
 */
function quotedText(yaml: string, start: number, end: number, quote: number): string | false {
  if (end - start < 2 || yaml.charCodeAt(end - 1) !== quote) return false;
  for (let i = start + 1; i < end - 1; i++) {
    const c = yaml.charCodeAt(i);
    if (c === quote || c < 32 || c === 127 || (c === 92 && quote === 34)) return false;
  }
  return yaml.slice(start + 1, end - 1);
}

/** `[a, b c, d-e]`: a flow sequence of plain words (letters, digits, `_`, `.`, `-`, inner spaces). */
function isWordSequence(yaml: string, start: number, end: number): boolean {
  if (yaml.charCodeAt(end - 1) !== 93) return false;
  const inner = yaml.slice(start + 1, end - 1);
  if (!inner.trim()) return true;
  for (const item of inner.split(',')) {
    const word = item.trim();
    if (!word || !/^[A-Za-z0-9_][A-Za-z0-9_. -]*$/.test(word) || word.includes('  ')) return false;
  }
  return true;
}
