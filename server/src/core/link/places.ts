import type { Registry } from '../registry/model.js';

/** Whether place `inner` is `outer` or lies inside it through the registry's `within` chain. */
export function isWithin(registry: Registry, inner: string, outer: string): boolean {
  const seen = new Set<string>();
  for (let at: string | undefined = inner; at !== undefined && !seen.has(at); at = registry.actors.get(at)?.within) {
    if (at === outer) return true;
    seen.add(at);
  }
  return false;
}

/** Whether two places nest either way (one holds the other). */
export function placesNest(registry: Registry, a: string, b: string): boolean {
  return isWithin(registry, a, b) || isWithin(registry, b, a);
}
