import type { EventType } from '../../api/types';

// Mirrors the contract's EventType enum; the annotation makes the compiler reject a name it lacks.
export const EVENT_TYPES: { type: EventType; label: string }[] = [
  { type: 'unique_code.created', label: 'Unique Code created' },
  { type: 'unique_code.updated', label: 'Unique Code changed, suspended or resumed' },
  { type: 'unique_code.deleted', label: 'Unique Code deleted' },
  { type: 'unique_code.expired', label: 'Unique Code expired' },
  { type: 'unique_code.exhausted', label: 'Unique Code used up' },
  { type: 'permission.granted', label: 'Permission granted' },
  { type: 'permission.changed', label: 'Permission level changed' },
  { type: 'permission.revoked', label: 'Permission revoked' },
  { type: 'device.released', label: 'Device released' },
  { type: 'code_login.succeeded', label: 'Code login succeeded' },
  { type: 'code_login.refused', label: 'Code login refused' },
  { type: 'lock_command.issued', label: 'Lock command issued' },
  { type: 'lock_command.refused', label: 'Lock command refused' },
  { type: 'settings.changed', label: 'Settings changed' },
];
