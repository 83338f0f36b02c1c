import type { paths } from '../../api/schema';
import type { AuditAction } from '../../api/types';
import { parseInputValue, wallTimeToInstant } from '../../lib/time';

/** The filter form's values as typed: ids, an action name, and From/To as account-zone wall times. */
export interface ActivityFilter {
  lockId: string;
  uniqueCodeId: string;
  action: string;
  from: string;
  to: string;
}

export const NO_FILTER: ActivityFilter = { lockId: '', uniqueCodeId: '', action: '', from: '', to: '' };

export type AuditQuery = Omit<NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>, 'limit' | 'cursor'>;

/** The API query for a filter: empty fields left out, From/To turned into instants in the account's zone. */
export function toAuditQuery(filter: ActivityFilter, timeZone: string): AuditQuery {
  const toInstant = (v: string) => {
    const w = parseInputValue(v);
    return w ? wallTimeToInstant(w, timeZone).toISOString() : undefined;
  };
  return {
    lockId: filter.lockId || undefined,
    uniqueCodeId: filter.uniqueCodeId || undefined,
    action: (filter.action || undefined) as AuditAction | undefined,
    from: filter.from ? toInstant(filter.from) : undefined,
    to: filter.to ? toInstant(filter.to) : undefined,
  };
}
