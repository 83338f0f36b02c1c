import { useState } from 'react';
import type { UniqueCode } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { CodeCard } from './CodeCard';
import { DeleteCodeDialog, ReleaseDeviceDialog } from './CodeDialogs';
import { useCodeList, type CodeStatus } from './queries';

export function CodeList({ status, highlight }: { status: CodeStatus; highlight?: string }) {
  const codes = useCodeList(status);
  const [deleting, setDeleting] = useState<UniqueCode | null>(null);
  const [releasing, setReleasing] = useState<UniqueCode | null>(null);

  if (codes.isPending) return <Loading label="Loading codes…" />;
  if (codes.error) return <ProblemAlert error={codes.error} action="Could not load codes" />;
  const items = codes.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return status === 'ACTIVE' ? (
      <EmptyState title="No active Unique Codes">Select “New Unique Code” to create one.</EmptyState>
    ) : (
      <EmptyState title="No expired Unique Codes" />
    );
  }
  return (
    <>
      <ul className="code-list">
        {items.map((c) => (
          <CodeCard
            key={c.id}
            code={c}
            highlighted={c.id === highlight}
            onDelete={() => setDeleting(c)}
            onReleaseDevice={() => setReleasing(c)}
          />
        ))}
      </ul>
      {codes.hasNextPage && (
        <button type="button" className="btn" onClick={() => codes.fetchNextPage()} disabled={codes.isFetchingNextPage}>
          {codes.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
      {deleting && <DeleteCodeDialog code={deleting} onDone={() => setDeleting(null)} />}
      {releasing && <ReleaseDeviceDialog code={releasing} onDone={() => setReleasing(null)} />}
    </>
  );
}
