import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { fieldErrors } from '../../api/problem';
import { getAdminSession } from '../../auth/storage';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLogin } from './mutations';

export function LoginPage() {
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin();
  if (getAdminSession()) return <Navigate to="/locks" replace />;
  const errors = fieldErrors(login.error);
  const expired = (location.state as { reason?: string } | null)?.reason === 'expired';

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <main className="auth-page" id="main">
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
    </main>
  );
}
