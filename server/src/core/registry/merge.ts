import { CODES } from '../codes.js';
import type { Finding, Location, Span } from '../types.js';
import type { Registry, RegistryActor, RegistryFact, RegistryFile } from './model.js';

/**
 * Merges loaded registry files into one registry and reports what only the whole
 * registry shows: ids defined twice (on both definitions), ids that name nothing,
 * spellings claimed by two actors, and supersession cycles.
 */
export function mergeRegistry(files: readonly RegistryFile[]): Registry {
  const findings = new Map<string, Finding[]>();
  for (const file of files) findings.set(file.uri, [...file.findings]);
  const add = (code: keyof typeof CODES, location: Location, message: string, related?: Location): void => {
    const list = findings.get(location.uri) ?? [];
    list.push({
      code,
      severity: CODES[code],
      message,
      uri: location.uri,
      span: location.span,
      related: related ? [{ location: related, message: 'Also defined here' }] : undefined,
    });
    findings.set(location.uri, list);
  };

  const actors = new Map<string, RegistryActor>();
  const facts = new Map<string, RegistryFact>();
  const firstDefinition = new Map<string, Location>();
  const reported = new Set<string>();
  const define = (id: string, location: Location): boolean => {
    const first = firstDefinition.get(id);
    if (!first) {
      firstDefinition.set(id, location);
      return true;
    }
    if (!reported.has(id)) {
      reported.add(id);
      add('registry.duplicate-id', first, `Id \`${id}\` is defined more than once; ids must be unique across actors and facts`, location);
    }
    add('registry.duplicate-id', location, `Id \`${id}\` is defined more than once; ids must be unique across actors and facts`, first);
    return false;
  };
  for (const file of files) {
    for (const actor of file.actors) if (define(actor.id, actor.location)) actors.set(actor.id, actor);
    for (const fact of file.facts) if (define(fact.id, fact.location)) facts.set(fact.id, fact);
  }

  const invalid = new Set(files.flatMap((f) => f.invalid ?? []));
  for (const file of files) {
    for (const ref of file.refs) {
      if (invalid.has(ref.id)) continue;
      const location = { uri: file.uri, span: ref.span };
      if (ref.kind === 'fact') {
        if (!facts.has(ref.id)) add('registry.unknown-id', location, `\`superseded_by\` names \`${ref.id}\`, which is no fact in the registry`);
      } else if (ref.kind === 'place') {
        const target = actors.get(ref.id);
        if (!target) add('registry.unknown-id', location, `Place \`${ref.id}\` is not an actor in the registry`);
        else if (target.type !== 'place') add('registry.unknown-id', location, `\`${ref.id}\` is a ${target.type}, expected a place`);
      } else if (!actors.has(ref.id)) {
        add('registry.unknown-id', location, `Actor \`${ref.id}\` is not in the registry`);
      }
    }
  }

  reportDuplicateSpellings(actors, add);
  reportCycles(facts, add);
  return { files: [...files], actors, facts, findings };
}

function reportDuplicateSpellings(
  actors: Map<string, RegistryActor>,
  add: (code: keyof typeof CODES, location: Location, message: string, related?: Location) => void,
): void {
  const owner = new Map<string, { actor: RegistryActor; span: Span | undefined }>();
  for (const actor of actors.values()) {
    const own = new Set<string>();
    for (const spelling of [actor.name, ...actor.aliases, ...actor.variants]) {
      const key = spelling.normalize('NFC').toLowerCase();
      if (own.has(key)) continue;
      own.add(key);
      const span = actor.spellingSpans?.get(spelling);
      const prior = owner.get(key);
      if (!prior) {
        owner.set(key, { actor, span });
        continue;
      }
      const here = { uri: actor.location.uri, span: span ?? actor.location.span };
      const there = { uri: prior.actor.location.uri, span: prior.span ?? prior.actor.location.span };
      add('registry.duplicate-alias', here, `Spelling \`${spelling}\` is claimed by \`${prior.actor.id}\` and \`${actor.id}\`; keep it on one actor`, there);
    }
  }
}

/** Longest supersession cycle whose members each list it whole. */
const CYCLE_SPELLED_OUT = 8;

function reportCycles(
  facts: Map<string, RegistryFact>,
  add: (code: keyof typeof CODES, location: Location, message: string) => void,
): void {
  const done = new Set<string>();
  for (const [start, fact] of facts) {
    if (!fact.supersededBy || done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = start;
    while (id && facts.has(id) && !done.has(id)) {
      if (onPath.has(id)) {
        const cycle = path.slice(path.indexOf(id));
        const q = (c: string): string => `\`${c}\``;
        // A short cycle is spelled out whole; a long one (5,000 facts made 295 MB of messages) by its
        // length and the member's neighbours, so every member's message stays short.
        const whole = cycle.length <= CYCLE_SPELLED_OUT ? `Supersession cycle: ${[...cycle, id].map(q).join(' → ')}` : '';
        // in range: both indices are taken modulo cycle.length
        cycle.forEach((member, i) => {
          const next = cycle[(i + 1) % cycle.length]!;
          const prev = cycle[(i + cycle.length - 1) % cycle.length]!;
          const message = whole || `Supersession cycle of ${cycle.length} facts: ${q(member)} → ${q(next)} → … → ${q(prev)} → ${q(member)}`;
          add('registry.supersession-cycle', facts.get(member)!.location, `${message}; a fact cannot be superseded by itself`);
        });
        break;
      }
      onPath.add(id);
      path.push(id);
      id = facts.get(id)!.supersededBy;
    }
    for (const p of path) done.add(p);
  }
}
