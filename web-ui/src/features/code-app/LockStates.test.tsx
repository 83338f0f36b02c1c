import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { json, mockApi, OPEN_ACCESS, problem, renderWithProviders } from '../../test/helpers';
import { CODE_SESSION_KEY } from '../../auth/storage';
import type { CodeSessionToken, LockAccess } from '../../api/types';
import { CodeAppPage } from './CodeAppPage';

const summary = { id: 'aaaaaaaa-0000-4000-8000-000000000001', description: 'Cleaner', startsAt: '2026-01-01T00:00:00Z', expiresAt: '2099-01-01T00:00:00Z', status: 'ACTIVE' as const };

function loggedIn(expiresAt = '2099-01-01T00:00:00Z') {
  const token: CodeSessionToken = { accessToken: 't', tokenType: 'Bearer', expiresAt: '2099-01-01T00:00:00Z', uniqueCode: { ...summary, expiresAt } };
  localStorage.setItem(CODE_SESSION_KEY, JSON.stringify(token));
}

function withAccess(access: LockAccess) {
  loggedIn();
  mockApi({
    'GET /api/v1/code-session/locks': () =>
      json({ uniqueCode: summary, items: [{ lockId: 'cccccccc-0000-4000-8000-00000000000a', name: 'Front door', serialNumber: 'LV-A', level: 'RESTRICTED', access }] }),
  });
  renderWithProviders(<CodeAppPage />);
}

describe('the guest’s lock states', () => {
  it('open now: until when, and the unlock button works', async () => {
    withAccess(OPEN_ACCESS);
    const card = await screen.findByTestId('shared-lock');
    expect(within(card).getByText(/^Opens now, until/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Unlock Front door' })).toBeEnabled();
  });

  it('opens later: when, and why not now', async () => {
    withAccess({ state: 'OPENS_LATER', openUntil: null, opensAt: '2099-01-02T09:00:00Z', reasons: [{ code: 'outside-windows', message: 'x', until: '2099-01-02T09:00:00Z', since: null, subject: null }] });
    const card = await screen.findByTestId('shared-lock');
    expect(within(card).getByText(/^Opens on/)).toBeInTheDocument();
    expect(within(card).getByText(/Outside its weekly times: it opens next on/)).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Unlock Front door' })).toBeDisabled();
  });

  it('never again by itself: why', async () => {
    withAccess({ state: 'NEVER', openUntil: null, opensAt: null, reasons: [{ code: 'exhausted', message: 'x', until: null, since: null, subject: null }] });
    const card = await screen.findByTestId('shared-lock');
    expect(within(card).getByText('This code will not open this lock again by itself.')).toBeInTheDocument();
    expect(within(card).getByText('All of its unlocks have been used.')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Unlock Front door' })).toBeDisabled();
  });

  it('suspended: says so and keeps the session, to come back when resumed', async () => {
    loggedIn();
    mockApi({ 'GET /api/v1/code-session/locks': () => problem({ status: 403, code: 'unique-code-suspended' }) });
    renderWithProviders(<CodeAppPage />);
    expect(await screen.findByText(/The lock owner has suspended this code for now/)).toBeInTheDocument();
    expect(localStorage.getItem(CODE_SESSION_KEY)).not.toBeNull();
    expect(screen.queryByRole('heading', { name: 'Code Login' })).not.toBeInTheDocument();
  });

  it('an expired code’s ended session says when it expired, not a token error', async () => {
    loggedIn('2020-01-01T00:00:00Z');
    mockApi({ 'GET /api/v1/code-session/locks': () => problem({ status: 401, code: 'not-authenticated', detail: 'Send a valid, unexpired bearer token for this endpoint' }) });
    renderWithProviders(<CodeAppPage />);
    expect(await screen.findByText(/This code expired on .*2020/)).toBeInTheDocument();
    expect(screen.queryByText(/bearer token/)).not.toBeInTheDocument();
  });
});
