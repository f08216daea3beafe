import { SemanticTokensBuilder, type InlayHint, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from '../../core/index.js';
import type { ServerState } from '../state.js';
import { linkOf } from './targets.js';

const TYPES = ['actor', 'date', 'claim'] as const;
const MODIFIERS = ['person', 'organization', 'place', 'unregistered', 'relative', 'linked'] as const;

/** The semantic token legend; package.json declares the same types, modifiers and their TextMate scopes. */
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const mod = (...names: (typeof MODIFIERS)[number][]): number => names.reduce((bits, n) => bits | (1 << MODIFIERS.indexOf(n)), 0);

/** A date written with its year in full ("January 6, 2025", "2024") says its value already. */
const STATES_YEAR = /\b\d{4}\b/;

/** The resolved ISO date after each relative or year-less date ("on Sunday" → 2026-01-25) in a range; none after absolute dates. */
export function inlayHints(state: ServerState, document: TextDocument, range: Range): InlayHint[] {
  const analysis = state.analyze(document);
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  const against = analysis.dated ? `the article’s date ${analysis.reference}` : `today, ${analysis.reference} (the article has no \`date\`)`;
  return analysis.dates
    .filter((d) => d.relative && !STATES_YEAR.test(d.text) && d.end >= from && d.start <= to)
    .map((d) => ({ position: document.positionAt(d.end), label: d.value, paddingLeft: true, tooltip: `\`${d.text}\` resolved against ${against}` }));
}

interface Token extends Span {
  type: number;
  modifiers: number;
}

/** Semantic tokens for actors, dates and claims (claims fill the gaps between their actors and dates). */
export function semanticTokens(state: ServerState, document: TextDocument, range?: Range): SemanticTokens {
  const analysis = state.analyze(document);
  const tokens: Token[] = [];
  for (const a of analysis.actors) {
    tokens.push({ start: a.start, end: a.end, type: 0, modifiers: mod(a.type) | (a.form === 'unregistered' ? mod('unregistered') : 0) });
  }
  for (const d of analysis.dates) tokens.push({ start: d.start, end: d.end, type: 1, modifiers: d.relative ? mod('relative') : 0 });
  const inner = [...tokens].sort((x, y) => x.start - y.start);
  for (const claim of analysis.claims) {
    const modifiers = linkOf(analysis, claim) ? mod('linked') : 0;
    let at = claim.start;
    for (const t of inner) {
      if (t.end <= at || t.start >= claim.end) continue;
      if (t.start > at) tokens.push({ start: at, end: t.start, type: 2, modifiers });
      at = Math.max(at, t.end);
    }
    if (at < claim.end) tokens.push({ start: at, end: claim.end, type: 2, modifiers });
  }
  tokens.sort((x, y) => x.start - y.start);
  const from = range ? document.offsetAt(range.start) : 0;
  const to = range ? document.offsetAt(range.end) : Infinity;
  const builder = new SemanticTokensBuilder();
  for (const t of tokens) {
    if (t.end < from || t.start > to) continue;
    // Tokens may not span lines: cut them at line ends.
    const start = document.positionAt(t.start);
    const end = document.positionAt(t.end);
    for (let line = start.line; line <= end.line; line++) {
      const first = line === start.line ? start.character : 0;
      const last = line === end.line ? end.character : document.offsetAt({ line: line + 1, character: 0 }) - document.offsetAt({ line, character: 0 });
      const text = document.getText({ start: { line, character: first }, end: { line, character: last } }).replace(/[\r\n]+$/, '');
      if (text.trim()) builder.push(line, first, text.length, t.type, t.modifiers);
    }
  }
  return builder.build();
}
