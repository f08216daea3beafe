/**
 * Differential reading of a YAML text: the registry's fast reader against the
 * `yaml` package. Whatever the fast reader accepts must read exactly as the
 * `yaml` package reads it (values, styles and the ranges registry edits use),
 * and the `yaml` package must accept it; otherwise the fast reader must give up.
 */
import { parse } from 'yaml';
import { readFastOrThrow, readRegistryYaml } from '../../server/src/core/registry/read.js';
import { readWithYaml, type YNode } from '../../server/src/core/registry/tree.js';

export type Outcome = { kind: 'same' | 'fallback' } | { kind: 'differ' | 'crash'; detail: string };

/** A node as comparable data: value, range and style of scalars; kind, range and flow of collections. */
export function stripNode(n: YNode | null): unknown {
  if (n === null) return null;
  if (n.kind === 'scalar') return [n.value, n.start, n.end, n.style];
  return [n.kind, n.start, n.end, n.flow, n.kind === 'map' ? n.items.map((p) => [stripNode(p.key), stripNode(p.value)]) : n.items.map(stripNode)];
}

/** A tree as the plain JavaScript value `yaml.parse` gives (keys stringified as the package does). */
export function toJS(n: YNode | null): unknown {
  if (n === null) return null;
  if (n.kind === 'scalar') return n.value;
  if (n.kind === 'seq') return n.items.map(toJS);
  const out: Record<string, unknown> = {};
  for (const p of n.items) {
    const k = p.key.value === null ? '' : String(p.key.value);
    Object.defineProperty(out, k, { value: toJS(p.value), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k, i) => k === kb[i] && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Reads `text` with both readers and says how they compare. */
export function compareReaders(text: string): Outcome {
  let fast;
  try {
    fast = readFastOrThrow(text);
  } catch (e) {
    return { kind: 'crash', detail: `fast reader threw ${String(e)}` };
  }
  let whole;
  try {
    whole = readRegistryYaml(text);
  } catch (e) {
    return { kind: 'crash', detail: `readRegistryYaml threw ${String(e)}` };
  }
  if (!fast) return whole.reader === 'yaml' ? { kind: 'fallback' } : { kind: 'differ', detail: 'readRegistryYaml used the fast reader where it gives up' };
  const full = readWithYaml(text);
  if (full.errors.length) return { kind: 'differ', detail: `accepted, but yaml reports ${JSON.stringify(full.errors)}` };
  const a = JSON.stringify(stripNode(fast.root));
  const b = JSON.stringify(stripNode(full.root));
  if (a !== b) return { kind: 'differ', detail: `fast ${a}\n yaml ${b}` };
  // JSON loses -0, NaN and Infinity: compare the values as data too, with the package's own `parse`.
  let parsed: unknown;
  try {
    parsed = parse(text, { uniqueKeys: false, strict: true, version: '1.2' });
  } catch (e) {
    return { kind: 'differ', detail: `accepted, but yaml.parse throws ${String(e)}` };
  }
  if (!sameData(toJS(fast.root), parsed ?? null)) return { kind: 'differ', detail: `values differ from yaml.parse: ${String(toJS(fast.root))}` };
  if (JSON.stringify(stripNode(whole.root)) !== a) return { kind: 'differ', detail: 'readRegistryYaml differs from the fast reader' };
  return { kind: 'same' };
}
