import { lazy, Suspense, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
// Types only: making a file is its own chunk (as is each format's code), fetched when one is made.
import type { ExportView } from './make-export.ts';

export interface ExportMenuProps extends ExportView {
  /** Whether the timeline is drawn: the image exports copy it. */
  timelineShown: boolean;
  /** Saves a file (default: an object URL and `<a download>`). */
  save?: (blob: Blob, fileName: string) => void;
}

// The list and the making of files are fetched when the menu is first opened: few readers export.
const ExportList = lazy(() => import('./ExportList.tsx').then((m) => ({ default: m.ExportList })));

/**
 * The export menu: a disclosure button and a list of formats. Each makes its file in the page
 * from the shown events in the period (CSV, Tarikh JSON, iCalendar) or from the drawn timeline
 * (SVG, PNG) and saves it; a live region says what was saved.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const listId = useId();
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    close();
  };
  const closeOnLeave = (event: FocusEvent) => {
    if (!container.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  // On every button of the menu: Escape closes it, and so does focus leaving it.
  const dismissal = { onKeyDown: closeOnEscape, onBlur: closeOnLeave };

  return (
    <div ref={container} className="relative">
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        onClick={() => setOpen((was) => !was)}
        {...dismissal}
        className="inline-flex min-h-11 min-w-11 items-center rounded-md border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        {t('features.export.button')}
        {/* A flex item of its own: the space before it is kept by a margin, not by a space. */}
        <span aria-hidden="true" className="ms-1.5">
          ▾
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportList {...props} id={listId} dismissal={dismissal} onChosen={close} onStatus={setStatus} />
        </Suspense>
      )}
      <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
        {status}
      </p>
    </div>
  );
}
