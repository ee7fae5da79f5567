import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../../i18n/format-date.ts';
import { formatNumber } from '../../i18n/format-number.ts';
import { fromDayNumber } from '../../model/calendar-date.ts';
import type { Language } from '../../model/corpus-schema.ts';
import { typeAt, type EventIndex } from '../../model/event-index.ts';
import type { EventTexts } from '../../model/event-texts.ts';
import { useTextsProgress } from '../../hooks/use-texts.ts';
import type { CountMark, LaneSet } from '../../model/lane-layout.ts';
import type { TimelineLookup } from './Timeline.tsx';

// Counts past this are written compactly ("12K", "12 тыс."), so they fit their bin.
const COMPACT_FROM = 10_000;

/** The words of the marks in the UI language: accessible names, count texts, lane labels. */
export function useMarkLabels(
  index: EventIndex,
  texts: EventTexts,
  laneSet: LaneSet,
  lookup: TimelineLookup,
  lang: Language,
) {
  const { t } = useTranslation();
  // A new `describe` as a split corpus's texts come in, so that the drawn marks take their titles.
  const progress = useTextsProgress(texts);

  // An event's title; until its texts are in (and asked for: it is on screen), its people.
  const people = useMemo(() => new Intl.ListFormat(lang, { type: 'conjunction' }), [lang]);
  const titleOf = useCallback(
    (position: number) => {
      const complete = progress.loaded === 0 ? undefined : texts.at(position);
      if (complete) return { title: complete.title[lang], final: true };
      texts.want(position);
      return { title: people.format(index.events[position]!.people.map(lookup.personName)), final: false };
    },
    [index, texts, progress, lookup, lang, people],
  );

  // Marks enter by the hundred on a zoom frame, and formatting a date is the costly part of a
  // name: each event is named once per language, then the name is reused.
  const names = useMemo(() => new Map<number, string>(), [index, t, lang]);
  const describe = useCallback(
    (position: number) => {
      const event = index.events[position]!;
      let label = names.get(position);
      if (label === undefined) {
        const { title, final } = titleOf(position);
        label = t('timeline.mark', {
          type: t(`eventType.${event.type}`),
          date: formatEventDate(event.date, lang),
          title,
        });
        if (final) names.set(position, label);
      }
      return { id: event.id, type: event.type, label };
    },
    [index, titleOf, t, lang, names],
  );

  // A count's figure ("+12") is drawn on every frame of a gesture, where hundreds of counts take
  // new values; its words ("12 events") only on the SVG at rest: each is made when first needed.
  const countTexts = useMemo(() => new Map<number, string>(), [lang]);
  const countText = useCallback(
    ({ count }: CountMark) => {
      let text = countTexts.get(count);
      if (text === undefined) {
        const figure =
          count < COMPACT_FROM
            ? formatNumber(count, lang)
            : new Intl.NumberFormat(lang, { notation: 'compact', numberingSystem: 'latn' }).format(count);
        text = `+${figure}`;
        countTexts.set(count, text);
      }
      return text;
    },
    [lang, countTexts],
  );
  const countWords = useMemo(() => new Map<number, string>(), [t]);
  const countShort = useCallback(
    ({ count }: CountMark) => {
      let words = countWords.get(count);
      if (words === undefined) countWords.set(count, (words = t('events.count', { count })));
      return words;
    },
    [t, countWords],
  );

  const nameCount = useCallback(
    (count: CountMark) => {
      const range = formatEventDate(
        { start: fromDayNumber(count.start), end: fromDayNumber(count.end - 1), precision: 'day', range: true },
        lang,
      );
      return t('timeline.count', { count: count.count, range });
    },
    [t, lang],
  );

  const laneLabel = useCallback(
    (key: string) => {
      if (laneSet.mode === 'none') return t('timeline.lanes.all');
      if (key === '') return t('timeline.lanes.nobody');
      return laneSet.mode === 'country' ? lookup.countryName(key) : lookup.personName(key);
    },
    [laneSet.mode, lookup, t],
  );

  const typeOf = useCallback((position: number) => typeAt(index, position), [index]);

  return { describe, titleOf, typeOf, countText, countShort, nameCount, laneLabel, names: progress.loaded };
}
