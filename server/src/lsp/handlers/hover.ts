import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  basenameUri,
  daysBetween,
  factsNamingIndexed,
  findQuote,
  houseSpellings,
  registryEntry,
  rolesAt,
  supersededFactsIndexed,
  supersessionChain,
  valueBounds,
  WEEKDAYS,
  weekdayOf,
  explainLink,
  type LinkExplanation,
  type ActorMention,
  type Analysis,
  type DateMention,
  type FactSource,
  type RegistryActor,
  type RegistryFact,
} from '../../core/index.js';
import { toRange } from '../convert.js';
import { isRegistryUri, type ServerState } from '../state.js';
import { articleTargetAt, idTargetAt, type ClaimLinkInfo } from './targets.js';

const md = (value: string): Hover['contents'] => ({ kind: 'markdown', value });

/** Hover on an actor, a date, a claim or a marker of an article, or on an id in a registry file. */
export function hover(state: ServerState, document: TextDocument, position: Position): Hover | null {
  if (isRegistryUri(document.uri)) return registryHover(state, document, position);
  if (!state.isArticle(document.uri)) return null;
  const analysis = state.analyze(document);
  const target = articleTargetAt(analysis, document.offsetAt(position));
  if (!target) return null;
  // The article's own registry: a front-matter `registry:` wins for that article.
  const { registry } = analysis;
  switch (target.kind) {
    case 'marker': {
      const fact = registry.facts.get(target.id);
      const value = fact ? factMarkdown(state, fact, analysis.reference, { factId: fact.id, kind: 'explicit', score: 1 }, registry) : `No fact \`${target.id}\` in the registry`;
      return { contents: md(value), range: toRange(document, target.span) };
    }
    case 'actor':
      return { contents: md(actorMarkdown(state, target.mention, analysis.reference, registry)), range: toRange(document, target.mention) };
    case 'date':
      return { contents: md(dateMarkdown(target.date, analysis)), range: toRange(document, target.date) };
    case 'claim': {
      const fact = target.link && registry.facts.get(target.link.factId);
      const value = fact
        ? factMarkdown(state, fact, analysis.reference, target.link!, registry, target.link!.kind === 'inferred' ? explainLink(target.claim, fact, registry) : undefined)
        : 'Dated claim, linked to no fact of the registry. Add it with **Factmark: Add the claim under the cursor to the registry**';
      return { contents: md(value), range: toRange(document, target.claim) };
    }
  }
}

