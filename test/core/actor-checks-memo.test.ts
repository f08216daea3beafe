/**
 * actor.unregistered and actor.registered remember their messages and fixes per
 * registry; these tests hold them to the checks' plain computation across
 * articles, targets, registries and reference dates.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generateArticle, generateDesk } from '../../bench/generate.js';
import { analyzeArticle, mergeRegistry, parseRegistryFile, type Analysis, type Registry } from '../../server/src/core/index.js';
import { actorRegistered } from '../../server/src/core/checks/actor-registered.js';
import { actorUnregistered } from '../../server/src/core/checks/actor-unregistered.js';
import { addActorFix, addAliasFix, closeActors, MAX_REGISTRY_FIXES } from '../../server/src/core/checks/registry-fixes.js';
import { isTitleOnly, roleHeld } from '../../server/src/core/checks/titles.js';
import type { CheckContext } from '../../server/src/core/checks/check.js';
import { memoOf } from '../../server/src/core/checks/memo.js';
import { reportableIds } from '../../server/src/core/checks/name-evidence.js';
import type { Fix } from '../../server/src/core/types.js';
import { ROOT } from '../helpers/paths.js';

const desk = generateDesk(30, 60, 3);
const other = generateDesk(20, 40, 9);
const registries: Registry[] = [desk, other].map((d, n) => mergeRegistry([parseRegistryFile(`file:///w/facts${n}.yaml`, d.yaml)]));
// The example desk's people change roles on known dates.
const DESK = join(ROOT, 'examples', 'desk');
registries.push(mergeRegistry([parseRegistryFile('file:///w/desk.yaml', readFileSync(join(DESK, 'facts.yaml'), 'utf8'))]));
const texts = [
  ...[1, 2, 3, 4].map((seed) => generateArticle(desk, { words: 1500, seed })),
  ...readdirSync(join(DESK, 'articles')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(DESK, 'articles', f), 'utf8')),
];

/** The unregistered-actor check computed afresh (its code before it remembered anything). */
function unregisteredReference({ actors, registry, registryTarget, article }: CheckContext): unknown {
  const sure = reportableIds(article.text, actors);
  return actors
    .filter((a) => a.form === 'unregistered' && a.type !== 'place' && sure.has(a.id) && /\p{L}{2}/u.test(a.text) && !isTitleOnly(a.text))
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
      return { span: a, message: `Actor \`${a.text}\` is not in the registry; add it, or add the spelling as an alias of a registered actor`, ...(fixes.length ? { fixes } : {}) };
    });
}

/** The registered-actor check computed afresh. */
function registeredReference({ actors, registry, reference }: CheckContext): unknown {
  return actors
    .filter((a) => a.form !== 'unregistered' && a.form !== 'variant' && registry.actors.has(a.id))
    .map((a) => {
      const actor = registry.actors.get(a.id)!;
      const role = actor.roles.find((r) => roleHeld(r, reference))?.title;
      return { span: a, message: `Actor \`${a.text}\` is \`${actor.name}\` (${actor.type}${role ? `, ${role}` : ''})`, related: [{ location: actor.location, message: `Registry entry \`${actor.id}\`` }] };
    });
}

const contextOf = (a: Analysis, registryTarget?: { uri: string; text: string }): CheckContext => ({ ...a, memo: memoOf(a.registry), registryTarget });

describe('remembered actor checks', () => {
  it('equal their plain computation across articles, targets, registries and dates', () => {
    for (const text of texts) {
      for (const registry of [...registries, ...registries]) {
        for (const [uri, target, today] of [
          ['file:///w/a.md', undefined, '2026-03-12'],
          ['file:///w/b.md', { uri: 'file:///w/facts0.yaml', text: desk.yaml }, '2026-03-12'],
          ['file:///w/a.md', { uri: 'file:///w/other.yaml', text: '' }, '2026-03-07'],
          ['file:///w/a.md', undefined, '2020-01-01'],
        ] as const) {
          const analysis = analyzeArticle(uri, text, registry, { today, asOf: today });
          const context = contextOf(analysis, target);
          assert.deepEqual(actorUnregistered.run(context), unregisteredReference(context));
          assert.deepEqual(actorRegistered.run(context), registeredReference(context));
        }
      }
    }
  });
});
