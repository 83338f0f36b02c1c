import { useState, type ChangeEvent, type FormEvent } from 'react';
import type { Lock, UniqueCode } from '../../api/types';
import { Field } from '../../components/Field';
import { AUDIT_ACTIONS, humanAction } from './auditActions';
import { NO_FILTER, type ActivityFilter } from './filters';

interface ActivityFiltersProps {
  locks: Lock[];
  codes: UniqueCode[];
  timeZone: string;
  onApply: (filter: ActivityFilter) => void;
}

/** The filter form: edits a draft, hands it over on "Apply filters" once From is before To. */
export function ActivityFilters({ locks, codes, timeZone, onApply }: ActivityFiltersProps) {
  const [draft, setDraft] = useState<ActivityFilter>(NO_FILTER);
  const [rangeError, setRangeError] = useState<string | null>(null);

  function apply(e: FormEvent) {
    e.preventDefault();
    // Same-format wall times ("YYYY-MM-DDTHH:mm") compare correctly as strings.
    if (draft.from && draft.to && draft.from >= draft.to) {
      setRangeError('“To” must be after “From”.');
      return;
    }
    setRangeError(null);
    onApply(draft);
  }

  function clear() {
    setDraft(NO_FILTER);
    setRangeError(null);
    onApply(NO_FILTER);
  }

  const set = (k: keyof ActivityFilter) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setDraft((d) => ({ ...d, [k]: e.target.value }));

  return (
    <form className="filters" onSubmit={apply} aria-label="Activity filters">
      <Field label="Lock">
        <select value={draft.lockId} onChange={set('lockId')}>
          <option value="">All locks</option>
          {locks.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Unique Code">
        <select value={draft.uniqueCodeId} onChange={set('uniqueCodeId')}>
          <option value="">All codes</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.code} — {c.description}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Action">
        <select value={draft.action} onChange={set('action')}>
          <option value="">All actions</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {humanAction(a)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={`From (${timeZone})`} error={rangeError ?? undefined}>
        <input type="datetime-local" value={draft.from} onChange={set('from')} />
      </Field>
      <Field label={`To (${timeZone})`}>
        <input type="datetime-local" value={draft.to} onChange={set('to')} />
      </Field>
      <div className="filter-actions">
        <button type="submit" className="btn btn-primary">
          Apply filters
        </button>
        <button type="button" className="btn" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
