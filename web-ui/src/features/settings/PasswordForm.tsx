import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/problem';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { focusFirstInvalid } from '../../lib/forms';
import { useChangePassword } from './mutations';

/** Settings > Password: a new password ends every other session; this browser gets a fresh one. */
export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [changed, setChanged] = useState(false);
  const change = useChangePassword();
  const errors = { ...fieldErrors(change.error), ...localErrors };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    setChanged(false);
    const found: Record<string, string> = {};
    if (!current) found['/currentPassword'] = 'Enter your current password.';
    if ([...next.normalize('NFKC')].length < 12) found['/newPassword'] = 'Use at least 12 characters.';
    else if (next !== repeat) found['/repeat'] = 'The two new passwords differ.';
    setLocalErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
          setChanged(true);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <p className="hint">Changing your password logs you out everywhere else.</p>
      <Field label="Current password" error={errors['/currentPassword']}>
        <input type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />
      </Field>
      <Field
        label="New password"
        hint="At least 12 characters; a few unrelated words make a good one. Common passwords are refused."
        error={errors['/newPassword']}
      >
        <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
      </Field>
      <Field label="Repeat the new password" error={errors['/repeat']}>
        <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
      </Field>
      <ProblemAlert error={change.error} shownFields={['/currentPassword', '/newPassword']} action="Could not change the password" />
      {changed && (
        <p className="alert alert-success" role="status">
          Password changed. Your other sessions have ended.
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
