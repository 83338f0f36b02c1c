// A stand-in for the server's signer, for tests only: signs lock commands in the protocol's format with a
// fresh WebCrypto key, so the app view can be tested against a realistic backend answer.
import { concatBytes, encode } from '../lock/cbor';
import { jwkKid } from '../lock/virtualLock';
import { decodeBase64Url, encodeBase64Url, fromHex } from '../lib/base64url';
import type { TrustAnchors } from '../api/types';

function uint(n: number): Uint8Array {
  if (n < 24) return Uint8Array.of(n);
  if (n < 0x100) return Uint8Array.of(0x18, n);
  return Uint8Array.of(0x1a, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

const ACTION_CODE = { UNLOCK: 1, BATTERY_STATUS: 2, TIME_SYNC: 3 } as const;
const LEVEL_CODE = { RESTRICTED: 1, MAINTENANCE: 2, ADMIN: 3 } as const;

export async function makeSigner() {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', keys.publicKey);
  const kid = await jwkKid(jwk.x!, jwk.y!);

  return {
    kid,
    anchors(lockId: string): TrustAnchors {
      return {
        lockId,
        items: [
          {
            keyId: kid,
            alg: 'ES256',
            active: true,
            jwk: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y!, kid, alg: 'ES256', use: 'sig' },
            coseKey: '',
          },
        ],
      };
    },
    async sign(o: {
      lockId: string;
      nonce: string;
      action: keyof typeof ACTION_CODE;
      level: keyof typeof LEVEL_CODE;
      nbf?: number;
      exp?: number;
    }): Promise<string> {
      const now = Math.floor(Date.now() / 1000);
      const nbf = o.nbf ?? now;
      const exp = o.exp ?? nbf + 60;
      const id = (u: string) => encode.bytes(fromHex(u.replace(/-/g, '')));
      const payload = concatBytes(
        Uint8Array.of(0xa8),
        Uint8Array.of(0x03), id(o.lockId),
        Uint8Array.of(0x04), uint(exp),
        Uint8Array.of(0x05), uint(nbf),
        Uint8Array.of(0x06), uint(nbf),
        Uint8Array.of(0x07), id(crypto.randomUUID()),
        fromHex('3a00010000'), uint(ACTION_CODE[o.action]),
        fromHex('3a00010001'), uint(LEVEL_CODE[o.level]),
        fromHex('3a00010002'), encode.bytes(decodeBase64Url(o.nonce)),
      );
      const header = concatBytes(fromHex('a20126'), Uint8Array.of(0x04), encode.bytes(decodeBase64Url(kid)));
      const tbs = encode.array(encode.text('Signature1'), encode.bytes(header), encode.bytes(new Uint8Array()), encode.bytes(payload));
      const sig = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, tbs as BufferSource));
      const message = concatBytes(Uint8Array.of(0xd2), encode.array(encode.bytes(header), Uint8Array.of(0xa0), encode.bytes(payload), encode.bytes(sig)));
      return encodeBase64Url(message);
    },
  };
}
