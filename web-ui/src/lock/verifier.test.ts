import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { concatBytes, decodeCbor, encode } from './cbor';
import { verifyCommand, type LockState } from './verifier';
import { jwkKid, NonceRegistry } from './virtualLock';
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

async function vectorKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: VECTOR.x, y: VECTOR.y }, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

/** A lock that has issued exactly the vector's nonce, with its clock at `now`. */
async function vectorLock(overrides: Partial<LockState> = {}, issued = [VECTOR.nonce]): Promise<LockState & { used: string[] }> {
  const outstanding = new Set(issued);
  const used: string[] = [];
  return {
    lockId: VECTOR.lockId,
    keys: new Map([[VECTOR.kid, await vectorKey()]]),
    nowSeconds: () => VECTOR.nbf + 10,
    consumeNonce: (n) => {
      const hex = toHex(n);
      if (outstanding.delete(hex)) {
        used.push(hex);
        return 'FRESH';
      }
      return used.includes(hex) ? 'REPLAYED' : 'UNKNOWN';
    },
    used,
    ...overrides,
  };
}

describe('published test vector', () => {
  it('is accepted with every claim decoded', async () => {
    const message = fromHex(MESSAGE_HEX);
    expect(message.length).toBe(174);
    const result = await verifyCommand(message, await vectorLock());
    expect(result).toEqual({
      ok: true,
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
    const doc = readFileSync(resolve(process.cwd(), '../docs/lock-protocol.md'), 'utf8');
    const block = /<!-- test-vector:message -->\s*```[a-z]*\n([\s\S]*?)```/.exec(doc);
    expect(block, 'test-vector:message block').not.toBeNull();
    expect(block![1]!.replace(/\s+/g, '')).toBe(MESSAGE_HEX);
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

  it('refuses a command for another lock, without consuming the nonce', async () => {
    const lock = await vectorLock({ lockId: '00000000-0000-4000-8000-000000000000' });
    expect(await verifyCommand(fromHex(MESSAGE_HEX), lock)).toMatchObject({ ok: false, reason: 'WRONG_AUDIENCE' });
    expect(lock.used).toEqual([]);
  });

  it('honours the time window with 5 s of clock skew', async () => {
    const at = async (t: number) => verifyCommand(fromHex(MESSAGE_HEX), await vectorLock({ nowSeconds: () => t }));
    expect(await at(VECTOR.nbf - 6)).toMatchObject({ reason: 'NOT_YET_VALID' });
    expect((await at(VECTOR.nbf - 5)).ok).toBe(true);
    expect((await at(VECTOR.nbf + 64)).ok).toBe(true);
    expect(await at(VECTOR.nbf + 65)).toMatchObject({ reason: 'EXPIRED' });
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

function payload(claims: { aud: string; exp: number; nbf: number; action: number; level: number; nonce: Uint8Array }): Uint8Array {
  const id = (u: string) => encode.bytes(fromHex(u.replace(/-/g, '')));
  return concatBytes(
    Uint8Array.of(0xa8),
    Uint8Array.of(0x03), id(claims.aud),
    Uint8Array.of(0x04), uint(claims.exp),
    Uint8Array.of(0x05), uint(claims.nbf),
    Uint8Array.of(0x06), uint(claims.nbf),
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

  function lockWith(registry: NonceRegistry): LockState {
    return {
      lockId,
      keys: new Map([[encodeBase64Url(kid), keys.publicKey]]),
      nowSeconds: () => now,
      consumeNonce: (n) => registry.consume(n),
    };
  }

  it('accepts MAINTENANCE asking for TIME_SYNC and refuses RESTRICTED asking for it', async () => {
    const registry = new NonceRegistry();
    const nonce = registry.issue();
    const ok = await signed(keys, kid, payload({ aud: lockId, exp: now + 30, nbf: now - 1, action: 3, level: 2, nonce }));
    expect(await verifyCommand(ok, lockWith(registry))).toMatchObject({ ok: true, command: { action: 'TIME_SYNC', level: 'MAINTENANCE' } });

    const nonce2 = registry.issue();
    const denied = await signed(keys, kid, payload({ aud: lockId, exp: now + 30, nbf: now - 1, action: 3, level: 1, nonce: nonce2 }));
    expect(await verifyCommand(denied, lockWith(registry))).toMatchObject({ ok: false, reason: 'ACTION_NOT_PERMITTED' });
    // The refusal did not burn the nonce: it is still outstanding.
    expect(registry.consume(nonce2)).toBe('FRESH');
  });

  it('refuses a validity window longer than 60 s', async () => {
    const registry = new NonceRegistry();
    const nonce = registry.issue();
    const long = await signed(keys, kid, payload({ aud: lockId, exp: now + 61, nbf: now, action: 1, level: 1, nonce }));
    expect(await verifyCommand(long, lockWith(registry))).toMatchObject({ reason: 'VALIDITY_TOO_LONG' });
  });

  it('refuses an unknown action code as malformed', async () => {
    const registry = new NonceRegistry();
    const nonce = registry.issue();
    const odd = await signed(keys, kid, payload({ aud: lockId, exp: now + 30, nbf: now, action: 9, level: 2, nonce }));
    expect(await verifyCommand(odd, lockWith(registry))).toMatchObject({ reason: 'MALFORMED' });
  });

  it('forgets the oldest outstanding nonce past its capacity', () => {
    const registry = new NonceRegistry(2);
    const first = registry.issue();
    registry.issue();
    registry.issue();
    expect(registry.consume(first)).toBe('UNKNOWN');
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
