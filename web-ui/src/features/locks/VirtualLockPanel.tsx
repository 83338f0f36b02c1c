import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { getProvisioned, removeProvisioned, type Provisioned } from '../../lock/virtualLock';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { useProvisionVirtualLock } from './mutations';

/** Provisioning of this browser's virtual lock for one lock: its trust anchors, stored or removed here. */
export function VirtualLockPanel({ lockId, lockName }: { lockId: string; lockName: string }) {
  const timeZone = useTimeZone();
  const [provisioned, setProvisioned] = useState<Provisioned | null>(() => getProvisioned(lockId));
  const doProvision = useProvisionVirtualLock(lockId);

  return (
    <div className="card">
      <h2>Virtual lock</h2>
      <p className="hint">
        A virtual lock in this browser verifies signed commands the way the physical lock does. Provisioning
        stores this lock’s trust anchors (public keys) here, so the <Link to="/app">Code Login app view</Link>{' '}
        in this browser can unlock it.
      </p>
      {provisioned ? (
        <div role="status" className="alert alert-success">
          Provisioned in this browser on {formatInstant(provisioned.provisionedAt, timeZone)} with{' '}
          {provisioned.anchors.length} trusted key(s):{' '}
          {provisioned.anchors.map((a) => (
            <span key={a.keyId} className="mono">
              {a.keyId}
              {a.active ? ' (active)' : ''}{' '}
            </span>
          ))}
        </div>
      ) : (
        <p>This lock has not been provisioned in this browser.</p>
      )}
      <ProblemAlert error={doProvision.error} action="Could not provision" />
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => doProvision.mutate(lockName, { onSuccess: setProvisioned })}
          disabled={doProvision.isPending}
        >
          {doProvision.isPending ? 'Provisioning…' : provisioned ? 'Provision again (refresh keys)' : 'Provision virtual lock'}
        </button>
        {provisioned && (
          <button
            type="button"
            className="btn"
            onClick={() => {
              removeProvisioned(lockId);
              setProvisioned(null);
            }}
          >
            Remove from this browser
          </button>
        )}
      </div>
    </div>
  );
}
