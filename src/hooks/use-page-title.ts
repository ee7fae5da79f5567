import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '../i18n/format-date.ts';
import type { EventSkeleton } from '../model/corpus-parts.ts';
import type { CorpusEvent, Language } from '../model/corpus-schema.ts';

interface PageSubject {
  /** The open event as every view knows it, if one is open. */
  skeleton?: EventSkeleton | undefined;
  /** The open event complete, once its texts are in. */
  event?: CorpusEvent | undefined;
  /** The filters in force, in words (describeFilters); '' for none. */
  filters: string;
  lang: Language;
}

/**
 * Names the page (the tab, the history list, a bookmark) after what it shows, in the UI language:
 * the open event (its title, or its type and date until its texts are in), else the filters in
 * force, else the app.
 */
export function usePageTitle({ skeleton, event, filters, lang }: PageSubject): void {
  const { t } = useTranslation();
  const subject = event
    ? event.title[lang]
    : skeleton
      ? `${t(`eventType.${skeleton.type}`)}, ${formatEventDate(skeleton.date, lang)}`
      : filters;
  const title = subject ? t('app.titleOf', { subject }) : t('app.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
