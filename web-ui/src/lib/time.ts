/**
 * Wall-clock arithmetic in the account's IANA time zone, without a date library: the expiry picker shows
 * the account's local time, but the API takes an instant, and "six months" is counted in that zone.
 */

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

function wallToUtcMillis(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** Offset of the zone at an instant, in ms (local minus UTC). */
function offsetAt(millis: number, timeZone: string): number {
  const whole = Math.floor(millis / 1000) * 1000;
  return wallToUtcMillis(wallTimeAt(new Date(whole), timeZone)) - whole;
}

/**
 * The instant a wall time names in a zone, resolved like java.time's ZonedDateTime.of: in a DST overlap the
 * earlier instant wins; in a gap the time moves forward by the gap's length.
 */
export function wallTimeToInstant(w: WallTime, timeZone: string): Date {
  const guess = wallToUtcMillis(w);
  const day = 86_400_000;
  const before = offsetAt(guess - day, timeZone);
  const after = offsetAt(guess + day, timeZone);
  const valid = [guess - before, guess - after].filter(
    (c) => wallToUtcMillis(wallTimeAt(new Date(c), timeZone)) === guess,
  );
  return new Date(valid.length > 0 ? Math.min(...valid) : guess - before);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "YYYY-MM-DDTHH:mm", the value format of <input type="datetime-local">. */
export function toInputValue(w: WallTime): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

export function parseInputValue(value: string): WallTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute, second: second || 0 };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds calendar months, clamping the day like java.time's plusMonths (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(w: WallTime, months: number): WallTime {
  const index = w.year * 12 + (w.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { ...w, year, month, day: Math.min(w.day, daysInMonth(year, month)) };
}

/** The latest expiry the server accepts, as the account's wall time: now + 6 calendar months. */
export function maxExpiryWallTime(now: Date, timeZone: string): WallTime {
  return addMonths(wallTimeAt(now, timeZone), 6);
}

/** Human display of an instant in the account's zone. */
export function formatInstant(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(d);
  } catch {
    return d.toISOString();
  }
}

/** Renamed zones that engines may list only under their former names (CLDR keeps old ids canonical). */
const CURRENT_NAMES = ['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Yangon', 'Asia/Ho_Chi_Minh', 'America/Nuuk', 'Pacific/Kanton', 'Atlantic/Faroe'];

/** Every zone the browser knows, plus UTC (which supportedValuesOf leaves out on some engines) and current names. */
export function timeZones(current?: string): string[] {
  const zones = new Set<string>(['UTC']);
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  for (const z of intl.supportedValuesOf?.('timeZone') ?? []) zones.add(z);
  for (const z of CURRENT_NAMES) if (isValidTimeZone(z)) zones.add(z);
  if (current) zones.add(current);
  return [...zones].sort((a, b) => (a === 'UTC' ? -1 : b === 'UTC' ? 1 : a.localeCompare(b)));
}

/** An instant in the viewer's own zone, naming the zone ("3 Dec 2026, 09:00 GMT+1"): the guest's app shows it. */
export function formatWithZone(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(d);
}

/** The viewer's own time zone, for labels. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}
