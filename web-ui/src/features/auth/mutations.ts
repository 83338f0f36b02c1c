import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { adminApi, unwrap } from '../../api/client';
import type { LoginRequest, SignUpRequest } from '../../api/types';
import { clearAdminSession, setAdminSession } from '../../auth/storage';

/** Where to go once logged in: back to the page that sent the visitor to /login, else My Locks. */
function useAfterLogin() {
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return () => navigate(from && from !== '/login' ? from : '/locks', { replace: true });
}

export function useLogin() {
  const done = useAfterLogin();
  return useMutation({
    mutationFn: (body: LoginRequest) => unwrap(adminApi.POST('/api/v1/auth/login', { body })),
    onSuccess: (session) => {
      setAdminSession(session);
      done();
    },
  });
}

export function useSignUp() {
  const done = useAfterLogin();
  return useMutation({
    mutationFn: (body: SignUpRequest) => unwrap(adminApi.POST('/api/v1/accounts', { body })),
    onSuccess: (session) => {
      setAdminSession(session);
      done();
    },
  });
}

export function useLogOut() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async () => {
    // End the session on the server first, so the token is dead even if someone copied it; leave either way.
    try {
      await adminApi.POST('/api/v1/auth/logout');
    } catch {
      // Offline or already ended: the local session goes all the same.
    }
    clearAdminSession();
    queryClient.clear();
    navigate('/login', { replace: true });
  };
}
