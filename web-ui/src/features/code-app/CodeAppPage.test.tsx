import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockApi, OPEN_ACCESS, problem, renderWithProviders } from '../../test/helpers';
import { makeSigner } from '../../test/signer';
import { CODE_SESSION_KEY, DEVICE_ID_KEY, ADMIN_TOKEN_KEY } from '../../auth/storage';
import { provision } from '../../lock/virtualLock';
import type { CodeSessionToken } from '../../api/types';
import { CodeAppPage } from './CodeAppPage';

const LOCK_A = 'cccccccc-0000-4000-8000-00000000000a';
const LOCK_B = 'cccccccc-0000-4000-8000-00000000000b';
const summary = { id: 'aaaaaaaa-0000-4000-8000-000000000001', description: 'Plumber', startsAt: '2026-01-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z', status: 'ACTIVE' as const };
const token: CodeSessionToken = { accessToken: 'code-token', tokenType: 'Bearer', expiresAt: '2099-01-01T00:00:00Z', uniqueCode: summary };
const sharedLocks = {
  uniqueCode: summary,
  items: [
    { lockId: LOCK_A, name: 'Back door', serialNumber: 'LV-A', level: 'MAINTENANCE', access: OPEN_ACCESS },
    { lockId: LOCK_B, name: 'Shed', serialNumber: 'LV-B', level: 'RESTRICTED', access: OPEN_ACCESS },
  ],
};

async function logIn(typed: string) {
  await userEvent.type(screen.getByLabelText('Unique Code'), typed);
  await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
}

describe('Code Login', () => {
  it('logs in with the code as typed and a device id kept for next time', async () => {
    const api = mockApi({
      'POST /api/v1/code-login': () => json(token),
      'GET /api/v1/code-session/locks': () => json(sharedLocks),
    });
    renderWithProviders(<CodeAppPage />);
    await logIn('7k3mq9xd2htv');
    expect(await screen.findByText('Back door')).toBeInTheDocument();
    const body = api.find('POST', '/api/v1/code-login')[0]!.body as { code: string; deviceId: string };
    expect(body.code).toBe('7k3mq9xd2htv');
    expect(body.deviceId).toBe(localStorage.getItem(DEVICE_ID_KEY));
    expect(body.deviceId).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
    // Separate keys: the code token never lands where the admin token lives, and is what the locks call sends.
    expect(JSON.parse(localStorage.getItem(CODE_SESSION_KEY)!).accessToken).toBe('code-token');
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).toBeNull();
    expect(api.find('GET', '/api/v1/code-session/locks')[0]!.headers.get('Authorization')).toBe('Bearer code-token');
    // Maintenance actions only where the level allows them.
    const [a, b] = screen.getAllByTestId('shared-lock');
    expect(within(a!).getByRole('button', { name: 'Time sync Back door' })).toBeInTheDocument();
    expect(within(b!).queryByRole('button', { name: /Time sync/ })).not.toBeInTheDocument();
  });

  it.each([
    ['invalid-unique-code', 401, 'That code is not valid.'],
    ['unique-code-expired', 403, 'This Unique Code has expired.'],
    ['code-bound-to-other-device', 409, 'already in use on another device'],
    ['unique-codes-disabled', 403, 'Unique Codes are disabled'],
  ] as const)('explains %s', async (code, status, text) => {
    mockApi({ 'POST /api/v1/code-login': () => problem({ status, code }) });
    renderWithProviders(<CodeAppPage />);
    await logIn('7K3M-Q9XD-2HTV');
    await waitFor(() => expect(screen.getByLabelText('Unique Code')).toHaveAccessibleDescription(new RegExp(text)));
  });

  it('shows the retry time when rate limited and holds the button', async () => {
    mockApi({
      'POST /api/v1/code-login': () => problem({ status: 429, code: 'too-many-attempts' }, { 'Retry-After': '30' }),
    });
    renderWithProviders(<CodeAppPage />);
    await logIn('7K3M-Q9XD-2HTV');
    await waitFor(() => expect(screen.getByLabelText('Unique Code')).toHaveAccessibleDescription(/Try again in 30 s/));
    expect(screen.getByRole('button', { name: 'Log in' })).toBeDisabled();
  });

  it('catches an incomplete code before asking the server', async () => {
    const api = mockApi({});
    renderWithProviders(<CodeAppPage />);
    await logIn('7K3M');
    expect(screen.getByLabelText('Unique Code')).toHaveAccessibleDescription(/12 letters and digits/);
    expect(api.calls).toHaveLength(0);
  });

  it('returns to the login when the session ends (code deleted)', async () => {
    localStorage.setItem(CODE_SESSION_KEY, JSON.stringify(token));
    mockApi({ 'GET /api/v1/code-session/locks': () => problem({ status: 401, code: 'code-session-ended' }) });
    renderWithProviders(<CodeAppPage />);
    expect(await screen.findByRole('heading', { name: 'Code Login' })).toBeInTheDocument();
    expect(screen.getByText(/Your code session has ended/)).toBeInTheDocument();
    expect(localStorage.getItem(CODE_SESSION_KEY)).toBeNull();
  });
});

