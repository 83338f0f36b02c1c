import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/problem';
import type { UniqueCode } from '../../api/types';
import { Modal } from '../../components/Modal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/States';
import { focusFirstInvalid } from '../../lib/forms';
import { useTimeZone } from '../settings/queries';
import { useUpdateCode } from './mutations';
import { serverFieldErrors, TERMS_FIELDS, useDateLimits } from './NewCodeDialog';
import { useCodeForEdit } from './queries';
import { checkTerms, termsOf, useTermsInput, type TermsInput } from './termsForm';
import { TermsFields } from './TermsFields';

/** Changes a code's terms; the version read when the dialog opened is sent as If-Match. */
export function EditCodeDialog({ code, onClose }: { code: UniqueCode; onClose: () => void }) {
  const current = useCodeForEdit(code.id);
  return (
    <Modal title={`Change code ${code.code}`} onClose={onClose}>
      {current.isPending ? (
        <Loading label="Loading the code…" />
      ) : current.error ? (
        <ProblemAlert error={current.error} action="Could not load the code" />
      ) : (
        <EditForm key={current.data.etag} code={current.data.code} etag={current.data.etag} onClose={onClose} reload={() => current.refetch()} />
      )}
    </Modal>
  );
}

function EditForm({ code, etag, onClose, reload }: { code: UniqueCode; etag?: string; onClose: () => void; reload: () => void }) {
  const timeZone = useTimeZone();
  const limits = useDateLimits(timeZone);
  const form = useRef<HTMLFormElement>(null);
  const [before] = useState<TermsInput>(() => termsOf(code, timeZone));
  const { input, set } = useTermsInput(before);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const update = useUpdateCode(code.id, etag);
  const stale = update.error instanceof ApiError && update.error.code === 'precondition-failed';
  const errors = { ...serverFieldErrors(update.error), ...localErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = checkTerms(input, timeZone, before);
    setLocalErrors(checked.errors);
    if (Object.keys(checked.errors).length > 0) {
      focusFirstInvalid(form.current);
      return;
    }
    update.mutate(checked.patch, { onSuccess: onClose, onError: () => focusFirstInvalid(form.current) });
  }

  return (
    <form onSubmit={submit} noValidate ref={form}>
      <TermsFields input={input} set={set} errors={errors} timeZone={timeZone} limits={limits} />
      {stale ? (
        <div className="alert alert-error" role="alert">
          Someone changed this code since you opened it. <button type="button" className="btn btn-small" onClick={reload}>Load the current version</button>
        </div>
      ) : (
        <ProblemAlert error={update.error} shownFields={TERMS_FIELDS} action="Could not change the code" />
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
