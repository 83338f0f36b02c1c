import { Link } from 'react-router';
import type { UniqueCode } from '../../api/types';
import { BinIcon } from '../../components/States';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { CopyButton } from './CopyButton';

interface CodeCardProps {
  code: UniqueCode;
  highlighted: boolean;
  onDelete: () => void;
  onReleaseDevice: () => void;
}

export function CodeCard({ code, highlighted, onDelete, onReleaseDevice }: CodeCardProps) {
  const timeZone = useTimeZone();
  return (
    <li className={`card code-card${highlighted ? ' highlight' : ''}`} data-testid="code-card">
      <div className="code-main">
        <code className="code" aria-label={`Code ${code.code}`}>
          {code.code}
        </code>
        <CopyButton text={code.code} />
        <button
          type="button"
          className="btn btn-icon btn-danger-outline"
          aria-label={`Delete code ${code.code}`}
          title="Delete"
          onClick={onDelete}
        >
          <BinIcon />
        </button>
      </div>
      <dl className="facts">
        <div>
          <dt>Description</dt>
          <dd>{code.description}</dd>
        </div>
        <div>
          <dt>{code.status === 'EXPIRED' ? 'Expired' : 'Expires'}</dt>
          <dd>{formatInstant(code.expiresAt, timeZone)}</dd>
        </div>
        <div>
          <dt>Shared locks</dt>
          <dd>
            {code.sharedLockCount > 0 ? (
              <Link to={`/permissions?uniqueCodeId=${code.id}`}>{code.sharedLockCount}</Link>
            ) : (
              0
            )}
          </dd>
        </div>
        <div>
          <dt>Device</dt>
          <dd>
            {code.device ? (
              <>
                <span className="mono" title={`Bound ${formatInstant(code.device.boundAt, timeZone)}`}>
                  {code.device.deviceId}
                </span>{' '}
                <button type="button" className="btn btn-small" onClick={onReleaseDevice}>
                  Release device
                </button>
              </>
            ) : (
              'Not yet used'
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
