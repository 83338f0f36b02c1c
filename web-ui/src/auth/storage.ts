/**
 * Where credentials live in the browser.
 *
 * - Admin token: sessionStorage, so it dies with the tab; the console is used on shared office PCs.
 * - Code session: localStorage, because the app view stands in for a phone app that stays logged in.
 * - Device id: localStorage, generated once; a code binds to it, so it must survive reloads.
 * The two tokens use different keys and are never sent to each other's endpoints.
 */
import type { AdminSession, CodeSessionToken } from '../api/types';

export const ADMIN_TOKEN_KEY = 'lockvue.admin.session';
export const CODE_SESSION_KEY = 'lockvue.code.session';
export const DEVICE_ID_KEY = 'lockvue.deviceId';
export const DEVICE_NAME_KEY = 'lockvue.deviceName';

function read<T>(storage: Storage, key: string): T | null {
  try {
    const raw = storage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function getAdminSession(): AdminSession | null {
  const session = read<AdminSession>(sessionStorage, ADMIN_TOKEN_KEY);
  if (session && Date.parse(session.expiresAt) <= Date.now()) {
    sessionStorage.removeItem(ADMIN_TOKEN_KEY);
    return null;
  }
  return session;
}

export function setAdminSession(session: AdminSession): void {
  sessionStorage.setItem(ADMIN_TOKEN_KEY, JSON.stringify(session));
}

export function clearAdminSession(): void {
  sessionStorage.removeItem(ADMIN_TOKEN_KEY);
}

export function getCodeSession(): CodeSessionToken | null {
  const session = read<CodeSessionToken>(localStorage, CODE_SESSION_KEY);
  if (session && Date.parse(session.expiresAt) <= Date.now()) {
    localStorage.removeItem(CODE_SESSION_KEY);
    return null;
  }
  return session;
}

export function setCodeSession(session: CodeSessionToken): void {
  localStorage.setItem(CODE_SESSION_KEY, JSON.stringify(session));
}

export function clearCodeSession(): void {
  localStorage.removeItem(CODE_SESSION_KEY);
}

/** A stable id for this browser acting as a phone; matches the contract's ^[A-Za-z0-9._:-]{8,128}$. */
export function getDeviceId(): string {
  let id = localStorage.getItem(DEVICE_ID_KEY);
  if (!id || !/^[A-Za-z0-9._:-]{8,128}$/.test(id)) {
    id = `web-${crypto.randomUUID()}`;
    localStorage.setItem(DEVICE_ID_KEY, id);
  }
  return id;
}

/** What the guest calls this phone ("Anna's phone"); sent with each login so the owner sees it. */
export function getDeviceName(): string | null {
  return localStorage.getItem(DEVICE_NAME_KEY);
}

export function setDeviceName(name: string): void {
  localStorage.setItem(DEVICE_NAME_KEY, name);
}
