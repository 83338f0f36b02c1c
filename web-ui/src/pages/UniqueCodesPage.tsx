import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { adminApi, unwrap } from '../api/client';
import { ApiError, fieldErrors } from '../api/problem';
import { keys } from '../api/queries';
import { useSettings, useTimeZone } from '../features/settings/queries';
import type { UniqueCode } from '../api/types';
import { Field } from '../components/Field';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Modal } from '../components/Modal';
import { ProblemAlert } from '../components/ProblemAlert';
import { BinIcon, CopyIcon, EmptyState, Loading } from '../components/States';
import {
  addMonths,
  formatInstant,
  maxExpiryWallTime,
  parseInputValue,
  toInputValue,
  wallTimeAt,
  wallTimeToInstant,
} from '../lib/time';

type Status = 'ACTIVE' | 'EXPIRED';

export function UniqueCodesPage() {
  const settings = useSettings();
  const [status, setStatus] = useState<Status>('ACTIVE');
  const [creating, setCreating] = useState(false);
  const [justCreated, setJustCreated] = useState<UniqueCode | null>(null);
  const disabled = settings.data?.uniqueCodesEnabled === false;

  return (
    <section>
      <div className="page-header">
        <h1>Unique Codes</h1>
        <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} disabled={disabled}>
          New Unique Code
        </button>
      </div>
      {disabled && (
        <div className="alert alert-warning" role="note">
          Unique Codes are disabled for this account. To create codes, go to{' '}
          <Link to="/settings">Settings &gt; System</Link>, tick “Enable Unique Codes” and select “Save Changes”.
        </div>
      )}
      {justCreated && (
        <div className="alert alert-success" role="status">
          New code <code className="code">{justCreated.code}</code> created for “{justCreated.description}”. Share locks
          to it from <Link to="/locks">My Locks</Link>.
        </div>
      )}
      <div className="tabs" role="tablist" aria-label="Code status">
        {(['ACTIVE', 'EXPIRED'] as const).map((s) => (
          <button
            key={s}
            type="button"
            role="tab"
            id={`tab-${s}`}
            aria-controls={`panel-${s}`}
            aria-selected={status === s}
            className={`tab${status === s ? ' active' : ''}`}
            onClick={() => setStatus(s)}
          >
            {s === 'ACTIVE' ? 'Active' : 'Expired'}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${status}`} aria-labelledby={`tab-${status}`}>
        <h2>{status === 'ACTIVE' ? 'Active Unique Codes' : 'Expired Unique Codes'}</h2>
        <CodeList status={status} highlight={justCreated?.id} />
      </div>
      {creating && (
        <NewCodeDialog
          onClose={() => setCreating(false)}
          onCreated={(code) => {
            setCreating(false);
            setJustCreated(code);
            setStatus('ACTIVE');
          }}
        />
      )}
    </section>
  );
}

function CodeList({ status, highlight }: { status: Status; highlight?: string }) {
  const timeZone = useTimeZone();
  const codes = useInfiniteQuery({
    queryKey: [...keys.codes, 'list', status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(adminApi.GET('/api/v1/unique-codes', { params: { query: { status, limit: 25, cursor: pageParam } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
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
          <li key={c.id} className={`card code-card${c.id === highlight ? ' highlight' : ''}`} data-testid="code-card">
            <div className="code-main">
              <code className="code" aria-label={`Code ${c.code}`}>
                {c.code}
              </code>
              <CopyButton text={c.code} />
              <button
                type="button"
                className="btn btn-icon btn-danger-outline"
                aria-label={`Delete code ${c.code}`}
                title="Delete"
                onClick={() => setDeleting(c)}
              >
                <BinIcon />
              </button>
            </div>
            <dl className="facts">
              <div>
                <dt>Description</dt>
                <dd>{c.description}</dd>
              </div>
              <div>
                <dt>{c.status === 'EXPIRED' ? 'Expired' : 'Expires'}</dt>
                <dd>{formatInstant(c.expiresAt, timeZone)}</dd>
              </div>
              <div>
                <dt>Shared locks</dt>
                <dd>
                  {c.sharedLockCount > 0 ? (
                    <Link to={`/permissions?uniqueCodeId=${c.id}`}>{c.sharedLockCount}</Link>
                  ) : (
                    0
                  )}
                </dd>
              </div>
              <div>
                <dt>Device</dt>
                <dd>
                  {c.device ? (
                    <>
                      <span className="mono" title={`Bound ${formatInstant(c.device.boundAt, timeZone)}`}>
                        {c.device.deviceId}
                      </span>{' '}
                      <button type="button" className="btn btn-small" onClick={() => setReleasing(c)}>
                        Release device
                      </button>
                    </>
                  ) : (
                    'Not yet used'
                  )}
                </dd>
              </div>
            </dl>
          </li>
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

function CopyButton({ text }: { text: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard needs a secure context and permission; say so rather than failing silently.
      setState('failed');
    }
    setTimeout(() => setState('idle'), 2000);
  }
  return (
    <>
      <button type="button" className="btn btn-icon" aria-label={`Copy code ${text}`} title="Copy" onClick={copy}>
        <CopyIcon />
      </button>
      <span className="copy-state" role="status">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed — select the code instead' : ''}
      </span>
    </>
  );
}

function useInvalidateCodes() {
  const queryClient = useQueryClient();
  return () => {
    queryClient.invalidateQueries({ queryKey: keys.codes });
    queryClient.invalidateQueries({ queryKey: keys.permissions });
  };
}

function DeleteCodeDialog({ code, onDone }: { code: UniqueCode; onDone: () => void }) {
  const invalidate = useInvalidateCodes();
  const remove = useMutation({
    mutationFn: () =>
      unwrap(adminApi.DELETE('/api/v1/unique-codes/{uniqueCodeId}', { params: { path: { uniqueCodeId: code.id } } })),
    onSuccess: () => {
      invalidate();
      onDone();
    },
  });
  return (
    <ConfirmDialog
      title="Delete Unique Code?"
      confirmLabel="Delete code"
      busy={remove.isPending}
      error={remove.error}
      failureLabel="Could not delete"
      onConfirm={() => remove.mutate()}
      onCancel={onDone}
    >
      <p>
        Code <code className="code">{code.code}</code> ({code.description}) will stop working at once, its{' '}
        {code.sharedLockCount} lock permission(s) will be removed and anyone logged in with it is logged out. This
        cannot be undone.
      </p>
    </ConfirmDialog>
  );
}

function ReleaseDeviceDialog({ code, onDone }: { code: UniqueCode; onDone: () => void }) {
  const invalidate = useInvalidateCodes();
  const release = useMutation({
    mutationFn: () =>
      unwrap(
        adminApi.DELETE('/api/v1/unique-codes/{uniqueCodeId}/device', { params: { path: { uniqueCodeId: code.id } } }),
      ),
    onSuccess: () => {
      invalidate();
      onDone();
    },
  });
  return (
    <ConfirmDialog
      title="Release device?"
      confirmLabel="Release device"
      busy={release.isPending}
      error={release.error}
      failureLabel="Could not release"
      onConfirm={() => release.mutate()}
      onCancel={onDone}
    >
      <p>
        The device <span className="mono">{code.device?.deviceId}</span> will be logged out of code{' '}
        <code className="code">{code.code}</code>. The next device to log in with the code will be bound to it.
      </p>
    </ConfirmDialog>
  );
}

export function NewCodeDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (c: UniqueCode) => void }) {
  const timeZone = useTimeZone();
  const invalidate = useInvalidateCodes();
  // Computed once per opening: the limits are "now"-relative and must not shift under the user's cursor.
  const limits = useMemo(() => {
    const now = new Date();
    const nowWall = wallTimeAt(now, timeZone);
    const max = maxExpiryWallTime(now, timeZone);
    const week = wallTimeAt(new Date(now.getTime() + 7 * 86_400_000), timeZone);
    return { min: toInputValue(nowWall), max: toInputValue(max), initial: toInputValue({ ...week, second: 0 }) };
  }, [timeZone]);
  const [description, setDescription] = useState('');
  const [expiry, setExpiry] = useState(limits.initial);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const create = useMutation({
    mutationFn: (expiresAt: string) =>
      unwrap(adminApi.POST('/api/v1/unique-codes', { body: { description: description.trim(), expiresAt } })),
    onSuccess: (code) => {
      invalidate();
      onCreated(code);
    },
  });

  const serverErrors = fieldErrors(create.error);
  // expiry-out-of-range may come without a field list; it is still about the expiry field.
  if (create.error instanceof ApiError && create.error.code === 'expiry-out-of-range' && !serverErrors['/expiresAt']) {
    serverErrors['/expiresAt'] = create.error.problem.detail ?? 'The expiry must be at most six months away.';
  }
  const errors = { ...serverErrors, ...localErrors };

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const text = description.trim();
    if (!text) found['/description'] = 'Enter a description so you can tell codes apart.';
    else if (text.length > 200) found['/description'] = 'Use at most 200 characters.';
    const wall = parseInputValue(expiry);
    let instant: Date | null = null;
    if (!wall) {
      found['/expiresAt'] = 'Pick an expiry date and time.';
    } else {
      instant = wallTimeToInstant(wall, timeZone);
      const now = new Date();
      const maxInstant = wallTimeToInstant(addMonths(wallTimeAt(now, timeZone), 6), timeZone);
      if (instant.getTime() <= now.getTime()) found['/expiresAt'] = 'The expiry must be in the future.';
      else if (instant.getTime() > maxInstant.getTime())
        found['/expiresAt'] = `A Unique Code can be valid for at most six months (until ${formatInstant(maxInstant.toISOString(), timeZone)}).`;
    }
    setLocalErrors(found);
    if (Object.keys(found).length === 0 && instant) create.mutate(instant.toISOString());
  }

  return (
    <Modal title="New Unique Code" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="Description" hint="For example: Plumber, Tuesday." error={errors['/description']}>
          <input
            value={description}
            maxLength={250}
            onChange={(e) => setDescription(e.target.value)}
            data-autofocus
          />
        </Field>
        <Field
          label="Expiry date and time"
          hint={`In ${timeZone}. At most six months from now.`}
          error={errors['/expiresAt']}
        >
          <input
            type="datetime-local"
            value={expiry}
            min={limits.min}
            max={limits.max}
            onChange={(e) => setExpiry(e.target.value)}
          />
        </Field>
        <ProblemAlert error={create.error} shownFields={['/description', '/expiresAt']} action="Could not create the code" />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
