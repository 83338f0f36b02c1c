import { useState } from 'react';
import { ApiError, problemMessage } from '../../api/problem';
import type { LockAction, SharedLock } from '../../api/types';
import { allows, levelName } from '../../lib/permissionLevel';
import { getProvisioned } from '../../lock/virtualLock';
import { LockAccessNote } from './LockAccessNote';
import { useLockCommand, useProvisionOnThisPhone, type LockOutcome } from './mutations';
import { endsSession } from './session';

export function SharedLockCard({
  lock,
  onSessionEnded,
  onGone,
}: {
  lock: SharedLock;
  onSessionEnded: (reason: unknown) => void;
  onGone: () => void;
}) {
  const [provisioned, setProvisioned] = useState(() => getProvisioned(lock.lockId) != null);
  const setUp = useProvisionOnThisPhone(lock.lockId, lock.name);
  const run = useLockCommand(lock.lockId);
  const open = lock.access.state === 'OPEN';
  const [outcome, setOutcome] = useState<LockOutcome | null>(null);

  function perform(action: LockAction) {
    setOutcome(null);
    run.mutate(action, {
      onSuccess: setOutcome,
      onError: (e) => {
        if (endsSession(e)) {
          onSessionEnded(e);
          return;
        }
        setOutcome({ kind: 'server', text: `The server refused the command: ${problemMessage(e)}` });
        // A 403/404 usually means the permission was revoked: refresh the list so the lock disappears.
        if (e instanceof ApiError && (e.status === 403 || e.status === 404)) onGone();
      },
    });
  }

  return (
    <li className="card app-lock" data-testid="shared-lock">
      <div className="app-lock-head">
        <div>
          <h2>{lock.name}</h2>
          <span className="mono small">{lock.serialNumber}</span>
        </div>
        <span className={`badge level-${lock.level.toLowerCase()}`}>{levelName(lock.level)}</span>
      </div>
      <LockAccessNote access={lock.access} />
      {!provisioned && (
        <div className="hint" role="note">
          <p>This lock has not been set up on this phone yet.</p>
          <button type="button" className="btn btn-small" disabled={setUp.isPending} onClick={() => setUp.mutate(undefined, { onSuccess: () => setProvisioned(true) })}>
            {setUp.isPending ? 'Setting up…' : 'Set up this lock on this phone'}
          </button>
          {setUp.error && <p className="alert alert-error">{problemMessage(setUp.error)}</p>}
        </div>
      )}
      <div className="button-row">
        <button type="button" className="btn btn-primary btn-unlock" onClick={() => perform('UNLOCK')} disabled={run.isPending || !open} aria-label={`Unlock ${lock.name}`}>
          {run.isPending && run.variables === 'UNLOCK' ? 'Unlocking…' : 'Unlock'}
        </button>
        {allows(lock.level, 'BATTERY_STATUS') && (
          <button type="button" className="btn" onClick={() => perform('BATTERY_STATUS')} disabled={run.isPending || !open} aria-label={`Battery status of ${lock.name}`}>
            Battery status
          </button>
        )}
        {allows(lock.level, 'TIME_SYNC') && (
          <button type="button" className="btn" onClick={() => perform('TIME_SYNC')} disabled={run.isPending || !open} aria-label={`Time sync ${lock.name}`}>
            Time sync
          </button>
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
