import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, logInAsOwner, mockApi, problem, renderWithProviders } from '../test/helpers';
import { ADMIN_TOKEN_KEY } from '../auth/storage';
import { App } from './App';

describe('admin session', () => {
  it('sends a visitor without a token to the login page', async () => {
    mockApi({});
    renderWithProviders(<App />, { route: '/unique-codes' });
    expect(await screen.findByRole('heading', { name: 'Log in to LockVue' })).toBeInTheDocument();
  });

  it('goes back to login when the API rejects the token', async () => {
    logInAsOwner();
    mockApi({
      'GET /api/v1/me': () => problem({ status: 401, code: 'not-authenticated' }),
      'GET /api/v1/settings': () => problem({ status: 401, code: 'not-authenticated' }),
      'GET /api/v1/locks': () => problem({ status: 401, code: 'not-authenticated' }),
      'GET /api/v1/unique-codes': () => problem({ status: 401, code: 'not-authenticated' }),
    });
    renderWithProviders(<App />, { route: '/locks' });
    expect(await screen.findByText('Your session has ended. Please log in again.')).toBeInTheDocument();
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).toBeNull();
  });

  it('shows wrong credentials without treating them as an expired session', async () => {
    mockApi({ 'POST /api/v1/auth/login': () => problem({ status: 401, code: 'invalid-credentials' }) });
    renderWithProviders(<App />, { route: '/login' });
    await userEvent.type(screen.getByLabelText('Email'), 'owner@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong-password');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
  });

  it('signs up, keeps the token in sessionStorage and opens My Locks with the side menu', async () => {
    const api = mockApi({
      'POST /api/v1/accounts': () =>
        json(
          {
            accessToken: 'new-token',
            tokenType: 'Bearer',
            expiresAt: new Date(Date.now() + 3600_000).toISOString(),
            user: { id: 'u', email: 'a@example.com', createdAt: '2026-01-01T00:00:00Z' },
            account: { id: 'a', name: 'Acme', createdAt: '2026-01-01T00:00:00Z', settings: { uniqueCodesEnabled: false, timeZone: 'UTC' } },
          },
          201,
        ),
      'GET /api/v1/me': (c) => (c.headers.get('Authorization') === 'Bearer new-token' ? json({ user: { id: 'u', email: 'a@example.com', createdAt: '' }, account: { id: 'a', name: 'Acme', createdAt: '', settings: { uniqueCodesEnabled: false, timeZone: 'UTC' } } }) : problem({ status: 401, code: 'not-authenticated' })),
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: false, timeZone: 'UTC' }),
      'GET /api/v1/locks': () => json({ items: [], nextCursor: null }),
    });
    renderWithProviders(<App />, { route: '/signup' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/At least 12 characters.*Use at least 12 characters./);
    await userEvent.type(screen.getByLabelText('Account name'), 'Acme');
    await userEvent.type(screen.getByLabelText('Email'), 'a@example.com');
    await userEvent.type(screen.getByLabelText('Password'), 'long-enough-password');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('heading', { name: 'My Locks' })).toBeInTheDocument();
    expect(JSON.parse(sessionStorage.getItem(ADMIN_TOKEN_KEY)!).accessToken).toBe('new-token');
    const nav = screen.getByRole('navigation', { name: 'Main menu' });
    for (const item of ['My Locks', 'Unique Codes', 'Permissions', 'Activity', 'API Keys', 'Settings']) {
      expect(nav).toHaveTextContent(item);
    }
    await waitFor(() => expect(api.find('GET', '/api/v1/locks').length).toBeGreaterThan(0));
    expect(await screen.findByText('No locks yet')).toBeInTheDocument();
  });

  it('logs out on the server before forgetting the token', async () => {
    logInAsOwner();
    const api = mockApi({
      'GET /api/v1/me': () => json({ user: { id: 'u', email: 'a@example.com', createdAt: '' }, account: { id: 'a', name: 'Acme', createdAt: '', settings: { uniqueCodesEnabled: false, timeZone: 'UTC' } } }),
      'GET /api/v1/locks': () => json({ items: [], nextCursor: null }),
      'GET /api/v1/settings': () => json({ uniqueCodesEnabled: false, timeZone: 'UTC' }),
      'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }),
    });
    renderWithProviders(<App />, { route: '/locks' });
    await userEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('heading', { name: 'Log in to LockVue' })).toBeInTheDocument();
    expect(api.find('POST', '/api/v1/auth/logout')[0]!.headers.get('Authorization')).toBe('Bearer admin-token');
    expect(sessionStorage.getItem(ADMIN_TOKEN_KEY)).toBeNull();
  });
});
