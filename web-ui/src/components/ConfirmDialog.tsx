import { useId, type ReactNode } from 'react';
import { Modal } from './Modal';
import { ProblemAlert } from './ProblemAlert';

interface ConfirmDialogProps {
  title: string;
  /** What will happen, in words; read out with the title. */
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** The failed attempt, if any: shown in the dialog, which stays open to retry or cancel. */
  error: unknown;
  /** Prefix of the error, e.g. "Could not delete". */
  failureLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The one way to ask before a destructive action. An alertdialog whose message is its description; focus
 * starts on Cancel so Enter never destroys by accident.
 */
export function ConfirmDialog({ title, children, confirmLabel, busy, error, failureLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const messageId = useId();
  return (
    <Modal title={title} onClose={onCancel} role="alertdialog" describedBy={messageId}>
      <div className="modal-body" id={messageId}>
        {children}
      </div>
      <ProblemAlert error={error} action={failureLabel} />
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" onClick={onConfirm} disabled={busy}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
