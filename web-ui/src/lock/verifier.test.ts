import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concatBytes, decodeCbor, encode } from './cbor';
import { LockClock, NonceRegistry, type ClockReport } from './lockState';
import { verifyCommand, type LockState } from './verifier';
import { jwkKid } from './virtualLock';
import { encodeBase64Url, fromHex, toHex } from '../lib/base64url';

// The published test vector of docs/lock-protocol.md (pinned by the Java PublishedTestVectorTest):
// RFC 6979 A.2.5 P-256 key, lock 6f1e4c2a-..., UNLOCK at RESTRICTED, nbf 2026-01-01T00:00:00Z, exp +60 s.
const VECTOR = {
  lockId: '6f1e4c2a-8b3d-4e5f-9a7b-1c2d3e4f5a6b',
  commandId: '0b7e3c4d-5f6a-4b8c-9d0e-1f2a3b4c5d6e',
  kid: 'DOvxvJiAdIo',
  x: 'YP7UuiVanTHJYet0xjVtaMBJuJI7Yfps5mliLmDyn7Y',
  y: 'eQP-EAi4vJmkGunpVii8ZPLxsgwtfp9Rd6PClNRGIpk',
  nbf: 1767225600,
  nonce: '000102030405060708090a0b0c0d0e0f',
  protectedHeader: 'a2012604480cebf1bc9880748a',
  payload:
    'a8' +
    '03506f1e4c2a8b3d4e5f9a7b1c2d3e4f5a6b' +
    '041a6955b93c' +
    '051a6955b900' +
    '061a6955b900' +
    '07500b7e3c4d5f6a4b8c9d0e1f2a3b4c5d6e' +
    '3a0001000001' +
    '3a0001000101' +
    '3a0001000250000102030405060708090a0b0c0d0e0f',
  signature:
    '6be4b257ef5ed4a4b8c798600618139b1564d5bf356604af0734d3110ef43657' +
    'f6c595644c7e2d1c8e70c3fe90b2b30a84d89403e6a4eac2ab9d47c108aa426a',
};
const MESSAGE_HEX = 'd284' + '4d' + VECTOR.protectedHeader + 'a0' + '5859' + VECTOR.payload + '5840' + VECTOR.signature;
// The TIME_SYNC vector: same key, lock and times, MAINTENANCE, command 1c8f4d5e-..., nonce 101112...1f.
const TIME_SYNC_NONCE = '101112131415161718191a1b1c1d1e1f';
const TIME_SYNC_MESSAGE_HEX =
  'd2844da2012604480cebf1bc9880748aa05859a803506f1e4c2a8b3d4e5f9a7b' +
  '1c2d3e4f5a6b041a6955b93c051a6955b900061a6955b90007501c8f4d5e6a7b' +
  '4c9d8e0f2a3b4c5d6e7f3a00010000033a00010001023a000100025010111213' +
  '1415161718191a1b1c1d1e1f58406aa3fef95cdefb33ffd0d4ee88d51842d59f' +
  '004b3971d42cec8aea67b458510ddea25e20e642cfc1fdc8f98e44c8958ac625' +
  '2239d6354fb456e80bc37404afb7';
const PROTOCOL_DOC = readFileSync(resolve(process.cwd(), '../docs/lock-protocol.md'), 'utf8');

async function vectorKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: VECTOR.x, y: VECTOR.y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

/**
 * A lock on the bench: it issues the nonces it is told to, its monotonic timer reads `tick` and its RTC reads
 * `rtc`, both moved by the test.
 */
class BenchLock {
  tick = 0;
  rtc = VECTOR.nbf;
  private next: string[] = [];
  readonly nonces = new NonceRegistry(() => this.tick, 8, (b) => {
    b.set(fromHex(this.next.shift()!));
    return b;
  });
  readonly clock = new LockClock({ read: () => this.rtc, set: (s) => void (this.rtc = s) });

  issue(hex: string): void {
    this.next.push(hex);
    this.nonces.issue();
  }

