import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { toApiError } from './problem';
import { clearAdminSession, getAdminSession, getCodeSession } from '../auth/storage';

// Absolute base: Node's Request (used under test) rejects relative URLs; in the browser it is the same origin.
const baseUrl = typeof window !== 'undefined' ? window.location.origin : 'http://localhost';

// Looked up per call rather than captured, so tests can stub fetch at the boundary.
const lateFetch = (request: Request) => globalThis.fetch(request);

type Listener = () => void;
let onAdminUnauthorized: Listener = () => {};

/** The app shell registers how to get back to the login page when the admin token stops working. */
export function setAdminUnauthorizedHandler(listener: Listener): void {
  onAdminUnauthorized = listener;
}

const adminAuth: Middleware = {
  onRequest({ request }) {
    const session = getAdminSession();
    if (session && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    }
    return request;
  },
  onResponse({ request, response }) {
    // Only a rejected token means "logged out"; a 401 from the login form itself is a wrong password.
    if (response.status === 401 && request.headers.has('Authorization')) {
      clearAdminSession();
      onAdminUnauthorized();
    }
    return response;
  },
};

const codeAuth: Middleware = {
  onRequest({ request }) {
    const session = getCodeSession();
    if (session && !request.headers.has('Authorization')) {
      request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    }
    return request;
  },
};

/** Console client: carries the account owner's token. */
export const adminApi = createClient<paths>({ baseUrl, fetch: lateFetch });
adminApi.use(adminAuth);

/** App-view client: carries the code-session token, never the admin one. */
export const codeApi = createClient<paths>({ baseUrl, fetch: lateFetch });
codeApi.use(codeAuth);

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/**
 * Turns openapi-fetch's {data, error} into a value or a thrown ApiError, which is what TanStack Query
 * expects. A rejected fetch (server down) also becomes an ApiError.
 */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof TypeError) throw toApiError(undefined, undefined);
    throw cause;
  }
  if (!result.response.ok) throw toApiError(result.error, result.response);
  return result.data as T;
}
