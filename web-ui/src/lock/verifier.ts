/**
 * The virtual lock's command check: an independent TypeScript reading of docs/lock-protocol.md, run in
 * the browser with WebCrypto, so the server's signatures are checked by code that shares nothing with the
 * signer. Checks run in the protocol's order; freshness and validity come from the nonce and the monotonic
 * timer, never from the wall clock; the nonce is consumed and the clock moved last, so a refused command
 * changes nothing.
 */
import { asBytes, asInt, CborError, decodeCbor, encode, type CborValue } from './cbor';
import { bytesToUuid, encodeBase64Url } from '../lib/base64url';
import { NONCE_LENGTH, NONCE_LIFETIME_MS, type ClockReport, type LockClock, type NonceRegistry } from './lockState';

export const MAX_MESSAGE_BYTES = 182;
export const MAX_VALIDITY_SECONDS = 60n;
const COSE_SIGN1_TAG = 18n;
const ALG_ES256 = -7n;

// RFC 8392 claim keys plus the protocol's private-use ones, in deterministic (encoded-byte) order.
const CLAIM_ORDER = [3n, 4n, 5n, 6n, 7n, -65537n, -65538n, -65539n] as const;

export const ACTIONS = { 1: 'UNLOCK', 2: 'BATTERY_STATUS', 3: 'TIME_SYNC' } as const;
export const LEVELS = { 1: 'RESTRICTED', 2: 'MAINTENANCE', 3: 'ADMIN' } as const;
export type ActionName = (typeof ACTIONS)[keyof typeof ACTIONS];
export type LevelName = (typeof LEVELS)[keyof typeof LEVELS];
const REQUIRED_LEVEL: Record<number, number> = { 1: 1, 2: 2, 3: 2 };

export type Rejection =
  | 'MALFORMED'
  | 'BAD_ALGORITHM'
  | 'UNKNOWN_KID'
  | 'BAD_SIGNATURE_LENGTH'
  | 'BAD_SIGNATURE'
  | 'WRONG_AUDIENCE'
  | 'VALIDITY_TOO_LONG'
  | 'ACTION_NOT_PERMITTED'
  | 'UNKNOWN_NONCE'
  | 'REPLAYED_NONCE'
  | 'NONCE_EXPIRED'
  | 'NOT_YET_VALID'
  | 'EXPIRED';

export interface VerifiedCommand {
  keyId: string;
  audience: string;
  commandId: string;
  issuedAt: number;
  notBefore: number;
  expiresAt: number;
  action: ActionName;
  level: LevelName;
  nonce: Uint8Array;
}

export type VerifyResult =
  | { ok: true; command: VerifiedCommand; clock: ClockReport }
  | { ok: false; reason: Rejection; detail?: string };

/** What the lock knows: its id, the keys it trusts (by base64url kid), its nonces and its clock. */
export interface LockState {
  lockId: string;
  keys: ReadonlyMap<string, CryptoKey>;
  nonces: Pick<NonceRegistry, 'ageMillis' | 'wasConsumed' | 'consume'>;
  clock: Pick<LockClock, 'follow'>;
}

const reject = (reason: Rejection, detail?: string): VerifyResult => ({ ok: false, reason, detail });

export async function verifyCommand(message: Uint8Array, lock: LockState): Promise<VerifyResult> {
  try {
    return await check(message, lock);
  } catch (e) {
    if (e instanceof CborError) return reject('MALFORMED', e.message);
    throw e;
  }
}

