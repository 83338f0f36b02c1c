import type { UniqueCode } from '../../api/types';
import { BinIcon } from '../../components/States';
import { STATUS_LABEL } from '../../lib/accessReasons';
import { useTimeZone } from '../settings/queries';
import { CodeFacts } from './CodeFacts';
import { CopyButton } from './CopyButton';

export type CodeAction = 'delete' | 'release' | 'edit' | 'suspend' | 'resume' | 'diagnose';

interface CodeCardProps {
  code: UniqueCode;
  highlighted: boolean;
  onAction: (action: CodeAction) => void;
}

export function CodeCard({ code, highlighted, onAction }: CodeCardProps) {
  const timeZone = useTimeZone();
  return (
    <li className={`card code-card${highlighted ? ' highlight' : ''}`} data-testid="code-card">
      <div className="code-main">
        <code className="code" aria-label={`Code ${code.code}`}>
          {code.code}
        </code>
        <span className={`badge status-${code.status.toLowerCase()}`}>{STATUS_LABEL[code.status]}</span>
        <CopyButton text={code.code} />
        <button
          type="button"
          className="btn btn-icon btn-danger-outline"
          aria-label={`Delete code ${code.code}`}
          title="Delete"
          onClick={() => onAction('delete')}
        >
          <BinIcon />
        </button>
      </div>
      <CodeFacts code={code} timeZone={timeZone} onReleaseDevice={() => onAction('release')} />
      <div className="button-row">
        <button type="button" className="btn btn-small" onClick={() => onAction('edit')} aria-label={`Change code ${code.code}`}>
          Change
        </button>
        {code.status !== 'EXPIRED' &&
          (code.suspendedAt ? (
            <button type="button" className="btn btn-small" onClick={() => onAction('resume')} aria-label={`Resume code ${code.code}`}>
              Resume
            </button>
          ) : (
            <button type="button" className="btn btn-small" onClick={() => onAction('suspend')} aria-label={`Suspend code ${code.code}`}>
              Suspend
            </button>
          ))}
        <button type="button" className="btn btn-small" onClick={() => onAction('diagnose')}>
          Why can’t this code open the door?
        </button>
      </div>
    </li>
  );
}
