import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { codeFixture, json, logInAsOwner, mockApi, noContent, problem, renderWithProviders } from '../../test/helpers';
import type { UniqueCode } from '../../api/types';
import { UniqueCodesPage } from './UniqueCodesPage';

const code: UniqueCode = codeFixture({
  description: 'Plumber, Tuesday',
  sharedLockCount: 2,
  device: { deviceId: 'web-phone-1234', name: null, boundAt: '2026-01-02T00:00:00Z' },
});

function setup(extra: Parameters<typeof mockApi>[0] = {}, settings = { uniqueCodesEnabled: true, timeZone: 'Australia/Brisbane' }) {
  logInAsOwner(settings.timeZone);
  return mockApi({
    'GET /api/v1/settings': () => json(settings),
    'GET /api/v1/unique-codes': (c) => json({ items: c.query.get('status') === 'EXPIRED' ? [] : [code], nextCursor: null }),
    ...extra,
  });
}

async function openNewCodeForm() {
  await userEvent.click(await screen.findByRole('button', { name: 'New Unique Code' }));
  return screen.getByRole('dialog', { name: 'New Unique Code' });
}

describe('Unique Codes page', () => {
  it('lists active codes with code, description, lock count and bound device', async () => {
    setup();
    renderWithProviders(<UniqueCodesPage />);
    expect(screen.getByRole('heading', { name: 'Active Unique Codes' })).toBeInTheDocument();
    const card = (await screen.findAllByTestId('code-card'))[0]!;
    expect(within(card).getByText('7K3M-Q9XD-2HTV')).toBeInTheDocument();
    expect(within(card).getByText('Plumber, Tuesday')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: '2' })).toHaveAttribute('href', `/permissions?uniqueCodeId=${code.id}`);
    expect(within(card).getByText('web-phone-1234')).toBeInTheDocument();
  });

  it('copies the code to the clipboard', async () => {
    setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(<UniqueCodesPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Copy code 7K3M-Q9XD-2HTV' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith('7K3M-Q9XD-2HTV'));
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });

  it('deletes a code only after confirmation', async () => {
    const api = setup({ [`DELETE /api/v1/unique-codes/${code.id}`]: noContent });
    renderWithProviders(<UniqueCodesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete code 7K3M-Q9XD-2HTV' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Unique Code?' });
    // Focus starts on Cancel so Enter cannot delete by accident.
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(api.find('DELETE', `/api/v1/unique-codes/${code.id}`)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete code' }));
    await waitFor(() => expect(api.find('DELETE', `/api/v1/unique-codes/${code.id}`)).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('releases the bound device after confirmation', async () => {
    const api = setup({ [`DELETE /api/v1/unique-codes/${code.id}/device`]: () => json({ ...code, device: null }) });
    renderWithProviders(<UniqueCodesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Release device' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Release device' }));
    await waitFor(() => expect(api.find('DELETE', `/api/v1/unique-codes/${code.id}/device`)).toHaveLength(1));
  });

  it('validates the form before sending anything', async () => {
    const api = setup();
    renderWithProviders(<UniqueCodesPage />);
    const dialog = await openNewCodeForm();
    const expiry = within(dialog).getByLabelText('Expiry date and time');
    fireEvent.change(expiry, { target: { value: '2099-01-01T10:00' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByLabelText('Description')).toHaveAccessibleDescription(/Enter a description/);
    expect(expiry).toHaveAccessibleDescription(/at most six months/);
    expect(expiry).toHaveAttribute('aria-invalid', 'true');
    expect(api.find('POST', '/api/v1/unique-codes')).toHaveLength(0);
  });

  it('sends the expiry as an instant in the account time zone and shows the new code', async () => {
    const created = { ...code, id: 'aaaaaaaa-0000-4000-8000-000000000002', code: 'ABCD-EFGH-JKMN', description: 'Cleaner', device: null, sharedLockCount: 0 };
    const api = setup({ 'POST /api/v1/unique-codes': () => json(created, 201) });
    renderWithProviders(<UniqueCodesPage />);
    const dialog = await openNewCodeForm();
    await userEvent.type(within(dialog).getByLabelText('Description'), 'Cleaner');
    const max = within(dialog).getByLabelText('Expiry date and time').getAttribute('max')!;
    // The latest allowed minute is accepted and converted from Brisbane (UTC+10) to UTC.
    fireEvent.change(within(dialog).getByLabelText('Expiry date and time'), { target: { value: max } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(api.find('POST', '/api/v1/unique-codes')).toHaveLength(1));
    const body = api.find('POST', '/api/v1/unique-codes')[0]!.body as { description: string; expiresAt: string };
    expect(body.description).toBe('Cleaner');
    const [d, t] = max.split('T');
    const asUtc = new Date(`${d}T${t}:00Z`).getTime() - 10 * 3600_000;
    expect(body.expiresAt).toBe(new Date(asUtc).toISOString());
    expect(await screen.findByText(/New code/)).toHaveTextContent('ABCD-EFGH-JKMN');
  });

  it('shows server field problems next to the matching field', async () => {
    setup({
      'POST /api/v1/unique-codes': () =>
        problem({ status: 400, code: 'validation-failed', title: 'Invalid request', errors: [{ pointer: '/description', detail: 'must not be blank' }] }),
    });
    renderWithProviders(<UniqueCodesPage />);
    const dialog = await openNewCodeForm();
    await userEvent.type(within(dialog).getByLabelText('Description'), '   x');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText('must not be blank')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Description')).toHaveAccessibleDescription(/must not be blank/);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Please correct the highlighted fields.');
  });

  it('maps expiry-out-of-range to the expiry field', async () => {
    setup({
      'POST /api/v1/unique-codes': () =>
        problem({ status: 400, code: 'expiry-out-of-range', detail: 'The expiry must be at most six months away (until 2026-08-01T00:00+10:00).' }),
    });
    renderWithProviders(<UniqueCodesPage />);
    const dialog = await openNewCodeForm();
    await userEvent.type(within(dialog).getByLabelText('Description'), 'Late');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Expiry date and time')).toHaveAccessibleDescription(/until 2026-08-01/),
    );
  });

  it('explains a disabled feature with a link to Settings', async () => {
    setup({}, { uniqueCodesEnabled: false, timeZone: 'UTC' });
    renderWithProviders(<UniqueCodesPage />);
    expect(await screen.findByText(/Unique Codes are disabled for this account/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings > System' })).toHaveAttribute('href', '/settings');
    expect(screen.getByRole('button', { name: 'New Unique Code' })).toBeDisabled();
  });

  it('shows unique-codes-disabled from the API with a link to Settings', async () => {
    setup({ 'POST /api/v1/unique-codes': () => problem({ status: 403, code: 'unique-codes-disabled', detail: 'Unique Codes are disabled.' }) });
    renderWithProviders(<UniqueCodesPage />);
    const dialog = await openNewCodeForm();
    await userEvent.type(within(dialog).getByLabelText('Description'), 'Guest');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Unique Codes are disabled for this account.');
    expect(within(alert).getByRole('link', { name: 'Settings > System' })).toHaveAttribute('href', '/settings');
  });
});
