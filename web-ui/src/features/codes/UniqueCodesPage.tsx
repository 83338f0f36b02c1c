import { useState } from 'react';
import { Link } from 'react-router';
import type { UniqueCode } from '../../api/types';
import { useSettings } from '../settings/queries';
import { CodeList } from './CodeList';
import { NewCodeDialog } from './NewCodeDialog';
import { STATUS_LABEL } from '../../lib/accessReasons';
import { CODE_STATUSES, type CodeStatus } from './queries';

export function UniqueCodesPage() {
  const settings = useSettings();
  const [status, setStatus] = useState<CodeStatus>('ACTIVE');
  const [creating, setCreating] = useState(false);
  const [justCreated, setJustCreated] = useState<UniqueCode | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const disabled = settings.data?.uniqueCodesEnabled === false;

  return (
    <section>
      <div className="page-header">
        <h1>Unique Codes</h1>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} disabled={disabled}>
          New Unique Code
        </button>
      </div>
      {disabled && (
        <div className="alert alert-warning" role="note">
          Unique Codes are disabled for this account. To create codes, go to{' '}
          <Link to="/settings">Settings &gt; System</Link>, tick “Enable Unique Codes” and select “Save Changes”.
        </div>
      )}
      {justCreated && (
        <div className="alert alert-success" role="status">
          New code <code className="code">{justCreated.code}</code> created for “{justCreated.description}”. Share locks
          to it from <Link to="/locks">My Locks</Link>.
        </div>
      )}
      {done && (
        <div className="alert alert-success" role="status">
          {done}
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="Code status">
        {CODE_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            id={`tab-${s}`}
            aria-controls={`panel-${s}`}
            aria-selected={status === s}
            className={`tab${status === s ? ' active' : ''}`}
            onClick={() => setStatus(s)}
          >
            {STATUS_LABEL[s]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${status}`} aria-labelledby={`tab-${status}`}>
        <h2>{STATUS_LABEL[status]} Unique Codes</h2>
        <CodeList status={status} highlight={justCreated?.id} onDone={(message) => { setJustCreated(null); setDone(message); }} />
      </div>
      {creating && (
        <NewCodeDialog
          onClose={() => setCreating(false)}
          onCreated={(code) => {
            setCreating(false);
            setJustCreated(code);
            setDone(null);
            setStatus(code.status);
          }}
        />
      )}
    </section>
  );
}
