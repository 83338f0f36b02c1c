import type { AccessReason, UniqueCodeStatus, WeeklyWindow } from '../api/types';
import { formatInstant } from './time';

/** A reason a code cannot open a lock now, in words; `owner` phrases it for the console, else for the guest. */
export function reasonText(reason: AccessReason, timeZone: string, owner: boolean): string {
  const at = (iso: string | null | undefined) => formatInstant(iso, timeZone);
  switch (reason.code) {
    case 'unique-codes-disabled':
      return owner ? 'Unique Codes are turned off in Settings > System.' : 'The owner has turned Unique Codes off.';
    case 'not-started':
      return `Not started yet: it starts on ${at(reason.until)}.`;
    case 'expired':
      return 'The code has expired.';
    case 'suspended':
      return owner ? `Suspended by you on ${at(reason.since)}.` : 'The owner has suspended this code for now.';
    case 'exhausted':
      return 'All of its unlocks have been used.';
    case 'outside-windows':
      return reason.until
        ? `Outside its weekly times: it opens next on ${at(reason.until)}.`
        : 'Outside its weekly times, and none comes again before it expires.';
    case 'lock-not-shared':
      return 'This lock is not shared to the code.';
    case 'permission-revoked':
      return `This lock's permission was revoked on ${at(reason.since)}.`;
    case 'level-too-low':
      return `Its permission level is too low for this: it needs ${levelWord(reason.subject)} or above.`;
    case 'bound-to-other-device':
      return `It is in use on ${reason.subject ?? 'another device'} (since ${at(reason.since)}), and another device tried it. Release the device to let another one log in.`;
    case 'device-rate-limited':
      return `Device ${reason.subject ?? ''} made too many attempts; it can try again at ${at(reason.until)}.`;
    case 'address-rate-limited':
      return `The network ${reason.subject ?? ''} made too many attempts; it can try again at ${at(reason.until)}.`;
    case 'lock-commands-rate-limited':
      return `Too many commands were asked for this lock; more from ${at(reason.until)}.`;
  }
}

function levelWord(level: string | null | undefined): string {
  return level ? level.charAt(0) + level.slice(1).toLowerCase() : 'a higher level';
}

export const STATUS_LABEL: Record<UniqueCodeStatus, string> = {
  SCHEDULED: 'Scheduled',
  ACTIVE: 'Active',
  SUSPENDED: 'Suspended',
  EXHAUSTED: 'Used up',
  EXPIRED: 'Expired',
};

const DAY_SHORT: Record<WeeklyWindow['days'][number], string> = {
  MONDAY: 'Mon',
  TUESDAY: 'Tue',
  WEDNESDAY: 'Wed',
  THURSDAY: 'Thu',
  FRIDAY: 'Fri',
  SATURDAY: 'Sat',
  SUNDAY: 'Sun',
};

/** "Mon, Fri 09:00-17:00"; an overnight window says where it ends. */
export function windowText(w: WeeklyWindow): string {
  const overnight = w.end <= w.start;
  return `${w.days.map((d) => DAY_SHORT[d]).join(', ')} ${w.start}–${w.end}${overnight ? ' (next day)' : ''}`;
}

export const DAYS = Object.keys(DAY_SHORT) as WeeklyWindow['days'];
export const dayShort = (d: WeeklyWindow['days'][number]) => DAY_SHORT[d];
