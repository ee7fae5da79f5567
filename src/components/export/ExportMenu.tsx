import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorpusTables } from '../../model/corpus-parts.ts';
import type { CorpusEvent } from '../../model/corpus-schema.ts';
import type { Language } from '../../model/corpus-vocabulary.ts';
import type { EventIndex } from '../../model/event-index.ts';
import { exportFileName, type ExportExtension } from '../../model/export-filename.ts';
import type { EventFilters } from '../../model/filter-events.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
import { positionsShownInWindow } from '../../model/window-selection.ts';
import { downloadBlob } from './download-file.ts';
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

type Format = ExportExtension;
const FORMATS: readonly Format[] = ['csv', 'json', 'ics', 'svg', 'png'];

const ITEM =
  'flex min-h-11 w-full items-center px-3 py-1.5 text-start text-sm hover:bg-zinc-100 aria-disabled:text-zinc-500 dark:hover:bg-zinc-800 dark:aria-disabled:text-zinc-400';

/**
 * The export menu: a disclosure button and a list of formats. Each makes its file in the page
 * from the shown events in the period (CSV, Tarikh JSON, iCalendar) or from the drawn timeline
 * (SVG, PNG) and saves it; a live region says what was saved.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { corpus, index, events: complete, shown, window, filters, lang, timelineShown, corpusName } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const listId = useId();
  const hintId = useId();
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const save = props.save ?? downloadBlob;

  const subject = { ...filters, window };
  const eventsNow = (all: readonly CorpusEvent[]): CorpusEvent[] =>
    positionsShownInWindow(index, shown, window).map((i) => all[i]!);

  async function run(format: Format) {
    const image = format === 'svg' || format === 'png';
    if (image && !timelineShown) return setStatus(t('features.export.imageUnavailable'));
    if (!complete) return setStatus(t('corpus.texts.exportPending'));
    const events = eventsNow(complete);
    if (events.length === 0) return setStatus(t('features.export.empty'));
    setOpen(false);
    toggle.current?.focus();
    const fileName = exportFileName(image ? { ...subject, view: 'timeline' } : subject, format);
    try {
      const { makeExport } = await import('./make-export.ts');
      const { blob, note } = await makeExport(format, events, {
        corpus,
        filters,
        window,
        lang,
        t,
        corpusName,
        now: props.now,
        findTimeline: props.findTimeline,
        rasterize: props.rasterize,
      });
      save(blob, fileName);
      setStatus([t('features.export.done', { file: fileName }), note].filter(Boolean).join(' '));
    } catch (error) {
      setStatus(t('features.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
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
        aria-controls={listId}
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
      <ul
        id={listId}
        hidden={!open}
        aria-label={t('features.export.menu')}
        className="absolute end-0 z-20 mt-1 min-w-56 rounded-md border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {FORMATS.map((format) => {
          const unavailable = (format === 'svg' || format === 'png') && !timelineShown;
          return (
            <li key={format}>
              <button
                type="button"
                aria-disabled={unavailable || undefined}
                aria-describedby={unavailable ? hintId : undefined}
                onClick={() => void run(format)}
                className={ITEM}
                {...dismissal}
              >
                {t(`features.export.${format}`)}
              </button>
            </li>
          );
        })}
      </ul>
      <span id={hintId} hidden>
        {t('features.export.imageUnavailable')}
      </span>
      <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
        {status}
      </p>
    </div>
  );
}
