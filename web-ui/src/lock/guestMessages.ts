/**
 * What the app tells the guest about the lock's answer: docs/lock-protocol.md, "What each rejection means for the
 * guest", and the clock report of an accepted command.
 */
import { CLOCK_TOLERANCE_SECONDS, type ClockReport } from './lockState';
import type { Rejection } from './verifier';

export const REJECTION_TEXT: Record<Rejection, string> = {
  MALFORMED: 'The lock could not read the command. Try again.',
  BAD_ALGORITHM: 'This lock cannot take commands right now. Please tell the owner.',
  UNKNOWN_KID: 'This lock does not trust the server’s key: it needs its owner to set it up again.',
  BAD_SIGNATURE_LENGTH: 'The lock could not read the command. Try again.',
  BAD_SIGNATURE: 'The lock could not read the command. Try again.',
  WRONG_AUDIENCE: 'The command was signed for a different lock. Check which lock you are at.',
  VALIDITY_TOO_LONG: 'This lock cannot take commands right now. Please tell the owner.',
  ACTION_NOT_PERMITTED: 'Your code does not allow this action.',
  UNKNOWN_NONCE: 'The lock was restarted or busy. Try again.',
  REPLAYED_NONCE: 'That command was already used. Try again.',
  NONCE_EXPIRED: 'That took too long. Stay close to the lock and try again.',
  NOT_YET_VALID: 'This lock cannot take commands right now. Please tell the owner.',
  EXPIRED: 'The command has expired before it reached the lock. Try again; if your code has expired, ask the owner for a new one.',
};

/** What the lock's answer says about its clock, in the guest's terms; nothing when it was left alone. */
export function clockNote(clock: ClockReport): string | null {
  const off = clock.before - clock.after;
  const by = Math.abs(off) <= CLOCK_TOLERANCE_SECONDS ? 'it was within seconds' : `it was ${duration(Math.abs(off))} ${off > 0 ? 'fast' : 'slow'}`;
  switch (clock.change) {
    case 'KEPT':
      return null;
    case 'SET_AFTER_BOOT':
      return `The lock set its clock from the server's signed time, as it does first after a restart (${by}).`;
    case 'DRIFT_CORRECTED':
      return `The lock's clock had drifted: ${by}. It now follows the server's signed time.`;
    case 'TIME_SYNC':
      return `The lock's clock is set to the server's time (${by}).`;
  }
}

function duration(seconds: number): string {
  if (seconds >= 2 * 86_400) return `${Math.round(seconds / 86_400)} days`;
  if (seconds >= 7200) return `${Math.round(seconds / 3600)} h`;
  if (seconds >= 120) return `${Math.round(seconds / 60)} min`;
  return `${seconds} s`;
}
