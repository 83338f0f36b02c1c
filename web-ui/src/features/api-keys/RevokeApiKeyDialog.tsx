import type { ApiKey } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRevokeApiKey } from './mutations';

export function RevokeApiKeyDialog({ apiKey, onDone }: { apiKey: ApiKey; onDone: () => void }) {
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      title="Revoke API key?"
      confirmLabel="Revoke"
      busy={revoke.isPending}
      error={revoke.error}
      failureLabel="Could not revoke"
      onConfirm={() => revoke.mutate(apiKey.id, { onSuccess: onDone })}
      onCancel={onDone}
    >
      <p>
        “{apiKey.name}” ({apiKey.prefix}…) stops working on its very next request. Whatever uses it will need a new
        key.
      </p>
    </ConfirmDialog>
  );
}
