import { ResponseError, ErrorCodes, MessageType, type Location } from 'vscode-languageserver';
import { basenameUri } from '../../core/index.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerCommandIds } from '../protocol.js';
import type { ServerState } from '../state.js';
import { addClaimToRegistry, announceAdded, tell } from './add-claim.js';
import { definition, toLocation } from './navigation.js';
import { addFactSource, setFactStatus } from './registry-edits.js';
import { idTargetAt } from './targets.js';

/** Commands the server executes (`workspace/executeCommand`); the VS Code client forwards its palette commands here. */
export const SERVER_COMMANDS = Object.values(ServerCommandIds);

/** Arguments of the position commands: `[uri, {line, character}]`, as any LSP client can send them. */
type PositionArgs = [string, { line: number; character: number }];

function positionArgs(args: unknown[]): PositionArgs {
  const [uri, position] = args as Partial<PositionArgs>;
  if (typeof uri !== 'string' || typeof position?.line !== 'number' || typeof position.character !== 'number') {
    throw new ResponseError(ErrorCodes.InvalidParams, 'Expected arguments `[uri, {line, character}]`');
  }
  return [uri, position];
}

/** Runs a server command: re-check the workspace, show a registry entry, add the claim under the cursor. */
export async function executeCommand(state: ServerState, command: string, args: unknown[]): Promise<unknown> {
  switch (command) {
    case ServerCommandIds.recheck: {
      await state.recheck();
      const result = { facts: state.checker.store.registry.facts.size, articles: state.indexer.index.size };
      tell(state, MessageType.Info, recheckMessage(state, result.articles));
      return result;
    }
    case ServerCommandIds.showEntry: {
      const [uri, position] = positionArgs(args);
      const location = await showEntry(state, uri, position);
      if (!location) {
        tell(state, MessageType.Warning, 'Factmark: no registry entry here. Put the cursor on a registered actor, a claim linked to a fact, a `[@id]` marker or an id in a registry file.');
      } else if (state.client.showDocument) {
        void state.connection.window.showDocument({ uri: location.uri, selection: location.range, takeFocus: true });
      } else {
        tell(state, MessageType.Info, `Factmark: the entry is at ${basenameUri(location.uri)}:${location.range.start.line + 1}`);
      }
      return location ?? null;
    }
    case ServerCommandIds.addClaim:
      return addClaimToRegistry(state, ...positionArgs(args));
    case ServerCommandIds.setFactStatus:
      await state.ready;
      return setFactStatus(state, args);
    case ServerCommandIds.addFactSource:
      await state.ready;
      return addFactSource(state, args);
    case ServerCommandIds.announceAdded: {
      const [kind, id, registryUri] = args as [unknown, unknown, unknown];
      if ((kind !== 'fact' && kind !== 'actor') || typeof id !== 'string' || typeof registryUri !== 'string') {
        throw new ResponseError(ErrorCodes.InvalidParams, "Expected arguments `['fact' | 'actor', id, registryUri]`");
      }
      void announceAdded(state, kind, id, registryUri);
      return null;
    }
    default:
      throw new ResponseError(ErrorCodes.MethodNotFound, `Unknown command \`${command}\``);
  }
}

/** What a re-check found: the registry's size and what is wrong in it, and how many articles were checked. */
function recheckMessage(state: ServerState, articles: number): string {
  const s = state.checker.store.state();
  const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
  const wrong = [s.errors && plural(s.errors, 'error'), s.stale.length && `${plural(s.stale.length, 'stale file')} (last good version in use)`].filter(Boolean);
  return `Factmark: re-checked ${plural(articles, 'article')} against ${plural(s.facts, 'fact')} and ${plural(s.actors, 'actor')}; ${wrong.length ? `registry: ${wrong.join(', ')}` : 'no errors in the registry'}.`;
}

/** The registry entry of the id at a position (or, in an article, of the actor or claim there). */
async function showEntry(state: ServerState, uri: string, position: { line: number; character: number }): Promise<Location | undefined> {
  // Only the workspace's own files: an open document, a registry file, or an article inside the workspace.
  let document = state.documents.get(uri) ?? state.textOf(uri);
  if (!document && state.isArticle(uri)) {
    const named = await state.readNamed(uri);
    if ('text' in named) document = TextDocument.create(uri, 'markdown', 0, named.text);
  }
  if (!document) return undefined;
  const target = idTargetAt(state, document, position);
  if (!target) return undefined;
  const registry = state.checker.store.registry;
  const entry = registry.actors.get(target.id) ?? registry.facts.get(target.id);
  if (entry) return toLocation(state, entry.location);
  return (await definition(state, document, position))[0];
}
