import type { Registry, RegistryActor } from '../registry/model.js';
import type { ActorMention, ActorType, Article, MentionForm, Span } from '../types.js';
import { articleUnits, placeTokens, type ArticleUnits } from './blocks.js';
import { joinable, nameTokens, slug, type Token } from './tokens.js';
import { NOT_A_LETTER, foldSpelling } from './names.js';
import { findUnregistered } from './unregistered.js';
import { scanRuns } from './unregistered-spans.js';

/** One registry spelling, as stored in the matcher. */
interface Entry {
  actor: RegistryActor;
  form: MentionForm;
  spelling: string;
  /** Acronyms and initialisms (US, EU, U.S.) match only in their own case. */
  exactCase: boolean;
}

/** A trie over normalised tokens of every registry spelling. */
interface Node {
  next: Map<string, Node>;
  entries: Entry[];
}

/** Finds registry actors in token sequences, longest match first. */
export interface ActorMatcher {
  root: Node;
  maxTokens: number;
}

const matcherCache = new WeakMap<Registry, ActorMatcher>();

/** Builds (once per registry) the spelling trie: names, aliases, variants and surnames. */
export function actorMatcher(registry: Registry): ActorMatcher {
  const cached = matcherCache.get(registry);
  if (cached) return cached;
  const root: Node = { next: new Map(), entries: [] };
  let maxTokens = 1;
  const taken = new Set<string>();
  const add = (actor: RegistryActor, spelling: string, form: MentionForm): void => {
    const tokens = nameTokens(spelling);
    if (!tokens.length) return;
    let node = root;
    for (const t of tokens) {
      let child = node.next.get(t);
      if (!child) node.next.set(t, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    if (node.entries.some((e) => e.actor === actor && e.spelling === spelling)) return;
    const letters = spelling.replace(NOT_A_LETTER, '');
    const exactCase = letters.length > 0 && letters === letters.toUpperCase() && letters.length <= 6;
    node.entries.push({ actor, form, spelling, exactCase });
    maxTokens = Math.max(maxTokens, tokens.length);
    taken.add(tokens.join(' '));
  };
  for (const actor of registry.actors.values()) {
    add(actor, actor.name, 'name');
    for (const a of actor.aliases) add(actor, a, 'alias');
    for (const v of actor.variants) add(actor, v, 'variant');
  }
  // A person's surname (the last word of the name or of a variant) is recognised too.
  for (const actor of registry.actors.values()) {
    if (actor.type !== 'person') continue;
    for (const [spelling, form] of [[actor.name, 'surname'], ...actor.variants.map((v) => [v, 'variant'])] as [string, MentionForm][]) {
      const words = spelling.trim().split(/\s+/);
      if (words.length < 2) continue;
      const last = words.at(-1);
      if (last !== undefined && !taken.has(nameTokens(last).join(' '))) add(actor, last, form);
    }
  }
  const matcher = { root, maxTokens };
  matcherCache.set(registry, matcher);
  return matcher;
}

function caseFits(entry: Entry, tokens: Token[], from: number, to: number, text: string): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return false;
  if (entry.exactCase) return text.slice(first.start, last.end).replace(NOT_A_LETTER, '') === entry.spelling.replace(NOT_A_LETTER, '');
  // Lowercase spellings ("coalition of the willing") match as written; others need a capital.
  const initial = entry.spelling.charAt(0);
  if (initial === initial.toLowerCase()) return true;
  return first.shape === 'upper';
}

/**
 * Finds named actors: registry spellings first (longest match, case-insensitive
 * where safe, diacritics ignored), then proper names that no registry knows,
 * found and typed by {@link findUnregistered}. A later surname resolves to an
 * earlier full name. With `units` from a {@link UnitCache}, blocks whose text
 * and context did not change reuse their registry matches and split names.
 */
export function extractActors(article: Article, registry: Registry, units: ArticleUnits = articleUnits(article)): ActorMention[] {
  const { text, blocks } = article;
  const matcher = actorMatcher(registry);
  const out: ActorMention[] = [];
  const surnames = new Map<string, { id: string; type: ActorType }>();
  let starts: Set<number> | undefined;
  units.units.forEach((unit, b) => {
    const block = blocks[b];
    if (!block) return;
    const base = block.start;
    let scan = unit.scan;
    if (!scan || scan.matcher !== matcher) {
      // Registry matches; every other token stays free for the unregistered-name finder.
      const tokens = placeTokens(unit, base, b);
      const found = matchBlock(text, tokens, matcher);
      if (!starts) {
        starts = new Set<number>();
        for (const s of article.sentences) {
          const [word] = s.words;
          if (word) starts.add(word.start);
        }
      }
      const runs = scanRuns(text, tokens, found.free, starts);
      const mentions = found.mentions.map((x) => ({ ...x, start: x.start - base, end: x.end - base }));
      scan = unit.scan = { matcher, mentions, surnames: found.surnames, runs };
    }
    for (const x of scan.mentions) out.push({ text: x.text, start: x.start + base, end: x.end + base, type: x.type, id: x.id, form: x.form });
    for (const [key, id] of scan.surnames) surnames.set(key, { id, type: 'person' });
  });
  return mergeByStart(out, findUnregistered(article, units, surnames));
}

/** Two lists of mentions in one, by start; `a` first on a tie (a stable sort of `a` then `b`), merged in one pass where both are in order. */
function mergeByStart(a: ActorMention[], b: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || x.start <= y.start)) {
      out.push(x);
      i++;
    } else if (y) {
      out.push(y);
      j++;
    } else break;
  }
  let prev = -Infinity;
  for (const m of out) {
    if (m.start < prev) return [...a, ...b].sort((x, y) => x.start - y.start);
    prev = m.start;
  }
  return out;
}

