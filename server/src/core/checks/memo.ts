import type { Registry } from '../registry/model.js';

/**
 * How many entries a memo table holds before it empties itself (it refills from use). One
 * limit for every table: a table is a cache of answers a check gives again and again while the
 * user types, never a source of truth.
 */
export const MEMO_LIMIT = 10_000;

/** A memo table by key that empties itself when it reaches {@link MEMO_LIMIT}. */
export class MemoTable<V> extends Map<string, V> {
  /** Stores and returns `value`, first emptying the table when it is full. */
  remember(key: string, value: V): V {
    if (this.size >= MEMO_LIMIT) this.clear();
    this.set(key, value);
    return value;
  }
}

/**
 * What the checks and their fixes remember about one registry: named memo tables and values
 * built once (an index of title holders). The analysis hands it to every check in its
 * context (`CheckContext.memo`); it lives as long as its registry, so a changed registry
 * starts from an empty memo, and checks themselves keep no state.
 */
export class CheckMemo {
  private readonly tables = new Map<string, MemoTable<unknown>>();
  private readonly built = new Map<string, unknown>();

  /** The memo table `name` (made on first use). */
  table<V>(name: string): MemoTable<V> {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new MemoTable<unknown>()));
    return t as MemoTable<V>;
  }

  /** A value derived once from the registry (made on first use). */
  once<V>(name: string, make: () => V): V {
    if (this.built.has(name)) return this.built.get(name) as V;
    const value = make();
    this.built.set(name, value);
    return value;
  }
}

const memos = new WeakMap<Registry, CheckMemo>();

/** The one memo object of a registry. */
export function memoOf(registry: Registry): CheckMemo {
  let memo = memos.get(registry);
  if (!memo) memos.set(registry, (memo = new CheckMemo()));
  return memo;
}

/** Answers of pure functions of a text alone (is it a title, is it name-like), shared by every registry. */
export const textMemo = new CheckMemo();
