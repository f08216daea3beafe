import { actorSpelling } from './actor-spelling.js';
import { actorUnregistered } from './actor-unregistered.js';
import type { Check } from './check.js';

/** Every article check, in the order their findings are reported. */
export const CHECKS: readonly Check[] = [actorUnregistered, actorSpelling];