/** Registry matches in the tokens of one block: mentions, tokens left free, and the surnames of the persons found (in order). */
function matchBlock(text: string, tokens: Token[], matcher: ActorMatcher): { mentions: ActorMention[]; free: boolean[]; surnames: [string, string][] } {
  const { root, maxTokens } = matcher;
  const mentions: ActorMention[] = [];
  const surnames: [string, string][] = [];
  const matchAt = (i: number): { entry: Entry; length: number } | undefined => {
    let node: Node | undefined = root;
    let best: { entry: Entry; length: number } | undefined;
    let prev: Token | undefined;
    for (let k = 0; k < maxTokens; k++) {
      const t = tokens[i + k];
      if (!t || (prev && !joinable(text, prev, t))) break;
      prev = t;
      node = node.next.get(t.norm);
      if (!node) break;
      // A loop, not `find` with a closure: a closure over `i` and `k` cost an allocation at every token.
      const entries = node.entries;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!; // in range: e < entries.length
        if (caseFits(entry, tokens, i, i + k + 1, text)) {
          best = { entry, length: k + 1 };
          break;
        }
      }
    }
    return best;
  };
  const free = new Array<boolean>(tokens.length).fill(true);
  let i = 0;
  while (i < tokens.length) {
    const best = matchAt(i);
    if (!best) {
      i++;
      continue;
    }
    const first = tokens[i];
    const last = tokens[i + best.length - 1];
    if (!first || !last) break;
    const a = best.entry.actor;
    // Initialisms keep their final dot ("U.S."), which the tokens leave out.
    const end = best.entry.spelling.endsWith('.') && text[last.end] === '.' ? last.end + 1 : last.end;
    mentions.push({ text: text.slice(first.start, end), start: first.start, end, type: a.type, id: a.id, form: best.entry.form });
    for (let k = i; k < i + best.length; k++) free[k] = false;
    if (a.type === 'person') surnames.push([foldSpelling(slug(last.text)), a.id]);
    i += best.length;
  }
  return { mentions, free, surnames };
}

export { slug } from './tokens.js';

/**
 * The actors without the names no registry knows that lie inside a date the date
 * extractor found: holidays and festivals are days, not actors ("Eid al-Fitr",
 * "All Saints' Day", "Tet", "Fiestas Patrias"). Both lists are in text order.
 */
export function actorsOutsideDates(actors: ActorMention[], dates: readonly Span[]): ActorMention[] {
  if (!dates.length) return actors;
  let d = 0;
  let kept: ActorMention[] | undefined;
  for (const [i, a] of actors.entries()) {
    while (d < dates.length && (dates[d]?.end ?? 0) <= a.start) d++;
    const date = dates[d];
    const inside = a.form === 'unregistered' && date !== undefined && date.start <= a.start && a.end <= date.end;
    if (inside && !kept) kept = actors.slice(0, i);
    else if (!inside && kept) kept.push(a);
  }
  return kept ?? actors;
}
