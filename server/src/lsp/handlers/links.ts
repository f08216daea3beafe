import type { DocumentLink } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toRange } from '../convert.js';
import type { ServerState } from '../state.js';

/** Links in a registry file: each source's `url`, and its `file` to the article. */
export function documentLinks(state: ServerState, document: TextDocument): DocumentLink[] {
  const file = state.checker.store.registry.files.find((f) => f.uri === document.uri);
  if (!file || file.text !== document.getText()) return [];
  const links: DocumentLink[] = [];
  for (const fact of file.facts) {
    for (const source of fact.sources) {
      const { start, end } = source.location.span;
      const body = file.text.slice(start, end);
      for (const [value, target] of [[source.url, source.url], [source.file, source.fileUri]] as const) {
        if (!value || !target) continue;
        const at = body.indexOf(value);
        if (at >= 0) links.push({ range: toRange(document, { start: start + at, end: start + at + value.length }), target, tooltip: `Open ${value}` });
      }
    }
  }
  return links;
}
