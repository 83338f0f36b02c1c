import type { AuditEvent } from '../../api/types';
import { formatInstant } from '../../lib/time';
import { humanAction, humanActor, readableDetails, shortAddress } from './auditActions';
import type { ActivityNames } from './queries';

interface ActivityTableProps {
  events: AuditEvent[];
  names: Pick<ActivityNames, 'lockName' | 'codeText'>;
  timeZone: string;
}

export function ActivityTable({ events, names: { lockName, codeText }, timeZone }: ActivityTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Action</th>
            <th scope="col">Outcome</th>
            <th scope="col">Actor</th>
            <th scope="col">Lock</th>
            <th scope="col">Code</th>
            <th scope="col" className="hide-narrow">
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td>{formatInstant(e.occurredAt, timeZone)}</td>
              <td>{humanAction(e.action)}</td>
              <td>
                <span className={`badge ${e.outcome === 'SUCCESS' ? 'ok' : 'fail'}`}>{e.outcome === 'SUCCESS' ? 'Success' : 'Failure'}</span>
              </td>
              <td>{e.actorEmail ?? humanActor(e.actor.type)}</td>
              <td>{e.lockId ? (e.lockName ?? lockName.get(e.lockId) ?? <span className="mono small">{e.lockId}</span>) : '—'}</td>
              <td>
                {e.uniqueCodeId ? (
                  <>
                    {e.uniqueCodeDescription ?? ''}{' '}
                    <span className="mono small">{codeText.get(e.uniqueCodeId) ?? '(deleted)'}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td className="hide-narrow small">{[readableDetails(e.reason), shortAddress(e.clientAddress)].filter(Boolean).join(' · ') || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
