import { useMutation } from '@tanstack/react-query';
import { codeApi, unwrap } from '../../api/client';
import type { LockAction } from '../../api/types';
import { getDeviceId, getDeviceName, setDeviceName } from '../../auth/storage';
import { clockNote, REJECTION_TEXT } from '../../lock/guestMessages';
import { openVirtualLock, provision } from '../../lock/virtualLock';

/** Logs in with a code as typed (the server ignores case, spaces and hyphens), bound to this browser. */
export function useCodeLogin() {
  return useMutation({
    mutationFn: (code: string) => {
      const deviceName = getDeviceName();
      return unwrap(
        codeApi.POST('/api/v1/code-login', { body: { code, deviceId: getDeviceId(), ...(deviceName ? { deviceName } : {}) } }),
      );
    },
  });
}

/** The guest names their phone; the owner sees the name beside the code. */
export function useRenameDevice() {
  return useMutation({
    mutationFn: async (deviceName: string) => {
      const named = await unwrap(codeApi.PATCH('/api/v1/code-session/device', { body: { deviceName } }));
      setDeviceName(named.deviceName);
      return named;
    },
  });
}

/**
 * Sets the lock up in this browser from the public trust anchors, as an installer provisions a physical lock:
 * they are public keys, the same for every lock, so the guest's own phone can take them.
 */
export function useProvisionOnThisPhone(lockId: string, lockName: string) {
  return useMutation({
    mutationFn: async () => {
      const anchors = await unwrap(codeApi.GET('/api/v1/trust-anchors'));
      return provision(lockName, { lockId, items: anchors.items });
    },
  });
}

export type LockOutcome =
  | { kind: 'accepted'; action: LockAction; text: string; clockNote: string | null }
  | { kind: 'refused'; text: string }
  | { kind: 'server'; text: string };

/**
 * One action on a shared lock, end to end: the virtual lock's nonce, the server's signed command, the
 * virtual lock's verdict. A refusal by the lock is an outcome; a refusal by the server is an error.
 */
export function useLockCommand(lockId: string) {
  return useMutation({
    mutationFn: async (action: LockAction): Promise<LockOutcome> => {
      const virtualLock = await openVirtualLock(lockId);
      if (!virtualLock) return { kind: 'refused', text: 'This lock has not been provisioned in this browser.' };
      // The lock speaks first: it hands out a fresh nonce, which the server must sign into the command.
      const nonce = virtualLock.issueNonce();
      const command = await unwrap(
        codeApi.POST('/api/v1/locks/{lockId}/unlock-commands', {
          params: { path: { lockId } },
          body: { nonce, action },
        }),
      );
      const result = await virtualLock.verify(command.command);
      if (result.ok) {
        return { kind: 'accepted', action, text: acceptedText(action), clockNote: clockNote(result.clock) };
      }
      return {
        kind: 'refused',
        text: `Refused by the lock: ${REJECTION_TEXT[result.reason]} (${result.reason}${result.detail ? `: ${result.detail}` : ''})`,
      };
    },
  });
}

function acceptedText(action: LockAction): string {
  switch (action) {
    case 'UNLOCK':
      return 'Unlocked';
    case 'BATTERY_STATUS':
      return 'Battery status command accepted by the lock';
    case 'TIME_SYNC':
      return 'Time sync command accepted by the lock';
  }
}
