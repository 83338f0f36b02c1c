import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, logInAsOwner, mockApi, renderWithProviders } from '../../test/helpers';
import type { WebhookDelivery, WebhookEndpoint } from '../../api/types';
import { WebhooksPage } from './WebhooksPage';

const SECRET = 'whsec_' + 'A'.repeat(43) + '=';
const endpoint: WebhookEndpoint = {
  id: 'eeeeeeee-0000-4000-8000-000000000001',
  url: 'https://pms.example.com/hooks',
  description: 'Booking system',
  eventTypes: ['unique_code.created', 'permission.revoked'],
  enabled: true,
  failingSince: null,
  previousSecretExpiresAt: null,
  createdAt: '2026-01-01T00:00:00Z',
};
const failed: WebhookDelivery = {
  id: 'ffffffff-0000-4000-8000-000000000001',
  eventId: '01a23788-b364-70ad-9090-e16d40a58e79',
  eventType: 'unique_code.created',
  state: 'FAILED',
  attempts: 8,
  nextAttemptAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  attemptLog: [{ attempt: 8, attemptedAt: '2026-01-02T09:35:05Z', succeeded: false, statusCode: 503, durationMs: 41, error: null }],
};

describe('Webhooks', () => {
  it('adds an endpoint with the event types chosen and shows its secret once', async () => {
    logInAsOwner();
    let created: WebhookEndpoint[] = [];
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'GET /api/v1/webhook-endpoints': () => json({ items: created }),
      'POST /api/v1/webhook-endpoints': () => {
        created = [endpoint];
        return json({ endpoint, secret: SECRET }, 201);
      },
      [`GET /api/v1/webhook-endpoints/${endpoint.id}/deliveries`]: () => json({ items: [], nextCursor: null }),
    });
    renderWithProviders(<WebhooksPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Add endpoint' }));
    const dialog = screen.getByRole('dialog', { name: 'Add webhook endpoint' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(within(dialog).getByText('Choose at least one event type.')).toBeInTheDocument();
    expect(api.find('POST', '/api/v1/webhook-endpoints')).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText('Endpoint URL'), endpoint.url);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Unique Code created/ }));
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Permission revoked/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    const secret = await screen.findByRole('dialog', { name: 'Signing secret' });
    expect(secret).toHaveTextContent(SECRET);
    expect(api.find('POST', '/api/v1/webhook-endpoints')[0]!.body).toEqual({
      url: endpoint.url,
      description: '',
      eventTypes: ['unique_code.created', 'permission.revoked'],
    });
    await userEvent.click(within(secret).getByRole('button', { name: 'I have copied it' }));
    await waitFor(() => expect(screen.queryByText(SECRET)).not.toBeInTheDocument());
    expect(await screen.findByText('https://pms.example.com/hooks')).toBeInTheDocument();
  });

  it('shows a failing endpoint and redelivers a failed delivery from its log', async () => {
    logInAsOwner();
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'GET /api/v1/webhook-endpoints': () => json({ items: [{ ...endpoint, failingSince: '2026-01-02T09:35:05Z' }] }),
      [`GET /api/v1/webhook-endpoints/${endpoint.id}/deliveries`]: () => json({ items: [failed], nextCursor: null }),
      [`POST /api/v1/webhook-endpoints/${endpoint.id}/deliveries/${failed.id}/redeliver`]: () => new Response(null, { status: 202 }),
    });
    renderWithProviders(<WebhooksPage />);
    const card = (await screen.findByText(endpoint.url)).closest('li')!;
    expect(within(card).getByText(/Failing since/)).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Delivery log' }));
    const row = (await screen.findByText('FAILED')).closest('tr')!;
    expect(row).toHaveTextContent('503 in 41 ms');
    await userEvent.click(within(row).getByRole('button', { name: 'Redeliver' }));
    await waitFor(() =>
      expect(api.find('POST', `/api/v1/webhook-endpoints/${endpoint.id}/deliveries/${failed.id}/redeliver`)).toHaveLength(1),
    );
  });
});
