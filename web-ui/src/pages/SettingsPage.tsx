import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { fieldErrors } from '../api/problem';
import { keys, useSettings } from '../api/queries';
import type { Settings } from '../api/types';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { Loading } from '../components/States';
import { PasswordForm } from './PasswordForm';
import { timeZones } from '../lib/time';

const tabs = [
  { id: 'system', label: 'System' },
  { id: 'password', label: 'Password' },
] as const;

export function SettingsPage() {
  const settings = useSettings();
  const [tab, setTab] = useState<(typeof tabs)[number]['id']>('system');
  return (
    <section>
      <div className="page-header">
        <h1>Settings</h1>
      </div>
      <div className="tabs" role="tablist" aria-label="Settings sections">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            id={`tab-${t.id}`}
            aria-controls={`panel-${t.id}`}
            className={`tab${tab === t.id ? ' active' : ''}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="card">
        {tab === 'system' && (
          <>
            {settings.isPending && <Loading />}
            {settings.error && <ProblemAlert error={settings.error} action="Could not load settings" />}
            {settings.data && <SystemForm initial={settings.data} />}
          </>
        )}
        {tab === 'password' && <PasswordForm />}
      </div>
    </section>
  );
}

function SystemForm({ initial }: { initial: Settings }) {
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(initial.uniqueCodesEnabled);
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setEnabled(initial.uniqueCodesEnabled);
    setTimeZone(initial.timeZone);
  }, [initial]);

  const save = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.PATCH('/api/v1/settings', {
          // Only what changed: the API applies just the fields present.
          body: {
            ...(enabled !== initial.uniqueCodesEnabled ? { uniqueCodesEnabled: enabled } : {}),
            ...(timeZone !== initial.timeZone ? { timeZone } : {}),
          },
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(keys.settings, next);
      queryClient.invalidateQueries({ queryKey: keys.me });
      setSaved(true);
    },
  });
  const dirty = enabled !== initial.uniqueCodesEnabled || timeZone !== initial.timeZone;
  const errors = fieldErrors(save.error);

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    if (dirty) save.mutate();
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