/** Hover on an id in a registry file: a summary of the entry it names. */
function registryHover(state: ServerState, document: TextDocument, position: Position): Hover | null {
  const at = idTargetAt(state, document, position);
  if (!at) return null;
  const entry = registryEntry(state.checker.store.registry, at.id);
  if (!entry) return { contents: md(`\`${at.id}\` is not in the registry`), range: toRange(document, at.span) };
  const value = entry.kind === 'fact' ? factMarkdown(state, entry.fact, undefined) : actorSummary(state, entry.actor, undefined);
  return { contents: md(value), range: toRange(document, at.span) };
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** How many facts and articles mention an actor or a fact, with a note while the index is still being built. */
function mentionCounts(state: ServerState, id: string, facts?: number): string {
  const { indexer } = state;
  const articles = plural(indexer.index.articleCount(id), 'article');
  const partial = indexer.building ? ` (indexing: ${indexer.done} of ${indexer.total} articles so far)` : '';
  return facts === undefined ? `Named in ${articles}${partial}` : `Named in ${plural(facts, 'fact')} and ${articles}${partial}`;
}

/** An actor, what matters first: house name, type and role at the date, then how many facts and articles name it. */
function actorSummary(state: ServerState, actor: RegistryActor, day: string | undefined, registry = state.checker.store.registry): string {
  const head = [`**${actor.name}** · ${actor.type}`];
  const lines: string[] = [];
  if (day) {
    const roles = rolesAt(actor, day);
    if (roles.length) head.push(`${roles.map((r) => r.title).join('; ')} on ${day}`);
    else if (actor.roles.length) lines.push(`On ${day}: no role in the registry (${actor.roles.map(roleText).join('; ')})`);
  } else if (actor.roles.length) {
    lines.push(`Roles: ${actor.roles.map(roleText).join('; ')}`);
  }
  lines.unshift(mentionCounts(state, actor.id, factsNamingIndexed(registry, actor.id).length));
  if (actor.within) lines.push(`Within: ${registry.actors.get(actor.within)?.name ?? actor.within}`);
  if (actor.aliases.length) lines.push(`Aliases: ${actor.aliases.join(', ')}`);
  if (actor.variants.length) lines.push(`Not house style: ${actor.variants.join(', ')}`);
  lines.push(`Registry id \`${actor.id}\``);
  return [head.join(' · '), ...lines].join('\n\n');
}

function roleText(r: { title: string; from?: string; to?: string }): string {
  return r.from || r.to ? `${r.title} (${r.from ?? '…'} to ${r.to ?? 'now'})` : r.title;
}

function actorMarkdown(state: ServerState, mention: ActorMention, day: string, registry = state.checker.store.registry): string {
  const actor = registry.actors.get(mention.id);
  if (!actor || mention.form === 'unregistered') return `**${mention.text}** · ${mention.type}\n\nNot in the registry`;
  const summary = actorSummary(state, actor, day, registry);
  // The same house spelling as the `actor.spelling` diagnostic and its first fix: one answer.
  return mention.form === 'variant' ? `${summary}\n\n\`${mention.text}\` is not house style: write \`${houseSpellings(actor, mention.text)[0] ?? actor.name}\`` : summary;
}

function dateMarkdown(date: DateMention, analysis: Analysis): string {
  const bounds = valueBounds(date.value);
  const lines = [`**${date.value}**`];
  if (bounds && bounds.first === bounds.last) lines[0] += ` · ${WEEKDAYS[weekdayOf(bounds.first)]}`;
  else if (bounds) lines.push(`${WEEKDAYS[weekdayOf(bounds.first)]} ${bounds.first} to ${WEEKDAYS[weekdayOf(bounds.last)]} ${bounds.last}`);
  if (bounds) {
    const d = daysBetween(analysis.reference, bounds.first);
    const how = d === 0 ? 'the article’s date' : d < 0 ? `${plural(-d, 'day')} before the article’s date` : `${plural(d, 'day')} after the article’s date`;
    if (date.relative) lines.push(`Resolved against ${analysis.dated ? analysis.reference : `today (${analysis.reference}): the article has no \`date\``}; ${how}`);
    else if (analysis.dated) lines.push(`${how.charAt(0).toUpperCase()}${how.slice(1)} (${analysis.reference})`);
  }
  return lines.join('\n\n');
}

/** The evidence of an inferred link: shared actors and words, and whether the date and place agree. */
function evidenceMarkdown(why: LinkExplanation, fact: RegistryFact): string {
  const parts: string[] = [];
  parts.push(why.actors.length ? `actors ${why.actors.join(', ')}` : 'no shared actor');
  parts.push(why.words.length ? `words ${why.words.map((w) => `“${w}”`).join(', ')}` : 'no shared word');
  parts.push(why.date === 'agrees' ? 'the date agrees' : why.date === 'differs' ? `the date differs (fact: ${fact.date})` : 'no date');
  if (why.score.place > 0) parts.push('the place lies in the fact’s');
  return `Evidence: ${parts.join('; ')}`;
}

/** A fact as Markdown: claim, status, dates, how it is linked, supersession and sources as links. */
export function factMarkdown(
  state: ServerState,
  fact: RegistryFact,
  day: string | undefined,
  link?: ClaimLinkInfo,
  registry = state.checker.store.registry,
  why?: LinkExplanation,
): string {
  const lines = [`**${fact.id}** · ${fact.status} · ${fact.date}`, `> ${fact.claim}`];
  if (link) lines.push(link.kind === 'explicit' ? 'Linked by a `[@' + fact.id + ']` marker' : `Linked by inference, ${why?.certainty ?? 'fit'} certainty (fit ${link.score.toFixed(2)}); a code action writes it down as a marker`);
  if (why) lines.push(evidenceMarkdown(why, fact));
  const dates = [fact.asOf && `verified ${fact.asOf}`, fact.reviewBy && `review by ${fact.reviewBy}${day && fact.reviewBy < day ? ' (past)' : ''}`].filter(Boolean);
  if (dates.length) lines.push(`${dates.join(' · ')}`);
  const actors = fact.actors.map((id) => registry.actors.get(id)?.name ?? id);
  if (actors.length || fact.place) lines.push([actors.join(', '), fact.place && `in ${registry.actors.get(fact.place)?.name ?? fact.place}`].filter(Boolean).join(' '));
  const before = supersededFactsIndexed(registry, fact);
  const after = supersessionChain(registry, fact);
  if (before.length || after.length) {
    const chain = [...before.map((f) => `\`${f.id}\` (${f.date})`), `**\`${fact.id}\`**`, ...after.map((f) => `\`${f.id}\` (${f.date}, ${f.status})`)];
    lines.push(`Supersession: ${chain.join(' → ')}`);
  }
  if (fact.sources.length) lines.push(['Sources:', ...fact.sources.map((s) => `- ${sourceMarkdown(state, s)}`)].join('\n'));
  lines.push(mentionCounts(state, fact.id));
  return lines.join('\n\n');
}

function sourceMarkdown(state: ServerState, source: FactSource): string {
  const quote = source.quote ? ` “${source.quote}”` : '';
  if (source.url) return `[${source.outlet ?? source.url}](${source.url})${quote}`;
  if (source.fileUri) {
    const doc = state.textOf(source.fileUri);
    const span = doc && source.quote ? findQuote(doc.getText(), source.quote) : undefined;
    const fragment = doc && span ? `#L${doc.positionAt(span.start).line + 1}` : '';
    return `[${source.file ?? basenameUri(source.fileUri)}](${source.fileUri}${fragment})${quote}`;
  }
  return `${source.outlet ?? 'source'}${quote}`;
}
