import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/States';
import { PasswordForm } from './PasswordForm';
import { useSettings } from './queries';
import { SystemForm } from './SystemForm';

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
