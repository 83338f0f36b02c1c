import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { keys } from '../api/queries';
import { useTimeZone } from '../features/settings/queries';
import { ProblemAlert } from '../components/ProblemAlert';
import { Loading } from '../components/States';
import { getProvisioned, provision, removeProvisioned, type Provisioned } from '../lock/virtualLock';
import { formatInstant } from '../lib/time';

export function LockDetailPage() {
  const { lockId = '' } = useParams();
  const timeZone = useTimeZone();
  const lock = useQuery({
    queryKey: keys.lock(lockId),
    queryFn: () => unwrap(adminApi.GET('/api/v1/locks/{lockId}', { params: { path: { lockId } } })),
  });
  const [provisioned, setProvisioned] = useState<Provisioned | null>(() => getProvisioned(lockId));

  const doProvision = useMutation({
    mutationFn: async () => {
      const anchors = await unwrap(
        adminApi.GET('/api/v1/locks/{lockId}/trust-anchors', { params: { path: { lockId } } }),
      );
      return provision(lock.data?.name ?? lockId, anchors);
    },
    onSuccess: setProvisioned,
  });

  return (
    <section>
      <p>
        <Link to="/locks">‹ My Locks</Link>
      </p>
      {lock.isPending && <Loading label="Loading lock…" />}
      {lock.error && <ProblemAlert error={lock.error} action="Could not load the lock" />}
      {lock.data && (
        <>
          <div className="page-header">
            <h1>{lock.data.name}</h1>
          </div>
          <div className="card">
            <dl className="facts">
              <div>
                <dt>Serial number</dt>
                <dd className="mono">{lock.data.serialNumber}</dd>
              </div>
              <div>
                <dt>Activated</dt>
                <dd>{formatInstant(lock.data.activatedAt, timeZone)}</dd>
              </div>
              <div>
                <dt>Lock id</dt>
                <dd className="mono small">{lock.data.id}</dd>
              </div>
              <div>
                <dt>Permissions</dt>
                <dd>
                  <Link to={`/permissions?lockId=${lock.data.id}`}>View permissions for this lock</Link>
                </dd>
              </div>
            </dl>
          </div>
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
              <button type="button" className="btn btn-primary" onClick={() => doProvision.mutate()} disabled={doProvision.isPending}>
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
        </>
      )}
    </section>
  );
}
