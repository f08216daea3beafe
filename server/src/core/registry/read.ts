import type { Span } from '../types.js';
import { readWithYaml, type YDocument, type YMap, type YNode, type YPair, type YScalar, type YSeq } from './tree.js';

/**
 * A fast reader for the block-style YAML that registry files are written in:
 * block mappings and sequences, one-line plain and quoted scalars, one-line
 * flow lists and mappings, comments, tabs as white space inside a line. It
 * gives exact ranges and reads a 15 MB file in well under a second, where the
 * `yaml` package's document parser needs seconds and gigabytes. What it reads
 * it reads exactly as the `yaml` package does (values, styles and ranges);
 * anything else (anchors, tags, block and multi-line scalars, multi-line
 * flow, directives, tabs in indentation or after a `-` before a nested node,
 * escapes the package rejects, keys past 1,000 characters, lone CRs, and
 * every syntax error) makes it give up, and the caller reads the text with
 * the full parser. Checked against the YAML test suite and generated
 * registries (test/core/registry-yaml-suite.test.ts,
 * test/robustness/registry-yaml-fuzz.test.ts).
 */
export function readFast(text: string, onEntry?: EntryHook): YDocument | undefined {
  try {
    return new FastReader(text, onEntry).read();
  } catch {
    // Unsupported input, or a defect of this reader: either way the full parser decides.
    return undefined;
  }
}

