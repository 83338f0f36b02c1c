import { Modal } from '../../components/Modal';

/** The only time a signing secret is shown: after creation or rotation. */
export function SecretDialog({ secret, onClose }: { secret: string; onClose: () => void }) {
  return (
    <Modal title="Signing secret" onClose={onClose} describedBy="secret-once">
      <p id="secret-once">
        Copy this secret into your receiver now: it is shown only this once. Deliveries are signed with it (Standard
        Webhooks, <span className="mono">webhook-signature</span>).
      </p>
      <p>
        <code className="code" aria-label="Signing secret" data-autofocus tabIndex={0}>
          {secret}
        </code>
      </p>
      <div className="modal-actions">
        <button type="button" className="btn btn-primary" onClick={onClose}>
          I have copied it
        </button>
      </div>
    </Modal>
  );
}
