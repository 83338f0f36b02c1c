import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, problemMessage } from '../../api/problem';
import type { CodeSessionToken } from '../../api/types';
import { getDeviceId, getDeviceName, setDeviceName } from '../../auth/storage';
import { Field } from '../../components/Field';
import { useCodeLogin } from './mutations';

export function CodeLogin({
  notice,
  onAttempt,
  onLoggedIn,
}: {
  notice: string | null;
  onAttempt: () => void;
  onLoggedIn: (s: CodeSessionToken) => void;
}) {
  const [code, setCode] = useState('');
  const [deviceName, setName] = useState(() => getDeviceName() ?? '');
  const [localError, setLocalError] = useState<string | null>(null);
  const [retryUntil, setRetryUntil] = useState<number | null>(null);
  const [, tick] = useState(0);
  const login = useCodeLogin();

  // Re-render every second while rate limited so the countdown and the button state stay current.
  useEffect(() => {
    if (!retryUntil) return;
    const t = setInterval(() => {
      if (Date.now() >= retryUntil) setRetryUntil(null);
      tick((n) => n + 1);
    }, 1000);
    return () => clearInterval(t);
  }, [retryUntil]);

  const waitSeconds = retryUntil ? Math.max(0, Math.ceil((retryUntil - Date.now()) / 1000)) : 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    // The server ignores case, spaces and hyphens; only catch an obviously incomplete entry here.
    const compact = code.replace(/[\s-]/g, '');
    if (compact.length === 0) {
      setLocalError('Enter the Unique Code you were given.');
      return;
    }
    if (compact.length !== 12) {
      setLocalError('A Unique Code has 12 letters and digits, like 7K3M-Q9XD-2HTV.');
      return;
    }
    setLocalError(null);
    // The "session ended" notice is about the previous session; a new attempt gets its own message.
    onAttempt();
    if (deviceName.trim()) setDeviceName(deviceName.trim());
    login.mutate(code.trim(), {
      onSuccess: onLoggedIn,
      onError: (e) => {
        if (e instanceof ApiError && e.code === 'too-many-attempts' && e.problem.retryAfterSeconds) {
          setRetryUntil(Date.now() + e.problem.retryAfterSeconds * 1000);
        }
      },
    });
  }

  const apiProblem = login.error ? problemMessage(login.error) : null;
  const shownError = localError ?? (login.error instanceof ApiError && login.error.code === 'too-many-attempts' && waitSeconds > 0
    ? `Too many attempts. Try again in ${waitSeconds} s.`
    : apiProblem);

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h1>Code Login</h1>
      <p className="hint">Enter the Unique Code the lock owner gave you. It is not case sensitive.</p>
      {notice && (
        <p className="alert alert-warning" role="status">
          {notice}
        </p>
      )}
      <Field label="Unique Code" error={shownError ?? undefined}>
        <input
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="XXXX-XXXX-XXXX"
          className="code-input"
          maxLength={64}
        />
      </Field>
      <Field label="Name this phone (optional)" hint="The lock owner sees this name, for example “Anna’s phone”.">
        <input value={deviceName} maxLength={60} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </Field>
      <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending || waitSeconds > 0}>
        {login.isPending ? 'Checking…' : 'Log in'}
      </button>
      <p className="hint small">
        This device: <span className="mono">{getDeviceId()}</span>
      </p>
      <p className="small">
        Account owner? <Link to="/login">Log in to the console</Link>
      </p>
    </form>
  );
}
