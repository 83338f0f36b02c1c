import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { ApiError, fieldErrors } from '../api/problem';
import { keys, useAllCodes } from '../api/queries';
import { useTimeZone } from '../features/settings/queries';
import type { Lock, PermissionLevel } from '../api/types';
import { Field } from '../components/Field';
import { Modal } from '../components/Modal';
import { Pager, useCursorPager } from '../components/Pager';
import { ProblemAlert } from '../components/ProblemAlert';
import { EmptyState, Loading } from '../components/States';
import { grantableToCode, levelName, PERMISSION_LEVELS } from '../lib/permissionLevel';
import { formatInstant } from '../lib/time';

const PAGE_SIZE = 20;

export function LocksPage() {
  const timeZone = useTimeZone();
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const pager = useCursorPager();
  const { reset } = pager;
  const [selected, setSelected] = useState<Map<string, Lock>>(new Map());
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

  const locks = useQuery({
    queryKey: [...keys.locks, 'page', search, pager.cursor],
    queryFn: () =>
      unwrap(
        adminApi.GET('/api/v1/locks', {
          params: { query: { search: search || undefined, limit: PAGE_SIZE, cursor: pager.cursor } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  const items = locks.data?.items ?? [];
  const allOnPageSelected = items.length > 0 && items.every((l) => selected.has(l.id));

  function toggle(lock: Lock) {
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(lock.id)) next.delete(lock.id);
      else next.set(lock.id, lock);
      return next;
    });
  }

  function togglePage() {
    setSelected((s) => {
      const next = new Map(s);
      for (const l of items) {
        if (allOnPageSelected) next.delete(l.id);
        else next.set(l.id, l);
      }
      return next;
    });
  }

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
            <button type="button" className="btn btn-link" onClick={() => setSelected(new Map())}>
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
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col" className="col-check">
                  <input type="checkbox" aria-label="Select all locks on this page" checked={allOnPageSelected} onChange={togglePage} />
                </th>
                <th scope="col">Name</th>
                <th scope="col">Serial number</th>
                <th scope="col" className="hide-narrow">
                  Activated
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((l) => (
                <tr key={l.id} className={selected.has(l.id) ? 'selected' : undefined}>
                  <td className="col-check">
                    <input type="checkbox" aria-label={`Select ${l.name}`} checked={selected.has(l.id)} onChange={() => toggle(l)} />
                  </td>
                  <td>
                    <Link to={`/locks/${l.id}`}>{l.name}</Link>
                  </td>
                  <td className="mono">{l.serialNumber}</td>
                  <td className="hide-narrow">{formatInstant(l.activatedAt, timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
            setSelected(new Map());
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}

export function ActivateLockDialog({ onClose, onActivated }: { onClose: () => void; onActivated: (l: Lock) => void }) {
  const queryClient = useQueryClient();
  const [serialNumber, setSerialNumber] = useState('');
  const [name, setName] = useState('');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const activate = useMutation({
    mutationFn: () =>
      unwrap(adminApi.POST('/api/v1/locks', { body: { serialNumber: serialNumber.trim(), name: name.trim() } })),
    onSuccess: (lock) => {
      queryClient.invalidateQueries({ queryKey: keys.locks });
      onActivated(lock);
    },
  });
  const errors = { ...fieldErrors(activate.error), ...localErrors };
  if (activate.error instanceof ApiError && activate.error.code === 'lock-already-activated' && !errors['/serialNumber']) {
    errors['/serialNumber'] = 'This lock is already activated.';
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const compact = serialNumber.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9-]{4,32}$/.test(compact)) found['/serialNumber'] = 'Enter 4 to 32 letters, digits or hyphens.';
    if (!name.trim()) found['/name'] = 'Enter a name, for example “Front door”.';
    else if (name.trim().length > 100) found['/name'] = 'Use at most 100 characters.';
    setLocalErrors(found);
    if (Object.keys(found).length === 0) activate.mutate();
  }

  return (
    <Modal title="Activate lock" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="Serial number" hint="Printed on the lock, e.g. LV-2024-000123." error={errors['/serialNumber']}>
          <input value={serialNumber} onChange={(e) => setSerialNumber(e.target.value)} autoCapitalize="characters" data-autofocus />
        </Field>
        <Field label="Name" error={errors['/name']}>
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <ProblemAlert error={activate.error} shownFields={['/serialNumber', '/name']} action="Could not activate" />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={activate.isPending}>
            {activate.isPending ? 'Activating…' : 'Activate'}
          </button>
        </div>
      </form>
    </Modal>
  );
}

const LEVEL_HINTS: Record<PermissionLevel, string> = {
  RESTRICTED: 'unlock only',
  MAINTENANCE: 'unlock, battery status, time sync',
  ADMIN: 'not available for Unique Codes',
};
const LEVELS = PERMISSION_LEVELS.map((value) => ({
  value,
  label: `${levelName(value)} (${LEVEL_HINTS[value]})`,
  forCodes: grantableToCode(value),
}));

export function ShareDialog({
  locks,
  onClose,
  onShared,
}: {
  locks: Lock[];
  onClose: () => void;
  onShared: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const codes = useAllCodes('ACTIVE');
  const [step, setStep] = useState<'choose' | 'confirm'>('choose');
  const [uniqueCodeId, setUniqueCodeId] = useState('');
  const [level, setLevel] = useState<PermissionLevel>('RESTRICTED');
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const code = codes.data?.find((c) => c.id === uniqueCodeId);

  const share = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.POST('/api/v1/permissions', {
          body: { lockIds: locks.map((l) => l.id), recipient: { type: 'UNIQUE_CODE', uniqueCodeId }, level },
        }),
      ),
    onSuccess: (result) => {
      queryClient.invalidateQueries({ queryKey: keys.permissions });
      queryClient.invalidateQueries({ queryKey: keys.codes });
      onShared(`Shared ${result.items.length} lock(s) to code ${code?.code ?? ''} at ${levelName(level)}.`);
    },
  });
  const errors = { ...fieldErrors(share.error), ...localErrors };
  const shown = ['/lockIds', '/recipient/uniqueCodeId', '/recipient', '/level'];

  function next(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!uniqueCodeId) found['/recipient/uniqueCodeId'] = 'Choose a Unique Code.';
    if (!LEVELS.find((l) => l.value === level)?.forCodes) found['/level'] = 'A Unique Code can be given at most Maintenance.';
    setLocalErrors(found);
    if (Object.keys(found).length === 0) setStep('confirm');
  }

  return (
    <Modal title={`Share ${locks.length} lock${locks.length === 1 ? '' : 's'}`} onClose={onClose}>
      {step === 'choose' ? (
        <form onSubmit={next} noValidate>
          <p className="hint">{locks.map((l) => l.name).join(', ')}</p>
          <Field label="Recipient">
            <select value="UNIQUE_CODE" onChange={() => {}}>
              <option value="UNIQUE_CODE">Unique Code</option>
            </select>
          </Field>
          {codes.isPending && <Loading label="Loading codes…" />}
          {codes.error && <ProblemAlert error={codes.error} action="Could not load codes" />}
          {codes.data && codes.data.length === 0 ? (
            <div className="empty" role="note">
              <p className="empty-title">You have no active Unique Codes.</p>
              <p>
                Create one on the <Link to="/unique-codes">Unique Codes</Link> page (select “New Unique Code”), then
                come back to share these locks.
              </p>
            </div>
          ) : (
            codes.data && (
              <Field label="Unique Code" error={errors['/recipient/uniqueCodeId'] ?? errors['/recipient']}>
                <select value={uniqueCodeId} onChange={(e) => setUniqueCodeId(e.target.value)} data-autofocus>
                  <option value="">Choose a code…</option>
                  {codes.data.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.code} — {c.description}
                    </option>
                  ))}
                </select>
              </Field>
            )
          )}
          <Field label="Permission level" hint="Unique Codes can be given at most Maintenance." error={errors['/level']}>
            <select value={level} onChange={(e) => setLevel(e.target.value as PermissionLevel)}>
              {LEVELS.map((l) => (
                <option key={l.value} value={l.value} disabled={!l.forCodes}>
                  {l.label}
                </option>
              ))}
            </select>
          </Field>
          <div className="modal-actions">
            <button type="button" className="btn" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary" disabled={!codes.data || codes.data.length === 0}>
              Next
            </button>
          </div>
        </form>
      ) : (
        <div>
          <p>
            Give code <code className="code">{code?.code}</code> ({code?.description}) <strong>{levelName(level)}</strong>{' '}
            access to:
          </p>
          <ul>
            {locks.map((l) => (
              <li key={l.id}>
                {l.name} <span className="mono">({l.serialNumber})</span>
              </li>
            ))}
          </ul>
          <p className="hint">If a lock is already shared to this code, its level changes.</p>
          {Object.entries(errors)
            .filter(([k]) => shown.includes(k))
            .map(([k, v]) => (
              <p className="field-error" key={k}>
                {v}
              </p>
            ))}
          <ProblemAlert error={share.error} shownFields={shown} action="Could not share" />
          <div className="modal-actions">
            <button type="button" className="btn" onClick={() => setStep('choose')}>
              Back
            </button>
            <button type="button" className="btn btn-primary" onClick={() => share.mutate()} disabled={share.isPending} data-autofocus>
              {share.isPending ? 'Sharing…' : 'Confirm share'}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
