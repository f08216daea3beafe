import { roleHeld } from './titles.js';
import type { Check } from './check.js';

const message = (text: string, name: string, type: string, role: string | undefined): string =>
  `Actor \`${text}\` is \`${name}\` (${type}${role ? `, ${role}` : ''})`;

/**
 * `actor.registered`: a hint on every actor written in house spelling, so the
 * editor sees what Factmark recognised (a variant gets `actor.spelling` instead).
 */
export const actorRegistered: Check = {
  code: 'actor.registered',
  defaultLevel: 'hint',
  run({ actors, registry, reference }) {
    return actors
      .filter((a) => a.form !== 'unregistered' && a.form !== 'variant' && registry.actors.has(a.id))
      .map((a) => {
        const actor = registry.actors.get(a.id)!;
        const role = actor.roles.find((r) => roleHeld(r, reference))?.title;
        return { span: a, message: message(a.text, actor.name, actor.type, role), related: [{ location: actor.location, message: `Registry entry \`${actor.id}\`` }] };
      });
  },
};
