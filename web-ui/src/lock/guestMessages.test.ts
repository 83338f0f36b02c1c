import { describe, expect, it } from 'vitest';
import { clockNote } from './guestMessages';

describe('the clock report, as the guest reads it', () => {
  const iat = 1_767_225_600;

  it('says nothing when the lock kept its clock', () => {
    expect(clockNote({ change: 'KEPT', before: iat + 2, after: iat + 2 })).toBeNull();
  });

  it('names how far and which way a drifted clock was off', () => {
    expect(clockNote({ change: 'DRIFT_CORRECTED', before: iat + 3600, after: iat })).toBe(
      "The lock's clock had drifted: it was 60 min fast. It now follows the server's signed time.",
    );
    expect(clockNote({ change: 'DRIFT_CORRECTED', before: iat - 86_400, after: iat })).toMatch(/it was 24 h slow/);
    expect(clockNote({ change: 'DRIFT_CORRECTED', before: iat - 7, after: iat })).toMatch(/it was 7 s slow/);
  });

  it('does not call a round trip drift', () => {
    expect(clockNote({ change: 'TIME_SYNC', before: iat + 1, after: iat })).toBe("The lock's clock is set to the server's time (it was within seconds).");
    expect(clockNote({ change: 'SET_AFTER_BOOT', before: 0, after: iat })).toBe(
      "The lock set its clock from the server's signed time, as it does first after a restart (it was 20454 days slow).",
    );
  });
});
