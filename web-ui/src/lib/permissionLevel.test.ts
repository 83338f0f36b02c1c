import { describe, expect, it } from 'vitest';
import { allows, atLeast, grantableToCode, levelName, PERMISSION_LEVELS } from './permissionLevel';

describe('permission levels', () => {
  it('are ordered Restricted < Maintenance < Admin', () => {
    expect(PERMISSION_LEVELS).toEqual(['RESTRICTED', 'MAINTENANCE', 'ADMIN']);
    expect(atLeast('ADMIN', 'MAINTENANCE')).toBe(true);
    expect(atLeast('MAINTENANCE', 'MAINTENANCE')).toBe(true);
    expect(atLeast('RESTRICTED', 'MAINTENANCE')).toBe(false);
  });

  it('give a Unique Code at most Maintenance', () => {
    expect(PERMISSION_LEVELS.filter(grantableToCode)).toEqual(['RESTRICTED', 'MAINTENANCE']);
  });

  it('let every level unlock, and only Maintenance and above read the battery or set the time', () => {
    expect(PERMISSION_LEVELS.filter((l) => allows(l, 'UNLOCK'))).toEqual(['RESTRICTED', 'MAINTENANCE', 'ADMIN']);
    expect(PERMISSION_LEVELS.filter((l) => allows(l, 'BATTERY_STATUS'))).toEqual(['MAINTENANCE', 'ADMIN']);
    expect(PERMISSION_LEVELS.filter((l) => allows(l, 'TIME_SYNC'))).toEqual(['MAINTENANCE', 'ADMIN']);
  });

  it('have the names the console shows', () => {
    expect(PERMISSION_LEVELS.map(levelName)).toEqual(['Restricted', 'Maintenance', 'Admin']);
  });
});
