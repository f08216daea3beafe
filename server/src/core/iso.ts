/** Calendar arithmetic on ISO day strings (`YYYY-MM-DD`), in UTC so time zones never shift a day. */

const DAY_MS = 86_400_000;

/** Weekday names, index 0 = Sunday. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Days since 1970-01-01 of an ISO day. */
export function toDayNumber(iso: string): number {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
}

/** The ISO day of a day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO day from its parts, or undefined when the day does not exist (February 30). */
export function makeDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `iso` plus `n` days. */
export function addDays(iso: string, n: number): string {
  return fromDayNumber(toDayNumber(iso) + n);
}

/** Weekday of an ISO day, 0 = Sunday. */
export function weekdayOf(iso: string): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Today's date as an ISO day, in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The first and last day an ISO value covers: a day, a span `A/B`, a month
 * `YYYY-MM` or a year `YYYY`. Undefined for anything else.
 */
export function valueBounds(value: string): { first: string; last: string } | undefined {
  // Linking asks for the same few values once per candidate fact: remember them (bounded).
  let bounds = boundsMemo.get(value);
  if (bounds === undefined) {
    if (boundsMemo.size >= 20_000) boundsMemo.clear();
    boundsMemo.set(value, (bounds = computeBounds(value) ?? null));
  }
  return bounds ?? undefined;
}

const boundsMemo = new Map<string, Readonly<{ first: string; last: string }> | null>();

function computeBounds(value: string): { first: string; last: string } | undefined {
  const [a, b] = value.split('/');
  if (b !== undefined) {
    const first = valueBounds(a!)?.first;
    const last = valueBounds(b)?.last;
    return first && last ? { first, last } : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { first: value, last: value };
  if (/^\d{4}-\d{2}$/.test(value)) {
    const y = +value.slice(0, 4);
    const m = +value.slice(5, 7);
    const first = makeDay(y, m, 1);
    if (!first) return undefined;
    return { first, last: addDays(m === 12 ? `${y + 1}-01-01` : makeDay(y, m + 1, 1)!, -1) };
  }
  if (/^\d{4}$/.test(value)) return { first: `${value}-01-01`, last: `${value}-12-31` };
  return undefined;
}

/** Whether two ISO values share at least one day. */
export function overlaps(a: string, b: string): boolean {
  const x = valueBounds(a);
  const y = valueBounds(b);
  return !!x && !!y && x.first <= y.last && y.first <= x.last;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}