  state(keys: ReadonlyMap<string, CryptoKey>, lockId = VECTOR.lockId): LockState {
    return { lockId, keys, nonces: this.nonces, clock: this.clock };
  }
}

/** A lock that has just issued the vector's nonce (unless told otherwise). */
async function vectorLock(overrides: Partial<LockState> = {}, issued = [VECTOR.nonce]): Promise<LockState & { bench: BenchLock }> {
  const bench = new BenchLock();
  issued.forEach((n) => bench.issue(n));
  return { ...bench.state(new Map([[VECTOR.kid, await vectorKey()]])), bench, ...overrides };
}

describe('published test vector', () => {
  it('is accepted with every claim decoded', async () => {
    const message = fromHex(MESSAGE_HEX);
    expect(message.length).toBe(174);
    const result = await verifyCommand(message, await vectorLock());
    expect(result).toEqual({
      ok: true,
      clock: { change: 'SET_AFTER_BOOT', before: VECTOR.nbf, after: VECTOR.nbf },
      command: {
        keyId: VECTOR.kid,
        audience: VECTOR.lockId,
        commandId: VECTOR.commandId,
        issuedAt: VECTOR.nbf,
        notBefore: VECTOR.nbf,
        expiresAt: VECTOR.nbf + 60,
        action: 'UNLOCK',
        level: 'RESTRICTED',
        nonce: fromHex(VECTOR.nonce),
      },
    });
  });

  it('matches the bytes published in docs/lock-protocol.md', () => {
    for (const [marker, hex] of [['message', MESSAGE_HEX], ['time-sync-message', TIME_SYNC_MESSAGE_HEX]] as const) {
      const block = new RegExp(`<!-- test-vector:${marker} -->\\s*\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(PROTOCOL_DOC);
      expect(block, `test-vector:${marker} block`).not.toBeNull();
      expect(block![1]!.replace(/\s+/g, '')).toBe(hex);
    }
  });

  it('derives the published kid from the key (RFC 7638 thumbprint, first 8 bytes)', async () => {
    expect(await jwkKid(VECTOR.x, VECTOR.y)).toBe(VECTOR.kid);
  });

  it('signs the RFC 9052 Sig_structure', () => {
    const sig = encode.array(encode.text('Signature1'), encode.bytes(fromHex(VECTOR.protectedHeader)), encode.bytes(new Uint8Array()), encode.bytes(fromHex(VECTOR.payload)));
    expect(toHex(sig)).toBe('84' + '6a5369676e617475726531' + '4d' + VECTOR.protectedHeader + '40' + '5859' + VECTOR.payload);
  });

  it('refuses a replay of the same command', async () => {
    const lock = await vectorLock();
    expect((await verifyCommand(fromHex(MESSAGE_HEX), lock)).ok).toBe(true);
    expect(await verifyCommand(fromHex(MESSAGE_HEX), lock)).toMatchObject({ ok: false, reason: 'REPLAYED_NONCE' });
  });

  it('refuses a nonce it never issued', async () => {
    expect(await verifyCommand(fromHex(MESSAGE_HEX), await vectorLock({}, []))).toMatchObject({ ok: false, reason: 'UNKNOWN_NONCE' });
  });

  it('refuses a command for another lock, without consuming the nonce or moving the clock', async () => {
    const lock = await vectorLock({ lockId: '00000000-0000-4000-8000-000000000000' });
    lock.bench.rtc = 0;
    expect(await verifyCommand(fromHex(MESSAGE_HEX), lock)).toMatchObject({ ok: false, reason: 'WRONG_AUDIENCE' });
    expect(lock.bench.nonces.ageMillis(fromHex(VECTOR.nonce))).toBe(0);
    expect(lock.bench.rtc).toBe(0);
    expect(lock.bench.clock.isSetSinceBoot()).toBe(false);
  });

  // docs/lock-protocol.md "Lock states": each row boots a lock, optionally sets its clock with the other message,
  // issues the row's nonce and delivers the row's message that many milliseconds later, the RTC reading as given.
  const rows = lockStateRows();
  it('publishes a lock-state table with every kind of row', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((r) => r.result))).toEqual(new Set(['ACCEPTED', 'EXPIRED', 'NONCE_EXPIRED']));
  });
  it.each(rows)('reproduces lock-state row $row', async (row) => {
    const bench = new BenchLock();
    const lock = bench.state(new Map([[VECTOR.kid, await vectorKey()]]));
    const timeSync = row.message === 'time-sync';
    if (row.clockSet) {
      bench.issue(timeSync ? VECTOR.nonce : TIME_SYNC_NONCE);
      expect((await verifyCommand(fromHex(timeSync ? MESSAGE_HEX : TIME_SYNC_MESSAGE_HEX), lock)).ok).toBe(true);
    }
    bench.tick = 1000;
    bench.issue(timeSync ? TIME_SYNC_NONCE : VECTOR.nonce);
    bench.tick += row.ageMillis;
    bench.rtc = row.rtcOnArrival;

    const result = await verifyCommand(fromHex(timeSync ? TIME_SYNC_MESSAGE_HEX : MESSAGE_HEX), lock);

    expect(result.ok ? 'ACCEPTED' : result.reason).toBe(row.result);
    if (result.ok) expect(result.clock).toEqual<ClockReport>({ change: row.change as ClockReport['change'], before: row.rtcOnArrival, after: row.rtcAfter });
    else expect(row.change).toBe('-');
    expect(bench.rtc).toBe(row.rtcAfter);
  });

  it('refuses an unknown kid', async () => {
    expect(await verifyCommand(fromHex(MESSAGE_HEX), await vectorLock({ keys: new Map() }))).toMatchObject({ reason: 'UNKNOWN_KID' });
  });

  it('refuses any flipped bit in the payload or signature', async () => {
    const payloadStart = 2 + 1 + 13 + 1 + 2;
    for (const offset of [payloadStart + 5, payloadStart + 0x58, 174 - 1, 174 - 40]) {
      const tampered = fromHex(MESSAGE_HEX);
      tampered[offset]! ^= 0x01;
      const result = await verifyCommand(tampered, await vectorLock());
      expect(result.ok, `offset ${offset}`).toBe(false);
      expect(['BAD_SIGNATURE', 'MALFORMED']).toContain(!result.ok && result.reason);
    }
  });

  it('refuses a signature that is not exactly 64 bytes', async () => {
    const short = rebuild(fromHex(VECTOR.protectedHeader), fromHex(VECTOR.payload), fromHex(VECTOR.signature).slice(0, 63));
    expect(await verifyCommand(short, await vectorLock())).toMatchObject({ reason: 'BAD_SIGNATURE_LENGTH' });
    // A DER-encoded signature (what some libraries produce) must not slip through.
    const der = rebuild(fromHex(VECTOR.protectedHeader), fromHex(VECTOR.payload), new Uint8Array(70));
    expect(await verifyCommand(der, await vectorLock())).toMatchObject({ reason: 'BAD_SIGNATURE_LENGTH' });
  });

  it('refuses non-deterministic encodings and anything unprotected', async () => {
    // Byte string length of the protected header in a 2-byte head (58 0d) instead of 4d.
    const longHead = fromHex('d284' + '580d' + VECTOR.protectedHeader + 'a0' + '5859' + VECTOR.payload + '5840' + VECTOR.signature);
    expect(await verifyCommand(longHead, await vectorLock())).toMatchObject({ reason: 'MALFORMED' });
    // An unprotected kid.
    const unprotected = fromHex('d284' + '4d' + VECTOR.protectedHeader + 'a10440' + '5859' + VECTOR.payload + '5840' + VECTOR.signature);
    expect(await verifyCommand(unprotected, await vectorLock())).toMatchObject({ reason: 'MALFORMED' });
    // Not tagged.
    expect(await verifyCommand(fromHex(MESSAGE_HEX.slice(2)), await vectorLock())).toMatchObject({ reason: 'MALFORMED' });
    // Trailing byte.
    expect(await verifyCommand(fromHex(MESSAGE_HEX + '00'), await vectorLock())).toMatchObject({ reason: 'MALFORMED' });
    // Oversized.
    expect(await verifyCommand(new Uint8Array(183), await vectorLock())).toMatchObject({ reason: 'MALFORMED' });
  });

  it('refuses a non-ES256 algorithm before looking at the key', async () => {
    const header = fromHex('a2012504480cebf1bc9880748a'); // alg -6
    expect(await verifyCommand(rebuild(header, fromHex(VECTOR.payload), fromHex(VECTOR.signature)), await vectorLock())).toMatchObject({ reason: 'BAD_ALGORITHM' });
  });
});

// --- Commands signed here with a fresh key, to reach the claim checks the vector cannot. ---

function uint(n: number): Uint8Array {
  if (n < 24) return Uint8Array.of(n);
  if (n < 0x100) return Uint8Array.of(0x18, n);
  return Uint8Array.of(0x1a, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

function lockStateRows() {
  const table = /<!-- test-vector:lock-states -->([\s\S]*?)<!-- end -->/.exec(PROTOCOL_DOC);
  if (!table) throw new Error('no lock-state table in docs/lock-protocol.md');
  const row = /^\| (\d+) \| (unlock|time-sync) \| (yes|no) \| (\d+) \| (\d+) \| ([A-Z_]+) \| ([A-Z_]+|-) \| (\d+) \|/gm;
  return [...table[1]!.matchAll(row)].map((m) => ({
    row: Number(m[1]),
    message: m[2]!,
    clockSet: m[3] === 'yes',
    rtcOnArrival: Number(m[4]),
    ageMillis: Number(m[5]),
    result: m[6]!,
    change: m[7]!,
    rtcAfter: Number(m[8]),
  }));
}

function payload(claims: { aud: string; exp: number; nbf: number; iat?: number; action: number; level: number; nonce: Uint8Array }): Uint8Array {
  const id = (u: string) => encode.bytes(fromHex(u.replace(/-/g, '')));
  return concatBytes(
    Uint8Array.of(0xa8),
    Uint8Array.of(0x03), id(claims.aud),
    Uint8Array.of(0x04), uint(claims.exp),
    Uint8Array.of(0x05), uint(claims.nbf),
    Uint8Array.of(0x06), uint(claims.iat ?? claims.nbf),
    Uint8Array.of(0x07), id(VECTOR.commandId),
    fromHex('3a00010000'), uint(claims.action),
    fromHex('3a00010001'), uint(claims.level),
    fromHex('3a00010002'), encode.bytes(claims.nonce),
  );
}

function rebuild(protectedHeader: Uint8Array, body: Uint8Array, signature: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(0xd2), encode.array(encode.bytes(protectedHeader), Uint8Array.of(0xa0), encode.bytes(body), encode.bytes(signature)));
}

async function signed(keys: CryptoKeyPair, kid: Uint8Array, body: Uint8Array): Promise<Uint8Array> {
  const header = concatBytes(fromHex('a20126'), Uint8Array.of(0x04), encode.bytes(kid));
  const tbs = encode.array(encode.text('Signature1'), encode.bytes(header), encode.bytes(new Uint8Array()), encode.bytes(body));
  const sig = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, tbs as BufferSource));
  return rebuild(header, body, sig);
}

describe('claim checks on freshly signed commands', async () => {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const kid = fromHex('0102030405060708');
  const lockId = '3f2a1b0c-0000-4000-8000-00000000abcd';
  const now = 1_800_000_000;
  let tick = 0;

  function lockWith(registry: NonceRegistry): LockState {
    return {
      lockId,
      keys: new Map([[encodeBase64Url(kid), keys.publicKey]]),
      nonces: registry,
      clock: new LockClock({ read: () => now, set: () => {} }),
    };
  }

  function newRegistry(capacity = 8): NonceRegistry {
    return new NonceRegistry(() => tick, capacity);
  }

  it('accepts MAINTENANCE asking for TIME_SYNC and refuses RESTRICTED asking for it', async () => {
    const registry = newRegistry();
    const nonce = registry.issue();
    const ok = await signed(keys, kid, payload({ aud: lockId, exp: now + 30, nbf: now - 1, action: 3, level: 2, nonce }));
    expect(await verifyCommand(ok, lockWith(registry))).toMatchObject({ ok: true, command: { action: 'TIME_SYNC', level: 'MAINTENANCE' } });

    const nonce2 = registry.issue();
    const denied = await signed(keys, kid, payload({ aud: lockId, exp: now + 30, nbf: now - 1, action: 3, level: 1, nonce: nonce2 }));
    expect(await verifyCommand(denied, lockWith(registry))).toMatchObject({ ok: false, reason: 'ACTION_NOT_PERMITTED' });
    // The refusal did not burn the nonce: it is still outstanding.
    expect(registry.consume(nonce2)).toBe(true);
  });

  it('refuses a validity window longer than 60 s', async () => {
    const registry = newRegistry();
    const nonce = registry.issue();
    const long = await signed(keys, kid, payload({ aud: lockId, exp: now + 61, nbf: now, action: 1, level: 1, nonce }));
    expect(await verifyCommand(long, lockWith(registry))).toMatchObject({ reason: 'VALIDITY_TOO_LONG' });
  });

  it('refuses an unknown action code as malformed', async () => {
    const registry = newRegistry();
    const nonce = registry.issue();
    const odd = await signed(keys, kid, payload({ aud: lockId, exp: now + 30, nbf: now, action: 9, level: 2, nonce }));
    expect(await verifyCommand(odd, lockWith(registry))).toMatchObject({ reason: 'MALFORMED' });
  });

  it('forgets the oldest outstanding nonce past its capacity', () => {
    const small = newRegistry(2);
    const first = small.issue();
    small.issue();
    small.issue();
    expect(small.ageMillis(first)).toBe(-1);
    expect(small.consume(first)).toBe(false);
  });

  it('refuses a command valid only from after its own signing time', async () => {
    const nonces = newRegistry();
    const nonce = nonces.issue();
    const early = await signed(keys, kid, payload({ aud: lockId, iat: now, nbf: now + 1, exp: now + 30, action: 1, level: 1, nonce }));
    expect(await verifyCommand(early, lockWith(nonces))).toMatchObject({ reason: 'NOT_YET_VALID' });
  });

  it('decides by the nonce and the timer, to the millisecond, whatever the wall clock reads', async () => {
    const nonces = newRegistry();
    const lock = { ...lockWith(nonces), clock: new LockClock({ read: () => 0, set: () => {} }) };
    const a = nonces.issue();
    const b = nonces.issue();
    const capped = (nonce: Uint8Array) => signed(keys, kid, payload({ aud: lockId, nbf: now, exp: now + 3, action: 1, level: 1, nonce }));
    const inTime = await capped(a);
    const late = await capped(b);
    tick += 2000; // iat + 1 s + 2 s = exp
    expect(await verifyCommand(inTime, lock)).toMatchObject({ ok: true, clock: { change: 'SET_AFTER_BOOT', before: 0, after: now } });
    tick += 1;
    expect(await verifyCommand(late, lock)).toMatchObject({ ok: false, reason: 'EXPIRED' });
  });
});

describe('strict CBOR', () => {
  it('decodes deterministic items and refuses the lenient ones', () => {
    expect(decodeCbor(fromHex('3a00010000'))).toEqual({ kind: 'nint', value: -65537n });
    expect(() => decodeCbor(fromHex('1817'))).toThrow(/shortest/); // 23 in a 1-byte head
    expect(() => decodeCbor(fromHex('5f40ff'))).toThrow(/indefinite/);
    expect(() => decodeCbor(fromHex('a2020101 01'.replace(' ', '')))).toThrow(/order/); // keys 2 then 1
    expect(() => decodeCbor(fromHex('a201010101'))).toThrow(/order/); // duplicate key
    expect(() => decodeCbor(fromHex('f5'))).toThrow(/simple/); // true
    expect(() => decodeCbor(fromHex('45010203'))).toThrow(/past the end/);
  });
});
