import type { Permission } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { levelName } from '../../lib/permissionLevel';
import { useRevokePermission } from './mutations';

export function RevokeDialog({ permission, onDone, onCancel }: { permission: Permission; onDone: () => void; onCancel: () => void }) {
  const revoke = useRevokePermission();
  return (
    <ConfirmDialog
      title="Revoke permission?"
      confirmLabel="Revoke"
      busy={revoke.isPending}
      error={revoke.error}
      failureLabel="Could not revoke"
      onConfirm={() => revoke.mutate(permission.id, { onSuccess: onDone })}
      onCancel={onCancel}
    >
      <p>
        “{permission.recipient.description}” will lose {levelName(permission.level)} access to {permission.lockName} on
        its very next request.
      </p>
    </ConfirmDialog>
  );
}
