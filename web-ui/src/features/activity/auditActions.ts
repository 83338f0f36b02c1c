import type { AuditAction, AuditEvent } from '../../api/types';

// Mirrors the contract's AuditAction enum; the type annotation makes the compiler reject any name it lacks.
export const AUDIT_ACTIONS: AuditAction[] = [
  'ACCOUNT_CREATED',
  'USER_LOGIN',
  'SETTINGS_CHANGED',
  'LOCK_ACTIVATED',
  'UNIQUE_CODE_CREATED',
  'UNIQUE_CODE_DELETED',
  'UNIQUE_CODE_CHANGED',
  'UNIQUE_CODE_SUSPENDED',
  'UNIQUE_CODE_RESUMED',
  'DEVICE_RENAMED',
  'DEVICE_RELEASED',
  'PERMISSION_GRANTED',
  'PERMISSION_CHANGED',
  'PERMISSION_REVOKED',
  'CODE_LOGIN',
  'LOCK_COMMAND_ISSUED',
  'API_KEY_CREATED',
  'API_KEY_REVOKED',
  'UNIQUE_CODE_EXPIRED',
  'UNIQUE_CODE_EXHAUSTED',
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

/** "UNLOCK level=MAINTENANCE unlocks=1/3" → "UNLOCK, level: MAINTENANCE, unlocks: 1/3"; notes without pairs stay. */
export function readableDetails(reason: string | null | undefined): string {
  if (!reason) return '';
  return reason
    .split(/\s+(?=[A-Za-z]+=)/)
    .map((part) => part.replace(/^([A-Za-z]+)=/, (_, key: string) => `${key.replace(/([A-Z])/g, ' $1').toLowerCase()}: `))
    .join(', ');
}

/** An address in its usual short form: IPv6 compressed (2001:db8::1), an IPv4-mapped one as plain IPv4. */
export function shortAddress(address: string | null | undefined): string {
  if (!address) return '';
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  try {
    return new URL(`http://[${address}]/`).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return address;
  }
}

export function humanActor(type: AuditEvent['actor']['type']): string {
  return type === 'USER' ? 'User' : type === 'API_KEY' ? 'API key' : type === 'UNIQUE_CODE' ? 'Unique Code' : type === 'SYSTEM' ? 'System' : 'Anonymous';
}
