import { useMemo, useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api/problem';
import type { UniqueCode } from '../../api/types';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  addMonths,
  formatInstant,
  maxExpiryWallTime,
  parseInputValue,
  toInputValue,
  wallTimeAt,
  wallTimeToInstant,
} from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { useCreateCode } from './mutations';

export function NewCodeDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (c: UniqueCode) => void }) {
  const timeZone = useTimeZone();
  // Computed once per opening: the limits are "now"-relative and must not shift under the user's cursor.
  const limits = useMemo(() => {
    const now = new Date();
    const nowWall = wallTimeAt(now, timeZone);
    const max = maxExpiryWallTime(now, timeZone);
    const week = wallTimeAt(new Date(now.getTime() + 7 * 86_400_000), timeZone);
    return { min: toInputValue(nowWall), max: toInputValue(max), initial: toInputValue({ ...week, second: 0 }) };
  }, [timeZone]);
  const [description, setDescription] = useState('');
  const [expiry, setExpiry] = useState(limits.initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const create = useCreateCode();

  const serverErrors = fieldErrors(create.error);
  // expiry-out-of-range may come without a field list; it is still about the expiry field.
  if (create.error instanceof ApiError && create.error.code === 'expiry-out-of-range' && !serverErrors['/expiresAt']) {
    serverErrors['/expiresAt'] = create.error.problem.detail ?? 'The expiry must be at most six months away.';
  }
  const errors = { ...serverErrors, ...localErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const text = description.trim();
    if (!text) found['/description'] = 'Enter a description so you can tell codes apart.';
    else if (text.length > 200) found['/description'] = 'Use at most 200 characters.';
    const wall = parseInputValue(expiry);
    let instant: Date | null = null;
    if (!wall) {
      found['/expiresAt'] = 'Pick an expiry date and time.';
    } else {
      instant = wallTimeToInstant(wall, timeZone);
      const now = new Date();
      const maxInstant = wallTimeToInstant(addMonths(wallTimeAt(now, timeZone), 6), timeZone);
      if (instant.getTime() <= now.getTime()) found['/expiresAt'] = 'The expiry must be in the future.';
      else if (instant.getTime() > maxInstant.getTime())
        found['/expiresAt'] = `A Unique Code can be valid for at most six months (until ${formatInstant(maxInstant.toISOString(), timeZone)}).`;
    }
    setLocalErrors(found);
    if (Object.keys(found).length === 0 && instant) {
      create.mutate({ description: text, expiresAt: instant.toISOString() }, { onSuccess: onCreated });
    }
  }

  return (
    <Modal title="New Unique Code" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="Description" hint="For example: Plumber, Tuesday." error={errors['/description']}>
          <input
            value={description}
            maxLength={250}
            onChange={(e) => setDescription(e.target.value)}
            data-autofocus
          />
        </Field>
        <Field
          label="Expiry date and time"
          hint={`In ${timeZone}. At most six months from now.`}
          error={errors['/expiresAt']}
        >
          <input
            type="datetime-local"
            value={expiry}
            min={limits.min}
            max={limits.max}
            onChange={(e) => setExpiry(e.target.value)}
          />
        </Field>
        <ProblemAlert error={create.error} shownFields={['/description', '/expiresAt']} action="Could not create the code" />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
