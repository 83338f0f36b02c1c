import { useState } from 'react';
import type { UniqueCode } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { STATUS_LABEL } from '../../lib/accessReasons';
import { CodeCard, type CodeAction } from './CodeCard';
import { DeleteCodeDialog, ReleaseDeviceDialog, SuspendDialog } from './CodeDialogs';
import { DiagnosisPanel } from './DiagnosisPanel';
import { EditCodeDialog } from './EditCodeDialog';
import { useCodeList, type CodeStatus } from './queries';

interface CodeListProps {
  status: CodeStatus;
  highlight?: string;
  /** Said once a dialog's change went through (a deletion, a suspension), for the page to confirm. */
  onDone: (message: string) => void;
}

export function CodeList({ status, highlight, onDone }: CodeListProps) {
  const codes = useCodeList(status);
  const [open, setOpen] = useState<{ action: CodeAction; code: UniqueCode } | null>(null);
  const close = () => setOpen(null);
  const finish = (message: string) => {
    setOpen(null);
    onDone(message);
  };

  if (codes.isPending) return <Loading label="Loading codes…" />;
  if (codes.error) return <ProblemAlert error={codes.error} action="Could not load codes" />;
  const items = codes.data.pages.flatMap((p) => p.items);
  if (items.length === 0) {
    return status === 'ACTIVE' ? (
      <EmptyState title="No active Unique Codes">Select “New Unique Code” to create one.</EmptyState>
    ) : (
      <EmptyState title={`No ${STATUS_LABEL[status].toLowerCase()} Unique Codes`} />
    );
  }
  return (
    <>
      <ul className="code-list">
        {items.map((c) => (
          <CodeCard key={c.id} code={c} highlighted={c.id === highlight} onAction={(action) => setOpen({ action, code: c })} />
        ))}
      </ul>
      {codes.hasNextPage && (
        <button type="button" className="btn" onClick={() => codes.fetchNextPage()} disabled={codes.isFetchingNextPage}>
          {codes.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
      {open?.action === 'delete' && (
        <DeleteCodeDialog code={open.code} onDone={() => finish(`Code ${open.code.code} was deleted.`)} onCancel={close} />
      )}
      {open?.action === 'release' && <ReleaseDeviceDialog code={open.code} onDone={close} />}
      {(open?.action === 'suspend' || open?.action === 'resume') && (
        <SuspendDialog
          code={open.code}
          suspend={open.action === 'suspend'}
          onDone={() => finish(`Code ${open.code.code} was ${open.action === 'suspend' ? 'suspended' : 'resumed'}.`)}
          onCancel={close}
        />
      )}
      {open?.action === 'edit' && <EditCodeDialog code={open.code} onClose={close} />}
      {open?.action === 'diagnose' && <DiagnosisPanel code={open.code} onClose={close} />}
    </>
  );
}
