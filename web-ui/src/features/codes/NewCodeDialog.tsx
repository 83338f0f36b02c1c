import { useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, fieldErrors } from '../../api/problem';
import type { UniqueCode } from '../../api/types';
import { Modal } from '../../components/Modal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { focusFirstInvalid } from '../../lib/forms';
import { maxExpiryWallTime, toInputValue, wallTimeAt } from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { useCreateCode } from './mutations';
import { checkTerms, useTermsInput } from './termsForm';
import { TermsFields } from './TermsFields';

export const TERMS_FIELDS = ['/description', '/startsAt', '/expiresAt', '/weeklyWindows', '/maxUnlocks', '/expiresMinutesAfterFirstUnlock'];

/** The limits of the date inputs, computed once per opening so they do not shift under the user's cursor. */
export function useDateLimits(timeZone: string) {
  return useMemo(() => {
    const now = new Date();
    const week = wallTimeAt(new Date(now.getTime() + 7 * 86_400_000), timeZone);
    return {
      min: toInputValue(wallTimeAt(now, timeZone)),
      max: toInputValue(maxExpiryWallTime(now, timeZone)),
      inAWeek: toInputValue({ ...week, second: 0 }),
    };
  }, [timeZone]);
}

/** Server field errors, with the range problems that may come without a field list put on their field. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const errors = fieldErrors(error);
  if (error instanceof ApiError && error.code === 'expiry-out-of-range' && !errors['/expiresAt']) {
    errors['/expiresAt'] = error.problem.detail ?? 'The expiry must be at most six months after the start.';
  }
  if (error instanceof ApiError && error.code === 'start-out-of-range' && !errors['/startsAt']) {
    errors['/startsAt'] = error.problem.detail ?? 'The start is out of range.';
  }
  return errors;
}

export function NewCodeDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (c: UniqueCode) => void }) {
  const timeZone = useTimeZone();
  const limits = useDateLimits(timeZone);
  const form = useRef<HTMLFormElement>(null);
  const { input, set } = useTermsInput({
    description: '',
    startsAt: '',
    expiresAt: limits.inAWeek,
    windows: [],
    maxUnlocks: '',
    minutesAfterFirstUnlock: '',
  });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const create = useCreateCode();
  const errors = { ...serverFieldErrors(create.error), ...localErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkTerms(input, timeZone);
    setLocalErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    create.mutate(checked.create, { onSuccess: onCreated, onError: () => focusFirstInvalid(form.current) });
  }

  return (
    <Modal title="New Unique Code" onClose={onClose}>
      <form onSubmit={submit} noValidate ref={form}>
        <TermsFields input={input} set={set} errors={errors} timeZone={timeZone} limits={limits} />
        <ProblemAlert error={create.error} shownFields={TERMS_FIELDS} action="Could not create the code" />
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
