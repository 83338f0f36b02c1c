import type { Lock, PermissionLevel, UniqueCode } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { levelName } from '../../lib/permissionLevel';

interface ShareConfirmStepProps {
  locks: Lock[];
  code: UniqueCode | undefined;
  level: PermissionLevel;
  errors: Record<string, string>;
  /** The share request's fields: their problems are listed here, where there are no inputs to show them at. */
  shownFields: readonly string[];
  share: { isPending: boolean; error: unknown };
  onBack: () => void;
  onConfirm: () => void;
}

export function ShareConfirmStep({ locks, code, level, errors, shownFields, share, onBack, onConfirm }: ShareConfirmStepProps) {
  return (
    <div>
      <p>
        Give code <code className="code">{code?.code}</code> ({code?.description}) <strong>{levelName(level)}</strong>{' '}
        access to:
      </p>
      <ul>
        {locks.map((l) => (
          <li key={l.id}>
            {l.name} <span className="mono">({l.serialNumber})</span>
          </li>
        ))}
      </ul>
      <p className="hint">If a lock is already shared to this code, its level changes.</p>
      {Object.entries(errors)
        .filter(([k]) => shownFields.includes(k))
        .map(([k, v]) => (
          <p className="field-error" key={k}>
            {v}
          </p>
        ))}
      <ProblemAlert error={share.error} shownFields={shownFields} action="Could not share" />
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onBack}>
          Back
        </button>
        <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={share.isPending} data-autofocus>
          {share.isPending ? 'Sharing…' : 'Confirm share'}
        </button>
      </div>
    </div>
  );
}
