import { formatNumber } from '../i18n/format-number.ts';
import type { TextsProgress } from '../model/event-texts.ts';
import { useLocale } from '../hooks/use-locale.ts';

interface TextsPendingProps {
  progress: TextsProgress;
  /** What waits: a search (said beside the events) or a view of the texts (in its place). */
  purpose: 'search' | 'view';
}

/**
 * Says that what the reader asked for waits for the events' texts, which a large corpus brings
 * in after its timeline, and how far they have come. A polite status: it changes as shards arrive.
 */
export function TextsPending({ progress, purpose }: TextsPendingProps) {
  const { t, lang } = useLocale();
  const figures = { loaded: formatNumber(progress.loaded, lang), total: formatNumber(progress.total, lang) };
  return (
    <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
      {purpose === 'search' ? t('corpus.texts.searchPending', figures) : t('corpus.texts.loading', figures)}
    </p>
  );
}
