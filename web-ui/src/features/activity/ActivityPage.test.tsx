import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, logInAsOwner, mockApi, renderWithProviders } from '../../test/helpers';
import type { AuditEvent } from '../../api/types';
import { downloadText } from '../../lib/csv';
import { ActivityPage } from './ActivityPage';

vi.mock('../../lib/csv', async (original) => ({ ...(await original<typeof import('../../lib/csv')>()), downloadText: vi.fn() }));

const LOCK_ID = 'bbbbbbbb-0000-4000-8000-000000000001';
const CODE_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
const OLD_CODE_ID = 'aaaaaaaa-0000-4000-8000-000000000002';

function event(n: number, extra: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `eeeeeeee-0000-4000-8000-${String(n).padStart(12, '0')}`,
    occurredAt: '2026-03-01T00:00:00Z',
    action: 'LOCK_COMMAND_ISSUED',
    outcome: 'SUCCESS',
    actor: { type: 'UNIQUE_CODE', id: CODE_ID },
    lockId: LOCK_ID,
    uniqueCodeId: CODE_ID,
    ...extra,
  };
}

function setup(events: (cursor: string | null, limit: string | null) => { items: AuditEvent[]; nextCursor: string | null }) {
  logInAsOwner('Australia/Brisbane');
  return mockApi({
    'GET /api/v1/settings': () => json({ uniqueCodesEnabled: true, timeZone: 'Australia/Brisbane' }),
    'GET /api/v1/locks': () =>
      json({ items: [{ id: LOCK_ID, serialNumber: 'LV-1', name: 'Back door', activatedAt: '2026-01-01T00:00:00Z' }], nextCursor: null }),
    'GET /api/v1/unique-codes': (c) =>
      json({
        items:
          c.query.get('status') === 'EXPIRED'
            ? [{ id: OLD_CODE_ID, code: 'OLD0-OLD0-OLD0', description: 'Last year', status: 'EXPIRED', createdAt: '', expiresAt: '2025-01-01T00:00:00Z', sharedLockCount: 0, device: null }]
            : [{ id: CODE_ID, code: '7K3M-Q9XD-2HTV', description: 'Plumber', status: 'ACTIVE', createdAt: '', expiresAt: '2099-01-01T00:00:00Z', sharedLockCount: 1, device: null }],
        nextCursor: null,
      }),
    'GET /api/v1/audit-events': (c) => json(events(c.query.get('cursor'), c.query.get('limit'))),
  });
}

describe('Activity', () => {
  beforeEach(() => vi.mocked(downloadText).mockClear());

  it('names the lock and the code of each event, expired codes included', async () => {
    setup(() => ({ items: [event(1), event(2, { uniqueCodeId: OLD_CODE_ID, lockId: null })], nextCursor: null }));
    renderWithProviders(<ActivityPage />);
    const rows = await screen.findAllByRole('row');
    await waitFor(() => expect(within(rows[1]!).getByText('7K3M-Q9XD-2HTV')).toBeInTheDocument());
    expect(within(rows[1]!).getByRole('cell', { name: 'Back door' })).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('cell', { name: 'Lock command issued' })).toBeInTheDocument();
    expect(within(rows[2]!).getByText('OLD0-OLD0-OLD0')).toBeInTheDocument();
  });

  it('sends the filters, with From and To read in the account time zone', async () => {
    const api = setup(() => ({ items: [], nextCursor: null }));
    renderWithProviders(<ActivityPage />);
    await screen.findByText('No activity matches these filters');
    await userEvent.selectOptions(await screen.findByLabelText('Lock'), LOCK_ID);
    await userEvent.selectOptions(screen.getByLabelText('Action'), 'CODE_LOGIN');
    fireEvent.change(screen.getByLabelText('From (Australia/Brisbane)'), { target: { value: '2026-03-01T08:00' } });
    fireEvent.change(screen.getByLabelText('To (Australia/Brisbane)'), { target: { value: '2026-03-02T08:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(api.find('GET', '/api/v1/audit-events').some((c) => c.query.get('lockId') === LOCK_ID)).toBe(true));
    const sent = api.find('GET', '/api/v1/audit-events').at(-1)!.query;
    expect(sent.get('action')).toBe('CODE_LOGIN');
    // Brisbane is UTC+10 all year.
    expect(sent.get('from')).toBe('2026-02-28T22:00:00.000Z');
    expect(sent.get('to')).toBe('2026-03-01T22:00:00.000Z');
    expect(sent.get('uniqueCodeId')).toBeNull();
  });

  it('refuses a To before From without asking the server', async () => {
    const api = setup(() => ({ items: [], nextCursor: null }));
    renderWithProviders(<ActivityPage />);
    await screen.findByText('No activity matches these filters');
    const before = api.find('GET', '/api/v1/audit-events').length;
    fireEvent.change(screen.getByLabelText('From (Australia/Brisbane)'), { target: { value: '2026-03-02T08:00' } });
    fireEvent.change(screen.getByLabelText('To (Australia/Brisbane)'), { target: { value: '2026-03-01T08:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByLabelText('From (Australia/Brisbane)')).toHaveAccessibleDescription('“To” must be after “From”.');
    expect(api.find('GET', '/api/v1/audit-events')).toHaveLength(before);
  });

  it('exports every page as CSV, with names filled in from the lock and code lists', async () => {
    const api = setup((cursor, limit) =>
      limit === '200'
        ? cursor
          ? { items: [event(3, { outcome: 'FAILURE', reason: 'no permission', lockId: null, uniqueCodeId: null })], nextCursor: null }
          : { items: [event(1), event(2)], nextCursor: 'page-2' }
        : { items: [event(1)], nextCursor: null },
    );
    renderWithProviders(<ActivityPage />);
    await screen.findByRole('cell', { name: 'Lock command issued' });
    await waitFor(() => expect(screen.getByText('7K3M-Q9XD-2HTV', { selector: '.mono' })).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    expect(api.find('GET', '/api/v1/audit-events').filter((c) => c.query.get('limit') === '200').map((c) => c.query.get('cursor'))).toEqual([null, 'page-2']);
    const [filename, csv] = vi.mocked(downloadText).mock.calls[0]!;
    expect(filename).toMatch(/^lockvue-activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('occurredAt,action,outcome,actorType,actorId,lockId,lockName,uniqueCodeId,uniqueCodeDescription,uniqueCode,permissionId,reason,clientAddress');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(`2026-03-01T00:00:00Z,LOCK_COMMAND_ISSUED,SUCCESS,UNIQUE_CODE,${CODE_ID},${LOCK_ID},Back door,${CODE_ID},,7K3M-Q9XD-2HTV,,,`);
    expect(lines[3]).toBe(`2026-03-01T00:00:00Z,LOCK_COMMAND_ISSUED,FAILURE,UNIQUE_CODE,${CODE_ID},,,,,,,no permission,`);
    expect(screen.queryByText(/The export stopped after/)).not.toBeInTheDocument();
  });

  it('says so when the export stops at its page bound', async () => {
    let n = 0;
    setup((_cursor, limit) => (limit === '200' ? { items: [event(++n)], nextCursor: `after-${n}` } : { items: [], nextCursor: null }));
    renderWithProviders(<ActivityPage />);
    await screen.findByText('No activity matches these filters');
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('The export stopped after 100 events; narrow the filters to export the rest.')).toBeInTheDocument();
    expect(vi.mocked(downloadText).mock.calls[0]![1].trimEnd().split('\r\n')).toHaveLength(101);
  });
});
