import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, logInAsOwner, mockApi, problem, renderWithProviders } from '../../test/helpers';
import { SettingsPage } from './SettingsPage';

describe('Settings > System', () => {
  it('enables Unique Codes with only the changed field', async () => {
    logInAsOwner();
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: false, timeZone: 'UTC' }),
      'PATCH /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
    });
    renderWithProviders(<SettingsPage />);
    expect(screen.getByRole('tab', { name: 'System' })).toHaveAttribute('aria-selected', 'true');
    const box = await screen.findByRole('checkbox', { name: 'Enable Unique Codes' });
    const save = screen.getByRole('button', { name: 'Save Changes' });
    expect(save).toBeDisabled();
    await userEvent.click(box);
    await userEvent.click(save);
    await waitFor(() => expect(api.find('PATCH', '/api/v1/settings')).toHaveLength(1));
    expect(api.find('PATCH', '/api/v1/settings')[0]!.body).toEqual({ uniqueCodesEnabled: true });
    expect(api.find('PATCH', '/api/v1/settings')[0]!.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(await screen.findByText('Changes saved.')).toBeInTheDocument();
  });

  it('shows a time zone problem next to the select', async () => {
    logInAsOwner();
    mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'PATCH /api/v1/settings': () =>
        problem({ status: 400, code: 'validation-failed', errors: [{ pointer: '/timeZone', detail: 'unknown time zone' }] }),
    });
    renderWithProviders(<SettingsPage />);
    await userEvent.selectOptions(await screen.findByLabelText('Account time zone'), 'Europe/London');
    await userEvent.click(screen.getByRole('button', { name: 'Save Changes' }));
    await waitFor(() => expect(screen.getByLabelText('Account time zone')).toHaveAccessibleDescription(/unknown time zone/));
  });
});

describe('Settings > Password', () => {
  it('sends the current and new password and keeps the fresh session it gets back', async () => {
    logInAsOwner();
    const fresh = {
      accessToken: 'fresh-token',
      tokenType: 'Bearer',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: '00000000-0000-4000-8000-000000000001', email: 'owner@example.com', createdAt: '2026-01-01T00:00:00Z' },
      account: {
        id: '00000000-0000-4000-8000-000000000002',
        name: 'Acme',
        createdAt: '2026-01-01T00:00:00Z',
        settings: { uniqueCodesEnabled: true, timeZone: 'UTC' },
      },
    };
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'POST /api/v1/me/password': () => json(fresh),
    });
    renderWithProviders(<SettingsPage />);
    await userEvent.click(screen.getByRole('tab', { name: 'Password' }));
    await userEvent.type(screen.getByLabelText('Current password'), 'correct horse battery');
    await userEvent.type(screen.getByLabelText('New password'), 'a brand new passphrase');
    await userEvent.type(screen.getByLabelText('Repeat the new password'), 'a brand new passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed. Your other sessions have ended.')).toBeInTheDocument();
    expect(api.find('POST', '/api/v1/me/password')[0]!.body).toEqual({
      currentPassword: 'correct horse battery',
      newPassword: 'a brand new passphrase',
    });
    expect(JSON.parse(sessionStorage.getItem('lockvue.admin.session')!).accessToken).toBe('fresh-token');
  });

  it('catches a short or mistyped new password without a round trip, and shows a wrong current one at its field', async () => {
    logInAsOwner();
    const api = mockApi({
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
      'POST /api/v1/me/password': () =>
        problem({
          status: 400,
          code: 'invalid-credentials',
          errors: [{ pointer: '/currentPassword', detail: 'is not your current password' }],
        }),
    });
    renderWithProviders(<SettingsPage />);
    await userEvent.click(screen.getByRole('tab', { name: 'Password' }));
    await userEvent.type(screen.getByLabelText('Current password'), 'whatever it is');
    await userEvent.type(screen.getByLabelText('New password'), 'too short');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/at least 12 characters/);
    expect(api.find('POST', '/api/v1/me/password')).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText('New password'));
    await userEvent.type(screen.getByLabelText('New password'), 'a brand new passphrase');
    await userEvent.type(screen.getByLabelText('Repeat the new password'), 'a brand new passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(/is not your current password/),
    );
  });
});
