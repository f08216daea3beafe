import type { Article, Fix, Span } from '../types.js';

/** Where a marker goes in a sentence: before its final punctuation, else at its end. */
export function markerOffset(text: string, sentence: Span): number {
  const body = text.slice(sentence.start, sentence.end);
  const m = /\s*[.!?]+["'”’)\]]*\s*$/.exec(body);
  return sentence.start + (m ? m.index : body.trimEnd().length);
}

/** A fix that writes `[@id]` into the sentence. */
export function insertMarkerFix(article: Article, sentence: Span, id: string, title = `Link \`${id}\` with a marker`): Fix {
  const at = markerOffset(article.text, sentence);
  return { title, edits: [{ uri: article.uri, span: { start: at, end: at }, newText: ` [@${id}]` }] };
}
