import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/problem';
import type { Settings } from '../../api/types';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { timeZones } from '../../lib/time';
import { useSaveSettings } from './mutations';

/** Settings > System: the Unique Codes switch and the account's time zone. */
export function SystemForm({ initial }: { initial: Settings }) {
  const [enabled, setEnabled] = useState(initial.uniqueCodesEnabled);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setEnabled(initial.uniqueCodesEnabled);
    setTimeZone(initial.timeZone);
  }, [initial]);
  const save = useSaveSettings();
  const dirty = enabled !== initial.uniqueCodesEnabled || timeZone !== initial.timeZone;
  const errors = fieldErrors(save.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (!dirty) return;
    const changes = {
      ...(enabled !== initial.uniqueCodesEnabled ? { uniqueCodesEnabled: enabled } : {}),
      ...(timeZone !== initial.timeZone ? { timeZone } : {}),
    };
    save.mutate(changes, { onSuccess: () => setSaved(true) });
  }

  return (
    <form onSubmit={submit}>
      <div className={`field checkbox${errors['/uniqueCodesEnabled'] ? ' has-error' : ''}`}>
        <label>
          <input
            type="checkbox"
            checked={enabled}
            onChange={(e) => {
              setEnabled(e.target.checked);
              setSaved(false);
            }}
          />{' '}
          Enable Unique Codes
        </label>
        <p className="hint">
          Lets you create codes that give temporary access to locks without an account (valid for at most six
          months).
        </p>
        {errors['/uniqueCodesEnabled'] && <p className="field-error">{errors['/uniqueCodesEnabled']}</p>}
      </div>
      <Field label="Account time zone" hint="Expiry dates are shown and limited in this zone." error={errors['/timeZone']}>
        <select
          value={timeZone}
          onChange={(e) => {
            setTimeZone(e.target.value);
            setSaved(false);
          }}
        >
          {timeZones(timeZone).map((z) => (
            <option key={z}>{z}</option>
          ))}
        </select>
      </Field>
      <ProblemAlert error={save.error} shownFields={['/uniqueCodesEnabled', '/timeZone']} action="Could not save" />
      {saved && (
        <p className="alert alert-success" role="status">
          Changes saved.
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={!dirty || save.isPending}>
        {save.isPending ? 'Saving…' : 'Save Changes'}
      </button>
    </form>
  );
}
