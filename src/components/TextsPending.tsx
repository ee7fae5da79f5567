import { useTranslation } from 'react-i18next';

interface TextsPendingProps {
  /** The texts could not be had (the alert above the views says why, with Try again). */
  failed?: boolean;
}

/**
 * Says that an event's texts are on their way (a large corpus brings them in by shard, as views
 * ask), or that they could not be had. A polite status: it changes when they come.
 */
export function TextsPending({ failed = false }: TextsPendingProps) {
  const { t } = useTranslation();
  return (
    <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
      {failed ? t('corpus.texts.failed') : t('corpus.texts.loading')}
    </p>
  );
}
