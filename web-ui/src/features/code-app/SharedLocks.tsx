import { useEffect } from 'react';
import { problemMessage } from '../../api/problem';
import { EmptyState, Loading } from '../../components/States';
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
