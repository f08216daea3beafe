/** Calendar arithmetic on ISO day strings (`YYYY-MM-DD`), in UTC so time zones never shift a day. */

const DAY_MS = 86_400_000;

/** Weekday names, index 0 = Sunday. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

// Day numbers by arithmetic on the proleptic Gregorian calendar (H. Hinnant, "chrono-Compatible
// Low-Level Date Algorithms": days_from_civil, civil_from_days), as Date counts them but without a
// Date object each (dates are resolved and compared many times an article). Inputs Date reads
// otherwise (years 0-99 as 1900-1999, fractions, years past 9999) still go through Date.

/** Days since 1970-01-01 of year `y`, month `m` (1-12) and day `d` (running over into the next months as Date.UTC's does). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days since 1970-01-01 of an ISO day. */
export function toDayNumber(iso: string): number {
  const y = +iso.slice(0, 4);
  const m = +iso.slice(5, 7);
  const d = +iso.slice(8, 10);
  if (Number.isInteger(y) && Number.isInteger(d) && y >= 100 && y <= 9999 && m >= 1 && m <= 12 && Number.isInteger(m)) return daysFromCivil(y, m, d);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO day of a day number. */
export function fromDayNumber(n: number): string {
  // Years 0 to 9999 (toISOString writes others with a sign and six digits).
  if (Number.isInteger(n) && n >= -719528 && n <= 2932896) {
    const z = n + 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
  }
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO day from its parts, or undefined when the day does not exist (February 30). */
export function makeDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return undefined;
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    // in range: 1 <= month <= 12 (checked above)
    if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!)) return undefined;
  } else {
    const d = new Date(Date.UTC(year, month - 1, day));
    d.setUTCFullYear(year);
    if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  }
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
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
