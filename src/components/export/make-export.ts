import type { TFunction } from 'i18next';
import { describeFilters } from '../../i18n/describe-filters.ts';
import { formatEventDate } from '../../i18n/format-date.ts';
import { formatNumber } from '../../i18n/format-number.ts';
import type { CorpusTables } from '../../model/corpus-parts.ts';
import type { CorpusEvent } from '../../model/corpus-schema.ts';
import { EVENT_TYPES, LANGUAGES, type Language } from '../../model/corpus-vocabulary.ts';
import { exportFileName, type ExportExtension } from '../../model/export-filename.ts';
import type { EventFilters } from '../../model/filter-events.ts';
import type { TimeWindow } from '../../model/time-scale.ts';
import { positionsShownInWindow } from '../../model/window-selection.ts';
import type { EventIndex } from '../../model/event-index.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import type { rasterizeSvg } from './export-timeline-image.ts';

/** The view a file is made of, as the export menu has it. */
export interface ExportView {
  /** The open corpus. */
  corpus: CorpusTables;
  /** Its events, in time order. */
  index: EventIndex;
  /** The events' texts, brought in (by shard) for the events a file is made of. */
  texts: EventTexts;
  /** The filter result: shown[i] is 1 for the events that pass. */
  shown: Uint8Array;
  /** The period shown: only events that overlap it are exported; without one, every shown event. */
  window: TimeWindow | undefined;
  /** The filters in force, for file names and the image's title. */
  filters: EventFilters;
  /** The UI language: names, titles and summaries are written in it. */
  lang: Language;
  /** The open corpus file's name; undefined for the bundled corpus. */
  corpusName?: string | undefined;
  /** Finds the drawn timeline's surface (default: by its data attribute). */
  findTimeline?: () => Element | null;
  /** The clock for the calendar's time stamps. */
  now?: () => Date;
  /** Turns SVG text into a PNG (default: an <img> drawn on a canvas). */
  rasterize?: typeof rasterizeSvg;
}

/** What a file is made from besides its events: the view it copies, in the UI language. */
export interface ExportContext {
  corpus: CorpusTables;
  filters: EventFilters;
  /** The period shown; undefined when the view holds every shown event (the list, the network). */
  window: TimeWindow | undefined;
  lang: Language;
  t: TFunction;
  /** The open corpus file's name; undefined for the bundled corpus. */
  corpusName: string | undefined;
  /** The clock for the calendar's time stamps. */
  now: (() => Date) | undefined;
  /** Finds the drawn timeline's surface (default: by its data attribute). */
  findTimeline: (() => Element | null) | undefined;
  /** Turns SVG text into a PNG (default: an <img> drawn on a canvas). */
  rasterize: typeof rasterizeSvg | undefined;
}

const MAX_OUTLETS = 6;

/**
 * Events one file is made of at most: their texts come in by shard, and a file of a million
 * events would be a gigabyte made in the page.
 */
export const EXPORT_LIMIT = 100_000;

/** The words a format writes: the corpus format keeps every language, the others the reader's. */
function languagesOf(format: ExportExtension, lang: Language): readonly Language[] {
  if (format === 'json') return LANGUAGES;
  return format === 'csv' || format === 'ics' ? [lang] : [];
}

/**
 * Makes the file of `format` from the shown events in the period, as the export menu asks: their
 * texts are brought in first (by shard, for a corpus loaded in parts), then the file is made and
 * saved. `say` is told each step (the menu's live region).
 */
export async function exportView(
  format: ExportExtension,
  view: ExportView & { t: TFunction; save: (blob: Blob, fileName: string) => void },
  say: (status: string) => void,
): Promise<void> {
  const { index, texts, shown, window, filters, lang, t } = view;
  const n = (value: number) => formatNumber(value, lang);
  const positions = positionsShownInWindow(index, shown, window);
  if (positions.length === 0) return say(t('features.export.empty'));
  if (positions.length > EXPORT_LIMIT)
    return say(t('features.export.tooMany', { count: positions.length, limit: n(EXPORT_LIMIT) }));
  const image = format === 'svg' || format === 'png';
  const fileName = exportFileName({ ...filters, window, ...(image ? { view: 'timeline' as const } : {}) }, format);
  const events: CorpusEvent[] = [];
  const failure = await texts.load(positions, languagesOf(format, lang), (event) => events.push(event), {
    onProgress: (done, total) =>
      done < total && say(t('features.export.loading', { count: positions.length, done: n(done), total: n(total) })),
  });
  if (failure) return say(t('features.export.textsFailed', { file: failure.file }));
  try {
    const { blob, note } = await makeExport(format, events, {
      corpus: view.corpus,
      filters,
      window,
      lang,
      t,
      corpusName: view.corpusName,
      now: view.now,
      findTimeline: view.findTimeline,
      rasterize: view.rasterize,
    });
    view.save(blob, fileName);
    say([t('features.export.done', { file: fileName }), note].filter(Boolean).join(' '));
  } catch (error) {
    say(t('features.export.failed', { message: error instanceof Error ? error.message : String(error) }));
  }
}

