import type { UniqueCode } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDeleteCode, useReleaseDevice } from './mutations';

export function DeleteCodeDialog({ code, onDone }: { code: UniqueCode; onDone: () => void }) {
  const remove = useDeleteCode();
  return (
    <ConfirmDialog
      title="Delete Unique Code?"
      confirmLabel="Delete code"
      busy={remove.isPending}
      error={remove.error}
      failureLabel="Could not delete"
      onConfirm={() => remove.mutate(code.id, { onSuccess: onDone })}
      onCancel={onDone}
    >
      <p>
        Code <code className="code">{code.code}</code> ({code.description}) will stop working at once, its{' '}
        {code.sharedLockCount} lock permission(s) will be removed and anyone logged in with it is logged out. This
        cannot be undone.
      </p>
    </ConfirmDialog>
  );
}

export function ReleaseDeviceDialog({ code, onDone }: { code: UniqueCode; onDone: () => void }) {
  const release = useReleaseDevice();
  return (
    <ConfirmDialog
      title="Release device?"
      confirmLabel="Release device"
      busy={release.isPending}
      error={release.error}
      failureLabel="Could not release"
      onConfirm={() => release.mutate(code.id, { onSuccess: onDone })}
      onCancel={onDone}
    >
      <p>
        The device <span className="mono">{code.device?.deviceId}</span> will be logged out of code{' '}
        <code className="code">{code.code}</code>. The next device to log in with the code will be bound to it.
      </p>
    </ConfirmDialog>
  );
}
