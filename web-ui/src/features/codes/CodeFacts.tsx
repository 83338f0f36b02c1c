import { Link } from 'react-router';
import type { UniqueCode } from '../../api/types';
import { reasonText, windowText } from '../../lib/accessReasons';
import { formatInstant } from '../../lib/time';

const NEXT_CHANGE: Partial<Record<UniqueCode['status'], string>> = {
  SCHEDULED: 'Starts',
  ACTIVE: 'Expires',
  SUSPENDED: 'Expires',
  EXHAUSTED: 'Expires',
};

/** What a code is now, why it cannot open its locks (if it cannot), and when that changes by itself. */
export function CodeFacts({ code, timeZone, onReleaseDevice }: { code: UniqueCode; timeZone: string; onReleaseDevice: () => void }) {
  const at = (iso: string | null | undefined) => formatInstant(iso, timeZone);
  return (
    <dl className="facts">
      <div>
        <dt>Description</dt>
        <dd>{code.description}</dd>
      </div>
      <div>
        <dt>{code.status === 'EXPIRED' ? 'Expired' : (NEXT_CHANGE[code.status] ?? 'Expires')}</dt>
        <dd>{at(code.status === 'EXPIRED' ? code.effectiveExpiresAt : (code.statusChangesAt ?? code.effectiveExpiresAt))}</dd>
      </div>
      <div className="wide">
        <dt>Now</dt>
        <dd data-testid="code-now">
          {code.openNow ? (
            <span className="ok">Opens its locks now.</span>
          ) : (
            <ul className="reasons">
              {code.reasons.map((r) => (
                <li key={r.code}>{reasonText(r, timeZone, true)}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {code.weeklyWindows.length > 0 && (
        <div>
          <dt>Weekly times</dt>
          <dd>{code.weeklyWindows.map(windowText).join('; ')}</dd>
        </div>
      )}
      {(code.maxUnlocks != null || code.expiresMinutesAfterFirstUnlock != null) && (
        <div>
          <dt>Use</dt>
          <dd>
            {code.maxUnlocks != null ? `${code.unlocksUsed} of ${code.maxUnlocks} unlocks used` : `${code.unlocksUsed} unlocks`}
            {code.expiresMinutesAfterFirstUnlock != null && `; expires ${code.expiresMinutesAfterFirstUnlock} min after the first`}
          </dd>
        </div>
      )}
      <div>
        <dt>Shared locks</dt>
        <dd>
          {code.sharedLockCount > 0 ? <Link to={`/permissions?uniqueCodeId=${code.id}`}>{code.sharedLockCount}</Link> : 0}
        </dd>
      </div>
      <div>
        <dt>Device</dt>
        <dd>
          {code.device ? (
            <>
              <span title={`${code.device.deviceId}, bound ${at(code.device.boundAt)}`}>
                {code.device.name ?? <span className="mono">{code.device.deviceId}</span>}
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
  );
}
