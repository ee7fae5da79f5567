import { useLocale } from '../../hooks/use-locale.ts';
import { formatEventDate } from '../../i18n/format-date.ts';
import type { TimeWindow } from '../../model/time-scale.ts';

interface ViewCaptionProps {
  /** The filters in force, in words (describeFilters); '' for none. */
  filters: string;
  /** The period shown, if the view has one. */
  period?: TimeWindow | undefined;
  className?: string;
}

/**
 * What the view holds, in one line of words: the filters in force and the period. For where the
 * filter panel is not there to say it: on paper, and in an embedded view.
 */
export function ViewCaption({ filters, period, className }: ViewCaptionProps) {
  const { t, lang } = useLocale();
  const parts = [filters || t('explorer.caption.all')];
  if (period) parts.push(formatEventDate({ start: period.from, end: period.to, precision: 'day', range: true }, lang));
  return <p className={className}>{parts.join(' · ')}</p>;
}
