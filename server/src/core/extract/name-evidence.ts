import { isGivenName } from './gazetteer.js';
import { ORG_WORDS } from './names.js';
import { normalize } from './tokens.js';
import type { ActorType } from '../types.js';

/**
 * Head nouns of works and firms that the name finder's organisation words do not
 * list yet ("Granite City Works", "Harlan Valley Mill", "Redfern Steel Plant").
 * Read only by {@link registryType}: the name finder (`unregistered.ts`, `names.ts`)
 * may take them over, after which this list can go.
 */
const WORKS_HEADS = new Set(
  `works mill mills plant plants factory factories refinery refineries smelter foundry foundries shipyard shipyards dockyard
  mine mines colliery quarry firm brewery distillery cannery sawmill ironworks steelworks gasworks waterworks`.split(/\s+/).filter(Boolean),
);

/** Whether a name ends in an organisation's head noun ("… Works", "… Mill", "… Company"). */
export function endsInOrgHead(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  const last = words.at(-1);
  if (!last || words.length < 2) return false;
  const head = normalize(last).replace(/['’]s$/, '');
  return WORKS_HEADS.has(head) || ORG_WORDS.has(head);
}

/**
 * The type a new registry entry gets for a name the registry does not know: the
 * name finder's type, except that a name it took for a person but which ends in an
 * organisation's head noun and does not open with a given name is an organisation
 * ("Granite City Works"; not "Charlotte Church").
 */
export function registryType(name: string, type: ActorType): ActorType {
  if (type !== 'person' || !endsInOrgHead(name)) return type;
  const first = name.split(/\s+/)[0] ?? '';
  return isGivenName(normalize(first)) ? type : 'organization';
}
