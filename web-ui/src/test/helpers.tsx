import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { vi } from 'vitest';
import type { AdminSession, LockAccess, Problem, UniqueCode } from '../api/types';
import { setAdminSession } from '../auth/storage';

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Headers;
}

type Handler = (call: Call) => Response | Promise<Response>;

/**
 * Stubs fetch at the network boundary: requests are matched by "METHOD /path" (path without query),
 * recorded with their parsed body, and unmatched requests fail the test loudly.
 */
export function mockApi(routes: Record<string, Handler | Response | (() => Response)>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const text = await request.text();
    const call: Call = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      headers: request.headers,
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    if (!route) throw new Error(`unexpected request ${call.method} ${call.path}`);
    const res = typeof route === 'function' ? await route(call) : route;
    return res.clone();
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, find: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) };
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problem(p: Partial<Problem> & Pick<Problem, 'status' | 'code'>, headers: Record<string, string> = {}): Response {
  const body: Problem = { type: `urn:lockvue:problem:${p.code}`, title: p.title ?? p.code, ...p };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

export const noContent = () => new Response(null, { status: 204 });

export function renderWithProviders(ui: ReactElement, { route = '/' }: { route?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}

export const ACCOUNT_ID = '11111111-1111-4111-8111-111111111111';

export function logInAsOwner(timeZone = 'UTC'): AdminSession {
  const session: AdminSession = {
    accessToken: 'admin-token',
    tokenType: 'Bearer',
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    user: { id: '22222222-2222-4222-8222-222222222222', email: 'owner@example.com', createdAt: '2026-01-01T00:00:00Z' },
    account: {
      id: ACCOUNT_ID,
      name: 'Acme',
      createdAt: '2026-01-01T00:00:00Z',
      settings: { uniqueCodesEnabled: true, timeZone },
    },
  };
  setAdminSession(session);
  return session;
}

/** A code as the API answers it: active, open now, no rules; tests override what they are about. */
export function codeFixture(overrides: Partial<UniqueCode> = {}): UniqueCode {
  return {
    id: 'aaaaaaaa-0000-4000-8000-000000000001',
    code: '7K3M-Q9XD-2HTV',
    description: 'Plumber',
    status: 'ACTIVE',
    createdAt: '2026-01-01T00:00:00Z',
    startsAt: '2026-01-01T00:00:00Z',
    expiresAt: '2026-02-01T00:00:00Z',
    effectiveExpiresAt: overrides.expiresAt ?? '2026-02-01T00:00:00Z',
    weeklyWindows: [],
    maxUnlocks: null,
    expiresMinutesAfterFirstUnlock: null,
    unlocksUsed: 0,
    firstUnlockAt: null,
    suspendedAt: null,
    statusChangesAt: overrides.expiresAt ?? '2026-02-01T00:00:00Z',
    openNow: true,
    nextOpeningAt: null,
    reasons: [],
    sharedLockCount: 0,
    device: null,
    ...overrides,
  };
}

export const OPEN_ACCESS: LockAccess = { state: 'OPEN', openUntil: '2099-01-01T00:00:00Z', opensAt: null, reasons: [] };
