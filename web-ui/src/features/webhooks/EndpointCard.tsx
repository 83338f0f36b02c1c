import type { WebhookEndpoint } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { useSendWebhookTest, useUpdateWebhookEndpoint } from './mutations';

interface Props {
  endpoint: WebhookEndpoint;
  selected: boolean;
  onSelect: () => void;
  onRotate: () => void;
  onDelete: () => void;
}

export function EndpointStatus({ endpoint }: { endpoint: WebhookEndpoint }) {
  const timeZone = useTimeZone();
  if (endpoint.failingSince) {
    return <span className="badge fail">Failing since {formatInstant(endpoint.failingSince, timeZone)}</span>;
  }
  return endpoint.enabled ? <span className="badge ok">Enabled</span> : <span className="badge">Disabled</span>;
}

export function EndpointCard({ endpoint, selected, onSelect, onRotate, onDelete }: Props) {
  const update = useUpdateWebhookEndpoint();
  const test = useSendWebhookTest();
  const name = endpoint.description || endpoint.url;
  return (
    <li className={`card${selected ? ' highlight' : ''}`} data-testid="webhook-endpoint">
      <div className="code-main">
        <span className="mono">{endpoint.url}</span> <EndpointStatus endpoint={endpoint} />
      </div>
      <dl className="facts">
        <div>
          <dt>Description</dt>
          <dd>{endpoint.description || '—'}</dd>
        </div>
        <div>
          <dt>Event types</dt>
          <dd className="mono small">{endpoint.eventTypes.join(', ')}</dd>
        </div>
      </dl>
      <div className="button-row">
        <button type="button" className="btn btn-small" onClick={onSelect} aria-pressed={selected}>
          Delivery log
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={!endpoint.enabled || test.isPending}
          onClick={() => test.mutate(endpoint.id, { onSuccess: onSelect })}
        >
          Send test event
        </button>
        <button type="button" className="btn btn-small" onClick={onRotate}>
          Rotate secret
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={update.isPending}
          onClick={() => update.mutate({ endpointId: endpoint.id, patch: { enabled: !endpoint.enabled } })}
        >
          {endpoint.enabled ? 'Disable' : 'Enable'}
        </button>
        <button type="button" className="btn btn-small btn-danger-outline" onClick={onDelete} aria-label={`Delete ${name}`}>
          Delete
        </button>
      </div>
      <ProblemAlert error={update.error ?? test.error} action="Could not change the endpoint" />
    </li>
  );
}
