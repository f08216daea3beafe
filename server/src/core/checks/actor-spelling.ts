import type { Check } from './check.js';

/** `actor.spelling`: an actor is written with one of its registry `variants`, not the house spelling. */
export const actorSpelling: Check = {
  code: 'actor.spelling',
  defaultLevel: 'warning',
  run({ actors, registry }) {
    return actors
      .filter((a) => a.form === 'variant')
      .map((a) => {
        const actor = registry.actors.get(a.id)!;
        const words = a.text.trim().split(/\s+/);
        // A surname variant ("Zelenskiy") is replaced by the house surname, a full variant by the full name.
        const house = words.length === 1 && actor.type === 'person' ? actor.name.split(/\s+/).pop()! : actor.name;
        return {
          span: a,
          message: `Actor \`${a.text}\` is not the house spelling, expected \`${house}\``,
          expected: [house],
          related: [{ location: actor.location, message: `Registry entry \`${actor.id}\`` }],
        };
      });
  },
};
