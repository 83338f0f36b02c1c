import type { AuditAction, AuditEvent } from '../../api/types';

// Mirrors the contract's AuditAction enum; the type annotation makes the compiler reject any name it lacks.
export const AUDIT_ACTIONS: AuditAction[] = [
  'ACCOUNT_CREATED',
  'USER_LOGIN',
  'SETTINGS_CHANGED',
  'LOCK_ACTIVATED',
  'UNIQUE_CODE_CREATED',
  'UNIQUE_CODE_DELETED',
  'DEVICE_RELEASED',
  'PERMISSION_GRANTED',
  'PERMISSION_CHANGED',
  'PERMISSION_REVOKED',
  'CODE_LOGIN',
  'LOCK_COMMAND_ISSUED',
  'UNIQUE_CODE_EXPIRED',
  'WEBHOOK_ENDPOINT_CREATED',
  'WEBHOOK_ENDPOINT_CHANGED',
  'WEBHOOK_ENDPOINT_DELETED',
  'WEBHOOK_SECRET_ROTATED',
];

/** LOCK_COMMAND_ISSUED → "Lock command issued". */
export function humanAction(a: AuditAction): string {
  const s = a.toLowerCase().replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function humanActor(type: AuditEvent['actor']['type']): string {
  return type === 'USER' ? 'User' : type === 'UNIQUE_CODE' ? 'Unique Code' : type === 'SYSTEM' ? 'System' : 'Anonymous';
}