async function check(message: Uint8Array, lock: LockState): Promise<VerifyResult> {
  if (message.length > MAX_MESSAGE_BYTES) return reject('MALFORMED', `${message.length} bytes exceeds ${MAX_MESSAGE_BYTES}`);

  // 1. Envelope: 18([protected: bstr, unprotected: {}, payload: bstr, signature: bstr]).
  const top = decodeCbor(message);
  if (top.kind !== 'tag' || top.tag !== COSE_SIGN1_TAG) return reject('MALFORMED', 'not tagged COSE_Sign1 (18)');
  const parts = top.value;
  if (parts.kind !== 'array' || parts.value.length !== 4) return reject('MALFORMED', 'COSE_Sign1 is not a 4-array');
  const [protectedItem, unprotected, payloadItem, signatureItem] = parts.value as [CborValue, CborValue, CborValue, CborValue];
  const protectedHeader = asBytes(protectedItem);
  // Nothing may travel unprotected: an unprotected kid could be swapped without breaking the signature.
  if (unprotected.kind !== 'map' || unprotected.value.length !== 0) return reject('MALFORMED', 'unprotected header not empty');
  const payload = asBytes(payloadItem);
  const signature = asBytes(signatureItem);

  // 2. Protected header: exactly {1: alg, 4: kid}.
  const header = decodeCbor(protectedHeader);
  if (header.kind !== 'map' || header.value.length !== 2) return reject('MALFORMED', 'protected header is not {1: alg, 4: kid}');
  const [[algKey, algValue], [kidKey, kidValue]] = header.value as [[CborValue, CborValue], [CborValue, CborValue]];
  if (asInt(algKey) !== 1n || asInt(kidKey) !== 4n) return reject('MALFORMED', 'protected header is not {1: alg, 4: kid}');
  const alg = asInt(algValue);
  const kid = asBytes(kidValue);
  if (alg !== ALG_ES256) return reject('BAD_ALGORITHM', `alg ${alg}`);

  // 3. Key and signature, before any claim is believed.
  const keyId = encodeBase64Url(kid);
  const key = lock.keys.get(keyId);
  if (!key) return reject('UNKNOWN_KID', `kid ${keyId}`);
  if (signature.length !== 64) return reject('BAD_SIGNATURE_LENGTH', `${signature.length} bytes`);
  // RFC 9052 §4.4 Sig_structure with empty external_aad, rebuilt from the received bytes.
  const toBeSigned = encode.array(encode.text('Signature1'), encode.bytes(protectedHeader), encode.bytes(new Uint8Array()), encode.bytes(payload));
  // WebCrypto's ECDSA takes the raw r||s form, which is exactly COSE's signature encoding.
  const valid = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, signature as BufferSource, toBeSigned as BufferSource);
  if (!valid) return reject('BAD_SIGNATURE');

  // 4. Claims: all eight, in deterministic key order, nothing else.
  const claims = decodeCbor(payload);
  if (claims.kind !== 'map' || claims.value.length !== CLAIM_ORDER.length) return reject('MALFORMED', 'claims are not the eight expected');
  const values = claims.value.map(([k, v], i) => {
    if (asInt(k) !== CLAIM_ORDER[i]) throw new CborError('claim key missing, unknown or out of order');
    return v;
  });
  const [audV, expV, nbfV, iatV, ctiV, actionV, levelV, nonceV] = values;
  const audience = id16(audV);
  const exp = uint32(expV);
  const nbf = uint32(nbfV);
  const iat = uint32(iatV);
  const commandId = id16(ctiV);
  const actionCode = asInt(actionV);
  const levelCode = asInt(levelV);
  const nonce = asBytes(nonceV);
  if (nonce.length !== NONCE_LENGTH) return reject('MALFORMED', 'nonce is not 16 bytes');
  if (exp < nbf) return reject('MALFORMED', 'exp before nbf');
  const action = ACTIONS[Number(actionCode) as keyof typeof ACTIONS];
  const level = LEVELS[Number(levelCode) as keyof typeof LEVELS];
  if (actionCode < 0n || actionCode > 255n || !action) return reject('MALFORMED', `unknown action ${actionCode}`);
  if (levelCode < 0n || levelCode > 255n || !level) return reject('MALFORMED', `unknown level ${levelCode}`);

  // 5. Addressed to this lock, for a short window, an action the level covers.
  if (audience !== lock.lockId.toLowerCase()) return reject('WRONG_AUDIENCE', `audience ${audience}`);
  if (exp - nbf > MAX_VALIDITY_SECONDS) return reject('VALIDITY_TOO_LONG', `${exp - nbf} s`);
  if (Number(levelCode) < REQUIRED_LEVEL[Number(actionCode)]!) return reject('ACTION_NOT_PERMITTED', `${level} may not ${action}`);

  // 6. Fresh: a nonce this lock issued since boot, unused, younger than its lifetime.
  const age = lock.nonces.ageMillis(nonce);
  if (age < 0) return reject(lock.nonces.wasConsumed(nonce) ? 'REPLAYED_NONCE' : 'UNKNOWN_NONCE');
  if (age >= NONCE_LIFETIME_MS) return reject('NONCE_EXPIRED', `nonce ${(age / 1000).toFixed(1)} s old`);

  // 7. Valid in the server's time, which on arrival lies in [iat, iat + 1 s + age]; no tolerance needed.
  if (nbf > iat) return reject('NOT_YET_VALID', `valid from ${isoSeconds(nbf)}, signed at ${isoSeconds(iat)}`);
  if (Number(iat + 1n) * 1000 + age > Number(exp) * 1000) return reject('EXPIRED', `expired at ${isoSeconds(exp)}`);

  // 8. Last, so only a command that passed everything else can use up the nonce or move the clock.
  if (!lock.nonces.consume(nonce)) return reject('REPLAYED_NONCE');
  const clock = lock.clock.follow(Number(iat), age, action === 'TIME_SYNC');

  return {
    ok: true,
    clock,
    command: {
      keyId,
      audience,
      commandId,
      issuedAt: Number(iat),
      notBefore: Number(nbf),
      expiresAt: Number(exp),
      action,
      level,
      nonce,
    },
  };
}

function id16(v: CborValue | undefined): string {
  const b = asBytes(v);
  if (b.length !== 16) throw new CborError('ids are 16 bytes');
  return bytesToUuid(b);
}

function uint32(v: CborValue | undefined): bigint {
  if (v?.kind !== 'uint' || v.value > 0xffff_ffffn) throw new CborError('time is not an unsigned 32-bit integer');
  return v.value;
}

function isoSeconds(s: bigint): string {
  return new Date(Number(s) * 1000).toISOString();
}
