import type { ApiKey } from '../../api/types';
import { formatInstant } from '../../lib/time';

interface ApiKeysTableProps {
  apiKeys: ApiKey[];
  timeZone: string;
  onRevoke: (key: ApiKey) => void;
}

export function ApiKeysTable({ apiKeys, timeZone, onRevoke }: ApiKeysTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Access</th>
            <th scope="col" className="hide-narrow">
              Created
            </th>
            <th scope="col">Last used</th>
            <th scope="col" className="hide-narrow">
              Expires
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((k) => (
            <tr key={k.id}>
              <td>{k.name}</td>
              <td>
                <code className="code">{k.prefix}…</code>
              </td>
              <td>{k.scope === 'FULL' ? 'Full' : 'Read-only'}</td>
              <td className="hide-narrow">{formatInstant(k.createdAt, timeZone)}</td>
              <td>
                {k.lastUsedAt ? (
                  <>
                    {formatInstant(k.lastUsedAt, timeZone)}
                    <div className="mono small">{k.lastUsedAddress}</div>
                  </>
                ) : (
                  'Never'
                )}
              </td>
              <td className="hide-narrow">{k.expiresAt ? formatInstant(k.expiresAt, timeZone) : 'Never'}</td>
              <td>
                <button type="button" className="btn btn-danger" aria-label={`Revoke ${k.name}`} onClick={() => onRevoke(k)}>
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
