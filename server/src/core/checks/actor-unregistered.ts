import type { Check } from './check.js';
import { isTitleOnly } from './titles.js';

const message = (text: string): string => `Actor \`${text}\` is not in the registry; add it, or add the spelling as an alias of a registered actor`;

/**
 * `actor.unregistered`: a named person or organization is not in the registry.
 * A bare title ("French President") or a single letter is not a name.
 */
export const actorUnregistered: Check = {
  code: 'actor.unregistered',
  defaultLevel: 'info',
  run({ actors }) {
    return actors
      .filter((a) => a.form === 'unregistered' && a.type !== 'place' && /\p{L}{2}/u.test(a.text) && !isTitleOnly(a.text))
      .map((a) => ({ span: a, message: message(a.text) }));
  },
};
