import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/problem';
import type { ApiKeyScope, CreatedApiKey } from '../../api/types';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { parseInputValue, wallTimeToInstant } from '../../lib/time';
import { useCreateApiKey } from './mutations';

/** Names the key, its access and an optional expiry; then shows the key itself, this once. */
export function NewApiKeyDialog({ timeZone, onClose }: { timeZone: string; onClose: () => void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('READ_ONLY');
  const [expiry, setExpiry] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const create = useCreateApiKey();
  const errors = { ...fieldErrors(create.error), ...localErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const text = name.trim();
    if (!text) found['/name'] = 'Name the key after what uses it.';
    else if (text.length > 100) found['/name'] = 'Use at most 100 characters.';
    let expiresAt: string | undefined;
    if (expiry) {
      const wall = parseInputValue(expiry);
      const instant = wall ? wallTimeToInstant(wall, timeZone) : null;
      if (!instant || instant.getTime() <= Date.now()) found['/expiresAt'] = 'The expiry must be in the future.';
      else expiresAt = instant.toISOString();
    }
    setLocalErrors(found);
    if (Object.keys(found).length === 0) {
      create.mutate({ name: text, scope, expiresAt }, { onSuccess: setCreated });
    }
  }

  if (created) {
    return (
      <Modal title="API key created" onClose={onClose}>
        <p>Copy the key now and store it as a secret: it is shown this once and cannot be shown again.</p>
        <p>
          <code className="code" data-testid="new-api-key">
            {created.key}
          </code>
        </p>
        <p className="small">Send it as: Authorization: Bearer {created.prefix}…</p>
        <div className="modal-actions">
          <button type="button" className="btn btn-primary" onClick={onClose} data-autofocus>
            Done
          </button>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title="New API key" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="Name" hint="For example: Booking engine." error={errors['/name']}>
          <input value={name} maxLength={150} onChange={(e) => setName(e.target.value)} data-autofocus />
        </Field>
        <Field label="Access" error={errors['/scope']}>
          <select value={scope} onChange={(e) => setScope(e.target.value as ApiKeyScope)}>
            <option value="READ_ONLY">Read-only: can see everything, change nothing</option>
            <option value="FULL">Full: can do what you do, except manage your login and keys</option>
          </select>
        </Field>
        <Field label="Expires (optional)" hint={`In ${timeZone}. Leave empty for a key that works until revoked.`} error={errors['/expiresAt']}>
          <input type="datetime-local" value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        </Field>
        <ProblemAlert error={create.error} shownFields={['/name', '/scope', '/expiresAt']} action="Could not create the key" />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            Create key
          </button>
        </div>
      </form>
    </Modal>
  );
}