/** {@link readFast} for tests: a defect of the fast reader (any error but "unsupported") is thrown, not hidden by the fallback. */
export function readFastOrThrow(text: string): YDocument | undefined {
  try {
    return new FastReader(text).read();
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** Largest text the full `yaml` parser is given when the fast reader gives up (it needs ~100 bytes of memory per byte). */
export const MAX_FULL_PARSE_CHARS = 2 * 1024 * 1024;

/**
 * Called by the fast reader for each entry of a mapping under a top-level key
 * (`actors.<id>`, `facts.<id>`) as soon as it is read; returning true drops
 * the entry from the tree, so a large file never holds its whole tree in memory.
 */
export type EntryHook = (section: string, entry: YPair) => boolean;

/**
 * Reads a registry text: the fast reader, else the full parser (for texts up to
 * {@link MAX_FULL_PARSE_CHARS}). When the fast reader gives up, `onEntry` has
 * seen some entries already: the result's `reader` is then `yaml` and the
 * caller discards what the hook collected.
 */
export function readRegistryYaml(text: string, onEntry?: EntryHook): YDocument {
  const fast = readFast(text, onEntry);
  if (fast) return fast;
  if (text.length > MAX_FULL_PARSE_CHARS) {
    const at = firstUnsupported(text);
    return {
      root: null,
      reader: 'yaml',
      errors: [
        {
          message: `This large registry file (${Math.round(text.length / 1024)} KB) uses YAML beyond plain block style (anchors, tags, multi-line or block scalars) or has a syntax error near here; write it in block style or split it into several \`*.facts.yaml\` files`,
          span: at,
        },
      ],
    };
  }
  // The fast reader stops at 20 levels of flow nesting; the full parser must never see absurd nesting.
  const deep = deepFlowNesting(text);
  if (deep !== undefined) {
    return {
      root: null,
      reader: 'yaml',
      errors: [{ message: `Brackets nest deeper than ${MAX_FLOW_DEPTH} levels here; a registry never needs that, so the file is not read: flatten the value`, span: { start: deep, end: deep + 1 } }],
    };
  }
  try {
    return readWithYaml(text);
  } catch (e) {
    // The full parser recurses; absurd nesting must end in a finding, not a crash. Any other failure
    // is reported where the fast reader stopped understanding the text, never thrown.
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { root: null, reader: 'yaml', errors: [{ message: 'The YAML is nested too deeply to read', span: { start: 0, end: 0 } }] };
    return { root: null, reader: 'yaml', errors: [{ message: `The YAML could not be read (${e instanceof Error ? e.message : String(e)})`, span: firstUnsupported(text) }] };
  }
}

/** Deepest nesting of flow collections (`[`, `{`) a registry file may use; deeper input would exhaust the parser's stack. */
export const MAX_FLOW_DEPTH = 64;

/** The offset where flow collections first nest deeper than {@link MAX_FLOW_DEPTH}, skipping quoted strings and comments; else undefined. */
function deepFlowNesting(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if ((c === 0x22 || c === 0x27) && (i === 0 || /[\s[{,:]/.test(text.charAt(i - 1)))) {
      // A quoted scalar: skip to its closing quote (a backslash escapes in double quotes).
      for (i++; i < text.length && text.charCodeAt(i) !== c; i++) if (c === 0x22 && text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x23 && (i === 0 || /\s/.test(text.charAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
    }
  }
  return undefined;
}

function firstUnsupported(text: string): Span {
  const r = new FastReader(text);
  try {
    r.read();
  } catch (e) {
    if (e instanceof Unsupported) return { start: e.offset, end: e.offset };
  }
  return { start: 0, end: 0 };
}

/** Longest implicit key (offset of its `:` from its start) the fast reader reads; the `yaml` package rejects keys past 1,024 characters. */
const MAX_KEY = 1000;

/**
 * Characters the fast reader leaves to the full parser: a carriage return not followed by a line
 * feed (the `yaml` package reads it as text, not as a line break) and a byte order mark (which it
 * skips at the start of a line).
 */
function oddChar(t: string): number {
  const bom = t.indexOf('\ufeff');
  for (let i = t.indexOf('\r'); i >= 0 && (bom < 0 || i < bom); i = t.indexOf('\r', i + 2)) if (t.charCodeAt(i + 1) !== 10) return i;
  return bom;
}

/** Deepest block nesting the fast reader follows. */
const MAX_DEPTH = 64;

class Unsupported extends Error {
  constructor(readonly offset: number) {
    super('unsupported');
  }
}

const SP = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const TAB = 9;

/** YAML's white space inside a line: space and tab (never indentation: that is spaces only). */
function isWs(c: number): boolean {
  return c === SP || c === TAB;
}


class FastReader {
  // Sized once by the text's lines (a 13 MB registry has 400,000: arrays grown line by line cost a tenth of its read).
  private starts = new Int32Array(0);
  private ends = new Int32Array(0);
  private indents = new Int32Array(0);
  /** The line after the node just read (block) or the offset after it (flow). */
  private after = 0;
  /** Depth of block mappings being read, and the top-level key being read. */
  private depth = 0;
  private section: string | undefined;

  constructor(
    private readonly text: string,
    private readonly onEntry?: EntryHook,
  ) {}

  read(): YDocument {
    const t = this.text;
    if (t.charCodeAt(0) === 0xfeff) throw new Unsupported(0);
    const odd = oddChar(t);
    if (odd >= 0) throw new Unsupported(odd);
    let start = 0;
    const n = t.length;
    let lines = 1;
    for (let nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', nl + 1)) lines++;
    this.starts = new Int32Array(lines);
    this.ends = new Int32Array(lines);
    this.indents = new Int32Array(lines);
    let line = 0;
    while (start <= n) {
      let end = t.indexOf('\n', start);
      if (end < 0) end = n;
      const contentEnd = end > start && t.charCodeAt(end - 1) === 13 ? end - 1 : end;
      let i = start;
      while (i < contentEnd && t.charCodeAt(i) === SP) i++;
      const c = t.charCodeAt(i);
      // A tab in the indentation: an error before content; the `yaml` package reads blank and comment lines
      // starting with one differently by context (an error after an indented comment at the end of the file).
      if (c === TAB) throw new Unsupported(i);
      this.starts[line] = start;
      this.ends[line] = contentEnd;
      // Blank and comment lines get indent -1: skipped by nextContent.
      if (i === contentEnd || c === HASH) this.indents[line] = -1;
      else {
        if (i === start && (c === 37 || t.startsWith('---', i) || t.startsWith('...', i))) throw new Unsupported(i);
        this.indents[line] = i - start;
      }
      line++;
      if (end === n) break;
      start = end + 1;
    }
    const first = this.nextContent(0);
    if (first < 0) return { root: null, errors: [], reader: 'fast' };
    const root = this.block(first, this.indentOf(first));
    const rest = this.nextContent(this.after);
    if (rest >= 0) throw new Unsupported(this.lineStart(rest));
    return { root, errors: [], reader: 'fast' };
  }

  // The line tables (starts, ends, indents) have an entry for every line of the text, and every line
  // number the reader passes around is one: a content line found by nextContent, or the line it reads.

  /** Where line `line` starts. */
  private lineStart(line: number): number {
    return this.starts[line]!; // in range: a line of the text (see above)
  }

  /** Where line `line` ends (its newline, or the text's end). */
  private lineEnd(line: number): number {
    return this.ends[line]!; // in range: a line of the text (see above)
  }

  /** The indentation of line `line`, or -1 for a line without content. */
  private indentOf(line: number): number {
    return this.indents[line]!; // in range: a line of the text (see above)
  }

  private nextContent(line: number): number {
    const ind = this.indents;
    for (let i = line; i < ind.length; i++) if (ind[i]! >= 0) return i; // in range: i < ind.length
    return -1;
  }

  private isSeqItem(line: number, col: number): boolean {
    const p = this.lineStart(line) + col;
    if (this.text.charCodeAt(p) !== DASH) return false;
    return p + 1 === this.lineEnd(line) || isWs(this.text.charCodeAt(p + 1));
  }

  /** A block node whose first content is at (line, col); sets `after` to the line after it. */
  private block(line: number, col: number): YNode {
    if (this.isSeqItem(line, col)) return this.seq(line, col);
    const p = this.lineStart(line) + col;
    if (this.keyEnd(p, this.lineEnd(line)) >= 0) return this.map(line, col);
    throw new Unsupported(p);
  }

  /** The value after `key:` (or after `- `) on `line` from `p`: inline, on following lines, or null. Sets `after`. */
  private valueAfter(line: number, p: number, col: number, allowSameIndentSeq: boolean): YNode | null {
    const t = this.text;
    const end = this.lineEnd(line);
    while (p < end && isWs(t.charCodeAt(p))) p++;
    if (p === end || t.charCodeAt(p) === HASH) {
      const next = this.nextContent(line + 1);
      if (next < 0) {
        this.after = this.indents.length;
        return null;
      }
      const ind = this.indentOf(next);
      if (ind > col) return this.block(next, ind);
      if (allowSameIndentSeq && ind === col && this.isSeqItem(next, col)) return this.seq(next, col);
      this.after = line + 1;
      return null;
    }
    const node = this.inline(p, end);
    let q = node.end;
    while (q < end && isWs(t.charCodeAt(q))) q++;
    if (q < end && !(t.charCodeAt(q) === HASH && q > node.end)) throw new Unsupported(q);
    const next = this.nextContent(line + 1);
    if (next >= 0 && this.indentOf(next) > col) throw new Unsupported(this.lineStart(next));
    this.after = line + 1;
    return node;
  }

  private map(line: number, col: number): YMap {
    const items: YPair[] = [];
    const map: YMap = { kind: 'map', items, start: this.lineStart(line) + col, end: 0, flow: false };
    const depth = this.depth++;
    if (depth > MAX_DEPTH) throw new Unsupported(map.start);
    const section = depth === 1 ? this.section : undefined;
    for (;;) {
      const p = this.lineStart(line) + col;
      const colon = this.keyEnd(p, this.lineEnd(line));
      if (colon < 0) throw new Unsupported(p);
      const key = this.keyScalar(p, colon);
      if (depth === 0) this.section = key.value === null ? undefined : String(key.value);
      const value = this.valueAfter(line, colon + 1, col, true);
      const pair = { key, value };
      if (section === undefined || !this.onEntry?.(section, pair)) items.push(pair);
      map.end = value ? value.end : key.end;
      const next = this.nextContent(this.after);
      if (next < 0) {
        this.after = this.indents.length;
        this.depth--;
        return map;
      }
      const ind = this.indentOf(next);
      if (ind < col) {
        this.after = next;
        this.depth--;
        return map;
      }
      if (ind > col || this.isSeqItem(next, col)) throw new Unsupported(this.lineStart(next));
      line = next;
    }
  }

  private seq(line: number, col: number): YSeq {
    const t = this.text;
    const items: YNode[] = [];
    const seq: YSeq = { kind: 'seq', items, start: this.lineStart(line) + col, end: 0, flow: false };
    if (this.depth++ > MAX_DEPTH) throw new Unsupported(seq.start);
    for (;;) {
      const dash = this.lineStart(line) + col;
      const end = this.lineEnd(line);
      let p = dash + 1;
      let tab = false;
      for (let c = t.charCodeAt(p); p < end && isWs(c); c = t.charCodeAt(++p)) if (c === TAB) tab = true;
      const empty = p === end || t.charCodeAt(p) === HASH;
      let node: YNode | null;
      if (!empty && this.keyEnd(p, end) >= 0) {
        // A compact mapping (`- key: value`): its indentation is the column of its key, so spaces only.
        if (tab) throw new Unsupported(dash + 1);
        node = this.map(line, p - this.lineStart(line));
      } else {
        if (!empty && t.charCodeAt(p) === DASH && (p + 1 === end || isWs(t.charCodeAt(p + 1)))) throw new Unsupported(p);
        node = this.valueAfter(line, dash + 1, col, false);
        // After a tab, an item on the following lines would be indented with it.
        if (tab && empty && node) throw new Unsupported(dash + 1);
      }
      // An empty item is a null where the white space after its dash ends (as the `yaml` package places it).
      const item: YNode = node ?? { kind: 'scalar', value: null, start: p, end: p, style: 'plain' };
      items.push(item);
      seq.end = item.end;
      const next = this.nextContent(this.after);
      if (next < 0) {
        this.after = this.indents.length;
        this.depth--;
        return seq;
      }
      const ind = this.indentOf(next);
      if (ind < col || (ind === col && !this.isSeqItem(next, col))) {
        this.after = next;
        this.depth--;
        return seq;
      }
      if (ind > col) throw new Unsupported(this.lineStart(next));
      line = next;
    }
  }

  /** If a block key starts at `p`, the offset of its `:`, else -1. */
  private keyEnd(p: number, end: number): number {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) {
      let q = c === DQ ? this.doubleEnd(p, end) : this.singleEnd(p, end);
      while (q < end && isWs(t.charCodeAt(q))) q++;
      if (!(t.charCodeAt(q) === COLON && (q + 1 === end || isWs(t.charCodeAt(q + 1))))) return -1;
      if (q - p > MAX_KEY) throw new Unsupported(p);
      return q;
    }
    if (startsBadPlain(t, c, p, end, false)) return -1;
    for (let i = p; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON && (i + 1 === end || isWs(t.charCodeAt(i + 1)))) {
        if (i - p > MAX_KEY) throw new Unsupported(p);
        return i;
      }
      if (ch === HASH && isWs(t.charCodeAt(i - 1))) return -1;
    }
    return -1;
  }

  private keyScalar(p: number, colon: number): YScalar {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) return this.quoted(p, colon);
    let e = colon;
    while (e > p && isWs(t.charCodeAt(e - 1))) e--;
    return { kind: 'scalar', value: resolvePlain(t.slice(p, e)), start: p, end: e, style: 'plain' };
  }

  /** A one-line value in block context starting at `p`. */
  private inline(p: number, end: number): YNode {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (c === DQ || c === SQ) return this.quoted(p, end);
    if (c === LBRACKET || c === LBRACE) return this.flow(p, end, 0);
    if (startsBadPlain(t, c, p, end, false)) throw new Unsupported(p);
    let e = end;
    for (let i = p; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === HASH && isWs(t.charCodeAt(i - 1))) {
        e = i;
        break;
      }
      if (ch === COLON && (i + 1 === end || isWs(t.charCodeAt(i + 1)))) throw new Unsupported(i);
    }
    while (e > p && isWs(t.charCodeAt(e - 1))) e--;
    return { kind: 'scalar', value: resolvePlain(t.slice(p, e)), start: p, end: e, style: 'plain' };
  }

  private doubleEnd(p: number, end: number): number {
    const t = this.text;
    for (let i = p + 1; i < end; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 92) i++;
      else if (ch === DQ) return i + 1;
    }
    throw new Unsupported(p);
  }

  private singleEnd(p: number, end: number): number {
    const t = this.text;
    for (let i = p + 1; i < end; i++) {
      if (t.charCodeAt(i) === SQ) {
        if (t.charCodeAt(i + 1) === SQ) i++;
        else return i + 1;
      }
    }
    throw new Unsupported(p);
  }

  /** A quoted scalar at `p` that closes before `end`. */
  private quoted(p: number, end: number): YScalar {
    const t = this.text;
    if (t.charCodeAt(p) === SQ) {
      const q = this.singleEnd(p, end);
      const body = t.slice(p + 1, q - 1);
      return { kind: 'scalar', value: body.includes("'") ? body.replace(/''/g, "'") : body, start: p, end: q, style: 'single' };
    }
    const q = this.doubleEnd(p, end);
    const body = t.slice(p + 1, q - 1);
    const value = body.includes('\\') ? unescapeDouble(body, p) : body;
    return { kind: 'scalar', value, start: p, end: q, style: 'double' };
  }

  private skip(i: number, end: number): number {
    const t = this.text;
    while (i < end && isWs(t.charCodeAt(i))) i++;
    return i;
  }

  /** A one-line flow collection at `p`; sets `after` to the offset after it. */
  private flow(p: number, end: number, depth: number): YNode {
    const t = this.text;
    if (depth > 20) throw new Unsupported(p);
    const isSeq = t.charCodeAt(p) === LBRACKET;
    const close = isSeq ? RBRACKET : RBRACE;
    let i = this.skip(p + 1, end);
    const seqItems: YNode[] = [];
    const mapItems: YPair[] = [];
    while (t.charCodeAt(i) !== close) {
      if (i >= end) throw new Unsupported(p);
      if (isSeq) {
        seqItems.push(this.flowNode(i, end, depth, false));
        i = this.skip(this.after, end);
      } else {
        const key = this.flowNode(i, end, depth, true) as YScalar;
        i = this.skip(this.after, end);
        let value: YNode | null = null;
        if (t.charCodeAt(i) !== COLON || i - key.start > MAX_KEY) throw new Unsupported(i);
        i = this.skip(i + 1, end);
        const c = t.charCodeAt(i);
        if (c !== COMMA && c !== RBRACE) {
          value = this.flowNode(i, end, depth, false);
          i = this.skip(this.after, end);
        }
        mapItems.push({ key, value });
      }
      if (t.charCodeAt(i) === COMMA) i = this.skip(i + 1, end);
      else if (t.charCodeAt(i) !== close) throw new Unsupported(i);
    }
    this.after = i + 1;
    return isSeq
      ? { kind: 'seq', items: seqItems, start: p, end: i + 1, flow: true }
      : { kind: 'map', items: mapItems, start: p, end: i + 1, flow: true };
  }

  /** A node inside a flow collection at `i`; sets `after` to the offset after it. */
  private flowNode(i: number, end: number, depth: number, asKey: boolean): YNode {
    const t = this.text;
    const c = t.charCodeAt(i);
    if (c === LBRACKET || c === LBRACE) {
      if (asKey) throw new Unsupported(i);
      return this.flow(i, end, depth + 1);
    }
    if (c === DQ || c === SQ) {
      const s = this.quoted(i, end);
      this.after = s.end;
      return s;
    }
    if (startsBadPlain(t, c, i, end, true)) throw new Unsupported(i);
    let e = i;
    for (; e < end; e++) {
      const ch = t.charCodeAt(e);
      if (ch === COMMA || ch === RBRACKET || ch === RBRACE || ch === LBRACKET || ch === LBRACE) break;
      if (ch === HASH && isWs(t.charCodeAt(e - 1))) throw new Unsupported(e);
      if (ch === COLON) {
        const nx = t.charCodeAt(e + 1);
        if (e + 1 >= end || isWs(nx) || nx === COMMA || nx === RBRACE || nx === RBRACKET || nx === LBRACKET || nx === LBRACE) break;
      }
    }
    this.after = e;
    while (e > i && isWs(t.charCodeAt(e - 1))) e--;
    if (e === i) throw new Unsupported(i);
    return { kind: 'scalar', value: resolvePlain(t.slice(i, e)), start: i, end: e, style: 'plain' };
  }
}

const DQ = 34;
const SQ = 39;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

/**
 * Whether a plain scalar cannot start at `p`: an indicator, or `-`, `:` not followed by
 * text (in a flow collection, a flow indicator ends the text too).
 */
function startsBadPlain(t: string, c: number, p: number, end: number, flow: boolean): boolean {
  if (c < 128 && BAD_START[c]) return true;
  if (c === DASH || c === COLON) {
    if (p + 1 === end) return true;
    const nx = t.charCodeAt(p + 1);
    return isWs(nx) || (flow && (nx === COMMA || nx === LBRACKET || nx === RBRACKET || nx === LBRACE || nx === RBRACE));
  }
  return false;
}

const BAD_START: boolean[] = [];
for (const ch of '&*!|>%@`#,[]{}\'"?') BAD_START[ch.charCodeAt(0)] = true;

const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** Resolves a plain scalar as the YAML 1.2 core schema does (dates stay strings). */
export function resolvePlain(s: string): string | number | boolean | null {
  const c = s.charCodeAt(0);
  // Fast path: most registry scalars start with a letter that cannot begin a null, bool or number.
  if ((c >= 97 && c <= 122 && c !== 110 && c !== 116 && c !== 102) || (c >= 65 && c <= 90 && c !== 78 && c !== 84 && c !== 70)) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT.test(s)) return parseInt(s, 10);
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.slice(2), 16);
  if (FLOAT.test(s)) return parseFloat(s);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === '-' ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

function unescapeDouble(body: string, at: number): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body.charAt(++i); // '' after a final backslash: not an escape, so Unsupported
    const simple = ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    const hex = body.slice(i + 1, i + 1 + len);
    if (!len || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new Unsupported(at);
    const code = parseInt(hex, 16);
    // Past U+10FFFF is no character: the `yaml` package reports it, the full parser must.
    if (code > 0x10ffff) throw new Unsupported(at);
    out += String.fromCodePoint(code);
    i += len;
  }
  return out;
}
