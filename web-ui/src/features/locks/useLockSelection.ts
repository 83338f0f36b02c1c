import { useState } from 'react';
import type { Lock } from '../../api/types';

/** Locks ticked for sharing; kept by id across pages and searches, so a share can span several pages. */
export function useLockSelection() {
  const [selected, setSelected] = useState<Map<string, Lock>>(new Map());

  function toggle(lock: Lock) {
    setSelected((s) => {
      const next = new Map(s);
      if (next.has(lock.id)) next.delete(lock.id);
      else next.set(lock.id, lock);
      return next;
    });
  }

  /** Ticks every lock shown, or unticks them all if every one already is. */
  function togglePage(shown: Lock[]) {
    const allShown = shown.every((l) => selected.has(l.id));
    setSelected((s) => {
      const next = new Map(s);
      for (const l of shown) {
        if (allShown) next.delete(l.id);
        else next.set(l.id, l);
      }
      return next;
    });
  }

  return { selected, toggle, togglePage, clear: () => setSelected(new Map()) };
}
