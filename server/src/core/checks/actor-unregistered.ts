import type { Check, CheckFinding } from './check.js';
import { addActorFix, addAliasFix, closeActors, MAX_REGISTRY_FIXES } from './registry-fixes.js';
import { memoOf, textMemo } from './memo.js';
import { reportableIds, thingByOwnWords } from './name-evidence.js';
import { isTitleFront, isTitleOnly } from './titles.js';
import type { Registry } from '../registry/model.js';
import type { ActorMention, Fix } from '../types.js';

const message = (text: string): string => `Actor \`${text}\` is not in the registry; add it, or add the spelling as an alias of a registered actor`;

/** Whether a name's text is a name: two letters, not title words alone (remembered per text). */
function nameLike(text: string): boolean {
  const memo = textMemo.table<boolean>('name-like');
  return memo.get(text) ?? memo.remember(text, /\p{L}{2}/u.test(text) && !isTitleOnly(text));
}

/** Message and fixes of a name, per registry, by its type and text, for one article and target. */
interface Reported {
  message: string;
  uri: string;
  target: string | undefined;
  fixes: Fix[];
}

/** The fixes of an unregistered name: aliases of close registered actors, then a new actor (remembered per registry). */
function reportOf(registry: Registry, a: ActorMention, uri: string, target: string | undefined): Reported {
  const memo = memoOf(registry).table<Reported>('actor.unregistered: reports by type and text');
  const key = `${a.type}\u0000${a.text}`;
  let found = memo.get(key);
  if (!found || found.uri !== uri || found.target !== target) {
    const fixes: Fix[] = [];
    for (const actor of closeActors(registry, a)) {
      const fix = addAliasFix(registry, a, actor);
      if (fix) fixes.push(fix);
    }
    const add = addActorFix(registry, a, uri, target);
    if (add) fixes.push(add);
    found = memo.remember(key, { message: message(a.text), uri, target, fixes });
  }
  return found;
}

/**
 * `actor.unregistered`: a named person or organization is not in the registry.
 * A bare title ("French President"), the front of a title ("International" in
 * "USW International President") or a single letter is not a name: no finding, and
 * nothing offered to the registry. Nor is a one-word name that nothing in the article
 * shows to be a person's or a body's (`name-evidence.ts`): the finder types it for
 * hovers and highlighting, but the writer is not told it is missing.
 */
export const actorUnregistered: Check = {
  code: 'actor.unregistered',
  run({ actors, registry, registryTarget, article }) {
    const out: CheckFinding[] = [];
    const sure = reportableIds(article.text, actors);
    for (const a of actors) {
      if (a.form !== 'unregistered' || a.type === 'place' || !sure.has(a.id) || thingByOwnWords(a) || !nameLike(a.text) || isTitleFront(article.text, a)) continue;
      if (out.length < MAX_REGISTRY_FIXES) {
        const { message, fixes } = reportOf(registry, a, article.uri, registryTarget?.uri);
        out.push({ span: a, message, ...(fixes.length ? { fixes } : {}) });
      } else out.push({ span: a, message: message(a.text) });
    }
    return out;
  },
};
