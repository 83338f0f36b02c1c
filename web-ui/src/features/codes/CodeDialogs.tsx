import type { UniqueCode } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDeleteCode, useReleaseDevice, useSuspension } from './mutations';

export function DeleteCodeDialog({ code, onDone, onCancel }: { code: UniqueCode; onDone: () => void; onCancel: () => void }) {
  const remove = useDeleteCode();
  return (
    <ConfirmDialog
      title="Delete Unique Code?"
      confirmLabel="Delete code"
      busy={remove.isPending}
      error={remove.error}
      failureLabel="Could not delete"
      onConfirm={() => remove.mutate(code.id, { onSuccess: onDone })}
      onCancel={onCancel}
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
        The device <span className="mono">{code.device?.name ?? code.device?.deviceId}</span> will be logged out of code{' '}
        <code className="code">{code.code}</code>. The next device to log in with the code will be bound to it.
      </p>
    </ConfirmDialog>
  );
}

export function SuspendDialog({ code, suspend, onDone, onCancel }: { code: UniqueCode; suspend: boolean; onDone: () => void; onCancel: () => void }) {
  const change = useSuspension();
  return (
    <ConfirmDialog
      title={suspend ? 'Suspend Unique Code?' : 'Resume Unique Code?'}
      confirmLabel={suspend ? 'Suspend code' : 'Resume code'}
      busy={change.isPending}
      error={change.error}
      failureLabel={suspend ? 'Could not suspend' : 'Could not resume'}
      onConfirm={() => change.mutate({ uniqueCodeId: code.id, suspend }, { onSuccess: onDone })}
      onCancel={onCancel}
    >
      <p>
        {suspend
          ? `Code ${code.code} (${code.description}) will open nothing and log in nowhere from the guest's next request, until you resume it.`
          : `Code ${code.code} (${code.description}) will work again from the guest's next request.`}
      </p>
    </ConfirmDialog>
  );
}