/**
 * Makes the file of `format` from `events` (CSV, Tarikh JSON, iCalendar) or from the drawn
 * timeline (SVG, PNG). Its own chunk, as is each format's code: the menu loads them when used.
 */
export async function makeExport(
  format: ExportExtension,
  events: CorpusEvent[],
  context: ExportContext,
): Promise<{ blob: Blob; note?: string }> {
  const { corpus, lang, t } = context;
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
        stamp: (context.now ?? (() => new Date()))(),
        calendarName: t('features.export.calendarName'),
        omittedNote: (count) => t('features.export.icsOmitted', { count }),
        rangeNote: t('date.range'),
        rangeTitle: (event) =>
          t('features.export.icsRangeTitle', { title: event.title[lang], dates: formatEventDate(event.date, lang) }),
        typeLabel: (type) => t(`eventType.${type}`),
      });
      const note = ics.omitted.length ? t('features.export.icsOmitted', { count: ics.omitted.length }) : undefined;
      return { blob: new Blob([ics.text], { type: 'text/calendar;charset=utf-8' }), ...(note ? { note } : {}) };
    }
    case 'svg':
    case 'png': {
      const drawing = await import('./export-timeline-image.ts');
      const surface = (context.findTimeline ?? drawing.findTimelineSurface)();
      if (!surface) throw new Error(t('features.export.imageUnavailable'));
      const image = drawing.composeTimelineImage(surface, imageTexts(events, context));
      const text = drawing.serializeSvg(image.svg);
      if (format === 'svg') return { blob: new Blob([text], { type: 'image/svg+xml' }) };
      return { blob: await (context.rasterize ?? drawing.rasterizeSvg)(text, image) };
    }
  }
}

/** The image's title (the view, its period and filters), source line and legend. */
function imageTexts(events: readonly CorpusEvent[], { corpus, filters, window, lang, t, corpusName }: ExportContext) {
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  const countries = new Map(corpus.countries.map((c) => [c.code, c.name[lang]]));
  const people = new Map(corpus.people.map((p) => [p.id, p.name[lang]]));
  const chosen = describeFilters(
    filters,
    { countryName: (code) => countries.get(code) ?? code, personName: (id) => people.get(id) ?? id },
    lang,
    t,
  );
  // Images are made of the timeline, which always has a window; the events' own span otherwise.
  const from = window?.from ?? events[0]?.date.start;
  const to = window?.to ?? events.reduce((last, e) => (e.date.end > last ? e.date.end : last), from ?? '');
  const period = from && to ? formatEventDate({ start: from, end: to, precision: 'day', range: true }, lang) : '';
  const view = t('features.export.timeline');
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const outlets = [
    ...new Set(events.flatMap((e) => e.sources.map((s) => articles.get(s.article)?.outlet.name[lang] ?? ''))),
  ].filter(Boolean);
  const shownOutlets = outlets.length > MAX_OUTLETS ? [...outlets.slice(0, MAX_OUTLETS), '…'] : outlets;
  return {
    title: chosen
      ? t('features.export.titleFiltered', { view, period, filters: chosen })
      : t('features.export.title', { view, period }),
    source: t('features.export.source', {
      corpus: corpusName ?? t('features.export.bundled'),
      outlets: list.format(shownOutlets),
    }),
    legend: [
      ...EVENT_TYPES.map((type) => ({ kind: type, label: t(`eventType.${type}`) })),
      { kind: 'period' as const, label: t('timeline.legend.range') },
      { kind: 'count' as const, label: t('timeline.legend.count') },
      { kind: 'link' as const, label: t('timeline.legend.link') },
    ],
    rtl: lang === 'ar',
  };
}
