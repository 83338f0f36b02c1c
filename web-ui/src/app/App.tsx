import { useEffect } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { setAdminUnauthorizedHandler } from '../api/client';
import { AdminLayout } from './AdminLayout';
import { LoginPage } from '../features/auth/LoginPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { LocksPage } from '../features/locks/LocksPage';
import { LockDetailPage } from '../features/locks/LockDetailPage';
import { UniqueCodesPage } from '../features/codes/UniqueCodesPage';
import { PermissionsPage } from '../features/permissions/PermissionsPage';
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage';
import { WebhooksPage } from '../features/webhooks/WebhooksPage';
import { ActivityPage } from '../features/activity/ActivityPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { CodeAppPage } from '../features/code-app/CodeAppPage';

export function App() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(() => {
    setAdminUnauthorizedHandler(() => {
      queryClient.clear();
      navigate('/login', { replace: true, state: { reason: 'expired' } });
    });
  }, [navigate, queryClient]);

  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/app" element={<CodeAppPage />} />
      <Route element={<AdminLayout />}>
        <Route index element={<Navigate to="/locks" replace />} />
        <Route path="/locks" element={<LocksPage />} />
        <Route path="/locks/:lockId" element={<LockDetailPage />} />
        <Route path="/unique-codes" element={<UniqueCodesPage />} />
        <Route path="/permissions" element={<PermissionsPage />} />
        <Route path="/activity" element={<ActivityPage />} />
        <Route path="/api-keys" element={<ApiKeysPage />} />
        <Route path="/settings" element={<SettingsPage />} />
        <Route path="/webhooks" element={<WebhooksPage />} />
      </Route>
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}
