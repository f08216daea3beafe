import type { Analysis } from '../analyze.js';
import type { Registry } from '../registry/model.js';
import type { Span } from '../types.js';

/** A place where an article names a registry id. */
export interface IdOccurrence {
  id: string;
  span: Span;
}

/** How an article refers to a fact: a `[@id]` marker (span of the id) or a claim linked to it. */
export interface FactOccurrence extends IdOccurrence {
  kind: 'marker' | 'explicit' | 'inferred';
  /** For a marker that links its claim to a fact of the registry (an explicit link): that claim's span. */
  claim?: Span;
  /** For an inferred link: its score (0..1). */
  score?: number;
}

/** What the workspace index keeps of one article: enough for references, counts and renames. */
export interface IndexedArticle {
  uri: string;
  /** The text the spans point into. */
  text: string;
  /** The article's reference date (front-matter `date`, or today). */
  reference: string;
  /** Registered actors named in the article (mention spans). */
  actors: IdOccurrence[];
  /** Markers and linked claims. */
  facts: FactOccurrence[];
}

/**
 * The part of an analysis the index keeps. Its ids are the registry's own strings: an id read from
 * the text (a marker's) is a slice of it, and would keep the whole article alive in an index that
 * keeps only the spans (the index workers' cache keeps thousands of entries).
 */
export function indexArticle(analysis: Analysis): IndexedArticle {
  const { article, registry } = analysis;
  const own = (id: string): string => registryId(registry, id) ?? detached(id);
  const actors = analysis.actors.filter((a) => a.form !== 'unregistered').map((a) => ({ id: own(a.id), span: { start: a.start, end: a.end } }));
  const facts: FactOccurrence[] = article.markers.map((m) => ({ id: own(m.id), span: { start: m.idSpan.start, end: m.idSpan.end }, kind: 'marker' }));
  for (const link of analysis.links) {
    const claim = { start: link.claim.start, end: link.claim.end };
    if (link.kind === 'explicit') {
      // Its marker is already there: it carries the claim it links (the first marker of that id in the claim).
      const marker = facts.find((f) => f.kind === 'marker' && f.id === link.factId && !f.claim && f.span.start >= claim.start && f.span.start <= claim.end);
      if (marker) {
        marker.claim = claim;
        continue;
      }
    }
    facts.push({ id: own(link.factId), span: claim, kind: link.kind, score: link.score });
  }
  return { uri: article.uri, text: article.text, reference: analysis.reference, actors, facts };
}

/**
 * The registry's own string for an id an article names, so that every index entry naming it
 * shares one string; undefined when the registry has no such id. Actors and facts share one
 * namespace (a second definition is `registry.duplicate-id`, and either map holds an equal
 * string), so the order of the look-ups changes nothing but which map is read first.
 */
export function registryId(registry: Registry, id: string): string | undefined {
  return registry.actors.get(id)?.id ?? registry.facts.get(id)?.id;
}

/** A copy of a string that shares no memory with the text it was cut from (an engine may keep a slice as a view of its parent). */
const detached = (s: string): string => (s.length ? JSON.parse(JSON.stringify(s)) : s);

/** A reference to an id from an article. */
export interface ArticleReference extends IdOccurrence {
  uri: string;
  kind: 'actor' | FactOccurrence['kind'];
}

/**
 * Every article of the workspace as last indexed. Pure data: the language
 * server fills it in the background and on file changes.
 */
export class WorkspaceIndex {
  private readonly articles = new Map<string, IndexedArticle>();

  /** Number of indexed articles. */
  get size(): number {
    return this.articles.size;
  }

  /** Stores (or replaces) an article. */
  set(entry: IndexedArticle): void {
    this.articles.set(entry.uri, entry);
  }

  /** Forgets an article. */
  delete(uri: string): void {
    this.articles.delete(uri);
  }

  /** The indexed article at a URI. */
  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(uri);
  }

  /** Every indexed article. */
  all(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  /** Every place an article names the actor or fact `id`, in URI order. */
  references(id: string): ArticleReference[] {
    const out: ArticleReference[] = [];
    for (const uri of [...this.articles.keys()].sort()) {
      const a = this.articles.get(uri)!;
      for (const x of a.actors) if (x.id === id) out.push({ uri, id, span: x.span, kind: 'actor' });
      for (const x of a.facts) if (x.id === id) out.push({ uri, id, span: x.span, kind: x.kind });
    }
    return out;
  }

  /** How many articles name the actor or fact `id`. */
  articleCount(id: string): number {
    let n = 0;
    for (const a of this.articles.values()) if (a.actors.some((x) => x.id === id) || a.facts.some((x) => x.id === id)) n++;
    return n;
  }
}
