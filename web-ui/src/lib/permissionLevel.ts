import type { LockAction, PermissionLevel } from '../api/types';

// Keyed by the contract's enum, so a level added to openapi.yaml does not compile until it is ranked here.
const RANK: Record<PermissionLevel, number> = { RESTRICTED: 1, MAINTENANCE: 2, ADMIN: 3 };

/** The one ordering of levels, lowest first: each level allows everything the levels before it allow. */
export const PERMISSION_LEVELS: readonly PermissionLevel[] = (Object.keys(RANK) as PermissionLevel[]).sort(
  (a, b) => RANK[a] - RANK[b],
);

/** The most a Unique Code may be given; the server refuses more with permission-level-too-high. */
export const MAX_CODE_LEVEL: PermissionLevel = 'MAINTENANCE';

// The same rule the server signs into commands and the lock checks (docs/lock-protocol.md).
const REQUIRED_LEVEL: Record<LockAction, PermissionLevel> = {
  UNLOCK: 'RESTRICTED',
  BATTERY_STATUS: 'MAINTENANCE',
  TIME_SYNC: 'MAINTENANCE',
};

const NAMES: Record<PermissionLevel, string> = { RESTRICTED: 'Restricted', MAINTENANCE: 'Maintenance', ADMIN: 'Admin' };

export function atLeast(level: PermissionLevel, minimum: PermissionLevel): boolean {
  return RANK[level] >= RANK[minimum];
}

export function grantableToCode(level: PermissionLevel): boolean {
  return atLeast(MAX_CODE_LEVEL, level);
}

export function allows(level: PermissionLevel, action: LockAction): boolean {
  return atLeast(level, REQUIRED_LEVEL[action]);
}

export function levelName(level: PermissionLevel): string {
  return NAMES[level];
}
