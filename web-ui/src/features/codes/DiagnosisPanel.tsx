import type { UniqueCode, Verdict } from '../../api/types';
import { Modal } from '../../components/Modal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/States';
import { reasonText, STATUS_LABEL } from '../../lib/accessReasons';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { useDiagnosis } from './queries';

const ACTION_LABEL: Record<Verdict['action'], string> = {
  UNLOCK: 'Unlock',
  BATTERY_STATUS: 'Battery status',
  TIME_SYNC: 'Time sync',
};

/** "Why can't this code open the door?": each shared lock and action, OK or every reason, and recent refusals. */
export function DiagnosisPanel({ code, onClose }: { code: UniqueCode; onClose: () => void }) {
  const timeZone = useTimeZone();
  const diagnosis = useDiagnosis(code.id);
  return (
    <Modal title="Why can’t this code open the door?" onClose={onClose}>
      {diagnosis.isPending ? (
        <Loading label="Checking the code…" />
      ) : diagnosis.error ? (
        <ProblemAlert error={diagnosis.error} action="Could not check the code" />
      ) : (
        <div className="diagnosis" data-testid="diagnosis">
          <p>
            Code <code className="code">{code.code}</code> ({code.description}) is{' '}
            <strong>{STATUS_LABEL[diagnosis.data.status]}</strong>, checked {formatInstant(diagnosis.data.checkedAt, timeZone)}.
          </p>
          {diagnosis.data.verdicts.length === 0 && <p>No lock is shared to this code: share one from My Locks.</p>}
          <ul className="verdicts">
            {diagnosis.data.verdicts.map((v) => (
              <li key={`${v.lockId}-${v.action}`} className={v.verdict === 'OK' ? 'ok' : 'blocked'}>
                <strong>
                  {v.lockName}, {ACTION_LABEL[v.action]}:
                </strong>{' '}
                {v.verdict === 'OK' ? (
                  'works now.'
                ) : (
                  <ul>
                    {v.reasons.map((r, i) => (
                      <li key={i}>{reasonText(r, timeZone, true)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          <h3>Recent refused attempts</h3>
          {diagnosis.data.recentFailures.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="failures">
              {diagnosis.data.recentFailures.map((f, i) => (
                <li key={i}>
                  {formatInstant(f.occurredAt, timeZone)}: {f.action === 'CODE_LOGIN' ? 'login' : 'lock command'} refused ({f.code}
                  {f.detail ? `, ${f.detail}` : ''}){f.clientAddress ? ` from ${f.clientAddress}` : ''}
                </li>
              ))}
            </ul>
          )}
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => diagnosis.refetch()}>
              Check again
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
