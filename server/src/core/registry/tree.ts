import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { Span } from '../types.js';

/**
 * A small YAML tree with exact source ranges: what the registry loader and the
 * registry edits read. It comes from the fast block-style reader (read.ts) or,
 * for anything that reader does not handle, from the `yaml` package.
 */
export type YNode = YScalar | YMap | YSeq;

/** A scalar; `start`–`end` covers the value as written (quotes included). */
export interface YScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  start: number;
  end: number;
  /** How it was written: plain, `'single'`, `"double"`, or a block scalar. */
  style: 'plain' | 'single' | 'double' | 'block';
  /** A tag written on the node (`!!str`, `!foo`), kept only to report it. */
  tag?: string;
}

/** One `key: value` pair of a mapping. */
export interface YPair {
  key: YScalar;
  /** Null when the key has no value (`key:` alone). */
  value: YNode | null;
}

/** A mapping; it ends where its last value ends. */
export interface YMap {
  kind: 'map';
  items: YPair[];
  start: number;
  end: number;
  flow: boolean;
  tag?: string;
}

/** A sequence; it ends where its last item ends. */
export interface YSeq {
  kind: 'seq';
  items: YNode[];
  start: number;
  end: number;
  flow: boolean;
  tag?: string;
}

/** A syntax problem at a range. */
export interface YError {
  message: string;
  span: Span;
}

/** The result of reading a YAML text. */
export interface YDocument {
  root: YNode | null;
  errors: YError[];
  /** Which reader produced it (for tests and the bench). */
  reader: 'fast' | 'yaml';
  /** Tags written in the text (`!!js/function`, `!Ref`): never resolved to objects, reported by the loader. */
  tags?: { tag: string; span: Span }[];
}

/** Most nodes the alias expansion of one document may produce ("billion laughs" guard). */
export const MAX_EXPANDED_NODES = 200_000;

/**
 * Reads a YAML text with the `yaml` package (the full parser) into a {@link YDocument}.
 * Tags build no objects: every scalar stays plain data. Aliases point at the
 * anchored node; a document whose aliases would expand past
 * {@link MAX_EXPANDED_NODES} nodes gives one error and no tree.
 */
