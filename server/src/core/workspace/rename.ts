import type { Registry } from '../registry/model.js';
import type { Location, TextEdit } from '../types.js';
import type { IndexedArticle } from './article-index.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where the registry defines and names an id: its keys (definitions) and references from other entries. */
export function registryOccurrences(registry: Registry, id: string): { definitions: Location[]; references: Location[] } {
  const definitions: Location[] = [];
  const references: Location[] = [];
  for (const file of registry.files) {
    for (const a of file.actors) if (a.id === id) definitions.push(a.location);
    for (const f of file.facts) if (f.id === id) definitions.push(f.location);
    for (const r of file.refs) if (r.id === id) references.push({ uri: file.uri, span: r.span });
  }
  return { definitions, references };
}

/** The outcome of {@link renameEdits}: the edits, or why the rename cannot be done. */
export type RenameResult = { edits: TextEdit[] } | { error: string };

/**
 * Renames a registry id everywhere: its key, every reference from other entries
 * (fact `actors`, `place`, `superseded_by`, actor `within`) and, for a fact,
 * every `[@id]` marker in the given articles.
 */
export function renameEdits(registry: Registry, articles: Iterable<IndexedArticle>, oldId: string, newId: string): RenameResult {
  if (!ID.test(newId)) return { error: `\`${newId}\` is not a valid id: use lowercase letters, digits and single hyphens` };
  const isActor = registry.actors.has(oldId);
  const isFact = registry.facts.has(oldId);
  if (!isActor && !isFact) return { error: `\`${oldId}\` is not an id of the registry` };
  if (newId !== oldId && (registry.actors.has(newId) || registry.facts.has(newId))) return { error: `Id \`${newId}\` is already used in the registry` };
  const edits: TextEdit[] = [];
  const { definitions, references } = registryOccurrences(registry, oldId);
  for (const l of [...definitions, ...references]) edits.push({ uri: l.uri, span: l.span, newText: newId });
  if (isFact) {
    for (const article of articles) {
      for (const f of article.facts) if (f.kind === 'marker' && f.id === oldId) edits.push({ uri: article.uri, span: f.span, newText: newId });
    }
  }
  return { edits };
}
