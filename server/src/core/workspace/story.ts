// The story model: what the registry view and the timeline draw, built from the merged registry and
// the workspace index. Plain JSON (strings, numbers, arrays, objects), so the language server can
// send it as it is; positions are 0-based lines and UTF-16 characters, as in LSP.
import { valueBounds } from '../iso.js';
import { LineIndex } from '../lines.js';
import { parseFrontMatter } from '../parse/front-matter.js';
import type { FactStatus, Registry, RegistryFile } from '../registry/model.js';
import type { ActorType, Location } from '../types.js';
import { basenameUri, dirnameUri } from '../uri.js';
import type { IndexedArticle, WorkspaceIndex } from './article-index.js';

/** The version of {@link StoryModel}; it changes only when a field changes meaning (fields are only ever added). */
export const STORY_MODEL_VERSION = 1;

/** A 0-based line and UTF-16 character. */
export interface StoryPosition {
  line: number;
  character: number;
}

/** A range of a file, as in LSP. */
export interface StoryRange {
  start: StoryPosition;
  end: StoryPosition;
}

/** A range in a named file. */
export interface StoryLocation {
  uri: string;
  range: StoryRange;
}

/** A group of facts: one registry file is one story. */
export interface StoryGroup {
  /** Unique among the model's stories. */
  id: string;
  /** What to call it: the registry file's name without `.facts.yaml` (its folder's name for a `facts.yaml`). */
  label: string;
  /** The registry file. */
  uri: string;
  /** Its facts, in file order. */
  facts: string[];
}

/** A sentence of an article that states a fact. */
export interface StoryArticleRef {
  uri: string;
  /** The linked sentence, or the `[@id]` marker's id for an explicit link. */
  range: StoryRange;
  /** `explicit`: a `[@id]` marker; `inferred`: linked by the evidence it shares with the fact. */
  kind: 'explicit' | 'inferred';
}

/** A fact of the registry. */
export interface StoryFact {
  id: string;
  /** The registry's `claim`. */
  statement: string;
  /** The date as written: a day or a range `A/B`. */
  date: string;
  /** The first and last day the date covers (absent when the date does not read). */
  start?: string;
  end?: string;
  status: FactStatus;
  /** The id of its {@link StoryGroup}. */
  story: string;
  /** Actor ids (participants). */
  actors: string[];
  /** A place actor id. */
  place?: string;
  /** The fact that replaces it (`superseded_by`), when that fact exists. */
  supersededBy?: string;
  /** The facts it replaces (those whose `superseded_by` names it), in registry order. */
  supersedes: string[];
  /** Last verified, and the day after which it is stale unless verified again. */
  asOf?: string;
  reviewBy?: string;
  sources: { outlet?: string; url?: string; file?: string; quote?: string }[];
  /** The fact's id key in its registry file. */
  location: StoryLocation;
  /** The whole entry, key and value. */
  entry: StoryLocation;
  /** The sentences of the workspace's articles that state it, in URI then text order. */
  articles: StoryArticleRef[];
}

/** A dated role of an actor; `from`/`to` absent means open-ended. */
export interface StoryRole {
  title: string;
  from?: string;
  to?: string;
}

/** An actor of the registry. */
export interface StoryActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: StoryRole[];
  within?: string;
  /** Facts naming it as an actor or place, in registry order. */
  facts: string[];
  location: StoryLocation;
  entry: StoryLocation;
}

/** An indexed article (those that state at least one fact). */
export interface StoryArticle {
  uri: string;
  /** Front-matter `title`, when there is one. */
  title?: string;
  /** The article's reference date (front-matter `date`, else the day it was indexed). */
  date: string;
}

/** The article a model was asked for: its claims, to be marked. */
export interface StoryFocus {
  uri: string;
  date: string;
  /** Its sentences linked to facts. */
  claims: { fact: string; range: StoryRange; kind: 'explicit' | 'inferred' }[];
}

