import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseButton } from '../CloseButton.tsx';

interface FilterDrawerProps {
  /** Whether the drawer is open. */
  open: boolean;
  /** Called when the reader closes it: the close button, Escape, a tap beside it, or "Show the events". */
  onClose: () => void;
  /** Said at the foot of the drawer, since the header's count is behind it: how many events pass. */
  count: ReactNode;
  /** The filters. */
  children: ReactNode;
}

/**
 * The filters on a phone: a modal drawer from the inline start (the left, or the right in
 * Arabic), built on <dialog> so that focus moves into it and stays there, the page behind is
 * inert, Escape closes it, and focus goes back to the button that opened it.
 */
export function FilterDrawer({ open, onClose, count, children }: FilterDrawerProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const latest = useRef(onClose);
  useEffect(() => {
    latest.current = onClose;
  });

  useEffect(() => {
    const node = dialog.current;
    if (!node || typeof node.showModal !== 'function') return;
    if (open && !node.open) node.showModal();
    if (!open && node.open) node.close();
  }, [open]);

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    // Escape, or the dialog closed by the browser: the state follows.
    const onCancel = (event: Event) => {
      event.preventDefault();
      latest.current();
    };
    // A tap on the backdrop lands on the dialog itself, outside its box.
    const onClick = (event: MouseEvent) => {
      if (event.target !== node) return;
      const box = node.getBoundingClientRect();
      const inside =
        event.clientX >= box.left &&
        event.clientX <= box.right &&
        event.clientY >= box.top &&
        event.clientY <= box.bottom;
      if (!inside) latest.current();
    };
    node.addEventListener('cancel', onCancel);
    node.addEventListener('click', onClick);
    return () => {
      node.removeEventListener('cancel', onCancel);
      node.removeEventListener('click', onClick);
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      // The panel inside has its own heading, with the button that clears the filters.
      aria-label={t('explorer.filters.heading')}
      className="drawer fixed inset-y-0 start-0 end-auto m-0 flex h-dvh max-h-none w-[min(22rem,calc(100vw-2.75rem))] max-w-none flex-col bg-white text-zinc-900 shadow-xl backdrop:bg-zinc-950/50 not-open:hidden dark:bg-zinc-900 dark:text-zinc-100"
    >
      <div className="flex justify-end border-b border-zinc-200 px-4 dark:border-zinc-800">
        <CloseButton label={t('explorer.filters.close')} onClick={onClose} className="-me-2 size-11" />
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-4">{children}</div>
      <div className="flex items-center justify-between gap-3 border-t border-zinc-200 px-4 py-2 dark:border-zinc-800">
        {count}
        <button
          type="button"
          onClick={onClose}
          className="min-h-11 rounded-md bg-zinc-900 px-4 font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        >
          {t('explorer.filters.done')}
        </button>
      </div>
    </dialog>
  );
}
