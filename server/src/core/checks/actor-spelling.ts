import { normalize } from '../extract/tokens.js';
import { editDistance } from '../link/index.js';
import type { RegistryActor } from '../registry/model.js';
import type { Check } from './check.js';
import type { CheckMemo } from './memo.js';

const message = (text: string, house: string): string => `Actor \`${text}\` is not the house spelling, expected \`${house}\``;

/**
 * The house spellings to offer for a variant, best first: a surname variant
 * ("Zelenskiy") gets the house surname, a full variant the `name`; then any
 * other house spelling (name, alias, surname) closer to what was written
 * ("Zaporizhia" → the alias "Zaporizhzhia").
 */
export function houseSpellings(actor: RegistryActor, written: string): string[] {
  const words = written.trim().split(/\s+/);
  const surname = actor.type === 'person' ? actor.name.split(/\s+/).pop()! : undefined;
  const first = words.length === 1 && surname ? surname : actor.name;
  const house = [actor.name, ...actor.aliases, ...(surname ? [surname] : [])];
  const w = normalize(written);
  const best = [...new Set(house)].sort((a, b) => editDistance(w, normalize(a)) - editDistance(w, normalize(b)))[0];
  const out = [first];
  if (best && editDistance(w, normalize(best)) < editDistance(w, normalize(first))) out.unshift(best);
  return [...new Set(out)];
}

/** House spellings by actor and written text, remembered per registry (every keystroke asks again). */
function spellingsOf(memo: CheckMemo, actor: RegistryActor, written: string): string[] {
  const byKey = memo.table<string[]>('actor.spelling: house spellings by id and text');
  const key = `${actor.id}\u0000${written}`;
  return [...(byKey.get(key) ?? byKey.remember(key, houseSpellings(actor, written)))];
}

/** `actor.spelling`: an actor is written with one of its registry `variants`, not the house spelling. */
export const actorSpelling: Check = {
  code: 'actor.spelling',
  run({ actors, registry, memo }) {
    return actors
      .filter((a) => a.form === 'variant' && registry.actors.has(a.id))
      .map((a) => {
        const actor = registry.actors.get(a.id)!;
        const expected = spellingsOf(memo, actor, a.text);
        return {
          span: a,
          message: message(a.text, expected[0]!), // in range: houseSpellings gives at least one spelling
          expected,
          related: [{ location: actor.location, message: `Registry entry \`${actor.id}\`` }],
        };
      });
  },
};
