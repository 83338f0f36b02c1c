import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { codeFixture, json, logInAsOwner, mockApi, problem, renderWithProviders } from '../../test/helpers';
import type { LockListItem, UniqueCode } from '../../api/types';
import { LocksPage } from './LocksPage';

const locks: LockListItem[] = [
  { id: 'bbbbbbbb-0000-4000-8000-000000000001', serialNumber: 'LV-0001', name: 'Back door', activatedAt: '2026-01-01T00:00:00Z', sharedWith: { count: 0, recipients: [] } },
  {
    id: 'bbbbbbbb-0000-4000-8000-000000000002',
    serialNumber: 'LV-0002',
    name: 'Front door',
    activatedAt: '2026-01-01T00:00:00Z',
    sharedWith: { count: 2, recipients: [{ uniqueCodeId: 'aaaaaaaa-0000-4000-8000-000000000001', description: 'Plumber' }, { uniqueCodeId: 'aaaaaaaa-0000-4000-8000-000000000009', description: 'Cleaner' }] },
  },
];
const code: UniqueCode = codeFixture();

function setup(codes: UniqueCode[], extra: Parameters<typeof mockApi>[0] = {}) {
  logInAsOwner();
  return mockApi({
    'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
    'GET /api/v1/locks': (c) =>
      json({ items: locks.filter((l) => !c.query.get('search') || l.name.toLowerCase().includes(c.query.get('search')!.toLowerCase())), nextCursor: null }),
    'GET /api/v1/unique-codes': () => json({ items: codes, nextCursor: null }),
    ...extra,
  });
}

describe('My Locks', () => {
  it('shows to whom each lock is shared', async () => {
    setup([code]);
    renderWithProviders(<LocksPage />);
    const front = (await screen.findByRole('link', { name: 'Front door' })).closest('tr')!;
    expect(within(front).getByRole('link', { name: '2 codes: Plumber, Cleaner' })).toHaveAttribute('href', `/permissions?lockId=${locks[1]!.id}`);
    expect(within(screen.getByRole('link', { name: 'Back door' }).closest('tr')!).getByText('Nobody')).toBeInTheDocument();
  });

  it('shares the selected locks to a code at Maintenance, never offering Admin', async () => {
    const api = setup([code], {
      'POST /api/v1/permissions': (c) => {
        const body = c.body as { lockIds: string[] };
        return json({ items: body.lockIds.map((id) => ({ id, lockId: id })) });
      },
    });
    renderWithProviders(<LocksPage />);
    const share = screen.getByRole('button', { name: 'Share' });
    expect(share).toBeDisabled();
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Back door' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select Front door' }));
    await userEvent.click(screen.getByRole('button', { name: 'Share (2)' }));

    const dialog = screen.getByRole('dialog', { name: 'Share 2 locks' });
    expect(within(dialog).getByLabelText('Recipient')).toHaveDisplayValue('Unique Code');
    const level = within(dialog).getByLabelText('Permission level');
    expect(within(level).getByRole('option', { name: /Admin/ })).toBeDisabled();
    // Next without a code chosen explains what is missing.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(within(dialog).getByLabelText('Unique Code')).toHaveAccessibleDescription('Choose a Unique Code.');

    await userEvent.selectOptions(within(dialog).getByLabelText('Unique Code'), code.id);
    await userEvent.selectOptions(level, 'MAINTENANCE');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    expect(dialog).toHaveTextContent('Give code 7K3M-Q9XD-2HTV (Plumber) Maintenance access to');
    // The step that replaced the Next button takes the focus, so keyboard users are not left on the page behind.
    expect(within(dialog).getByRole('button', { name: 'Confirm share' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm share' }));

    await waitFor(() => expect(api.find('POST', '/api/v1/permissions')).toHaveLength(1));
    expect(api.find('POST', '/api/v1/permissions')[0]!.body).toEqual({
      lockIds: [locks[0]!.id, locks[1]!.id],
      recipient: { type: 'UNIQUE_CODE', uniqueCodeId: code.id },
      level: 'MAINTENANCE',
    });
    expect(await screen.findByText('Shared 2 lock(s) to code 7K3M-Q9XD-2HTV at Maintenance.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share' })).toBeDisabled();
  });

  it('explains how to create a code when there is none', async () => {
    setup([]);
    renderWithProviders(<LocksPage />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Back door' }));
    await userEvent.click(screen.getByRole('button', { name: 'Share (1)' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('You have no active Unique Codes.')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Unique Codes' })).toHaveAttribute('href', '/unique-codes');
    expect(within(dialog).getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('shows a refused share inside the dialog', async () => {
    setup([code], {
      'POST /api/v1/permissions': () => problem({ status: 403, code: 'unique-codes-disabled', detail: 'Unique Codes are disabled.' }),
    });
    renderWithProviders(<LocksPage />);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select Back door' }));
    await userEvent.click(screen.getByRole('button', { name: 'Share (1)' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.selectOptions(await within(dialog).findByLabelText('Unique Code'), code.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirm share' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Could not share: Unique Codes are disabled for this account.');
  });

  it('searches by name', async () => {
    const api = setup([code]);
    renderWithProviders(<LocksPage />);
    await screen.findByText('Front door');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search locks' }), 'front');
    await waitFor(() => expect(screen.queryByText('Back door')).not.toBeInTheDocument());
    expect(api.calls.some((c) => c.query.get('search') === 'front')).toBe(true);
  });

  it('activates a lock and shows the serial number problem next to its field', async () => {
    setup([code], {
      'POST /api/v1/locks': () =>
        problem({ status: 409, code: 'lock-already-activated', detail: 'Lock LV-0001 is already activated.' }),
    });
    renderWithProviders(<LocksPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Activate lock' }));
    const dialog = screen.getByRole('dialog', { name: 'Activate lock' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Activate' }));
    expect(within(dialog).getByLabelText('Serial number')).toHaveAccessibleDescription(/4 to 32 letters/);
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription(/Enter a name/);
    await userEvent.type(within(dialog).getByLabelText('Serial number'), 'LV-0001');
    await userEvent.type(within(dialog).getByLabelText('Name'), 'Garage');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Activate' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Serial number')).toHaveAccessibleDescription(/already activated/),
    );
  });
});
