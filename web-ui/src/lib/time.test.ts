import { describe, expect, it } from 'vitest';
import { addMonths, maxExpiryWallTime, parseInputValue, toInputValue, wallTimeAt, wallTimeToInstant } from './time';
import { toCsv } from './csv';

const wall = (s: string) => parseInputValue(s)!;

describe('time zone arithmetic', () => {
  it('turns an account-zone wall time into the matching instant', () => {
    expect(wallTimeToInstant(wall('2026-03-10T09:30'), 'Australia/Brisbane').toISOString()).toBe('2026-03-09T23:30:00.000Z');
    expect(wallTimeToInstant(wall('2026-07-01T12:00'), 'Europe/London').toISOString()).toBe('2026-07-01T11:00:00.000Z');
    expect(wallTimeToInstant(wall('2026-01-01T12:00'), 'UTC').toISOString()).toBe('2026-01-01T12:00:00.000Z');
  });

  it('resolves DST gaps forward and overlaps to the earlier instant, like java.time', () => {
    // London springs forward 01:00 -> 02:00 on 2026-03-29: 01:30 does not exist and becomes 02:30 BST.
    expect(wallTimeToInstant(wall('2026-03-29T01:30'), 'Europe/London').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // Falls back 02:00 -> 01:00 on 2026-10-25: 01:30 happens twice; the first is 00:30Z.
    expect(wallTimeToInstant(wall('2026-10-25T01:30'), 'Europe/London').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('adds calendar months clamping the day', () => {
    expect(toInputValue(addMonths(wall('2026-08-31T10:00'), 6))).toBe('2027-02-28T10:00');
    expect(toInputValue(addMonths(wall('2027-08-31T10:00'), 6))).toBe('2028-02-29T10:00');
  });

  it('limits the expiry to six months in the account zone', () => {
    const now = new Date('2026-05-31T20:00:00Z'); // already 1 June 06:00 in Brisbane
    expect(toInputValue(maxExpiryWallTime(now, 'Australia/Brisbane'))).toBe('2026-12-01T06:00');
    expect(toInputValue(maxExpiryWallTime(now, 'UTC'))).toBe('2026-11-30T20:00');
    expect(wallTimeAt(now, 'Australia/Brisbane')).toMatchObject({ year: 2026, month: 6, day: 1, hour: 6 });
  });

  it('rejects impossible input values', () => {
    expect(parseInputValue('2026-02-30T10:00')).toBeNull();
    expect(parseInputValue('')).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes separators and defuses formulas', () => {
    expect(toCsv(['a', 'b'], [['x,y', '=cmd()'], ['say "hi"', null]])).toBe('a,b\r\n"x,y",\'=cmd()\r\n"say ""hi""",\r\n');
  });
});
