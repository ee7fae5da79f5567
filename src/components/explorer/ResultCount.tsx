import { useTranslation } from 'react-i18next';

interface ResultCountProps {
  /** How many events pass the filters. */
  shown: number;
  /** How many events the corpus has. */
  total: number;
}

/**
 * "Showing 3 of 8 events", or "8 events" when nothing is filtered out. A polite live region, so
 * that a screen reader hears the new count after each change of filter.
 */
export function ResultCount({ shown, total }: ResultCountProps) {
  const { t } = useTranslation();
  return (
    <p role="status" className="text-sm text-zinc-700 tabular-nums dark:text-zinc-300">
      {shown === total ? t('events.count', { count: total }) : t('explorer.resultCount.some', { shown, count: total })}
    </p>
  );
}
