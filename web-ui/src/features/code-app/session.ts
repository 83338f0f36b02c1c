import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, problemMessage } from '../../api/problem';
import { keys } from '../../api/queryKeys';
import type { CodeSessionToken } from '../../api/types';
import { clearCodeSession, getCodeSession, setCodeSession } from '../../auth/storage';
import { formatWithZone } from '../../lib/time';

/** Problems that mean the code can no longer be used here: drop the session and show the login again. */
const SESSION_ENDING = new Set(['code-session-ended', 'unique-code-expired', 'unique-codes-disabled', 'invalid-unique-code']);

export function endsSession(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 401 || SESSION_ENDING.has(error.code));
}

/** The app view's code session: kept in localStorage, ended by logout or by a problem that ends it. */
export function useCodeSession() {
  const [session, setSession] = useState(() => getCodeSession());
  const [endedMessage, setEndedMessage] = useState<string | null>(null);
  const queryClient = useQueryClient();

  function logIn(s: CodeSessionToken) {
    setCodeSession(s);
    setEndedMessage(null);
    setSession(s);
  }

  /** `reason` is the problem that ended the session, shown on the login; null for a plain logout. */
  function end(reason: unknown) {
    const ended = getCodeSession() ?? session;
    clearCodeSession();
    queryClient.removeQueries({ queryKey: keys.codeSessionLocks });
    setSession(null);
    setEndedMessage(reason ? endedText(reason, ended) : null);
  }

  return { session, endedMessage, logIn, end, clearEndedMessage: () => setEndedMessage(null) };
}

/**
 * Why the session ended, in the guest's words. A refused token (401) says nothing of why: the code's own expiry,
 * which the app kept from the login, tells an expired code from a session that simply ran out.
 */
export function endedText(reason: unknown, ended: CodeSessionToken | null): string {
  if (reason instanceof ApiError && reason.status === 401 && reason.code !== 'code-session-ended') {
    const expiry = ended?.uniqueCode.expiresAt;
    if (expiry && Date.parse(expiry) <= Date.now()) {
      return `This code expired on ${formatWithZone(expiry)}. Ask the lock owner for a new one.`;
    }
    return 'Your session has ended. Log in again with your code.';
  }
  return problemMessage(reason);
}
