import { articleFrontMatter } from './article-front-matter.js';
import { articleTooDeep } from './article-too-deep.js';
import { actorOutdatedTitle } from './actor-outdated-title.js';
import { actorRegistered } from './actor-registered.js';
import { actorSpelling } from './actor-spelling.js';
import { actorUnregistered } from './actor-unregistered.js';
import type { Check } from './check.js';
import { claimDateMismatch } from './claim-date-mismatch.js';
import { claimLinked } from './claim-linked.js';
import { claimPlaceMismatch } from './claim-place-mismatch.js';
import { claimStale } from './claim-stale.js';
import { claimUnknownFact } from './claim-unknown-fact.js';
import { claimUnlinked } from './claim-unlinked.js';
import { dateUnresolved } from './date-unresolved.js';
import { dateWeekdayMismatch } from './date-weekday-mismatch.js';

/** Every article check, in the order their findings are reported. */
export const CHECKS: readonly Check[] = [
  articleFrontMatter,
  actorUnregistered,
  actorSpelling,
  actorOutdatedTitle,
  claimUnlinked,
  claimStale,
  claimDateMismatch,
  claimPlaceMismatch,
  claimUnknownFact,
  dateWeekdayMismatch,
  dateUnresolved,
  actorRegistered,
  claimLinked,
  articleTooDeep,
];
