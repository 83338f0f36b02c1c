import { useEffect } from 'react';
import { ApiError, problemMessage } from '../../api/problem';
import { EmptyState, Loading } from '../../components/States';
import { STATUS_LABEL } from '../../lib/accessReasons';
import { formatWithZone } from '../../lib/time';
import { DeviceNameForm } from './DeviceNameForm';
import { useSharedLocks } from './queries';
import { endsSession } from './session';
import { SharedLockCard } from './SharedLockCard';

export function SharedLocks({ onSessionEnded }: { onSessionEnded: (reason: unknown) => void }) {
  const locks = useSharedLocks();

  useEffect(() => {
    if (endsSession(locks.error)) onSessionEnded(locks.error);
  }, [locks.error, onSessionEnded]);

  if (locks.isPending) return <Loading label="Loading your locks…" />;
  if (locks.error) {
    // A suspension may be lifted: the session stays, and the list keeps asking until it comes back.
    const suspended = locks.error instanceof ApiError && locks.error.code === 'unique-code-suspended';
    return (
      <p className={`alert ${suspended ? 'alert-warning' : 'alert-error'}`} role="alert" data-state={suspended ? 'SUSPENDED' : 'ERROR'}>
        {problemMessage(locks.error)}
        {suspended && ' This page checks again by itself.'}
      </p>
    );
  }
  const { uniqueCode, items } = locks.data;
  return (
    <>
      <div className="app-code-info">
        <h1>{uniqueCode.description}</h1>
        <p className="hint">
          {STATUS_LABEL[uniqueCode.status]}.{' '}
          {uniqueCode.status === 'SCHEDULED' ? `Starts on ${formatWithZone(uniqueCode.startsAt)}; ` : ''}
          Valid until {formatWithZone(uniqueCode.expiresAt)}
        </p>
        <button type="button" className="btn btn-small" onClick={() => locks.refetch()} disabled={locks.isFetching}>
          {locks.isFetching ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      {items.length === 0 ? (
        <EmptyState title="No locks are shared to this code">
          Ask the lock owner to share a lock to it. This page updates by itself.
        </EmptyState>
      ) : (
        <ul className="app-locks">
          {items.map((l) => (
            <SharedLockCard key={l.lockId} lock={l} onSessionEnded={onSessionEnded} onGone={() => locks.refetch()} />
          ))}
        </ul>
      )}
      <DeviceNameForm />
    </>
  );
}
