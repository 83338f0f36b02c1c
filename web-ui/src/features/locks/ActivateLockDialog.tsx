import { useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api/problem';
import type { Lock } from '../../api/types';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { focusFirstInvalid } from '../../lib/forms';
import { useActivateLock } from './mutations';

export function ActivateLockDialog({ onClose, onActivated }: { onClose: () => void; onActivated: (l: Lock) => void }) {
  const [serialNumber, setSerialNumber] = useState('');
  const [name, setName] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const activate = useActivateLock();
  const errors = { ...fieldErrors(activate.error), ...localErrors };
  if (activate.error instanceof ApiError && activate.error.code === 'lock-already-activated' && !errors['/serialNumber']) {
    errors['/serialNumber'] = 'This lock is already activated.';
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const found: Record<string, string> = {};
    const compact = serialNumber.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9-]{4,32}$/.test(compact)) found['/serialNumber'] = 'Enter 4 to 32 letters, digits or hyphens.';
    if (!name.trim()) found['/name'] = 'Enter a name, for example “Front door”.';
    else if (name.trim().length > 100) found['/name'] = 'Use at most 100 characters.';
    setLocalErrors(found);
    if (Object.keys(found).length > 0) focusFirstInvalid(form);
    if (Object.keys(found).length === 0) {
      activate.mutate({ serialNumber: serialNumber.trim(), name: name.trim() }, { onSuccess: onActivated, onError: () => focusFirstInvalid(form) });
    }
  }

  return (
    <Modal title="Activate lock" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="Serial number" hint="Printed on the lock, e.g. LV-2024-000123." error={errors['/serialNumber']}>
          <input value={serialNumber} onChange={(e) => setSerialNumber(e.target.value)} autoCapitalize="characters" data-autofocus />
        </Field>
        <Field label="Name" error={errors['/name']}>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <ProblemAlert error={activate.error} shownFields={['/serialNumber', '/name']} action="Could not activate" />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={activate.isPending}>
            {activate.isPending ? 'Activating…' : 'Activate'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
