import type { AuditEvent } from '../../api/types';
import { toCsv } from '../../lib/csv';
import type { ActivityNames } from './queries';

const COLUMNS = [
  'occurredAt',
  'action',
  'outcome',
  'actorType',
  'actorId',
  'lockId',
  'lockName',
  'uniqueCodeId',
  'uniqueCodeDescription',
  'uniqueCode',
  'permissionId',
  'reason',
  'clientAddress',
];

/** One row per event; a lock's name falls back to the console's list when the event has none. */
export function activityCsv(events: AuditEvent[], { lockName, codeText }: Pick<ActivityNames, 'lockName' | 'codeText'>): string {
  return toCsv(
    COLUMNS,
    events.map((e) => [
      e.occurredAt,
      e.action,
      e.outcome,
      e.actor.type,
      e.actor.id,
      e.lockId,
      e.lockName ?? (e.lockId ? lockName.get(e.lockId) : ''),
      e.uniqueCodeId,
      e.uniqueCodeDescription ?? '',
      e.uniqueCodeId ? codeText.get(e.uniqueCodeId) : '',
      e.permissionId,
      e.reason,
      e.clientAddress,
    ]),
  );
}