export function readWithYaml(text: string): YDocument {
  // uniqueKeys:false: the yaml package's duplicate-key check is quadratic; duplicates are found by the loader.
  const doc: Document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: true, version: '1.2', keepSourceTokens: false });
  const errors: YError[] = doc.errors.map((e) => ({ message: firstLine(e.message), span: { start: e.pos[0], end: Math.max(e.pos[0], e.pos[1]) } }));
  if (errors.length) return { root: null, errors, reader: 'yaml' };
  const tags: { tag: string; span: Span }[] = [];
  const sizes = new Map<Node, number>();
  const anchors = new Map<string, Node>();
  let budget = MAX_EXPANDED_NODES;
  let blown = false;
  const memo = new Map<Node, YNode>();
  const convert = (node: Node | null | undefined): YNode | null => {
    if (blown || node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return null;
      budget -= sizeOf(target, sizes, anchors);
      if (budget < 0) {
        blown = true;
        return null;
      }
      return memo.get(target) ?? convert(target);
    }
    if (--budget < 0) {
      blown = true;
      return null;
    }
    if (node.anchor) anchors.set(node.anchor, node);
    const start = node.range ? node.range[0] : 0;
    const end = node.range ? node.range[1] : 0;
    const tag = explicitTag(text, start);
    if (tag) tags.push({ tag, span: { start: Math.max(0, text.lastIndexOf(tag, start)), end: end } });
    let out: YNode;
    if (isScalar(node)) {
      const v = node.value;
      const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      const t = node.type;
      const style = t === 'QUOTE_SINGLE' ? 'single' : t === 'QUOTE_DOUBLE' ? 'double' : t === 'BLOCK_FOLDED' || t === 'BLOCK_LITERAL' ? 'block' : 'plain';
      out = { kind: 'scalar', value, start, end, style, tag };
    } else if (isMap(node)) {
      const map: YMap = { kind: 'map', items: [], start, end, flow: !!node.flow, tag };
      memo.set(node, map);
      for (const pair of node.items) {
        const k = convert(pair.key as Node | null);
        if (blown) return null;
        const key: YScalar = k && k.kind === 'scalar' ? k : { kind: 'scalar', value: null, start: k ? k.start : start, end: k ? k.end : start, style: 'plain' };
        if (k && k.kind !== 'scalar') key.tag = '!complex-key';
        const value = convert(pair.value as Node | null);
        // An empty value is a null scalar of no width to the yaml package; the fast reader has no node for it.
        map.items.push({ key, value: value?.kind === 'scalar' && value.value === null && value.start === value.end ? null : value });
      }
      const last = map.items.at(-1);
      if (!map.flow && last) map.end = endOf(last);
      return map;
    } else if (isSeq(node)) {
      const seq: YSeq = { kind: 'seq', items: [], start, end, flow: !!node.flow, tag };
      memo.set(node, seq);
      for (const item of node.items) {
        const n = convert(item as Node | null);
        if (blown) return null;
        seq.items.push(n ?? { kind: 'scalar', value: null, start: end, end, style: 'plain' });
      }
      const last = seq.items.at(-1);
      if (!seq.flow && last) seq.end = last.end;
      return seq;
    } else {
      return null;
    }
    memo.set(node, out);
    return out;
  };
  const root = convert(doc.contents as Node | null);
  if (blown) {
    return { root: null, errors: [{ message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES} nodes; write the entries out instead of using anchors`, span: { start: 0, end: 0 } }], reader: 'yaml' };
  }
  return { root, errors: [], reader: 'yaml', tags };
}

function endOf(pair: YPair): number {
  return pair.value ? pair.value.end : pair.key.end;
}

function explicitTag(text: string, start: number): string | undefined {
  // The yaml package sets `tag` on resolved nodes too; only report tags written in the text.
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  let j = i;
  while (j >= 0 && !/\s/.test(text.charAt(j))) j--;
  const word = text.slice(j + 1, i + 1);
  return word.startsWith('!') ? word : undefined;
}

function sizeOf(node: Node, sizes: Map<Node, number>, anchors: Map<string, Node>, depth = 0): number {
  const known = sizes.get(node);
  if (known !== undefined) return known;
  if (depth > 200) return MAX_EXPANDED_NODES + 1;
  let n = 1;
  if (isAlias(node)) {
    const t = anchors.get(node.source);
    n = t ? sizeOf(t, sizes, anchors, depth + 1) : 1;
  } else if (isMap(node)) {
    for (const p of node.items) {
      n += p.key ? sizeOf(p.key as Node, sizes, anchors, depth + 1) : 0;
      n += p.value ? sizeOf(p.value as Node, sizes, anchors, depth + 1) : 0;
      if (n > MAX_EXPANDED_NODES) break;
    }
  } else if (isSeq(node)) {
    for (const it of node.items) {
      n += it ? sizeOf(it as Node, sizes, anchors, depth + 1) : 0;
      if (n > MAX_EXPANDED_NODES) break;
    }
  }
  n = Math.min(n, MAX_EXPANDED_NODES + 1);
  sizes.set(node, n);
  return n;
}

function firstLine(s: string): string {
  return s.replace(/\n[^]*$/, '').trim();
}

/** The value of a key in a mapping (the first pair with that key). */
export function getPair(map: YMap, key: string): YPair | undefined {
  return map.items.find((p) => p.key.value !== null && String(p.key.value) === key);
}

/** The source span of a node. */
export function spanOfNode(node: YNode | null | undefined): Span {
  return node ? { start: node.start, end: node.end } : { start: 0, end: 0 };
}
