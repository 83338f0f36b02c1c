import type { Problem, ProblemCode } from './types';

/**
 * Thrown for every non-2xx answer. Carries the RFC 9457 body when the server sent one; a network failure
 * or a non-JSON body becomes a synthetic problem so the UI has one shape to render.
 */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): ProblemCode {
    return this.problem.code;
  }
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).code === 'string'
  );
}

export function toApiError(body: unknown, response: Response | undefined): ApiError {
  if (isProblem(body)) {
    const problem = { ...body };
    // The header is the authoritative value for 429; copy it in if the body left it out.
    const retryAfter = response?.headers.get('Retry-After');
    if (problem.retryAfterSeconds == null && retryAfter && /^\d+$/.test(retryAfter)) {
      problem.retryAfterSeconds = Number(retryAfter);
    }
    return new ApiError(problem);
  }
  const status = response?.status ?? 503;
  return new ApiError({
    type: 'about:blank',
    title: response ? `Request failed (HTTP ${status})` : 'The server could not be reached',
    status,
    code: status >= 500 || !response ? 'service-unavailable' : 'malformed-request',
    detail: typeof body === 'string' && body.length > 0 && body.length < 300 ? body : undefined,
  });
}

/** Field problems keyed by JSON pointer ("/description"), for showing next to the matching input. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const item of error.problem.errors ?? []) {
    // Pointers to array elements (/lockIds/0) belong to the field that holds the array.
    const key = item.pointer.replace(/\/\d+$/, '');
    out[key] = out[key] ? `${out[key]} ${item.detail}` : item.detail;
  }
  return out;
}

/** Field problems whose pointer is not among the fields a form shows, so they are not silently lost. */
export function unmatchedFieldErrors(error: unknown, shown: readonly string[]): string[] {
  return Object.entries(fieldErrors(error))
    .filter(([pointer]) => !shown.includes(pointer))
    .map(([pointer, detail]) => `${pointer.replace(/^\//, '')}: ${detail}`);
}

/** Plain-language text for the problems a person can act on; falls back to the server's own words. */
export function problemMessage(error: unknown): string {
  if (!(error instanceof ApiError)) {
    return error instanceof Error ? error.message : 'Something went wrong.';
  }
  const p = error.problem;
  switch (p.code) {
    case 'unique-codes-disabled':
      return 'Unique Codes are disabled for this account.';
    case 'invalid-unique-code':
      return 'That code is not valid. Check it and try again (it is not case sensitive).';
    case 'unique-code-expired':
      return 'This Unique Code has expired. Ask the lock owner for a new one.';
    case 'unique-code-suspended':
      return 'The lock owner has suspended this code for now. It works again when they resume it.';
    case 'unique-code-not-started':
      return p.detail ?? 'This code has not started yet.';
    case 'unique-code-exhausted':
      return 'This code has used all its unlocks. Ask the lock owner if you need more.';
    case 'outside-access-window':
      return p.detail ?? 'This code only works at certain times of the week, and this is not one of them.';
    case 'start-out-of-range':
      return p.detail ?? 'The start must not be in the past and at most twelve months away.';
    case 'not-authenticated':
    case 'session-ended':
      return 'Your session has ended. Log in again.';
    case 'precondition-failed':
      return 'Someone changed this meanwhile. Load it again and retry.';
    case 'code-bound-to-other-device':
      return 'This code is already in use on another device. Ask the lock owner to release the device.';
    case 'code-session-ended':
      return 'Your code session has ended (the code was deleted, expired or moved to another device). Log in again.';
    case 'too-many-attempts':
      return p.retryAfterSeconds != null
        ? `Too many attempts. Try again in ${formatSeconds(p.retryAfterSeconds)}.`
        : 'Too many attempts. Try again later.';
    case 'invalid-credentials':
      return 'Wrong email or password.';
    case 'email-already-registered':
      return 'An account with this email already exists. Log in instead.';
    case 'lock-already-activated':
      return 'This lock is already activated.';
    case 'expiry-out-of-range':
      return p.detail ?? 'The expiry must be in the future and at most six months away.';
    case 'permission-level-too-high':
      return 'A Unique Code can be given at most Maintenance.';
    case 'action-not-permitted':
      return p.detail ?? 'Your permission level does not allow this action.';
    case 'service-unavailable':
      return p.detail ?? 'The service is unavailable. Try again shortly.';
    default:
      return p.detail ?? p.title;
  }
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
