import { useMutation } from '@tanstack/react-query';
import { codeApi, unwrap } from '../../api/client';
import type { LockAction } from '../../api/types';
import { getDeviceId } from '../../auth/storage';
import { clockNote, REJECTION_TEXT } from '../../lock/guestMessages';
import { openVirtualLock } from '../../lock/virtualLock';

/** Logs in with a code as typed (the server ignores case, spaces and hyphens), bound to this browser. */
export function useCodeLogin() {
  return useMutation({
    mutationFn: (code: string) => unwrap(codeApi.POST('/api/v1/code-login', { body: { code, deviceId: getDeviceId() } })),
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
