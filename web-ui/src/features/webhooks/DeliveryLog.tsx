import type { WebhookDelivery } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { formatInstant } from '../../lib/time';
import { useTimeZone } from '../settings/queries';
import { useRedeliverWebhook } from './mutations';
import { useWebhookDeliveries } from './queries';

function lastAttempt(d: WebhookDelivery) {
  const a = d.attemptLog[0];
  if (!a) return '—';
  return a.statusCode != null ? `${a.statusCode} in ${a.durationMs} ms` : (a.error ?? 'no answer');
}

/** The deliveries of one endpoint, newest first: state, attempts, the last answer; failed ones can go again. */
export function DeliveryLog({ endpointId, label }: { endpointId: string; label: string }) {
  const timeZone = useTimeZone();
  const deliveries = useWebhookDeliveries(endpointId);
  const redeliver = useRedeliverWebhook();
  const items = deliveries.data?.items ?? [];
  return (
    <section aria-label={`Delivery log of ${label}`}>
      <div className="toolbar">
        <h2>Delivery log</h2>
        <button type="button" className="btn btn-small" onClick={() => deliveries.refetch()}>
          Refresh
        </button>
      </div>
      {deliveries.isPending && <Loading label="Loading deliveries…" />}
      {deliveries.error && <ProblemAlert error={deliveries.error} action="Could not load deliveries" />}
      <ProblemAlert error={redeliver.error} action="Could not redeliver" />
      {deliveries.data && items.length === 0 && <EmptyState title="No deliveries yet">Send a test event.</EmptyState>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>Event</th>
                <th>State</th>
                <th>Attempts</th>
                <th>Last answer</th>
                <th>Next attempt</th>
                <th>Created</th>
                <th>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id} data-testid="webhook-delivery">
                  <td className="mono small">{d.eventType}</td>
                  <td>{d.state}</td>
                  <td>{d.attempts}</td>
                  <td>{lastAttempt(d)}</td>
                  <td>{d.nextAttemptAt ? formatInstant(d.nextAttemptAt, timeZone) : '—'}</td>
                  <td>{formatInstant(d.createdAt, timeZone)}</td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={redeliver.isPending}
                      onClick={() => redeliver.mutate({ endpointId, deliveryId: d.id })}
                    >
                      Redeliver
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
