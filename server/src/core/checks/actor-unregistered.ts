import type { Check, CheckFinding } from './check.js';
import { addActorFix, addAliasFix, closeActors, MAX_REGISTRY_FIXES } from './registry-fixes.js';
import { isTitleOnly } from './titles.js';
import type { Registry } from '../registry/model.js';
import type { ActorMention, Fix } from '../types.js';

const message = (text: string): string => `Actor \`${text}\` is not in the registry; add it, or add the spelling as an alias of a registered actor`;

/** Whether a name's text is a name: two letters, not title words alone (remembered per text). */
function nameLike(text: string): boolean {
  let like = names.get(text);
  if (like === undefined) {
    if (names.size >= 10_000) names.clear();
    names.set(text, (like = /\p{L}{2}/u.test(text) && !isTitleOnly(text)));
  }
  return like;
}

const names = new Map<string, boolean>();

/** Message and fixes of a name, per registry, by its type and text, for one article and target. */
interface Reported {
  message: string;
  uri: string;
  target: string | undefined;
  fixes: Fix[];
}

const reportedMemo = new WeakMap<Registry, Map<string, Reported>>();

/** The fixes of an unregistered name: aliases of close registered actors, then a new actor (remembered per registry). */
function reportOf(registry: Registry, a: ActorMention, uri: string, target: string | undefined): Reported {
  let memo = reportedMemo.get(registry);
  if (!memo) reportedMemo.set(registry, (memo = new Map()));
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
    if (memo.size >= 10_000) memo.clear();
    memo.set(key, (found = { message: message(a.text), uri, target, fixes }));
  }
  return found;
}

/**
 * `actor.unregistered`: a named person or organization is not in the registry.
 * A bare title ("French President") or a single letter is not a name.
 */
export const actorUnregistered: Check = {
  code: 'actor.unregistered',
  run({ actors, registry, registryTarget, article }) {
    const out: CheckFinding[] = [];
    for (const a of actors) {
      if (a.form !== 'unregistered' || a.type === 'place' || !nameLike(a.text)) continue;
      if (out.length < MAX_REGISTRY_FIXES) {
        const { message, fixes } = reportOf(registry, a, article.uri, registryTarget?.uri);
        out.push({ span: a, message, ...(fixes.length ? { fixes } : {}) });
      } else out.push({ span: a, message: message(a.text) });
    }
    return out;
  },
};
