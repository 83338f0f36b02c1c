/**
 * What a lock keeps in RAM, mirroring the reference verifier (lock-verifier/, docs/lock-protocol.md "Freshness and
 * time"): the nonces it issued with the tick of its monotonic timer, and its wall clock with whether it has been
 * set from the server's signed time since boot. Nothing here survives a reboot (a page load, for the virtual lock).
 */
import { toHex } from '../lib/base64url';

export const NONCE_LENGTH = 16;
/** A command is fresh while its nonce is younger than this, by the lock's monotonic timer. */
export const NONCE_LIFETIME_MS = 60_000;
/** How far the wall clock may be from the signed time before the lock steps it. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/** Milliseconds since boot: never set, never goes back. */
export type MonotonicTimer = () => number;

/** The lock's real-time clock: whole seconds since the epoch, writable. */
export interface RealTimeClock {
  read(): number;
  set(epochSecond: number): void;
}

export type ClockChange = 'KEPT' | 'SET_AFTER_BOOT' | 'DRIFT_CORRECTED' | 'TIME_SYNC';

/** What the clock did while the lock accepted a command: part of the lock's answer. */
export interface ClockReport {
  change: ClockChange;
  before: number;
  after: number;
}

/** Bounded like the reference lock: 8 outstanding nonces, the last 32 used ones remembered to name replays. */
export class NonceRegistry {
  private issued = new Map<string, number>();
  private used: string[] = [];

  constructor(
    private readonly timer: MonotonicTimer,
    private readonly capacity = 8,
    private readonly random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b),
  ) {}

  issue(): Uint8Array {
    const nonce = this.random(new Uint8Array(NONCE_LENGTH));
    this.issued.set(toHex(nonce), this.timer());
    if (this.issued.size > this.capacity) this.issued.delete(this.issued.keys().next().value!);
    return nonce;
  }

  /** Milliseconds since the nonce was issued, or -1 if it is not outstanding. */
  ageMillis(nonce: Uint8Array): number {
    const tick = this.issued.get(toHex(nonce));
    return tick === undefined ? -1 : this.timer() - tick;
  }

  wasConsumed(nonce: Uint8Array): boolean {
    return this.used.includes(toHex(nonce));
  }

  /** Uses up an outstanding nonce; only called once every other check passed. */
  consume(nonce: Uint8Array): boolean {
    const key = toHex(nonce);
    if (!this.issued.delete(key)) return false;
    this.used.push(key);
    if (this.used.length > 4 * this.capacity) this.used.shift();
    return true;
  }
}

/**
 * The wall clock as the lock keeps it. A fresh command puts the server's time on arrival in
 * [iat, iat + 1 s + nonce age]; the clock is set to iat after boot, when it reads more than the tolerance outside
 * that window, or on TIME_SYNC. No command is ever refused because of it.
 */
export class LockClock {
  private setSinceBoot = false;

  constructor(private readonly rtc: RealTimeClock) {}

  isSetSinceBoot(): boolean {
    return this.setSinceBoot;
  }

  read(): number {
    return this.rtc.read();
  }

  follow(iat: number, nonceAgeMillis: number, timeSync: boolean): ClockReport {
    const before = this.rtc.read();
    let change: ClockChange;
    if (timeSync) change = 'TIME_SYNC';
    else if (!this.setSinceBoot) change = 'SET_AFTER_BOOT';
    else if (!agrees(before, iat, nonceAgeMillis)) change = 'DRIFT_CORRECTED';
    else return { change: 'KEPT', before, after: before };
    this.rtc.set(iat);
    this.setSinceBoot = true;
    return { change, before, after: iat };
  }
}

function agrees(reading: number, iat: number, nonceAgeMillis: number): boolean {
  const latestMillis = (iat + 1 + CLOCK_TOLERANCE_SECONDS) * 1000 + nonceAgeMillis;
  return reading >= iat - CLOCK_TOLERANCE_SECONDS && reading * 1000 <= latestMillis;
}
