import type { FormEvent } from 'react';
import { Link } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Lock, PermissionLevel, UniqueCode } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/States';
import { grantableToCode, levelName, PERMISSION_LEVELS } from '../../lib/permissionLevel';

export interface ShareChoice {
  uniqueCodeId: string;
  level: PermissionLevel;
}

const LEVEL_HINTS: Record<PermissionLevel, string> = {
  RESTRICTED: 'unlock only',
  MAINTENANCE: 'unlock, battery status, time sync',
  ADMIN: 'not available for Unique Codes',
};

interface ShareChooseStepProps {
  locks: Lock[];
  codes: UseQueryResult<UniqueCode[]>;
  choice: ShareChoice;
  errors: Record<string, string>;
  onChange: (choice: ShareChoice) => void;
  onNext: () => void;
  onCancel: () => void;
}

export function ShareChooseStep({ locks, codes, choice, errors, onChange, onNext, onCancel }: ShareChooseStepProps) {
  function submit(e: FormEvent) {
    e.preventDefault();
    onNext();
  }

  return (
    <form onSubmit={submit} noValidate>
      <p className="hint">{locks.map((l) => l.name).join(', ')}</p>
      <Field label="Recipient">
        <select value="UNIQUE_CODE" onChange={() => {}}>
          <option value="UNIQUE_CODE">Unique Code</option>
        </select>
      </Field>
      {codes.isPending && <Loading label="Loading codes…" />}
      {codes.error && <ProblemAlert error={codes.error} action="Could not load codes" />}
      {codes.data && codes.data.length === 0 ? (
        <div className="empty" role="note">
          <p className="empty-title">You have no active Unique Codes.</p>
          <p>
            Create one on the <Link to="/unique-codes">Unique Codes</Link> page (select “New Unique Code”), then come
            back to share these locks.
          </p>
        </div>
      ) : (
        codes.data && (
          <Field label="Unique Code" error={errors['/recipient/uniqueCodeId'] ?? errors['/recipient']}>
            <select
              value={choice.uniqueCodeId}
              onChange={(e) => onChange({ ...choice, uniqueCodeId: e.target.value })}
              data-autofocus
            >
              <option value="">Choose a code…</option>
              {codes.data.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.code} — {c.description}
                </option>
              ))}
            </select>
          </Field>
        )
      )}
      <Field label="Permission level" hint="Unique Codes can be given at most Maintenance." error={errors['/level']}>
        <select value={choice.level} onChange={(e) => onChange({ ...choice, level: e.target.value as PermissionLevel })}>
          {PERMISSION_LEVELS.map((level) => (
            <option key={level} value={level} disabled={!grantableToCode(level)}>
              {levelName(level)} ({LEVEL_HINTS[level]})
            </option>
          ))}
        </select>
      </Field>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={!codes.data || codes.data.length === 0}>
          Next
        </button>
      </div>
    </form>
  );
}
