import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../../i18n/format-date.ts';
import type { Corpus, CorpusEvent } from '../../model/corpus-schema.ts';
import { EVENT_TYPES, type Language } from '../../model/corpus-vocabulary.ts';
import type { EventIndex } from '../../model/event-index.ts';
import { exportFileName, type ExportExtension } from '../../model/export-filename.ts';
import type { EventFilters } from '../../model/filter-events.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
import { positionsShownInWindow } from '../../model/window-selection.ts';
import { downloadBlob } from './download-file.ts';
// Types only: each format's code is its own chunk, fetched when a file of that format is made.
import type { rasterizeSvg } from './export-timeline-image.ts';

export interface ExportMenuProps {
  /** The open corpus. */
  corpus: Corpus;
  /** Its events, in time order. */
  index: EventIndex;
  /** The filter result: shown[i] is 1 for the events that pass. */
  shown: Uint8Array;
  /** The period shown: only events that overlap it are exported. */
  window: TimeWindow;
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
const MAX_OUTLETS = 6;

const ITEM =
  'flex min-h-11 w-full items-center px-3 py-1.5 text-start text-sm hover:bg-zinc-100 aria-disabled:text-zinc-500 dark:hover:bg-zinc-800 dark:aria-disabled:text-zinc-400';

/**
 * The export menu: a disclosure button and a list of formats. Each makes its file in the page
 * from the shown events in the period (CSV, Tarikh JSON, iCalendar) or from the drawn timeline
 * (SVG, PNG) and saves it; a live region says what was saved.
 */
export function ExportMenu(props: ExportMenuProps) {
  const { corpus, index, shown, window, filters, lang, timelineShown, corpusName } = props;
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const listId = useId();
  const hintId = useId();
  const container = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const save = props.save ?? downloadBlob;

  const subject = { ...filters, window };
  const eventsNow = (): CorpusEvent[] => positionsShownInWindow(index, shown, window).map((i) => index.events[i]!);

  function imageTexts(events: readonly CorpusEvent[]) {
    const list = new Intl.ListFormat(lang, { type: 'conjunction' });
    const names = {
      country: new Map(corpus.countries.map((c) => [c.code, c.name[lang]])),
      person: new Map(corpus.people.map((p) => [p.id, p.name[lang]])),
    };
    const chosen = [
      ...filters.countries.map((code) => names.country.get(code) ?? code),
      ...filters.people.map((id) => names.person.get(id) ?? id),
      ...filters.types.map((type) => t(`eventType.${type}`)),
      ...(filters.q.trim() ? [t('features.export.search', { q: filters.q.trim() })] : []),
    ];
    const period = formatEventDate({ start: window.from, end: window.to, precision: 'day', range: true }, lang);
    const view = t('features.export.timeline');
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    const outlets = [
      ...new Set(events.flatMap((e) => e.sources.map((s) => articles.get(s.article)?.outlet.name[lang] ?? ''))),
    ].filter(Boolean);
    const shownOutlets = outlets.length > MAX_OUTLETS ? [...outlets.slice(0, MAX_OUTLETS), '…'] : outlets;
    return {
      title: chosen.length
        ? t('features.export.titleFiltered', { view, period, filters: list.format(chosen) })
        : t('features.export.title', { view, period }),
      source: t('features.export.source', {
        corpus: corpusName ?? t('features.export.bundled'),
        outlets: list.format(shownOutlets),
      }),
      legend: EVENT_TYPES.map((type) => ({ type, label: t(`eventType.${type}`) })),
      rtl: lang === 'ar',
    };
  }

  async function make(format: Format, events: CorpusEvent[]): Promise<{ blob: Blob; note?: string }> {
    switch (format) {
      case 'csv': {
        const { exportEventsCsv } = await import('../../model/export-csv.ts');
        return { blob: new Blob([exportEventsCsv(events, corpus, lang)], { type: 'text/csv;charset=utf-8' }) };
      }
      case 'json': {
        const { exportCorpusSubset, serializeCorpus } = await import('../../model/export-json.ts');
        return {
          blob: new Blob([serializeCorpus(exportCorpusSubset(corpus, events))], { type: 'application/json' }),
        };
      }
      case 'ics': {
        const { exportEventsIcs } = await import('../../model/export-ics.ts');
        const ics = exportEventsIcs(events, corpus, {
          lang,
          stamp: (props.now ?? (() => new Date()))(),
          calendarName: t('features.export.calendarName'),
          omittedNote: (count) => t('features.export.icsOmitted', { count }),
          rangeNote: t('date.range'),
          typeLabel: (type) => t(`eventType.${type}`),
        });
        const note = ics.omitted.length ? t('features.export.icsOmitted', { count: ics.omitted.length }) : undefined;
        return { blob: new Blob([ics.text], { type: 'text/calendar;charset=utf-8' }), ...(note ? { note } : {}) };
      }
      case 'svg':
      case 'png': {
        const drawing = await import('./export-timeline-image.ts');
        const surface = (props.findTimeline ?? drawing.findTimelineSurface)();
        if (!surface) throw new Error(t('features.export.imageUnavailable'));
        const image = drawing.composeTimelineImage(surface, imageTexts(events));
        const text = drawing.serializeSvg(image.svg);
        if (format === 'svg') return { blob: new Blob([text], { type: 'image/svg+xml' }) };
        return { blob: await (props.rasterize ?? drawing.rasterizeSvg)(text, image) };
      }
    }
  }

  async function run(format: Format) {
    const image = format === 'svg' || format === 'png';
    if (image && !timelineShown) return setStatus(t('features.export.imageUnavailable'));
    const events = eventsNow();
    if (events.length === 0) return setStatus(t('features.export.empty'));
    setOpen(false);
    toggle.current?.focus();
    const fileName = exportFileName(image ? { ...subject, view: 'timeline' } : subject, format);
    try {
      const { blob, note } = await make(format, events);
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
        {t('features.export.button')} <span aria-hidden="true">▾</span>
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