/** Everything the registry view and the timeline show. */
export interface StoryModel {
  version: typeof STORY_MODEL_VERSION;
  /** The day the model is seen from: the focused article's date, else today. */
  asOf: string;
  today: string;
  stories: StoryGroup[];
  /** In registry order (files in order, entries in file order). */
  facts: StoryFact[];
  actors: StoryActor[];
  articles: StoryArticle[];
  focus?: StoryFocus;
  /** True while the workspace index is still being built (article lists may be incomplete). */
  indexing: boolean;
}

/** What {@link buildStoryModel} reads. */
export interface StoryInput {
  registry: Registry;
  /** The indexed articles (an open article's entry reflects its buffer). */
  index: Pick<WorkspaceIndex, 'all' | 'get'> | Iterable<IndexedArticle>;
  today: string;
  /** An article whose claims to mark; its date becomes {@link StoryModel.asOf}. */
  focus?: IndexedArticle;
  indexing?: boolean;
}

/**
 * The story model of a registry and the workspace index. One pass over each;
 * positions are computed once per file (a 5,000-fact registry with 2,000
 * articles stays well under the view's one-second budget).
 */
export function buildStoryModel({ registry, index, today, focus, indexing = false }: StoryInput): StoryModel {
  const lines = new Map<string, LineIndex>();
  const lineIndex = (uri: string, text: string): LineIndex => {
    let l = lines.get(uri);
    if (!l) lines.set(uri, (l = new LineIndex(text)));
    return l;
  };
  const rangeIn = (l: LineIndex, start: number, end: number): StoryRange => ({ start: l.position(start), end: l.position(end) });
  const loc = (file: RegistryFile, location: Location): StoryLocation => ({ uri: location.uri, range: rangeIn(lineIndex(file.uri, file.text), location.span.start, location.span.end) });

  // Articles first: each fact's sentences, in URI order.
  const articles: IndexedArticle[] = [...('all' in index ? index.all() : index)].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const refs = new Map<string, StoryArticleRef[]>();
  const storyArticles: StoryArticle[] = [];
  for (const article of articles) {
    let stated = false;
    const l = lineIndex(article.uri, article.text);
    for (const occ of article.facts) {
      if (!registry.facts.has(occ.id)) continue;
      stated = true;
      const ref: StoryArticleRef = { uri: article.uri, range: rangeIn(l, occ.span.start, occ.span.end), kind: occ.kind === 'inferred' ? 'inferred' : 'explicit' };
      const list = refs.get(occ.id);
      if (list) list.push(ref);
      else refs.set(occ.id, [ref]);
    }
    if (stated) storyArticles.push(describeArticle(article));
    // Article texts are large: drop their line index once done (only registry files are looked up again).
    lines.delete(article.uri);
  }
  for (const list of refs.values()) list.sort((a, b) => (a.uri === b.uri ? a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character : 0));

  // Supersession: who replaces whom.
  const supersedes = new Map<string, string[]>();
  for (const fact of registry.facts.values()) {
    if (!fact.supersededBy || !registry.facts.has(fact.supersededBy)) continue;
    const list = supersedes.get(fact.supersededBy);
    if (list) list.push(fact.id);
    else supersedes.set(fact.supersededBy, [fact.id]);
  }
  const naming = new Map<string, string[]>();
  const name = (actor: string, fact: string): void => {
    const list = naming.get(actor);
    if (!list) naming.set(actor, [fact]);
    else if (list[list.length - 1] !== fact) list.push(fact);
  };

  const stories: StoryGroup[] = [];
  const facts: StoryFact[] = [];
  const actors: StoryActor[] = [];
  const labels = storyLabels(registry.files);
  registry.files.forEach((file, i) => {
    const story: StoryGroup = { id: labels[i] ?? file.uri, label: labels[i] ?? file.uri, uri: file.uri, facts: [] };
    for (const f of file.facts) {
      // The merged registry keeps one entry per id (a duplicate is an error): show that one.
      if (registry.facts.get(f.id) !== f) continue;
      story.facts.push(f.id);
      for (const a of f.actors) name(a, f.id);
      if (f.place) name(f.place, f.id);
      const bounds = valueBounds(f.date);
      facts.push({
        id: f.id,
        statement: f.claim,
        date: f.date,
        ...(bounds ? { start: bounds.first, end: bounds.last } : {}),
        status: f.status,
        story: story.id,
        actors: [...f.actors],
        ...(f.place ? { place: f.place } : {}),
        ...(f.supersededBy && registry.facts.has(f.supersededBy) ? { supersededBy: f.supersededBy } : {}),
        supersedes: supersedes.get(f.id) ?? [],
        ...(f.asOf ? { asOf: f.asOf } : {}),
        ...(f.reviewBy ? { reviewBy: f.reviewBy } : {}),
        sources: f.sources.map((s) => ({
          ...(s.outlet !== undefined ? { outlet: s.outlet } : {}),
          ...(s.url !== undefined ? { url: s.url } : {}),
          ...(s.fileUri !== undefined ? { file: s.fileUri } : {}),
          ...(s.quote !== undefined ? { quote: s.quote } : {}),
        })),
        location: loc(file, f.location),
        entry: loc(file, f.entry),
        articles: refs.get(f.id) ?? [],
      });
    }
    if (story.facts.length) stories.push(story);
  });
  for (const file of registry.files) {
    for (const a of file.actors) {
      if (registry.actors.get(a.id) !== a) continue;
      actors.push({
        id: a.id,
        name: a.name,
        type: a.type,
        aliases: [...a.aliases],
        roles: a.roles.map((r) => ({ title: r.title, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) })),
        ...(a.within ? { within: a.within } : {}),
        facts: naming.get(a.id) ?? [],
        location: loc(file, a.location),
        entry: loc(file, a.entry),
      });
    }
  }

  const model: StoryModel = { version: STORY_MODEL_VERSION, asOf: focus?.reference ?? today, today, stories, facts, actors, articles: storyArticles, indexing };
  if (focus) {
    const l = new LineIndex(focus.text);
    model.focus = {
      uri: focus.uri,
      date: focus.reference,
      claims: focus.facts.filter((o) => registry.facts.has(o.id)).map((o) => ({ fact: o.id, range: rangeIn(l, o.span.start, o.span.end), kind: o.kind === 'inferred' ? 'inferred' : 'explicit' })),
    };
  }
  return model;
}

