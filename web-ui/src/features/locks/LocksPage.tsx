import { useEffect, useState } from 'react';
import { Pager, useCursorPager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EmptyState, Loading } from '../../components/States';
import { ActivateLockDialog } from './ActivateLockDialog';
import { LocksTable } from './LocksTable';
import { useLockPage } from './queries';
import { ShareDialog } from './ShareDialog';
import { useLockSelection } from './useLockSelection';

export function LocksPage() {
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const pager = useCursorPager();
  const { reset } = pager;
  const { selected, toggle, togglePage, clear } = useLockSelection();
  const [activating, setActivating] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // Debounced so typing does not fire a request per key.
  useEffect(() => {
    const t = setTimeout(() => {
      setSearch(searchInput.trim());
      reset();
    }, 300);
    return () => clearTimeout(t);
  }, [searchInput, reset]);

  const locks = useLockPage(search, pager.cursor);
  const items = locks.data?.items ?? [];

  return (
    <section>
      <div className="page-header">
        <h1>My Locks</h1>
        <div className="header-actions">
          <button type="button" className="btn" onClick={() => setActivating(true)}>
            Activate lock
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={selected.size === 0}
            onClick={() => {
              setNotice(null);
              setSharing(true);
            }}
          >
            Share{selected.size > 0 ? ` (${selected.size})` : ''}
          </button>
        </div>
      </div>
      {notice && (
        <p className="alert alert-success" role="status">
          {notice}
        </p>
      )}
      <div className="toolbar">
        <label className="search">
          <span className="sr-only">Search locks</span>
          <input
            type="search"
            placeholder="Search by name or serial number"
            value={searchInput}
            maxLength={100}
            onChange={(e) => setSearchInput(e.target.value)}
          />
        </label>
        {selected.size > 0 && (
          <span className="selection">
            {selected.size} selected{' '}
            <button type="button" className="btn btn-link" onClick={clear}>
              Clear
            </button>
          </span>
        )}
      </div>
      {locks.isPending && <Loading label="Loading locks…" />}
      {locks.error && <ProblemAlert error={locks.error} action="Could not load locks" />}
      {locks.data && items.length === 0 && (
        <EmptyState title={search ? `No locks match “${search}”` : 'No locks yet'}>
          {!search && 'Select “Activate lock” and enter the serial number printed on the lock.'}
        </EmptyState>
      )}
      {items.length > 0 && (
        <LocksTable locks={items} selected={selected} onToggle={toggle} onTogglePage={() => togglePage(items)} />
      )}
      <Pager page={pager.page} nextCursor={locks.data?.nextCursor} onNext={pager.next} onPrevious={pager.previous} label="Locks" />
      {activating && (
        <ActivateLockDialog
          onClose={() => setActivating(false)}
          onActivated={(lock) => {
            setActivating(false);
            setNotice(`Lock “${lock.name}” activated.`);
          }}
        />
      )}
      {sharing && (
        <ShareDialog
          locks={[...selected.values()]}
          onClose={() => setSharing(false)}
          onShared={(message) => {
            setSharing(false);
            clear();
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}
