import { useState, type FormEvent } from 'react';
import { problemMessage } from '../../api/problem';
import { getDeviceId, getDeviceName } from '../../auth/storage';
import { useRenameDevice } from './mutations';

/** The phone's name as the owner sees it, which the guest may change ("Anna's phone"). */
export function DeviceNameForm() {
  const [name, setName] = useState(() => getDeviceName() ?? '');
  const rename = useRenameDevice();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (name.trim()) rename.mutate(name.trim());
  }

  return (
    <form className="device-name" onSubmit={submit}>
      <label htmlFor="device-name">This phone’s name</label>
      <input id="device-name" value={name} maxLength={60} placeholder={getDeviceId()} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="btn btn-small" disabled={rename.isPending || !name.trim()}>
        Save name
      </button>
      <span role="status" className="small">
        {rename.isSuccess && !rename.isPending ? 'Saved: the lock owner sees this name.' : ''}
        {rename.error ? problemMessage(rename.error) : ''}
      </span>
    </form>
  );
}
