import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { keys } from '../api/queryKeys';
import { useAllCodes } from '../features/codes/queries';
import { useAllLocks } from '../features/locks/queries';
import { useTimeZone } from '../features/settings/queries';
import type { Permission } from '../api/types';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Pager, useCursorPager } from '../components/Pager';
import { ProblemAlert } from '../components/ProblemAlert';
import { EmptyState, Loading } from '../components/States';
import { formatInstant } from '../lib/time';
import { levelName } from '../lib/permissionLevel';

export function PermissionsPage() {
  const timeZone = useTimeZone();
  const [params, setParams] = useSearchParams();
  const lockId = params.get('lockId') ?? '';
  const uniqueCodeId = params.get('uniqueCodeId') ?? '';
  const pager = useCursorPager();
  const locks = useAllLocks();
  const activeCodes = useAllCodes('ACTIVE');
  const expiredCodes = useAllCodes('EXPIRED');
  const codes = [...(activeCodes.data ?? []), ...(expiredCodes.data ?? [])];
  const codeText = new Map(codes.map((c) => [c.id, c.code]));
  const [revoking, setRevoking] = useState<Permission | null>(null);

  const permissions = useQuery({
    queryKey: [...keys.permissions, lockId, uniqueCodeId, pager.cursor],
    queryFn: () =>
      unwrap(
        adminApi.GET('/api/v1/permissions', {
          params: {
            query: { lockId: lockId || undefined, uniqueCodeId: uniqueCodeId || undefined, limit: 25, cursor: pager.cursor },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  function setFilter(name: 'lockId' | 'uniqueCodeId', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    pager.reset();
  }

  const items = permissions.data?.items ?? [];
  return (
    <section>
      <div className="page-header">
        <h1>Permissions</h1>
      </div>
      <div className="filters">
        <Field label="Lock">
          <select value={lockId} onChange={(e) => setFilter('lockId', e.target.value)}>
            <option value="">All locks</option>
            {locks.data?.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.serialNumber})
              </option>
            ))}
          </select>
        </Field>
        <Field label="Unique Code">
          <select value={uniqueCodeId} onChange={(e) => setFilter('uniqueCodeId', e.target.value)}>
            <option value="">All codes</option>
            {codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.code} — {c.description}
                {c.status === 'EXPIRED' ? ' (expired)' : ''}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {permissions.isPending && <Loading label="Loading permissions…" />}
      {permissions.error && <ProblemAlert error={permissions.error} action="Could not load permissions" />}
      {permissions.data && items.length === 0 && (
        <EmptyState title="No permissions">
          {lockId || uniqueCodeId ? 'Nothing matches these filters.' : <>Share locks from <Link to="/locks">My Locks</Link>.</>}
        </EmptyState>
      )}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Lock</th>
                <th scope="col">Recipient</th>
                <th scope="col">Level</th>
                <th scope="col" className="hide-narrow">
                  Granted
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/locks/${p.lockId}`}>{p.lockName}</Link>
                    <div className="mono small">{p.lockSerialNumber}</div>
                  </td>
                  <td>
                    Unique Code {codeText.get(p.recipient.uniqueCodeId) && <code className="code">{codeText.get(p.recipient.uniqueCodeId)}</code>}
                    <div className="small">{p.recipient.description}</div>
                  </td>
                  <td>
                    <span className={`badge level-${p.level.toLowerCase()}`}>{levelName(p.level)}</span>
                  </td>
                  <td className="hide-narrow">{formatInstant(p.grantedAt, timeZone)}</td>
                  <td>
                    <button type="button" className="btn btn-small btn-danger-outline" onClick={() => setRevoking(p)} aria-label={`Revoke ${p.lockName} from ${p.recipient.description}`}>
                      Revoke
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={pager.page} nextCursor={permissions.data?.nextCursor} onNext={pager.next} onPrevious={pager.previous} label="Permissions" />
      {revoking && <RevokeDialog permission={revoking} onDone={() => setRevoking(null)} />}
    </section>
  );
}

function RevokeDialog({ permission, onDone }: { permission: Permission; onDone: () => void }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () =>
      unwrap(adminApi.DELETE('/api/v1/permissions/{permissionId}', { params: { path: { permissionId: permission.id } } })),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: keys.permissions });
      queryClient.invalidateQueries({ queryKey: keys.codes });
      onDone();
    },
  });
  return (
    <ConfirmDialog
      title="Revoke permission?"
      confirmLabel="Revoke"
      busy={revoke.isPending}
      error={revoke.error}
      failureLabel="Could not revoke"
      onConfirm={() => revoke.mutate()}
      onCancel={onDone}
    >
      <p>
        “{permission.recipient.description}” will lose {levelName(permission.level)} access to {permission.lockName} on
        its very next request.
      </p>
    </ConfirmDialog>
  );
}