describe('Unlock through the virtual lock', () => {
  it('says so when the lock was never provisioned in this browser', async () => {
    localStorage.setItem(CODE_SESSION_KEY, JSON.stringify(token));
    const api = mockApi({ 'GET /api/v1/code-session/locks': () => json(sharedLocks) });
    renderWithProviders(<CodeAppPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Unlock Back door' }));
    const card = screen.getAllByTestId('shared-lock')[0]!;
    expect(await within(card).findByText('This lock has not been provisioned in this browser.', { selector: '.alert' })).toBeInTheDocument();
    expect(api.find('POST', `/api/v1/locks/${LOCK_A}/unlock-commands`)).toHaveLength(0);
  });

  it('unlocks when the signed command verifies, and names the reason when it does not', async () => {
    const signer = await makeSigner();
    await provision('Back door', signer.anchors(LOCK_A));
    localStorage.setItem(CODE_SESSION_KEY, JSON.stringify(token));
    let mode: 'good' | 'other-lock' | 'expired' = 'good';
    const api = mockApi({
      'GET /api/v1/code-session/locks': () => json(sharedLocks),
      [`POST /api/v1/locks/${LOCK_A}/unlock-commands`]: async (c) => {
        const { nonce, action } = c.body as { nonce: string; action: 'UNLOCK' };
        const now = Math.floor(Date.now() / 1000);
        const command = await signer.sign({
          lockId: mode === 'other-lock' ? LOCK_B : LOCK_A,
          nonce,
          action,
          level: 'MAINTENANCE',
          // The lock judges by the signed time and the nonce's age: a window that closed before it arrived.
          ...(mode === 'expired' ? { nbf: now - 1, exp: now - 1 } : {}),
        });
        return json({ commandId: crypto.randomUUID(), command, keyId: signer.kid, expiresAt: new Date().toISOString(), action, level: 'MAINTENANCE' }, 201);
      },
    });
    renderWithProviders(<CodeAppPage />);
    const unlock = await screen.findByRole('button', { name: 'Unlock Back door' });
    const card = screen.getAllByTestId('shared-lock')[0]!;

    await userEvent.click(unlock);
    expect(await within(card).findByText('Unlocked')).toBeInTheDocument();
    // The virtual lock booted with this page: its first accepted command sets its clock, and the answer says so.
    expect(within(card).getByText(/The lock set its clock from the server's signed time/)).toBeInTheDocument();
    const sent = api.find('POST', `/api/v1/locks/${LOCK_A}/unlock-commands`)[0]!;
    expect((sent.body as { nonce: string }).nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(sent.headers.get('Authorization')).toBe('Bearer code-token');

    mode = 'other-lock';
    await userEvent.click(unlock);
    expect(await within(card).findByText(/Refused by the lock: The command was signed for a different lock/)).toBeInTheDocument();

    mode = 'expired';
    await userEvent.click(unlock);
    expect(await within(card).findByText(/Refused by the lock: The command has expired/)).toBeInTheDocument();

    mode = 'good';
    await userEvent.click(within(card).getByRole('button', { name: 'Time sync Back door' }));
    expect(await within(card).findByText('Time sync command accepted by the lock')).toBeInTheDocument();
    expect(within(card).getByText(/The lock's clock is set to the server's time \(it was within seconds\)/)).toBeInTheDocument();
  });

  it('reports a revoked permission and refreshes the list', async () => {
    const signer = await makeSigner();
    await provision('Back door', signer.anchors(LOCK_A));
    localStorage.setItem(CODE_SESSION_KEY, JSON.stringify(token));
    let revoked = false;
    mockApi({
      'GET /api/v1/code-session/locks': () => json(revoked ? { ...sharedLocks, items: sharedLocks.items.slice(1) } : sharedLocks),
      [`POST /api/v1/locks/${LOCK_A}/unlock-commands`]: () => problem({ status: 403, code: 'forbidden', detail: 'No permission on this lock.' }),
    });
    renderWithProviders(<CodeAppPage />);
    await screen.findByText('Back door');
    revoked = true;
    await userEvent.click(screen.getByRole('button', { name: 'Unlock Back door' }));
    await waitFor(() => expect(screen.queryByText('Back door')).not.toBeInTheDocument());
  });
});
