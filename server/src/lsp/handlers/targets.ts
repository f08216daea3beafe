import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { registryIdAt, type ActorMention, type Analysis, type Claim, type DateMention, type RegistryIdAt, type Span } from '../../core/index.js';
import { isRegistryUri, type ServerState } from '../state.js';

/** How a claim is linked to a fact. */
export interface ClaimLinkInfo {
  factId: string;
  kind: 'explicit' | 'inferred';
  score: number;
}

/** What the cursor is on in an article. */
export type ArticleTarget =
  | { kind: 'marker'; id: string; span: Span; idSpan: Span }
  | { kind: 'actor'; mention: ActorMention }
  | { kind: 'date'; date: DateMention }
  | { kind: 'claim'; claim: Claim; link?: ClaimLinkInfo };

const inside = (offset: number, s: Span): boolean => offset >= s.start && offset <= s.end;

/** The (first) link of a claim to a fact. */
export function linkOf(analysis: Analysis, claim: Span): ClaimLinkInfo | undefined {
  const link = analysis.links.find((l) => l.claim.start === claim.start && l.claim.end === claim.end);
  return link && { factId: link.factId, kind: link.kind, score: link.score };
}

/** The innermost thing at an offset of an analysed article: a marker, an actor, a date, or the claim around it. */
export function articleTargetAt(analysis: Analysis, offset: number): ArticleTarget | undefined {
  const marker = analysis.article.markers.find((m) => inside(offset, m));
  if (marker) return { kind: 'marker', id: marker.id, span: marker, idSpan: marker.idSpan };
  const mention = analysis.actors.find((a) => inside(offset, a));
  if (mention) return { kind: 'actor', mention };
  const date = analysis.dates.find((d) => inside(offset, d));
  if (date) return { kind: 'date', date };
  const claim = analysis.claims.find((c) => offset >= c.start && offset < c.end) ?? analysis.links.find((l) => offset >= l.claim.start && offset < l.claim.end)?.claim;
  if (claim) return { kind: 'claim', claim, link: linkOf(analysis, claim) };
  return undefined;
}

/** A registry id the cursor designates, in an article or a registry file, with the span it was found at. */
export interface IdTarget {
  id: string;
  kind: 'actor' | 'fact';
  span: Span;
  /** True on the id's own key in the registry. */
  definition: boolean;
}

/** The registry id at a position: a marker, a registered actor, a linked claim, or an id in a registry file. */
export function idTargetAt(state: ServerState, document: TextDocument, position: Position): IdTarget | undefined {
  const offset = document.offsetAt(position);
  if (isRegistryUri(document.uri)) {
    const at: RegistryIdAt | undefined = registryIdAt(state.checker.store.registry, document.uri, offset);
    return at && { ...at };
  }
  if (!state.isArticle(document.uri)) return undefined;
  const target = articleTargetAt(state.analyze(document), offset);
  if (!target) return undefined;
  if (target.kind === 'marker') return { id: target.id, kind: 'fact', span: target.idSpan, definition: false };
  if (target.kind === 'actor') {
    return target.mention.form === 'unregistered' ? undefined : { id: target.mention.id, kind: 'actor', span: target.mention, definition: false };
  }
  if (target.kind === 'claim' && target.link) return { id: target.link.factId, kind: 'fact', span: target.claim, definition: false };
  return undefined;
}

/** Brings the index up to date with every open article buffer (before workspace-wide answers). */
export function syncOpenArticles(state: ServerState): void {
  for (const d of state.documents.all()) if (state.isArticle(d.uri)) state.analyze(d);
}
