import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  /** Id of the element that says what the dialog is about (an alertdialog's message). */
  describedBy?: string;
  /** Changes when the dialog swaps its content (a wizard's step): focus then moves to the new content. */
  focusKey?: string;
}

// Open modals, innermost last: only that one answers Escape and Tab.
const openModals: HTMLElement[] = [];

/**
 * A modal built on a div rather than <dialog>, because jsdom has no showModal(); focus moves in on open,
 * Tab is kept inside, Escape closes, and focus returns to the opener on close. Keys are heard on the
 * document, not the dialog: a focused button that is removed (a step replaced) or disabled (busy) leaves
 * focus on <body>, and Escape must still close and Tab must come back in.
 */
export function Modal({ title, onClose, children, role = 'dialog', describedBy, focusKey }: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const opener = document.activeElement as HTMLElement | null;
    openModals.push(box);
    focusInitial(box);

    function onKeyDown(e: KeyboardEvent) {
      if (openModals[openModals.length - 1] !== box) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        onCloseRef.current();
      } else if (e.key === 'Tab') {
        keepTabInside(e, box!);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      openModals.splice(openModals.indexOf(box), 1);
      opener?.focus?.();
    };
  }, []);

  // The opening focus is the effect above; this one only follows later swaps of content.
  const shownKey = useRef(focusKey);
  useEffect(() => {
    if (shownKey.current === focusKey || !ref.current) return;
    shownKey.current = focusKey;
    focusInitial(ref.current);
  }, [focusKey]);

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="modal"
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        ref={ref}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

function focusInitial(box: HTMLElement) {
  (box.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(box)[0] ?? box).focus();
}

function keepTabInside(e: KeyboardEvent, box: HTMLElement) {
  const items = focusables(box);
  if (items.length === 0) {
    e.preventDefault();
    box.focus();
    return;
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && active !== box && box.contains(active);
  if (!inside) {
    e.preventDefault();
    (e.shiftKey ? last : first).focus();
  } else if (e.shiftKey && active === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

function focusables(root: HTMLElement): HTMLElement[] {
  return [
    ...root.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])',
    ),
  ];
}
