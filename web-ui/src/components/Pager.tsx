import { useCallback, useState } from 'react';

/**
 * Previous/next over cursor pagination: the API only hands out "next" cursors, so the cursors of the
 * pages already seen are kept on a stack to go back.
 */
export function useCursorPager() {
  const [stack, setStack] = useState<(string | undefined)[]>([undefined]);
  const cursor = stack[stack.length - 1];
  const page = stack.length;
  const next = useCallback((nextCursor: string) => setStack((s) => [...s, nextCursor]), []);
  const previous = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([undefined]), []);
  return { cursor, page, next, previous, reset };
}

interface PagerProps {
  page: number;
  nextCursor: string | null | undefined;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
  label: string;
}

export function Pager({ page, nextCursor, onNext, onPrevious, label }: PagerProps) {
  if (page === 1 && !nextCursor) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" className="btn" onClick={onPrevious} disabled={page <= 1}>
        ‹ Previous
      </button>
      <span aria-live="polite">Page {page}</span>
      <button type="button" className="btn" onClick={() => nextCursor && onNext(nextCursor)} disabled={!nextCursor}>
        Next ›
      </button>
    </nav>
  );
}
