import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { daysBetween, valueBounds, type RegistryActor } from '../../core/index.js';
import type { ServerState } from '../state.js';

/** Characters that open a completion: `@` of a `[@id]` marker. */
export const COMPLETION_TRIGGERS = ['@'];

const ACTOR_KIND: Record<RegistryActor['type'], CompletionItemKind> = {
  person: CompletionItemKind.Reference,
  organization: CompletionItemKind.Module,
  place: CompletionItemKind.Folder,
};

/** Fact ids after `[@` (claim and date as detail, nearest dates first), otherwise actor names and aliases. */
export function completion(state: ServerState, document: TextDocument, position: Position): CompletionItem[] {
  const registry = state.isArticle(document.uri) ? state.analyze(document).registry : state.checker.store.registry;
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const marker = /\[(?:[^\]]*;\s*)?@([a-z0-9-]*)$/.exec(line);
  const typed = marker?.[1];
  if (typed !== undefined) {
    const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
    const reference = state.analyze(document).reference;
    return [...registry.facts.values()].map((fact) => {
      const first = valueBounds(fact.date)?.first;
      const distance = first ? Math.abs(daysBetween(reference, first)) : 99999;
      return {
        label: fact.id,
        kind: CompletionItemKind.Event,
        detail: `${fact.date} · ${fact.claim}`,
        documentation: { kind: 'markdown', value: `**${fact.status}** · ${fact.date}\n\n> ${fact.claim}` },
        sortText: `${String(distance).padStart(6, '0')} ${fact.id}`,
        filterText: `${fact.id} ${fact.claim}`,
        textEdit: { range, newText: fact.id },
      };
    });
  }
  const word = /[\p{L}][\p{L}\p{M}'’.-]*$/u.exec(line);
  if (!word) return [];
  const prefix = word[0].toLowerCase();
  const range = { start: { line: position.line, character: position.character - word[0].length }, end: position };
  const items: CompletionItem[] = [];
  for (const actor of registry.actors.values()) {
    for (const spelling of [actor.name, ...actor.aliases]) {
      if (!spelling.toLowerCase().startsWith(prefix) || spelling.length === word[0].length) continue;
      items.push({
        label: spelling,
        kind: ACTOR_KIND[actor.type],
        detail: spelling === actor.name ? `${actor.type} · ${actor.id}` : `alias of ${actor.name} · ${actor.id}`,
        textEdit: { range, newText: spelling },
      });
    }
  }
  return items;
}
