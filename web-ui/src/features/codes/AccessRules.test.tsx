import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { codeFixture, json, logInAsOwner, mockApi, problem, renderWithProviders } from '../../test/helpers';
import type { Diagnosis, UniqueCode } from '../../api/types';
import { UniqueCodesPage } from './UniqueCodesPage';

const scheduled: UniqueCode = codeFixture({
  status: 'SCHEDULED',
  startsAt: '2026-05-01T08:00:00Z',
  statusChangesAt: '2026-05-01T08:00:00Z',
  openNow: false,
  reasons: [{ code: 'not-started', message: 'x', until: '2026-05-01T08:00:00Z', since: null, subject: null }],
  weeklyWindows: [{ days: ['SATURDAY'], start: '22:00', end: '06:00' }],
  maxUnlocks: 3,
  unlocksUsed: 1,
  device: { deviceId: 'web-1234', name: 'Anna’s phone', boundAt: '2026-01-02T00:00:00Z' },
});

function setup(codes: Partial<Record<UniqueCode['status'], UniqueCode[]>>, extra: Parameters<typeof mockApi>[0] = {}) {
  logInAsOwner('UTC');
  return mockApi({
    'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'UTC' }),
    'GET /api/v1/unique-codes': (c) => json({ items: codes[(c.query.get('status') ?? 'ACTIVE') as UniqueCode['status']] ?? [], nextCursor: null }),
    ...extra,
  });
}

describe('Unique Codes with access rules', () => {
  it('lists each status on its own tab, with the reason, the next change, the rules and the phone’s name', async () => {
    const api = setup({ SCHEDULED: [scheduled] });
    renderWithProviders(<UniqueCodesPage />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Scheduled' }));
    const card = await screen.findByTestId('code-card');
    expect(api.calls.some((c) => c.query.get('status') === 'SCHEDULED')).toBe(true);
    expect(within(card).getByText('Scheduled', { selector: '.badge' })).toBeInTheDocument();
    expect(within(card).getByText('Starts')).toBeInTheDocument();
    expect(within(card).getByText(/Not started yet: it starts on/)).toBeInTheDocument();
    expect(within(card).getByText('Sat 22:00–06:00 (next day)')).toBeInTheDocument();
    expect(within(card).getByText('1 of 3 unlocks used')).toBeInTheDocument();
    expect(within(card).getByText('Anna’s phone')).toBeInTheDocument();
  });

  it('sends a change with the version it read, and says so when someone changed the code meanwhile', async () => {
    const code = codeFixture();
    const api = setup(
      { ACTIVE: [code] },
      {
        [`GET /api/v1/unique-codes/${code.id}`]: () => json(code, 200, { ETag: '"4"' }),
        [`PATCH /api/v1/unique-codes/${code.id}`]: () => problem({ status: 412, code: 'precondition-failed' }),
      },
    );
    renderWithProviders(<UniqueCodesPage />);
    await userEvent.click(await screen.findByRole('button', { name: `Change code ${code.code}` }));
    const dialog = await screen.findByRole('dialog', { name: `Change code ${code.code}` });
    const max = await within(dialog).findByLabelText('Unlocks allowed');
    fireEvent.change(max, { target: { value: '1' } });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.find('PATCH', `/api/v1/unique-codes/${code.id}`)).toHaveLength(1));
    const patch = api.find('PATCH', `/api/v1/unique-codes/${code.id}`)[0]!;
    expect(patch.headers.get('If-Match')).toBe('"4"');
    // Unchanged dates are not sent: a start in the past would be judged as a new one.
    expect(patch.body).toEqual({ weeklyWindows: null, maxUnlocks: 1, expiresMinutesAfterFirstUnlock: null });
    expect(await within(dialog).findByText(/Someone changed this code since you opened it/)).toBeInTheDocument();
  });

  it('moves focus to the first invalid field when a change is refused here', async () => {
    const code = codeFixture();
    setup({ ACTIVE: [code] }, { [`GET /api/v1/unique-codes/${code.id}`]: () => json(code, 200, { ETag: '"0"' }) });
    renderWithProviders(<UniqueCodesPage />);
    await userEvent.click(await screen.findByRole('button', { name: `Change code ${code.code}` }));
    const dialog = await screen.findByRole('dialog', { name: `Change code ${code.code}` });
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Add weekly time' }));
    const row = within(dialog).getByRole('group', { name: 'Weekly time 1' });
    for (const day of ['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) await userEvent.click(within(row).getByRole('checkbox', { name: day }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(await within(row).findByText('Tick at least one day.')).toBeInTheDocument();
    await waitFor(() => expect(within(row).getByRole('checkbox', { name: 'Mon' })).toHaveFocus());
  });

  it('suspends after confirmation and confirms it on the page', async () => {
    const code = codeFixture();
    const api = setup(
      { ACTIVE: [code] },
      { [`PUT /api/v1/unique-codes/${code.id}/suspension`]: () => json({ ...code, status: 'SUSPENDED', suspendedAt: '2026-01-05T00:00:00Z' }) },
    );
    renderWithProviders(<UniqueCodesPage />);
    await userEvent.click(await screen.findByRole('button', { name: `Suspend code ${code.code}` }));
    await userEvent.click(within(screen.getByRole('alertdialog', { name: 'Suspend Unique Code?' })).getByRole('button', { name: 'Suspend code' }));
    expect(await screen.findByText(`Code ${code.code} was suspended.`)).toBeInTheDocument();
    expect(api.find('PUT', `/api/v1/unique-codes/${code.id}/suspension`)).toHaveLength(1);
  });

  it('explains in words why the code cannot open each lock, and its recent refusals', async () => {
    const code = codeFixture();
    const diagnosis: Diagnosis = {
      uniqueCodeId: code.id,
      status: 'ACTIVE',
      checkedAt: '2026-01-05T10:00:00Z',
      device: null,
      verdicts: [
        { lockId: 'l1', lockName: 'Front door', action: 'UNLOCK', level: 'RESTRICTED', verdict: 'OK', reasons: [] },
        {
          lockId: 'l1',
          lockName: 'Front door',
          action: 'TIME_SYNC',
          level: 'RESTRICTED',
          verdict: 'BLOCKED',
          reasons: [{ code: 'level-too-low', message: 'x', until: null, since: null, subject: 'MAINTENANCE' }],
        },
      ],
      recentFailures: [{ occurredAt: '2026-01-05T09:00:00Z', action: 'CODE_LOGIN', code: 'code-bound-to-other-device', detail: 'device=phone-2', lockId: null, clientAddress: '203.0.113.9' }],
    };
    setup({ ACTIVE: [code] }, { [`GET /api/v1/unique-codes/${code.id}/diagnosis`]: () => json(diagnosis) });
    renderWithProviders(<UniqueCodesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Why can’t this code open the door?' }));
    const panel = await screen.findByTestId('diagnosis');
    expect(within(panel).getByText('Front door, Unlock:').closest('li')).toHaveTextContent('works now.');
    expect(within(panel).getByText(/it needs Maintenance or above/)).toBeInTheDocument();
    expect(within(panel).getByText(/login refused \(code-bound-to-other-device, device=phone-2\) from 203.0.113.9/)).toBeInTheDocument();
  });
});
