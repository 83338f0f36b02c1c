import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { codeApi, unwrap } from '../api/client';
import { ApiError, problemMessage } from '../api/problem';
import type { CodeSessionToken, LockAction, PermissionLevel, SharedLock } from '../api/types';
import { clearCodeSession, getCodeSession, getDeviceId, setCodeSession } from '../auth/storage';
import { Field } from '../components/Field';
import { EmptyState, Loading } from '../components/States';
import { openVirtualLock, getProvisioned } from '../lock/virtualLock';
import { clockNote, REJECTION_TEXT } from '../lock/guestMessages';
import { levelName } from './LocksPage';

const SESSION_KEY = ['code-session', 'locks'] as const;

/** Problems that mean the code can no longer be used here: drop the session and show the login again. */
const SESSION_ENDING = new Set(['code-session-ended', 'unique-code-expired', 'unique-codes-disabled', 'invalid-unique-code']);

export function CodeAppPage() {
  const [session, setSession] = useState(() => getCodeSession());
  const [endedMessage, setEndedMessage] = useState<string | null>(null);
  const queryClient = useQueryClient();

  function end(reason: unknown) {
    clearCodeSession();
    queryClient.removeQueries({ queryKey: SESSION_KEY });
    setSession(null);
    setEndedMessage(reason ? problemMessage(reason) : null);
  }

  return (
    <div className="app-view">
      <header className="app-bar">
        <span className="brand">LockVue</span>
        {session && (
          <button type="button" className="btn btn-link" onClick={() => end(null)}>
            Log out
          </button>
        )}
      </header>
      <main className="app-main">
        {session ? (
          <SharedLocks onSessionEnded={end} />
        ) : (
          <CodeLogin
            notice={endedMessage}
            onAttempt={() => setEndedMessage(null)}
            onLoggedIn={(s) => {
              setCodeSession(s);
              setEndedMessage(null);
              setSession(s);
            }}
          />
        )}
      </main>
    </div>
  );
}

function CodeLogin({
  notice,
  onAttempt,
  onLoggedIn,
}: {
  notice: string | null;
  onAttempt: () => void;
  onLoggedIn: (s: CodeSessionToken) => void;
}) {
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [retryUntil, setRetryUntil] = useState<number | null>(null);
  const [, tick] = useState(0);
  const login = useMutation({
    mutationFn: () => unwrap(codeApi.POST('/api/v1/code-login', { body: { code: code.trim(), deviceId: getDeviceId() } })),
    onSuccess: onLoggedIn,
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'too-many-attempts' && e.problem.retryAfterSeconds) {
        setRetryUntil(Date.now() + e.problem.retryAfterSeconds * 1000);
      }
    },
  });

  // Re-render every second while rate limited so the countdown and the button state stay current.
  useEffect(() => {
    if (!retryUntil) return;
    const t = setInterval(() => {
      if (Date.now() >= retryUntil) setRetryUntil(null);
      tick((n) => n + 1);
    }, 1000);
    return () => clearInterval(t);
  }, [retryUntil]);

  const waitSeconds = retryUntil ? Math.max(0, Math.ceil((retryUntil - Date.now()) / 1000)) : 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    // The server ignores case, spaces and hyphens; only catch an obviously incomplete entry here.
    const compact = code.replace(/[\s-]/g, '');
    if (compact.length === 0) {
      setLocalError('Enter the Unique Code you were given.');
      return;
    }
    if (compact.length !== 12) {
      setLocalError('A Unique Code has 12 letters and digits, like 7K3M-Q9XD-2HTV.');
      return;
    }
    setLocalError(null);
    // The "session ended" notice is about the previous session; a new attempt gets its own message.
    onAttempt();
    login.mutate();
  }

  const apiProblem = login.error ? problemMessage(login.error) : null;
  const shownError = localError ?? (login.error instanceof ApiError && login.error.code === 'too-many-attempts' && waitSeconds > 0
    ? `Too many attempts. Try again in ${waitSeconds} s.`
    : apiProblem);

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h1>Code Login</h1>
      <p className="hint">Enter the Unique Code the lock owner gave you. It is not case sensitive.</p>
      {notice && (
        <p className="alert alert-warning" role="status">
          {notice}
        </p>
      )}
      <Field label="Unique Code" error={shownError ?? undefined}>
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX"
          className="code-input"
          maxLength={64}
        />
      </Field>
      <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending || waitSeconds > 0}>
        {login.isPending ? 'Checking…' : 'Log in'}
      </button>
      <p className="hint small">
        This device: <span className="mono">{getDeviceId()}</span>
      </p>
      <p className="small">
        Account owner? <Link to="/login">Log in to the console</Link>
      </p>
    </form>
  );
}

