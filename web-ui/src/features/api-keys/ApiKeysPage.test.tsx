import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, logInAsOwner, mockApi, noContent, renderWithProviders } from '../../test/helpers';
import type { ApiKey } from '../../api/types';
import { ApiKeysPage } from './ApiKeysPage';

const SECRET = 'lvk_Xq3T9bLm0123456789abcdefghijklmnopqrstuvw';
const existing: ApiKey = {
  id: 'eeeeeeee-0000-4000-8000-000000000001',
  name: 'Booking engine',
  scope: 'FULL',
  prefix: 'lvk_AbCdEfGh',
  createdAt: '2026-01-01T09:00:00Z',
  expiresAt: null,
  lastUsedAt: '2026-01-02T10:30:00Z',
  lastUsedAddress: '203.0.113.7',
};

describe('API Keys', () => {
  it('lists keys by prefix and last use, never their secrets', async () => {
    logInAsOwner();
    mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'GET /api/v1/api-keys': () => json({ items: [existing], nextCursor: null }),
    });
    renderWithProviders(<ApiKeysPage />);
    const row = (await screen.findByText('Booking engine')).closest('tr')!;
    expect(row).toHaveTextContent('lvk_AbCdEfGh…');
    expect(row).toHaveTextContent('Full');
    expect(row).toHaveTextContent('203.0.113.7');
  });

  it('creates a read-only key, shows it once with an idempotency key sent, then revokes one', async () => {
    logInAsOwner();
    let keys: ApiKey[] = [existing];
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'GET /api/v1/api-keys': () => json({ items: keys, nextCursor: null }),
      'POST /api/v1/api-keys': (c) => {
        const made = { ...existing, id: 'eeeeeeee-0000-4000-8000-000000000002', name: (c.body as { name: string }).name,
          scope: 'READ_ONLY' as const, prefix: SECRET.slice(0, 12), lastUsedAt: null, lastUsedAddress: null };
        keys = [made, ...keys];
        return json({ ...made, key: SECRET }, 201);
      },
      [`DELETE /api/v1/api-keys/${existing.id}`]: () => {
        keys = keys.filter((k) => k.id !== existing.id);
        return noContent();
      },
    });
    renderWithProviders(<ApiKeysPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }));
    const dialog = screen.getByRole('dialog', { name: 'New API key' });
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Reporting');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create key' }));

    const shown = await screen.findByRole('dialog', { name: 'API key created' });
    expect(within(shown).getByTestId('new-api-key')).toHaveTextContent(SECRET);
    const post = api.find('POST', '/api/v1/api-keys')[0]!;
    expect(post.body).toEqual({ name: 'Reporting', scope: 'READ_ONLY' });
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    await userEvent.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(await screen.findByText('Reporting')).toBeInTheDocument();
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Revoke Booking engine' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Revoke API key?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(api.find('DELETE', `/api/v1/api-keys/${existing.id}`)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText('Booking engine')).not.toBeInTheDocument());
  });

  it('refuses an empty name before asking the server', async () => {
    logInAsOwner();
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'GET /api/v1/api-keys': () => json({ items: [], nextCursor: null }),
    });
    renderWithProviders(<ApiKeysPage />);
    expect(await screen.findByText('No API keys')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'New API key' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.getByText('Name the key after what uses it.')).toBeInTheDocument();
    expect(api.find('POST', '/api/v1/api-keys')).toHaveLength(0);
  });
});
