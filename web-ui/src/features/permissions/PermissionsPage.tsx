import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Permission } from '../../api/types';
import { Field } from '../../components/Field';
import { Pager, useCursorPager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { useAllCodesOfAnyStatus } from '../codes/queries';
import { useAllLocks } from '../locks/queries';
import { PermissionsTable } from './PermissionsTable';
import { usePermissionPage } from './queries';
import { RevokeDialog } from './RevokeDialog';

export function PermissionsPage() {
  // The filter lives in the URL, so a lock's or a code's "View permissions" link lands filtered.
  const [params, setParams] = useSearchParams();
  const lockId = params.get('lockId') ?? '';
  const uniqueCodeId = params.get('uniqueCodeId') ?? '';
  const pager = useCursorPager();
  const locks = useAllLocks();
  const codes = useAllCodesOfAnyStatus();
  const codeText = new Map(codes.map((c) => [c.id, c.code]));
  const [revoking, setRevoking] = useState<Permission | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const permissions = usePermissionPage({ lockId, uniqueCodeId }, pager.cursor);

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
      {revoked && (
        <div className="alert alert-success" role="status">
          {revoked}
        </div>
      )}
      {permissions.isPending && <Loading label="Loading permissions…" />}
      {permissions.error && <ProblemAlert error={permissions.error} action="Could not load permissions" />}
      {permissions.data && items.length === 0 && (
        <EmptyState title="No permissions">
          {lockId || uniqueCodeId ? 'Nothing matches these filters.' : <>Share locks from <Link to="/locks">My Locks</Link>.</>}
        </EmptyState>
      )}
      {items.length > 0 && <PermissionsTable permissions={items} codeText={codeText} onRevoke={setRevoking} />}
      <Pager page={pager.page} nextCursor={permissions.data?.nextCursor} onNext={pager.next} onPrevious={pager.previous} label="Permissions" />
      {revoking && (
        <RevokeDialog
          permission={revoking}
          onCancel={() => setRevoking(null)}
          onDone={() => {
            setRevoked(`“${revoking.recipient.description}” can no longer use ${revoking.lockName}.`);
            setRevoking(null);
          }}
        />
      )}
    </section>
  );
}
