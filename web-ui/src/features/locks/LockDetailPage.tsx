import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/States';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { useLock } from './queries';
import { VirtualLockPanel } from './VirtualLockPanel';

export function LockDetailPage() {
  const { lockId = '' } = useParams();
  const timeZone = useTimeZone();
  const lock = useLock(lockId);

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
          <VirtualLockPanel lockId={lockId} lockName={lock.data.name} />
        </>
      )}
    </section>
  );
}