/** An article's title and date. */
function describeArticle(article: IndexedArticle): StoryArticle {
  const fm = article.text.startsWith('---') || article.text.startsWith('\uFEFF---') ? parseFrontMatter(article.text) : undefined;
  return { uri: article.uri, ...(fm?.title ? { title: fm.title } : {}), date: article.reference };
}

/** One label per registry file: its name without `.facts.yaml`, its folder's for a `facts.yaml`; made unique. */
function storyLabels(files: readonly RegistryFile[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const base = basenameUri(file.uri);
    let label = base.replace(/\.facts\.ya?ml$/i, '');
    if (label === base) label = basenameUri(dirnameUri(file.uri)) || base.replace(/\.ya?ml$/i, '');
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  });
}

/**
 * The facts that replace `id`, oldest first (`supersededBy` followed, cycles cut):
 * what the registry view lists under a superseded fact.
 */
export function storyChain(model: Pick<StoryModel, 'facts'> | ReadonlyMap<string, StoryFact>, id: string): StoryFact[] {
  const byId = model instanceof Map ? model : new Map((model as StoryModel).facts.map((f) => [f.id, f]));
  const chain: StoryFact[] = [];
  const seen = new Set([id]);
  let next = byId.get(id)?.supersededBy;
  while (next && !seen.has(next)) {
    const f = byId.get(next);
    if (!f) break;
    chain.push(f);
    seen.add(next);
    next = f.supersededBy;
  }
  return chain;
}
