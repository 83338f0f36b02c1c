/**
 * The in-page stand-in for a physical lock: trust anchors provisioned from the console (localStorage,
 * per lock id), the nonces and clock state of lockState.ts held only in memory (like a microcontroller's
 * RAM: a page load is a reboot), and the command check of verifier.ts.
 */
import type { TrustAnchors } from '../api/types';
import { decodeBase64Url, encodeBase64Url } from '../lib/base64url';
import { LockClock, NonceRegistry, type RealTimeClock } from './lockState';
import { verifyCommand, type VerifyResult } from './verifier';

export const PROVISIONING_KEY = 'lockvue.virtualLocks';

export interface Provisioned {
  lockId: string;
  lockName: string;
  provisionedAt: string;
  anchors: TrustAnchors['items'];
}

type Store = Record<string, Provisioned>;

function readStore(): Store {
  try {
    return JSON.parse(localStorage.getItem(PROVISIONING_KEY) ?? '{}') as Store;
  } catch {
    return {};
  }
}

export function getProvisioned(lockId: string): Provisioned | null {
  return readStore()[lockId.toLowerCase()] ?? null;
}

export function removeProvisioned(lockId: string): void {
  const store = readStore();
  delete store[lockId.toLowerCase()];
  localStorage.setItem(PROVISIONING_KEY, JSON.stringify(store));
}

/**
 * Stores a lock's anchors after checking each: it must import as a P-256 key and its kid must be the first
 * 8 bytes of the key's RFC 7638 thumbprint (docs/lock-protocol.md), so a mislabelled key is refused here
 * rather than trusted under the wrong name.
 */
export async function provision(lockName: string, anchors: TrustAnchors): Promise<Provisioned> {
  if (anchors.items.length === 0) throw new Error('The server returned no trust anchors for this lock.');
  for (const a of anchors.items) {
    await importAnchor(a);
    const expected = await jwkKid(a.jwk.x, a.jwk.y);
    if (a.keyId !== expected || a.jwk.kid !== a.keyId) {
      throw new Error(`Trust anchor ${a.keyId} does not match its key (expected kid ${expected}).`);
    }
  }
  const entry: Provisioned = {
    lockId: anchors.lockId.toLowerCase(),
    lockName,
    provisionedAt: new Date().toISOString(),
    anchors: anchors.items,
  };
  const store = readStore();
  store[entry.lockId] = entry;
  localStorage.setItem(PROVISIONING_KEY, JSON.stringify(store));
  return entry;
}

export async function jwkKid(x: string, y: string): Promise<string> {
  // RFC 7638: members in lexicographic order, no whitespace.
  const canonical = `{"crv":"P-256","kty":"EC","x":"${x}","y":"${y}"}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical)));
  return encodeBase64Url(digest.slice(0, 8));
}

function importAnchor(a: TrustAnchors['items'][number]): Promise<CryptoKey> {
  // Only the key material: WebCrypto is picky about optional members, and kid/use are checked separately.
  return crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: a.jwk.x, y: a.jwk.y, ext: true },
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  );
}

export interface VirtualLock {
  lockId: string;
  issueNonce(): string;
  verify(commandBase64Url: string): Promise<VerifyResult>;
}

interface LockRam {
  nonces: NonceRegistry;
  clock: LockClock;
}

const booted = new Map<string, LockRam>();

/** The browser's clock standing in for the lock's RTC chip: writable, as setting the chip would be. */
function browserRtc(): RealTimeClock {
  let offset = 0;
  const now = () => Math.floor(Date.now() / 1000);
  return { read: () => now() + offset, set: (s) => void (offset = s - now()) };
}

/** Builds the virtual lock for a provisioned lock id, or null if this browser was never provisioned for it. */
export async function openVirtualLock(lockId: string): Promise<VirtualLock | null> {
  const entry = getProvisioned(lockId);
  if (!entry) return null;
  const keys = new Map<string, CryptoKey>();
  for (const a of entry.anchors) keys.set(a.keyId, await importAnchor(a));
  // One boot per lock for the page's lifetime: re-opening must not forget which nonces were used.
  let ram = booted.get(entry.lockId);
  if (!ram) {
    ram = { nonces: new NonceRegistry(() => performance.now()), clock: new LockClock(browserRtc()) };
    booted.set(entry.lockId, ram);
  }
  const { nonces, clock } = ram;
  return {
    lockId: entry.lockId,
    issueNonce: () => encodeBase64Url(nonces.issue()),
    async verify(commandBase64Url: string) {
      let message: Uint8Array;
      try {
        message = decodeBase64Url(commandBase64Url);
      } catch {
        return { ok: false, reason: 'MALFORMED', detail: 'command is not base64url' };
      }
      return verifyCommand(message, { lockId: entry.lockId, keys, nonces, clock });
    },
  };
}

