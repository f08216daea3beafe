import type { Check } from './check.js';

/** `actor.unregistered`: a named person or organization is not in the registry. */
export const actorUnregistered: Check = {
  code: 'actor.unregistered',
  defaultLevel: 'info',
  run({ actors }) {
    return actors
      .filter((a) => a.form === 'unregistered' && a.type !== 'place')
      .map((a) => ({ span: a, message: `Actor \`${a.text}\` is not in the registry; add it, or add the spelling as an alias of a registered actor` }));
  },
};
