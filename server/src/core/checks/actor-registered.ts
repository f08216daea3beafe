import { roleHeld } from './titles.js';
import type { Check, CheckFinding } from './check.js';

const message = (text: string, name: string, type: string, role: string | undefined): string =>
  `Actor \`${text}\` is \`${name}\` (${type}${role ? `, ${role}` : ''})`;

/** What a registered name reports, per registry, by actor id and text, for one reference date. */
interface Reported {
  reference: string;
  message: string;
  related: NonNullable<CheckFinding['related']>;
}

/**
 * `actor.registered`: a hint on every actor written in house spelling, so the
 * editor sees what Factmark recognised (a variant gets `actor.spelling` instead).
 */
export const actorRegistered: Check = {
  code: 'actor.registered',
  run({ actors, registry, reference, memo: memos }) {
    // Every keystroke reports the same names again: remember message and entry per registry.
    const memo = memos.table<Reported>('actor.registered: reports by id and text');
    const out: CheckFinding[] = [];
    for (const a of actors) {
      if (a.form === 'unregistered' || a.form === 'variant') continue;
      const actor = registry.actors.get(a.id);
      if (!actor) continue;
      const key = `${a.id}\u0000${a.text}`;
      let found = memo.get(key);
      if (!found || found.reference !== reference) {
        const role = actor.roles.find((r) => roleHeld(r, reference))?.title;
        found = memo.remember(key, { reference, message: message(a.text, actor.name, actor.type, role), related: [{ location: actor.location, message: `Registry entry \`${actor.id}\`` }] });
      }
      out.push({ span: a, message: found.message, related: found.related });
    }
    return out;
  },
};
