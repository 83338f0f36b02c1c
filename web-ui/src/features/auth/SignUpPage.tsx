import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router';
import { fieldErrors } from '../../api/problem';
import { getAdminSession } from '../../auth/storage';
import { Field } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { timeZones } from '../../lib/time';
import { focusFirstInvalid } from '../../lib/forms';
import { useSignUp } from './mutations';

export function SignUpPage() {
  const [accountName, setAccountName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const signUp = useSignUp();
  if (getAdminSession()) return <Navigate to="/locks" replace />;
  const errors = { ...fieldErrors(signUp.error), ...localErrors };

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    // Mirrors the contract's limits so the common mistakes are caught without a round trip.
    const found: Record<string, string> = {};
    if (!accountName.trim()) found['/accountName'] = 'Enter an account name.';
    if (!/^[^@\s]+@[^@\s]+$/.test(email.trim())) found['/email'] = 'Enter an email address.';
    if ([...password.normalize('NFKC')].length < 12) found['/password'] = 'Use at least 12 characters.';
    setLocalErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length === 0) {
      signUp.mutate({ accountName: accountName.trim(), email: email.trim(), password, timeZone }, { onError: () => focusFirstInvalid(form) });
    }
  }

  return (
    <main className="auth-page" id="main">
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
    </main>
  );
}
