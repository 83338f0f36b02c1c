import { useState } from 'react';
import type { ApiKey } from '../../api/types';
import { Pager, useCursorPager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { useTimeZone } from '../settings/queries';
import { ApiKeysTable } from './ApiKeysTable';
import { NewApiKeyDialog } from './NewApiKeyDialog';
import { useApiKeyPage } from './queries';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog';

/** Keys for the account's integrations (booking engines, property-management systems): made, seen, revoked. */
export function ApiKeysPage() {
  const timeZone = useTimeZone();
  const pager = useCursorPager();
  const page = useApiKeyPage(pager.cursor);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const items = page.data?.items ?? [];
  return (
    <section>
      <div className="page-header">
        <h1>API Keys</h1>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
          New API key
        </button>
      </div>
      <p>
        Other systems use a key to work on this account as <code>Authorization: Bearer lvk_…</code>. See the
        integrators' guide in the API documentation.
      </p>
      {page.isPending && <Loading label="Loading API keys…" />}
      {page.error && <ProblemAlert error={page.error} action="Could not load API keys" />}
      {page.data && items.length === 0 && <EmptyState title="No API keys">Make one for each system that needs access.</EmptyState>}
      {items.length > 0 && <ApiKeysTable apiKeys={items} timeZone={timeZone} onRevoke={setRevoking} />}
      <Pager page={pager.page} nextCursor={page.data?.nextCursor} onNext={pager.next} onPrevious={pager.previous} label="API keys" />
      {creating && <NewApiKeyDialog timeZone={timeZone} onClose={() => setCreating(false)} />}
      {revoking && <RevokeApiKeyDialog apiKey={revoking} onDone={() => setRevoking(null)} />}
    </section>
  );
}
