import { useState } from 'react';
import { CopyIcon } from '../../components/States';

export function CopyButton({ text }: { text: string }) {
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
