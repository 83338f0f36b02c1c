import { useState } from 'react';
import type { WebhookEndpoint } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { DeliveryLog } from './DeliveryLog';
import { EndpointCard } from './EndpointCard';
import { useDeleteWebhookEndpoint, useRotateWebhookSecret } from './mutations';
import { NewEndpointDialog } from './NewEndpointDialog';
import { useWebhookEndpoints } from './queries';
import { SecretDialog } from './SecretDialog';

export function WebhooksPage() {
  const endpoints = useWebhookEndpoints();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhookEndpoint();
  const [adding, setAdding] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [rotating, setRotating] = useState<WebhookEndpoint | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpoint | null>(null);
  const items = endpoints.data ?? [];
  const selected = items.find((e) => e.id === selectedId);

  return (
    <section>
      <div className="page-header">
        <h1>Webhooks</h1>
        <div className="header-actions">
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)} disabled={items.length >= 10}>
            Add endpoint
          </button>
        </div>
      </div>
      <p className="hint">
        Your systems receive the account's events as signed HTTP requests (Standard Webhooks), retried for 27 hours when
        they fail. The same events are at <span className="mono">GET /api/v1/events</span>.
      </p>
      {endpoints.isPending && <Loading label="Loading endpoints…" />}
      {endpoints.error && <ProblemAlert error={endpoints.error} action="Could not load endpoints" />}
      {endpoints.data && items.length === 0 && <EmptyState title="No webhook endpoints">Add one to receive events.</EmptyState>}
      {items.length > 0 && (
        <ul className="code-list">
          {items.map((endpoint) => (
            <EndpointCard
              key={endpoint.id}
              endpoint={endpoint}
              selected={endpoint.id === selectedId}
              onSelect={() => setSelectedId(endpoint.id)}
              onRotate={() => setRotating(endpoint)}
              onDelete={() => setDeleting(endpoint)}
            />
          ))}
        </ul>
      )}
      {selected && <DeliveryLog endpointId={selected.id} label={selected.description || selected.url} />}
      {adding && (
        <NewEndpointDialog
          onClose={() => setAdding(false)}
          onCreated={(created) => {
            setAdding(false);
            setSelectedId(created.endpoint.id);
            setSecret(created.secret);
          }}
        />
      )}
      {secret && <SecretDialog secret={secret} onClose={() => setSecret(null)} />}
      {rotating && (
        <ConfirmDialog
          title="Rotate the signing secret?"
          confirmLabel="Rotate"
          busy={rotate.isPending}
          error={rotate.error}
          failureLabel="Could not rotate"
          onConfirm={() =>
            rotate.mutate(rotating.id, {
              onSuccess: (result) => {
                setRotating(null);
                setSecret(result.secret);
              },
            })
          }
          onCancel={() => setRotating(null)}
        >
          <p>A new secret is made and shown once. For 24 hours deliveries are signed with both, so switch within a day.</p>
        </ConfirmDialog>
      )}
      {deleting && (
        <ConfirmDialog
          title="Delete this endpoint?"
          confirmLabel="Delete"
          busy={remove.isPending}
          error={remove.error}
          failureLabel="Could not delete"
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                if (selectedId === deleting.id) setSelectedId(null);
                setDeleting(null);
              },
            })
          }
          onCancel={() => setDeleting(null)}
        >
          <p>Nothing more is delivered to {deleting.url}, and its delivery log is deleted.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
