import { useTranslation } from 'react-i18next';

interface ResultCountProps {
  /** How many events pass the filters. */
  shown: number;
  /** How many events the corpus has. */
  total: number;
  /** A search's answer is on its way: its count is not known yet. */
  searching?: boolean;
}

/**
 * "Showing 3 of 8 events", "8 events" when nothing is filtered out, or "Searching 8 events…"
 * while a search's answer is on its way. A polite live region, so that a screen reader hears the
 * new count after each change of filter.
 */
export function ResultCount({ shown, total, searching = false }: ResultCountProps) {
  const { t } = useTranslation();
  return (
    <p role="status" className="text-sm text-zinc-700 tabular-nums dark:text-zinc-300">
      {searching
        ? t('explorer.resultCount.searching', { count: total })
        : shown === total
          ? t('events.count', { count: total })
          : t('explorer.resultCount.some', { shown, count: total })}
    </p>
  );
}
