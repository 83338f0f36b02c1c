import { Link } from 'react-router';
import type { Permission } from '../../api/types';
import { levelName } from '../../lib/permissionLevel';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';

interface PermissionsTableProps {
  permissions: Permission[];
  /** The code's text by code id; the permission itself carries only the code's description. */
  codeText: ReadonlyMap<string, string>;
  onRevoke: (permission: Permission) => void;
}

export function PermissionsTable({ permissions, codeText, onRevoke }: PermissionsTableProps) {
  const timeZone = useTimeZone();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Lock</th>
            <th scope="col">Recipient</th>
            <th scope="col">Level</th>
            <th scope="col" className="hide-narrow">
              Granted
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {permissions.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/locks/${p.lockId}`}>{p.lockName}</Link>
                <div className="mono small">{p.lockSerialNumber}</div>
              </td>
              <td>
                Unique Code {codeText.get(p.recipient.uniqueCodeId) && <code className="code">{codeText.get(p.recipient.uniqueCodeId)}</code>}
                <div className="small">{p.recipient.description}</div>
              </td>
              <td>
                <span className={`badge level-${p.level.toLowerCase()}`}>{levelName(p.level)}</span>
              </td>
              <td className="hide-narrow">{formatInstant(p.grantedAt, timeZone)}</td>
              <td>
                <button type="button" className="btn btn-small btn-danger-outline" onClick={() => onRevoke(p)} aria-label={`Revoke ${p.lockName} from ${p.recipient.description}`}>
                  Revoke
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
