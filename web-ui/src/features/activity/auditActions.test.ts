import { describe, expect, it } from 'vitest';
import { readableDetails, shortAddress } from './auditActions';

describe('Activity details', () => {
  it('reads key=value notes as words', () => {
    expect(readableDetails('UNLOCK level=MAINTENANCE unlocks=1/3')).toBe('UNLOCK, level: MAINTENANCE, unlocks: 1/3');
    expect(readableDetails('code-bound-to-other-device device=phone-2')).toBe('code-bound-to-other-device, device: phone-2');
    expect(readableDetails('uniqueCodesEnabled=true')).toBe('unique codes enabled: true');
    expect(readableDetails('maxUnlocks: none -> 3')).toBe('maxUnlocks: none -> 3');
    expect(readableDetails(null)).toBe('');
  });

  it('shows addresses in their usual short form', () => {
    expect(shortAddress('2001:0db8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(shortAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(shortAddress('0:0:0:0:0:ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(shortAddress('203.0.113.7')).toBe('203.0.113.7');
  });
});
