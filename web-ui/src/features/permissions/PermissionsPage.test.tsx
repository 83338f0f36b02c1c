import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, logInAsOwner, mockApi, noContent, renderWithProviders } from '../../test/helpers';
import type { Permission } from '../../api/types';
import { PermissionsPage } from './PermissionsPage';

const CODE_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
const permission: Permission = {
  id: 'dddddddd-0000-4000-8000-000000000001',
  lockId: 'bbbbbbbb-0000-4000-8000-000000000001',
  lockName: 'Garden shed',
  lockSerialNumber: 'LV-0002',
  recipient: { type: 'UNIQUE_CODE', uniqueCodeId: CODE_ID, description: 'Plumber' },
  level: 'MAINTENANCE',
  grantedAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('Permissions', () => {
  it('filters by code and revokes after confirmation', async () => {
    logInAsOwner();
    let revoked = false;
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'GET /api/v1/locks': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/unique-codes': (c) =>
        json({
          items: c.query.get('status') === 'EXPIRED' ? [] : [{ id: CODE_ID, code: '7K3M-Q9XD-2HTV', description: 'Plumber', status: 'ACTIVE', createdAt: '', expiresAt: '2099-01-01T00:00:00Z', sharedLockCount: 1, device: null }],
          nextCursor: null,
        }),
      'GET /api/v1/permissions': () => json({ items: revoked ? [] : [permission], nextCursor: null }),
      [`DELETE /api/v1/permissions/${permission.id}`]: () => {
        revoked = true;
        return noContent();
      },
    });
    renderWithProviders(<PermissionsPage />);
    const row = (await screen.findByText('Garden shed')).closest('tr')!;
    expect(within(row).getByText('7K3M-Q9XD-2HTV')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Unique Code'), CODE_ID);
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/v1/permissions' && c.query.get('uniqueCodeId') === CODE_ID)).toBe(true));

    await userEvent.click(within(row).getByRole('button', { name: 'Revoke Garden shed from Plumber' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Revoke permission?' });
    expect(dialog).toHaveTextContent('“Plumber” will lose Maintenance access to Garden shed');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(api.find('DELETE', `/api/v1/permissions/${permission.id}`)).toHaveLength(1));
    expect(await screen.findByText('No permissions')).toBeInTheDocument();
  });
});
