import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, logInAsOwner, mockApi, problem, renderWithProviders } from '../test/helpers';
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
