import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { WEEKDAYS, daysBetween, valueBounds, weekdayOf } from '../../core/index.js';
import { toRange } from '../convert.js';
import type { ServerState } from '../server.js';

/** Hover on an actor (registry name, type, aliases) or a date (ISO value and weekday). */
export function hover(state: ServerState, document: TextDocument, position: Position): Hover | null {
  const analysis = state.analyze(document);
  const offset = document.offsetAt(position);
  const at = <T extends { start: number; end: number }>(list: T[]): T | undefined => list.find((x) => offset >= x.start && offset <= x.end);
  const actor = at(analysis.actors);
  if (actor) {
    const entry = state.checker.store.registry.actors.get(actor.id);
    const lines = entry
      ? [
          `**${entry.name}** · ${entry.type}`,
          entry.aliases.length ? `Aliases: ${entry.aliases.join(', ')}` : '',
          entry.variants.length ? `Not house style: ${entry.variants.join(', ')}` : '',
          `Registry id \`${entry.id}\``,
        ]
      : [`**${actor.text}** · ${actor.type}`, 'Not in the registry'];
    return { contents: { kind: 'markdown', value: lines.filter(Boolean).join('\n\n') }, range: toRange(document, actor) };
  }
  const date = at(analysis.dates);
  if (date) {
    const bounds = valueBounds(date.value);
    const lines = [`**${date.value}**`];
    if (bounds && bounds.first === bounds.last) lines[0] += ` · ${WEEKDAYS[weekdayOf(bounds.first)]}`;
    else if (bounds) lines.push(`${WEEKDAYS[weekdayOf(bounds.first)]} ${bounds.first} to ${WEEKDAYS[weekdayOf(bounds.last)]} ${bounds.last}`);
    if (bounds && date.relative) {
      const d = daysBetween(analysis.reference, bounds.first);
      const how = d === 0 ? 'the article’s date' : d < 0 ? `${-d} day${d === -1 ? '' : 's'} before the article’s date` : `${d} day${d === 1 ? '' : 's'} after the article’s date`;
      lines.push(`Resolved against ${analysis.dated ? analysis.reference : `today (${analysis.reference}): the article has no \`date\``}; ${how}`);
    }
    return { contents: { kind: 'markdown', value: lines.join('\n\n') }, range: toRange(document, date) };
  }
  return null;
}
