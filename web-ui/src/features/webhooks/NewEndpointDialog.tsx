import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api/problem';
import type { EventType, WebhookEndpointWithSecret } from '../../api/types';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EVENT_TYPES } from './eventTypes';
import { useCreateWebhookEndpoint } from './mutations';

interface Props {
  onClose: () => void;
  onCreated: (created: WebhookEndpointWithSecret) => void;
}

export function NewEndpointDialog({ onClose, onCreated }: Props) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [types, setTypes] = useState<EventType[]>([]);
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const create = useCreateWebhookEndpoint();
  const errors = { ...fieldErrors(create.error), ...localErrors };

  function toggle(type: EventType, on: boolean) {
    setTypes((current) => (on ? [...current, type] : current.filter((t) => t !== type)));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^https?:\/\/\S+$/i.test(url.trim())) found['/url'] = 'Enter the https URL of your receiver.';
    if (types.length === 0) found['/eventTypes'] = 'Choose at least one event type.';
    setLocalErrors(found);
    if (Object.keys(found).length === 0) {
      create.mutate({ url: url.trim(), description: description.trim(), eventTypes: types }, { onSuccess: onCreated });
    }
  }

  return (
    <Modal title="Add webhook endpoint" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label="Endpoint URL" hint="https, reachable from the internet." error={errors['/url']}>
          <input value={url} maxLength={2000} onChange={(e) => setUrl(e.target.value)} data-autofocus />
        </Field>
        <Field label="Description" hint="Optional, for example: Booking system." error={errors['/description']}>
          <input value={description} maxLength={200} onChange={(e) => setDescription(e.target.value)} />
        </Field>
        <fieldset className="field" aria-describedby={errors['/eventTypes'] ? 'event-types-error' : undefined}>
          <legend>Event types</legend>
          {EVENT_TYPES.map(({ type, label }) => (
            <label key={type} className="selection">
              <input type="checkbox" checked={types.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />{' '}
              {label} <span className="mono small">{type}</span>
            </label>
          ))}
          {errors['/eventTypes'] && (
            <p className="field-error" id="event-types-error">
              {errors['/eventTypes']}
            </p>
          )}
        </fieldset>
        <ProblemAlert error={create.error} shownFields={['/url', '/description', '/eventTypes']} action="Could not add the endpoint" />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? 'Adding…' : 'Add endpoint'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
