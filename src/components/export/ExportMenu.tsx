import { lazy, Suspense, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusTables } from '../../model/corpus-parts.ts';
import type { CorpusEvent } from '../../model/corpus-schema.ts';
import type { Language } from '../../model/corpus-vocabulary.ts';
import type { EventIndex } from '../../model/event-index.ts';
import type { EventFilters } from '../../model/filter-events.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
// Types only: making a file is its own chunk (as is each format's code), fetched when one is made.
import type { rasterizeSvg } from './export-timeline-image.ts';

export interface ExportMenuProps {
  /** The open corpus. */
  corpus: CorpusTables;
  /** Its events, in time order. */
  index: EventIndex;
  /** The same events complete, once all are in (a split corpus brings them after the rest). */
  events: readonly CorpusEvent[] | undefined;
  /** The filter result: shown[i] is 1 for the events that pass. */
  shown: Uint8Array;
  /** The period shown: only events that overlap it are exported; without one, every shown event. */
  window: TimeWindow | undefined;
  /** The filters in force, for file names and the image's title. */
  filters: EventFilters;
  /** The UI language: names, titles and summaries are written in it. */
  lang: Language;
  /** Whether the timeline is drawn: the image exports copy it. */
  timelineShown: boolean;
  /** The open corpus file's name; undefined for the bundled corpus. */
  corpusName?: string | undefined;
  /** Finds the drawn timeline's surface (default: by its data attribute). */
  findTimeline?: () => Element | null;
  /** The clock for the calendar's time stamps. */
  now?: () => Date;
  /** Saves a file (default: an object URL and `<a download>`). */
  save?: (blob: Blob, fileName: string) => void;
  /** Turns SVG text into a PNG (default: an <img> drawn on a canvas). */
  rasterize?: typeof rasterizeSvg;
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
