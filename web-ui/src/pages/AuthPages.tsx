import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { fieldErrors } from '../api/problem';
import { getAdminSession, setAdminSession } from '../auth/storage';
import { Field } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { timeZones } from '../lib/time';

function useAfterLogin() {
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return () => navigate(from && from !== '/login' ? from : '/locks', { replace: true });
}

export function LoginPage() {
  const location = useLocation();
  const done = useAfterLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => unwrap(adminApi.POST('/api/v1/auth/login', { body: { email: email.trim(), password } })),
    onSuccess: (session) => {
      setAdminSession(session);
      done();
    },
  });
  if (getAdminSession()) return <Navigate to="/locks" replace />;
  const errors = fieldErrors(login.error);
  const expired = (location.state as { reason?: string } | null)?.reason === 'expired';

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate();
  }

  return (
    <div className="auth-page">
      <form className="card auth-card" onSubmit={submit} noValidate>
        <h1>Log in to LockVue</h1>
        {expired && (
          <p className="alert alert-info" role="status">
            Your session has ended. Please log in again.
          </p>
        )}
        <Field label="Email" error={errors['/email']}>
          <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label="Password" error={errors['/password']}>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <ProblemAlert error={login.error} shownFields={['/email', '/password']} />
        <button type="submit" className="btn btn-primary" disabled={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </button>
        <p>
          New to LockVue? <Link to="/signup">Sign up</Link>
        </p>
        <p>
          Have a Unique Code? <Link to="/app">Code Login</Link>
        </p>
      </form>
    </div>
  );
}

export function SignUpPage() {
  const done = useAfterLogin();
  const [accountName, setAccountName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const signUp = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST('/api/v1/accounts', {
          body: { accountName: accountName.trim(), email: email.trim(), password, timeZone },
        }),
      ),
    onSuccess: (session) => {
      setAdminSession(session);
      done();
    },
  });
  if (getAdminSession()) return <Navigate to="/locks" replace />;
  const errors = { ...fieldErrors(signUp.error), ...localErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    // Mirrors the contract's limits so the common mistakes are caught without a round trip.
    const found: Record<string, string> = {};
    if (!accountName.trim()) found['/accountName'] = 'Enter an account name.';
    if (!/^[^@\s]+@[^@\s]+$/.test(email.trim())) found['/email'] = 'Enter an email address.';
    if ([...password.normalize('NFKC')].length < 12) found['/password'] = 'Use at least 12 characters.';
    setLocalErrors(found);
    if (Object.keys(found).length === 0) signUp.mutate();
  }

  return (
    <div className="auth-page">
      <form className="card auth-card" onSubmit={submit} noValidate>
        <h1>Create your LockVue account</h1>
        <Field label="Account name" error={errors['/accountName']}>
          <input autoComplete="organization" value={accountName} onChange={(e) => setAccountName(e.target.value)} />
        </Field>
        <Field label="Email" error={errors['/email']}>
          <input type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </Field>
        <Field label="Password" hint="At least 12 characters; a few unrelated words make a good one. Common passwords are refused." error={errors['/password']}>
          <input
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Field label="Time zone" error={errors['/timeZone']}>
          <select value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
            {timeZones(timeZone).map((z) => (
              <option key={z}>{z}</option>
            ))}
          </select>
        </Field>
        <ProblemAlert error={signUp.error} shownFields={['/accountName', '/email', '/password', '/timeZone']} />
        <button type="submit" className="btn btn-primary" disabled={signUp.isPending}>
          {signUp.isPending ? 'Creating…' : 'Sign up'}
        </button>
        <p>
          Already have an account? <Link to="/login">Log in</Link>
        </p>
      </form>
    </div>
  );
}