function SharedLocks({ onSessionEnded }: { onSessionEnded: (reason: unknown) => void }) {
  const locks = useQuery({
    queryKey: SESSION_KEY,
    queryFn: () => unwrap(codeApi.GET('/api/v1/code-session/locks')),
    retry: false,
  });

  useEffect(() => {
    const e = locks.error;
    if (e instanceof ApiError && (e.status === 401 || SESSION_ENDING.has(e.code))) onSessionEnded(e);
  }, [locks.error, onSessionEnded]);

  if (locks.isPending) return <Loading label="Loading your locks…" />;
  if (locks.error) {
    return (
      <p className="alert alert-error" role="alert">
        {problemMessage(locks.error)}
      </p>
    );
  }
  const { uniqueCode, items } = locks.data;
  return (
    <>
      <div className="app-code-info">
        <h1>{uniqueCode.description}</h1>
        <p className="hint">Valid until {new Date(uniqueCode.expiresAt).toLocaleString()}</p>
        <button type="button" className="btn btn-small" onClick={() => locks.refetch()} disabled={locks.isFetching}>
          {locks.isFetching ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {items.length === 0 ? (
        <EmptyState title="No locks are shared to this code">Ask the lock owner to share a lock to it.</EmptyState>
      ) : (
        <ul className="app-locks">
          {items.map((l) => (
            <SharedLockCard key={l.lockId} lock={l} onSessionEnded={onSessionEnded} onGone={() => locks.refetch()} />
          ))}
        </ul>
      )}
    </>
  );
}

const LEVEL_RANK: Record<PermissionLevel, number> = { RESTRICTED: 1, MAINTENANCE: 2, ADMIN: 3 };

type Outcome =
  | { kind: 'accepted'; action: LockAction; text: string; clockNote: string | null }
  | { kind: 'refused'; text: string }
  | { kind: 'server'; text: string };

function SharedLockCard({
  lock,
  onSessionEnded,
  onGone,
}: {
  lock: SharedLock;
  onSessionEnded: (reason: unknown) => void;
  onGone: () => void;
}) {
  const provisioned = getProvisioned(lock.lockId) != null;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = useMutation({
    mutationFn: async (action: LockAction): Promise<Outcome> => {
      const virtualLock = await openVirtualLock(lock.lockId);
      if (!virtualLock) return { kind: 'refused', text: 'This lock has not been provisioned in this browser.' };
      // The lock speaks first: it hands out a fresh nonce, which the server must sign into the command.
      const nonce = virtualLock.issueNonce();
      const command = await unwrap(
        codeApi.POST('/api/v1/locks/{lockId}/unlock-commands', {
          params: { path: { lockId: lock.lockId } },
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
    onMutate: () => setOutcome(null),
    onSuccess: setOutcome,
    onError: (e) => {
      if (e instanceof ApiError && (e.status === 401 || SESSION_ENDING.has(e.code))) {
        onSessionEnded(e);
        return;
      }
      setOutcome({ kind: 'server', text: `The server refused the command: ${problemMessage(e)}` });
      // A 403/404 usually means the permission was revoked: refresh the list so the lock disappears.
      if (e instanceof ApiError && (e.status === 403 || e.status === 404)) onGone();
    },
  });

  const canMaintain = LEVEL_RANK[lock.level] >= LEVEL_RANK.MAINTENANCE;
  return (
    <li className="card app-lock" data-testid="shared-lock">
      <div className="app-lock-head">
        <div>
          <h2>{lock.name}</h2>
          <span className="mono small">{lock.serialNumber}</span>
        </div>
        <span className={`badge level-${lock.level.toLowerCase()}`}>{levelName(lock.level)}</span>
      </div>
      {!provisioned && (
        <p className="hint" role="note">
          This lock has not been provisioned in this browser.
        </p>
      )}
      <div className="button-row">
        <button type="button" className="btn btn-primary btn-unlock" onClick={() => run.mutate('UNLOCK')} disabled={run.isPending} aria-label={`Unlock ${lock.name}`}>
          {run.isPending && run.variables === 'UNLOCK' ? 'Unlocking…' : 'Unlock'}
        </button>
        {canMaintain && (
          <>
            <button type="button" className="btn" onClick={() => run.mutate('BATTERY_STATUS')} disabled={run.isPending} aria-label={`Battery status of ${lock.name}`}>
              Battery status
            </button>
            <button type="button" className="btn" onClick={() => run.mutate('TIME_SYNC')} disabled={run.isPending} aria-label={`Time sync ${lock.name}`}>
              Time sync
            </button>
          </>
        )}
      </div>
      <div role="status" aria-live="polite" className="lock-outcome">
        {outcome && (
          <p className={`alert ${outcome.kind === 'accepted' ? 'alert-success unlocked' : 'alert-error'}`}>{outcome.text}</p>
        )}
        {outcome?.kind === 'accepted' && outcome.clockNote && <p className="hint">{outcome.clockNote}</p>}
      </div>
    </li>
  );
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
