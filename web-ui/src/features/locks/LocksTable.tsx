import { Link } from 'react-router';
import type { Lock, LockListItem } from '../../api/types';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';

interface LocksTableProps {
  locks: LockListItem[];
  selected: ReadonlyMap<string, Lock>;
  onToggle: (lock: Lock) => void;
  onTogglePage: () => void;
}

export function LocksTable({ locks, selected, onToggle, onTogglePage }: LocksTableProps) {
  const timeZone = useTimeZone();
  const allSelected = locks.length > 0 && locks.every((l) => selected.has(l.id));
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col" className="col-check">
              <input type="checkbox" aria-label="Select all locks on this page" checked={allSelected} onChange={onTogglePage} />
            </th>
            <th scope="col">Name</th>
            <th scope="col">Serial number</th>
            <th scope="col">Shared with</th>
            <th scope="col" className="hide-narrow">
              Activated
            </th>
          </tr>
        </thead>
        <tbody>
          {locks.map((l) => (
            <tr key={l.id} className={selected.has(l.id) ? 'selected' : undefined}>
              <td className="col-check">
                <input type="checkbox" aria-label={`Select ${l.name}`} checked={selected.has(l.id)} onChange={() => onToggle(l)} />
              </td>
              <td>
                <Link to={`/locks/${l.id}`}>{l.name}</Link>
              </td>
              <td className="mono">{l.serialNumber}</td>
              <td>
                {l.sharedWith.count === 0 ? (
                  'Nobody'
                ) : (
                  <Link to={`/permissions?lockId=${l.id}`} title={l.sharedWith.recipients.map((r) => r.description).join(', ')}>
                    {l.sharedWith.count} code{l.sharedWith.count === 1 ? '' : 's'}: {l.sharedWith.recipients.map((r) => r.description).join(', ')}
                    {l.sharedWith.count > l.sharedWith.recipients.length ? ', …' : ''}
                  </Link>
                )}
              </td>
              <td className="hide-narrow">{formatInstant(l.activatedAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
