import type { Check } from './check.js';
import { addActorFix, addAliasFix, closeActors, MAX_REGISTRY_FIXES } from './registry-fixes.js';
import { isTitleOnly } from './titles.js';
import type { Fix } from '../types.js';

const message = (text: string): string => `Actor \`${text}\` is not in the registry; add it, or add the spelling as an alias of a registered actor`;

/**
 * `actor.unregistered`: a named person or organization is not in the registry.
 * A bare title ("French President") or a single letter is not a name.
 */
export const actorUnregistered: Check = {
  code: 'actor.unregistered',
  defaultLevel: 'info',
  run({ actors, registry, registryTarget, article }) {
    return actors
      .filter((a) => a.form === 'unregistered' && a.type !== 'place' && /\p{L}{2}/u.test(a.text) && !isTitleOnly(a.text))
      .map((a, i) => {
        const fixes: Fix[] = [];
        if (i < MAX_REGISTRY_FIXES) {
          for (const actor of closeActors(registry, a)) {
            const fix = addAliasFix(registry, a, actor);
            if (fix) fixes.push(fix);
          }
          const add = addActorFix(registry, a, article.uri, registryTarget?.uri);
          if (add) fixes.push(add);
        }
        return { span: a, message: message(a.text), ...(fixes.length ? { fixes } : {}) };
      });
  },
};
